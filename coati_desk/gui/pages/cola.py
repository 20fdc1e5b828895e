"""Cola: the queue's statistics, the current run's tasks ("x of y"), workers and recent tasks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from coati_desk.gui.pages.base import Page, show_status, status_labels, tr
from coati_desk.gui.table_model import Column
from coati_desk.payroll import queries

STATUSES = ("pending", "scheduled", "processing", "completed", "failed", "cancelled")


def _when(value: Any) -> str:
    if isinstance(value, int | float):
        return datetime.fromtimestamp(float(value)).strftime("%H:%M:%S")
    if isinstance(value, str) and "T" in value:
        return datetime.fromisoformat(value).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    return str(value or "")


class ColaPage(Page):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
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
                Column("last_seen", tr("Último latido"), _when),
                Column("owner", tr("Worker")),
            ],
            key="owner",
        )
        self.progress = QLabel("—")
        self.status_filter = QComboBox()
        self.status_filter.addItem(tr("Todas"), "")
        for status in STATUSES:
            self.status_filter.addItem(status_labels()[status], status)
        self.status_filter.currentIndexChanged.connect(lambda _: self.window_.refresh())
        self.tasks_view, self.tasks, _ = self.make_table(
            [
                Column("name", tr("Tarea")),
                Column("status", tr("Estado"), show_status, status=True),
                Column("argumentos", tr("Argumentos")),
                Column("attempts", tr("Intentos"), numeric=True),
                Column("enqueued_at", tr("Encolada"), _when),
                Column("error", tr("Error")),
                Column("task_id", tr("Id")),
            ],
            key="task_id",
            status_key="status",
        )
        self.retry_button = QPushButton(tr("Reintentar seleccionadas"))
        self.cancel_button = QPushButton(tr("Cancelar seleccionadas"))
        self.retry_button.clicked.connect(lambda: self._act("retry"))
        self.cancel_button.clicked.connect(lambda: self._act("cancel"))

        top = QHBoxLayout()
        counts = QGroupBox(tr("Tareas por estado"))
        QVBoxLayout(counts).addWidget(self.summary_view)
        backend = QGroupBox(tr("Cola"))
        QVBoxLayout(backend).addWidget(self.queues_view)
        top.addWidget(counts, 3)
        top.addWidget(backend, 2)
        workers = QGroupBox(tr("Workers por equipo"))
        QVBoxLayout(workers).addWidget(self.workers_view)
        tasks = QGroupBox(tr("Tareas recientes"))
        tasks_layout = QVBoxLayout(tasks)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Mostrar:")))
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        filters.addWidget(self.retry_button)
        filters.addWidget(self.cancel_button)
        tasks_layout.addLayout(filters)
        tasks_layout.addWidget(self.tasks_view)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(self.progress)
        layout.addWidget(workers, 3)
        layout.addWidget(tasks, 4)

    def poll_job(self) -> Callable[[], Any] | None:
        driver = self.window_.runtime.driver
        if driver is None:
            return None
        run_id = self.window_.nomina_page.run_id
        status = self.status_filter.currentData() or None

        def job() -> dict[str, Any]:
            stats = driver.get_stats()
            bulk = driver.get_bulk_results(queries.run_task_ids(run_id) if run_id else [])
            bulk.pop("tasks")
            tasks = driver.list_tasks(status=status, limit=200)["tasks"]
            people = queries.employee_labels(
                [t["args"]["empleado_id"] for t in tasks if "empleado_id" in (t["args"] or {})]
            )
            for t in tasks:  # people by code and name, not by database id
                args = dict(t["args"] or {})
                who = people.get(str(args.pop("empleado_id", "")))
                shown = ", ".join(f"{k}={v}" for k, v in args.items() if k != "usuario")
                t["argumentos"] = f"{who} · {shown}" if who else shown
            return {"stats": stats, "bulk": bulk, "tasks": tasks, "run_id": run_id}

        return job

    def show_poll(self, data: dict[str, Any]) -> None:
        stats, bulk = data["stats"], data["bulk"]
        self.summary.set_records(
            [
                {"estado": s, "todas": stats["tasks_by_status"].get(s, 0), "nomina": bulk.get(s, 0)}
                for s in STATUSES
            ]
        )
        if data["run_id"]:
            self.progress.setText(
                tr("Nómina abierta: {0} de {1} tareas terminadas ({2} %)").format(
                    bulk["completed"] + bulk["failed"] + bulk["cancelled"],
                    bulk["total"],
                    bulk["progress_percentage"],
                )
            )
        backends = {
            "huey": tr("Huey (carpeta local)"),
            "dramatiq": tr("Dramatiq + Redis"),
            "inline": tr("En línea (sin cola)"),
        }
        rows = [
            (tr("Backend"), backends.get(stats["backend"], stats["backend"])),
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
        self.workers.set_records(
            [
                {**w, "estado": "sin_senal" if w["silent"] else "activo"}
                for w in sorted(stats.get("workers", []), key=lambda w: (w["host"], w["owner"]))
            ]
        )
        self.tasks.set_records(data["tasks"])

    def show_unavailable(self, message: str) -> None:
        """The queue could not be asked: say so, rather than showing zeros."""
        self.summary.set_records(
            [{"estado": s, "todas": message, "nomina": message} for s in STATUSES]
        )

    def _act(self, action: str) -> None:
        driver = self.window_.runtime.driver
        ids = [r["task_id"] for r in self.selected_records(self.tasks_view)]
        if driver is None or not ids:
            self.window_.notify(tr("Elija una o más tareas"))
            return

        def job() -> int:
            done = 0
            for task_id in ids:
                try:
                    if action == "retry":
                        driver.retry(task_id)
                        done += 1
                    elif driver.cancel(task_id):
                        done += 1
                except Exception:
                    continue
            return done

        message = (
            tr("{0} tarea(s) en cola otra vez")
            if action == "retry"
            else tr("{0} tarea(s) canceladas")
        )
        self.run(job, lambda n: self.window_.notify(message.format(n)), action)
