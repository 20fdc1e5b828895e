"""Cola: the queue monitor. *Resumen*: counts per status, the backend, workers by machine.
*Tareas*: every task, paged, filtered and searched (by id, or by the employee it calculates),
with its detail and the actions on it. *Gráficos*: throughput, queue depth, wait and run times.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coati_desk.gui.errors import show_error
from coati_desk.gui.labels import (
    WORKER_ACTIVE,
    WORKER_SILENT,
    show_status,
    show_time,
    status_labels,
    tr,
)
from coati_desk.gui.pages.base import Page
from coati_desk.gui.pages.host import PageHost
from coati_desk.gui.table_model import Column
from coati_desk.payroll import queries
from coati_desk.queue.status import QUEUE_NAMES

STATUSES = ("pending", "scheduled", "processing", "completed", "failed", "cancelled")
PAGE_SIZE = 100
ACTIVITY_EVERY = 5.0  # seconds between chart queries while the charts are shown


def show_progress(value: Any) -> str:
    return f"{value['done']:,} / {value['total']:,}" if value else ""


def describe_arguments(tasks: list[dict[str, Any]]) -> None:
    """Each task's ``argumentos``: the employee by code and name, then the other arguments."""
    people = queries.employee_labels(
        [t["args"]["empleado_id"] for t in tasks if "empleado_id" in (t["args"] or {})]
    )
    for t in tasks:
        args = dict(t["args"] or {})
        t["empleado"] = people.get(str(args.pop("empleado_id", "")), "")
        shown = ", ".join(f"{k}={v}" for k, v in args.items() if k != "usuario")
        t["argumentos"] = f"{t['empleado']} · {shown}" if t["empleado"] else shown


class ColaPage(Page):
    def __init__(self, host: PageHost) -> None:
        super().__init__(host)
        self._run_id: str | None = None  # the run the Nómina page shows (its tasks counted)
        host.current_run_changed.connect(self._current_run)
        self.offset = 0
        self._activity_at = 0.0
        self.tabs = QTabWidget()
        self.tabs.addTab(self._summary_tab(), tr("Resumen"))
        self.tabs.addTab(self._tasks_tab(), tr("Tareas"))
        self.tabs.addTab(self._charts_tab(), tr("Gráficos"))
        self.tabs.currentChanged.connect(lambda _: self.host.refresh())
        QVBoxLayout(self).addWidget(self.tabs)

    # -- the three tabs ------------------------------------------------------------------------
    def _summary_tab(self) -> QWidget:
        self.summary_view, self.summary, _ = self.make_table(
            [
                Column("estado", tr("Estado"), show_status, status=True),
                Column("todas", tr("Todas las tareas"), numeric=True),
                Column("nomina", tr("Tareas de la nómina abierta"), numeric=True),
            ],
            key="estado",
        )
        self.queues_view, self.queues, _ = self.make_table(
            [Column("nombre", tr("Dato")), Column("valor", tr("Valor"))], key="nombre"
        )
        self.workers_view, self.workers, _ = self.make_table(
            [
                Column("host", tr("Equipo")),
                Column("estado", tr("Estado"), show_status, status=True),
                Column("pid", tr("Proceso")),
                Column("threads", tr("Hilos"), numeric=True),
                Column("running_tasks", tr("En curso")),
                Column("last_seen", tr("Último latido"), show_time),
                Column("owner", tr("Worker")),
            ],
            key="owner",
        )
        self.progress = QLabel("—")
        self.pause_button = QPushButton(tr("Pausar workers de este equipo"))
        self.pause_button.clicked.connect(self.host.toggle_workers)

        tab = QWidget()
        top = QHBoxLayout()
        counts = QGroupBox(tr("Tareas por estado"))
        QVBoxLayout(counts).addWidget(self.summary_view)
        backend = QGroupBox(tr("Cola"))
        QVBoxLayout(backend).addWidget(self.queues_view)
        top.addWidget(counts, 3)
        top.addWidget(backend, 2)
        workers = QGroupBox(tr("Workers por equipo"))
        workers_layout = QVBoxLayout(workers)
        workers_layout.addWidget(self.workers_view)
        pause_row = QHBoxLayout()
        pause_row.addStretch(1)
        pause_row.addWidget(self.pause_button)
        workers_layout.addLayout(pause_row)
        layout = QVBoxLayout(tab)
        layout.addLayout(top, 3)
        layout.addWidget(self.progress)
        layout.addWidget(workers, 3)
        return tab

    def _tasks_tab(self) -> QWidget:
        self.status_filter = QComboBox()
        self.status_filter.addItem(tr("Todas"), "")
        for status in STATUSES:
            self.status_filter.addItem(status_labels()[status], status)
        self.name_filter = QComboBox()
        self.name_filter.addItem(tr("Todas"), "")
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Id de tarea, código o nombre de empleado"))
        self.search.setClearButtonEnabled(True)
        self.status_filter.currentIndexChanged.connect(lambda _: self.go_to(0))
        self.name_filter.currentIndexChanged.connect(lambda _: self.go_to(0))
        self.search.returnPressed.connect(lambda: self.go_to(0))
        self.search.textChanged.connect(lambda text: text or self.go_to(0))
        search_button = QPushButton(tr("Buscar"))
        search_button.clicked.connect(lambda: self.go_to(0))

        self.tasks_view, self.tasks, _ = self.make_table(
            [
                Column("name", tr("Tarea")),
                Column("status", tr("Estado"), show_status, status=True),
                Column("argumentos", tr("Argumentos")),
                Column("attempts", tr("Intentos"), numeric=True),
                Column("progress", tr("Progreso"), show_progress),
                Column("enqueued_at", tr("Encolada"), show_time),
                Column("finished_at", tr("Terminada"), show_time),
                Column("error", tr("Error"), show_error),
                Column("task_id", tr("Id")),
            ],
            key="task_id",
            status_key="status",
        )
        self.tasks_view.doubleClicked.connect(lambda _: self.show_detail())

        self.retry_button = QPushButton(tr("Reintentar seleccionadas"))
        self.retry_all_button = QPushButton(tr("Reintentar todas las fallidas…"))
        self.cancel_button = QPushButton(tr("Cancelar seleccionadas"))
        self.delete_button = QPushButton(tr("Eliminar seleccionadas…"))
        self.detail_button = QPushButton(tr("Ver detalle"))
        self.queue_choice = QComboBox()
        for queue in QUEUE_NAMES:
            self.queue_choice.addItem(queue, queue)
        self.purge_button = QPushButton(tr("Vaciar cola…"))
        self.retry_button.clicked.connect(self.retry_selected)
        self.retry_all_button.clicked.connect(self.retry_all_failed)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.detail_button.clicked.connect(self.show_detail)
        self.purge_button.clicked.connect(self.purge_queue)

        self.page_label = QLabel("")
        self.previous_button = QPushButton(tr("◀ Anterior"))
        self.next_button = QPushButton(tr("Siguiente ▶"))
        self.previous_button.clicked.connect(lambda: self.go_to(self.offset - PAGE_SIZE))
        self.next_button.clicked.connect(lambda: self.go_to(self.offset + PAGE_SIZE))

        tab = QWidget()
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Estado:")))
        filters.addWidget(self.status_filter)
        filters.addWidget(QLabel(tr("Tarea:")))
        filters.addWidget(self.name_filter)
        filters.addWidget(QLabel(tr("Buscar:")))
        filters.addWidget(self.search, 1)
        filters.addWidget(search_button)
        actions = QHBoxLayout()
        for button in (
            self.detail_button,
            self.retry_button,
            self.retry_all_button,
            self.cancel_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(QLabel(tr("Cola:")))
        actions.addWidget(self.queue_choice)
        actions.addWidget(self.purge_button)
        paging = QHBoxLayout()
        paging.addWidget(self.page_label)
        paging.addStretch(1)
        paging.addWidget(self.previous_button)
        paging.addWidget(self.next_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.tasks_view, 1)
        layout.addLayout(paging)
        return tab

    def _charts_tab(self) -> QWidget:
        from coati_desk.gui.charts import DepthChart, DurationChart, ThroughputChart

        self.throughput_chart = ThroughputChart()
        self.depth_chart = DepthChart()
        self.durations = DurationChart()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        row.addWidget(self.throughput_chart, 1)
        row.addWidget(self.depth_chart, 1)
        layout.addLayout(row, 3)
        layout.addWidget(self.durations, 2)
        return tab

    # -- polling ---------------------------------------------------------------------------
    def go_to(self, offset: int) -> None:
        """Show the page of tasks starting at ``offset`` (0: the newest)."""
        self.offset = max(offset, 0)
        self.host.refresh()

    def _current_run(self, run_id: str) -> None:
        self._run_id = run_id or None

    def poll_job(self) -> Callable[[], Any] | None:
        driver = self.host.runtime.driver
        if driver is None:
            return None
        run_id = self._run_id
        shown = self.tabs.currentIndex()
        status = self.status_filter.currentData() or None
        name = self.name_filter.currentData() or None
        text, offset = self.search.text().strip(), self.offset
        charts = shown == 2 and time.monotonic() - self._activity_at >= ACTIVITY_EVERY
        if charts:
            self._activity_at = time.monotonic()

        def job() -> dict[str, Any]:
            stats = driver.get_stats()
            bulk = driver.get_bulk_results(queries.run_task_ids(run_id) if run_id else [])
            bulk.pop("tasks")
            answer: dict[str, Any] = {"stats": stats, "bulk": bulk, "run_id": run_id}
            if shown == 1:
                people = queries.employee_ids_matching(text) if text else []
                page = driver.list_tasks(status, name, text, offset, PAGE_SIZE, values=people)
                describe_arguments(page["tasks"])
                answer["page"] = page
            if charts:
                answer["activity"] = driver.activity()
            return answer

        return job

    def show_poll(self, data: dict[str, Any]) -> None:
        stats, bulk = data["stats"], data["bulk"]
        counts = stats["tasks_by_status"]
        self.summary.set_records(
            [{"estado": s, "todas": counts.get(s, 0), "nomina": bulk.get(s, 0)} for s in STATUSES]
        )
        if data["run_id"]:
            self.progress.setText(
                tr("Nómina abierta: {0} de {1} tareas terminadas ({2} %)").format(
                    bulk["completed"] + bulk["failed"] + bulk["cancelled"],
                    bulk["total"],
                    bulk["progress_percentage"],
                )
            )
        self._show_backend(stats)
        self.workers.set_records(
            [
                {**w, "estado": WORKER_SILENT if w["silent"] else WORKER_ACTIVE}
                for w in sorted(stats.get("workers", []), key=lambda w: (w["host"], w["owner"]))
            ]
        )
        for name in stats["registered_tasks"]:
            if self.name_filter.findData(name) < 0:
                self.name_filter.addItem(name, name)
        if "page" in data:
            self._show_page(data["page"])
        if "activity" in data:
            activity = data["activity"]
            self.throughput_chart.show_data(
                activity["minutes"], activity["completed"], activity["failed"]
            )
            self.durations.show_data(activity["durations"])

    def record_depth(self, counts: dict[str, int]) -> None:
        """A reading for the depth chart (taken on every poll, whatever page is shown)."""
        self.depth_chart.add_sample(
            time.time(),
            counts.get("pending", 0) + counts.get("scheduled", 0),
            counts.get("processing", 0),
        )

    def _show_backend(self, stats: dict[str, Any]) -> None:
        backends = {
            "huey": tr("Huey (carpeta local)"),
            "dramatiq": tr("Dramatiq + Redis"),
            "inline": tr("En línea (sin cola)"),
        }
        rows = [
            (tr("Backend"), backends.get(stats["driver"], stats["driver"])),
            (tr("Ubicación"), stats["location"]),
        ]
        if "queues" in stats:
            rows += [(tr("Cola {0} (listas)").format(q), n) for q, n in stats["queues"].items()]
            rows += [
                (tr("Programadas (retrasos y reintentos)"), stats["delayed_tasks"]),
                (tr("Mensajes muertos"), stats["dead_letter_tasks"]),
            ]
        else:
            rows += [
                (tr("Pendientes"), stats["pending_tasks"]),
                (tr("Programadas"), stats["scheduled_tasks"]),
                (tr("En proceso"), stats["processing_tasks"]),
            ]
        rows.append((tr("Tareas registradas"), ", ".join(stats["registered_tasks"])))
        self.queues.set_records([{"nombre": k, "valor": v} for k, v in rows])

    def _show_page(self, page: dict[str, Any]) -> None:
        total, offset, shown = page["total"], page["offset"], len(page["tasks"])
        if shown == 0 and offset > 0 and total:  # the page emptied (deleted, pruned)
            self.go_to(max((total - 1) // PAGE_SIZE * PAGE_SIZE, 0))
            return
        self.tasks.set_records(page["tasks"])
        self.page_label.setText(
            tr("{0}–{1} de {2} tareas").format(
                f"{offset + 1:,}" if shown else "0", f"{offset + shown:,}", f"{total:,}"
            )
        )
        self.previous_button.setEnabled(offset > 0)
        self.next_button.setEnabled(offset + shown < total)

    def runtime_changed(self) -> None:
        running = self.host.runtime.workers_running
        self.pause_button.setText(
            tr("Pausar workers de este equipo")
            if running
            else tr("Reanudar workers de este equipo")
        )
        self.pause_button.setEnabled(self.host.workers_can_pause())

    def show_unavailable(self, message: str) -> None:
        """The queue could not be asked: say so, rather than showing zeros."""
        self.summary.set_records(
            [{"estado": s, "todas": message, "nomina": message} for s in STATUSES]
        )

    # -- actions ---------------------------------------------------------------------------
    def _selected_ids(self) -> list[str]:
        ids = [str(r["task_id"]) for r in self.selected_records(self.tasks_view)]
        if not ids:
            self.host.notify(tr("Elija una o más tareas"))
        return ids

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, tr("Coati Desk"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _act(self, job: Callable[[], int], message: str, what: str) -> None:
        def done(count: int) -> None:
            self.host.notify(message.format(count))
            self.host.refresh()

        self.run(job, done, what)

    def retry_selected(self) -> None:
        driver, ids = self.host.runtime.driver, self._selected_ids()
        if driver is None or not ids:
            return

        def job() -> int:
            done = 0
            for task_id in ids:
                try:
                    driver.retry(task_id)
                    done += 1
                except Exception:  # not failed or cancelled: left as it is
                    continue
            return done

        self._act(job, tr("{0} tarea(s) en cola otra vez"), tr("Reintentar"))

    def retry_all_failed(self) -> None:
        """Count the failed tasks (of the task chosen in the filter) off the GUI thread, say
        how many, and retry them once confirmed."""
        driver = self.host.runtime.driver
        if driver is None:
            return
        name = self.name_filter.currentData() or None

        def confirm(failed: int) -> None:
            if not failed:
                self.host.notify(tr("No hay tareas fallidas"))
                return
            question = (
                tr("¿Reintentar las {0} tareas fallidas de {1}?").format(f"{failed:,}", name)
                if name
                else tr("¿Reintentar las {0} tareas fallidas?").format(f"{failed:,}")
            )
            if self._confirm(question):
                self._act(
                    lambda: driver.retry_failed(name),
                    tr("{0} tarea(s) en cola otra vez"),
                    tr("Reintentar fallidas"),
                )

        self.run(
            lambda: driver.list_tasks(status="failed", name=name, limit=1)["total"],
            confirm,
            tr("Reintentar fallidas"),
        )

    def cancel_selected(self) -> None:
        driver, ids = self.host.runtime.driver, self._selected_ids()
        if driver is not None and ids:
            self._act(
                lambda: driver.cancel_many(ids), tr("{0} tarea(s) canceladas"), tr("Cancelar")
            )

    def delete_selected(self) -> None:
        driver, ids = self.host.runtime.driver, self._selected_ids()
        if driver is None or not ids:
            return
        question = tr(
            "¿Eliminar {0} tarea(s) del historial? Solo se eliminan las terminadas "
            "(completadas, fallidas o canceladas); no se puede deshacer."
        ).format(len(ids))
        if self._confirm(question):
            self._act(
                lambda: driver.delete(ids),
                tr("{0} tarea(s) eliminadas del historial"),
                tr("Eliminar"),
            )

    def purge_queue(self) -> None:
        driver = self.host.runtime.driver
        queue = str(self.queue_choice.currentData())
        if driver is None:
            return
        question = tr(
            "¿Vaciar la cola «{0}»? Se cancelan todas sus tareas en espera; las que están en "
            "curso terminan. No se puede deshacer."
        ).format(queue)
        if self._confirm(question):
            self._act(
                lambda: driver.purge(queue),
                tr("{0} tarea(s) canceladas al vaciar la cola"),
                tr("Vaciar cola"),
            )

    def show_detail(self) -> None:
        driver = self.host.runtime.driver
        records = self.selected_records(self.tasks_view)
        if driver is None or not records:
            self.host.notify(tr("Elija una tarea"))
            return
        record = records[0]

        def shown(detail: dict[str, Any]) -> None:
            from coati_desk.gui.task_detail import TaskDetailDialog

            self.detail_dialog = TaskDetailDialog(self, detail, record.get("empleado", ""))
            self.detail_dialog.show()

        self.run(lambda: driver.task_detail(record["task_id"]), shown, tr("Detalle"))
