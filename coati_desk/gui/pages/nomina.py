"""Nómina: one run as it happens: progress, throughput, ETA, every employee, and the actions
(its reports panel is in ``nomina_reports``)."""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
)

from coati_desk.gui.errors import error_text, show_error
from coati_desk.gui.labels import run_period_label, show_status, status_labels, tr
from coati_desk.gui.pages.base import Page
from coati_desk.gui.pages.nomina_approval import ApprovalBar, events_reader
from coati_desk.gui.pages.nomina_mail import MailPanel
from coati_desk.gui.pages.nomina_reports import ReportsPanel
from coati_desk.gui.table_model import Column, show_money, show_value
from coati_desk.payroll import queries, reports, services
from coati_desk.payroll.amounts import WINDOW_AMOUNTS
from coati_desk.payroll.models import EstadoFila, EstadoNomina

if TYPE_CHECKING:
    from coati_desk.gui.pages.host import PageHost
    from coati_desk.jobs.dispatcher import QueueDispatcher

LOCKED = (EstadoNomina.APROBADA, EstadoNomina.PAGADA)  # payslips are e-mailed from these
FULL_REFRESH_EVERY = 10  # polls; in between only rows changed since the last one are read
# How far before the newest settling time a poll read the next one asks from: a row is stamped
# inside its write transaction (a batch of up to 32 rows, some 10 ms), which may commit just
# after the poll read past it. Whatever slips through shows with the full read at the run's end.
SETTLING_OVERLAP = timedelta(seconds=0.25)


class NominaPage(Page):
    run_changed = Signal(str)  # the run shown (the host passes it on as current_run_changed)

    def __init__(self, host: PageHost) -> None:
        super().__init__(host)
        self.run_id: str | None = None
        self._since: datetime | None = None
        self._polls = 0
        self._calculating = False
        self._rate_samples: list[tuple[float, int]] = []

        self.run_picker = QComboBox()
        self.run_picker.setMinimumWidth(420)
        self.run_picker.activated.connect(self._picked)
        self.state = QLabel("—")
        self.progress = QProgressBar()
        self.progress.setFormat(tr("%v de %m"))
        self.failed = QLabel("0")
        self.rate = QLabel("—")
        self.eta = QLabel("—")
        head = QGridLayout()
        head.addWidget(QLabel(tr("Nómina:")), 0, 0)
        head.addWidget(self.run_picker, 0, 1, 1, 3)
        head.addWidget(QLabel(tr("Estado:")), 1, 0)
        head.addWidget(self.state, 1, 1)
        head.addWidget(QLabel(tr("Fallidos:")), 1, 2)
        head.addWidget(self.failed, 1, 3)
        head.addWidget(QLabel(tr("Avance:")), 2, 0)
        head.addWidget(self.progress, 2, 1, 1, 3)
        head.addWidget(QLabel(tr("Ritmo:")), 3, 0)
        head.addWidget(self.rate, 3, 1)
        head.addWidget(QLabel(tr("Tiempo restante:")), 3, 2)
        head.addWidget(self.eta, 3, 3)
        head.setColumnStretch(1, 1)
        head.setColumnStretch(3, 1)

        self.status_filter = QComboBox()
        self.status_filter.addItem(tr("Todos"), "")
        for status in EstadoFila:
            self.status_filter.addItem(status_labels()[status], status)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Buscar por código o nombre…"))
        self.search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Mostrar:")))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search, 1)

        money = {"show": show_money, "numeric": True}
        self.table, self.rows, self.filter = self.make_table(
            [
                Column("codigo", tr("Código")),
                Column("nombre", tr("Nombre")),
                Column("estado", tr("Estado"), show_status, status=True),
                # (labels are translation keys: "Bruto", "INSS", "IR", "Otras deducciones", "Neto")
                *(Column(a.name, tr(a.label), **money) for a in WINDOW_AMOUNTS),
                Column("intentos", tr("Intentos"), numeric=True),
                Column("error", tr("Error"), show_error),
            ],
            key="row_id",
        )
        self.status_filter.currentIndexChanged.connect(
            lambda _: self.filter.set_status(self.status_filter.currentData())
        )
        self.search.textChanged.connect(self.filter.set_text)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())

        self.detail = QTextBrowser()
        self.detail.setMinimumWidth(300)
        self.detail.setHtml("<p>" + tr("Elija un empleado para ver su detalle.") + "</p>")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([900, 280])

        self.retry_button = QPushButton(tr("Reintentar fallidos"))
        self.cancel_button = QPushButton(tr("Cancelar"))
        self.recalc_button = QPushButton(tr("Recalcular empleado"))
        self.export_button = QPushButton(tr("Exportar CSV…"))
        self.timeline_button = QPushButton(tr("Línea de tiempo"))
        self.timeline_button.clicked.connect(self.show_timeline)
        self.retry_button.clicked.connect(self.retry_failed)
        self.cancel_button.clicked.connect(self.cancel)
        self.recalc_button.clicked.connect(self.recalculate)
        self.export_button.clicked.connect(self.export)
        actions = QHBoxLayout()
        for button in (
            self.retry_button,
            self.cancel_button,
            self.recalc_button,
            self.export_button,
            self.timeline_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)

        self.reports_panel = ReportsPanel(self)
        for button in self.reports_panel.request_buttons:
            actions.addWidget(button)
        self.mail_panel = MailPanel(self)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.reports_panel)
        bottom.addWidget(self.mail_panel)
        bottom.setSizes([420, 780])  # (a failed e-mail's reason needs the room)
        rows_and_reports = QSplitter(Qt.Orientation.Vertical)
        rows_and_reports.addWidget(splitter)
        rows_and_reports.addWidget(bottom)
        rows_and_reports.setStretchFactor(0, 1)
        rows_and_reports.setSizes([480, 160])

        self.approval = ApprovalBar(self)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.approval)
        layout.addLayout(filters)
        layout.addWidget(rows_and_reports, 1)
        layout.addLayout(actions)
        self._enable_actions(None)

    # -- which run -----------------------------------------------------------------------------
    def open_run(self, run_id: str) -> None:
        if run_id != self.run_id:
            self.run_id = run_id
            self.run_changed.emit(run_id)
            self._since = None
            self._polls = 0
            self._rate_samples.clear()
            self.rows.clear()
            self.detail.setHtml("<p>" + tr("Elija un empleado para ver su detalle.") + "</p>")
        self.host.refresh()

    def _picked(self, index: int) -> None:
        run_id = self.run_picker.itemData(index)
        if run_id:
            self.open_run(run_id)

    # -- polling -------------------------------------------------------------------------------
    def poll_job(self) -> Callable[[], Any]:
        run_id = self.run_id
        self._polls += 1
        # While the run calculates, rows change with a timestamp, so reading the changed ones
        # is enough; the whole table is read again now and then only when it is settled.
        periodic = self._polls % FULL_REFRESH_EVERY == 1 and not self._calculating
        since = None if periodic or self._since is None else self._since

        read_reports = self.reports_panel.rows_reader()
        read_events = events_reader()
        read_mail = self.mail_panel.reader()

        def job() -> dict[str, Any]:
            runs = queries.list_runs()
            chosen = run_id or (runs[0]["id"] if runs else None)
            if chosen is None:
                return {"runs": runs, "run": None}
            summary = services.run_summary(chosen)
            rows, newest = queries.table_rows(chosen, since)
            return {
                "runs": runs,
                "run": summary,
                "events": read_events(chosen, summary.estado),
                "rows": rows,
                "full": since is None,
                "newest": newest,
                "reports": read_reports(chosen),
                "mail": read_mail(chosen, summary.estado in LOCKED),
            }

        return job

    def show_poll(self, data: dict[str, Any]) -> None:
        self._fill_picker(data["runs"])
        summary = data["run"]
        if summary is None:
            self.state.setText(tr("No hay nóminas todavía: cree una en la página Planillas."))
            self._enable_actions(None)
            self.approval.show_run(None, [])
            self.mail_panel.show_mail(None, False)
            return
        if self.run_id is not None and self.run_id != summary["nomina_id"]:
            return  # a poll asked before another run was opened: the next one reads it
        if self.run_id is None:  # the newest run, until the user picks one
            self.run_id = summary["nomina_id"]
            self.run_changed.emit(self.run_id)
            self.rows.clear()
        unknown = False  # a row the table has not got (added to the run): read them all
        if data["full"]:
            self.rows.set_records(data["rows"])
        else:
            known = [r for r in data["rows"] if self.rows.has(r["row_id"])]
            unknown = len(known) < len(data["rows"])
            self.rows.update_records(known)
        chosen = self.selected_records(self.table)
        if chosen and chosen[0]["row_id"] in {r["row_id"] for r in data["rows"]}:
            self._show_detail()  # the selected employee changed (recalculated, retried)
        if data["newest"] is not None:  # a little overlap: rows settling as it was read
            self._since = data["newest"] - SETTLING_OVERLAP
        elif data["full"]:
            self._since = datetime(1970, 1, 1)  # nothing settled yet: from the start
        was_calculating = self._calculating
        self._calculating = summary.estado == EstadoNomina.CALCULANDO
        if unknown or (was_calculating and not self._calculating):
            self._since = None  # (the run settled: the next poll reads it all once more)
        self._show_summary(summary)
        self.approval.show_run(summary, data["events"])
        self.reports_panel.show_rows(data["reports"])
        self.mail_panel.show_mail(data["mail"], summary.estado in LOCKED)

    def _fill_picker(self, runs: list[dict[str, Any]]) -> None:
        wanted = [
            (
                f"{r['planilla']} · {run_period_label(r)} · {show_status(r['estado'])}",
                r["id"],
            )
            for r in runs
        ]
        current = [
            (self.run_picker.itemText(i), self.run_picker.itemData(i))
            for i in range(self.run_picker.count())
        ]
        if current != wanted:
            self.run_picker.blockSignals(True)
            self.run_picker.clear()
            for text, run_id in wanted:
                self.run_picker.addItem(text, run_id)
            self.run_picker.blockSignals(False)
        index = self.run_picker.findData(self.run_id)
        if index >= 0:
            self.run_picker.setCurrentIndex(index)

    def _show_summary(self, s: services.RunSummary) -> None:
        done = s.settled
        total = s.total_empleados
        self.state.setText(show_status(s.estado))
        # QProgressBar.setValue repaints at once (46 ms a call in a 10,000-row window while
        # the workers ran); with updates off it is painted with the rest, in the next frame.
        self.progress.setUpdatesEnabled(False)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(tr("{0} de {1}").format(done, total))
        self.progress.setUpdatesEnabled(True)
        self.failed.setText(str(s.fallidos))
        now = time.monotonic()
        self._rate_samples.append((now, done))
        self._rate_samples = [(t, d) for t, d in self._rate_samples if now - t <= 30]
        first_t, first_done = self._rate_samples[0]
        rate = (done - first_done) / (now - first_t) if now - first_t > 0.5 else 0.0
        running = s.estado == EstadoNomina.CALCULANDO
        if running and rate > 0:
            self.rate.setText(tr("{0:.1f} empleados/s").format(rate))
            seconds = int((total - done) / rate)
            self.eta.setText(f"{seconds // 60}:{seconds % 60:02d}")
        else:
            self.rate.setText("—")
            self.eta.setText("—" if running else tr("terminada"))
        self._enable_actions(s)

    def _enable_actions(self, s: services.RunSummary | None) -> None:
        # (an approved or paid run is locked: nothing in it is calculated again)
        live = s is not None and s.estado != EstadoNomina.CANCELADA and not s.estado.locked
        self.retry_button.setEnabled(live and bool(s and s.fallidos))
        self.cancel_button.setEnabled(live and bool(s and s.estado == EstadoNomina.CALCULANDO))
        self.recalc_button.setEnabled(live)
        self.export_button.setEnabled(s is not None)
        self.timeline_button.setEnabled(s is not None)
        settled = s is not None and s.estado in (
            EstadoNomina.CALCULADA,
            EstadoNomina.CALCULADA_CON_ERRORES,
            EstadoNomina.APROBADA,
            EstadoNomina.PAGADA,
        )
        self.reports_panel.enable(settled, s is not None and s.estado.locked)

    # -- detail --------------------------------------------------------------------------------
    def _show_detail(self) -> None:
        chosen = self.selected_records(self.table)
        if not chosen:
            return
        row_id = chosen[0]["row_id"]
        driver = self.host.runtime.driver

        def job() -> dict[str, Any]:
            detail = queries.row_detail(row_id)
            detail["traceback"] = ""
            if detail["error"] and detail["task_id"] and driver is not None:
                task = driver.get_task_result(detail["task_id"])
                detail["traceback"] = task.get("traceback") or ""
            return detail

        self.run(job, self._render_detail, tr("Detalle"))

    def _render_detail(self, d: dict[str, Any]) -> None:
        kinds = {
            "percepcion": tr("Percepciones"),
            "deduccion": tr("Deducciones"),
            "aporte": tr("Aportes patronales (no afectan el neto)"),
        }
        parts = [
            f"<h3>{html.escape(d['codigo'])} — {html.escape(d['nombre'])}</h3>",
            "<p>"
            + tr("Estado: <b>{0}</b> · Intentos: {1} · Días trabajados: {2}").format(
                show_status(d["estado"]), d["intentos"], show_value(d["dias_trabajados"])
            )
            + "</p>",
        ]
        for kind, title in kinds.items():
            lines = [line for line in d["lineas"] if line["tipo"] == kind]
            if not lines:
                continue
            parts.append(f"<h4>{title}</h4><table width='100%'>")
            parts += [
                f"<tr><td>{html.escape(line['descripcion'])}</td>"
                f"<td align='right'>{show_value(line['monto'])}</td></tr>"
                for line in lines
            ]
            parts.append("</table>")
        if d["salario_neto"] is not None:
            parts.append(
                "<p><b>"
                + tr("Bruto: {0} · Deducciones: {1} · Neto: {2}").format(
                    show_value(d["salario_bruto"]),
                    show_value(d["total_deducciones"]),
                    show_value(d["salario_neto"]),
                )
                + "</b></p>"
            )
        if d["error"]:
            parts.append(
                "<h4>" + tr("Error") + f"</h4><p>{html.escape(error_text(d['error']))}</p>"
            )
            if d["traceback"]:
                parts.append(f"<pre style='font-size:small'>{html.escape(d['traceback'])}</pre>")
        self.detail.setHtml("".join(parts))

    # -- actions -------------------------------------------------------------------------------
    def full_refresh(self, *_: Any) -> None:
        """Read every row on the next poll (after an action that changed rows without times)."""
        self._polls = 0
        self._since = None
        self.host.refresh()

    def _dispatcher(self) -> QueueDispatcher | None:
        """How the run's actions reach this window's queue (None, said, while it cannot)."""
        from coati_desk.jobs.dispatcher import QueueDispatcher

        queue = self.host.ready_driver()
        return QueueDispatcher(queue) if queue is not None else None

    def retry_failed(self) -> None:
        run_id, dispatcher = self.run_id, self._dispatcher()
        if run_id and dispatcher:
            self.run(
                lambda: services.retry_failed(run_id, dispatcher),
                lambda n: (
                    self.host.notify(tr("{0} empleado(s) en cola otra vez").format(n)),
                    self.full_refresh(),
                ),
                tr("Reintentar fallidos"),
            )

    def cancel(self) -> None:
        run_id = self.run_id
        if not run_id:
            return
        answer = QMessageBox.question(
            self,
            tr("Cancelar nómina"),
            tr("¿Cancelar esta nómina? Los empleados que aún no se calcularon no se calcularán."),
        )
        dispatcher = self._dispatcher() if answer == QMessageBox.StandardButton.Yes else None
        if dispatcher:
            self.run(
                lambda: services.cancel_run(run_id, dispatcher),
                lambda n: self.host.notify(
                    tr("Nómina cancelada: {0} empleado(s) sin calcular").format(n)
                ),
                tr("Cancelar"),
            )

    def recalculate(self) -> None:
        chosen = self.selected_records(self.table)
        if not chosen:
            self.host.notify(tr("Elija un empleado en la tabla"))
            return
        row_id, dispatcher = chosen[0]["row_id"], self._dispatcher()
        if dispatcher is None:
            return
        self.run(
            lambda: services.recalculate_row(row_id, dispatcher),
            lambda _: (
                self.host.notify(tr("Empleado en cola para recalcular")),
                self.full_refresh(),
            ),
            tr("Recalcular empleado"),
        )

    def show_timeline(self) -> None:
        """When each employee of the run was queued, started and finished (a window of its
        own, so it can stay open beside the table)."""
        from coati_desk.gui.run_timeline import RunTimelineDialog

        if self.run_id:
            title = self.run_picker.currentText()
            driver = self.host.runtime.driver
            self.timeline_dialog = RunTimelineDialog(self, self.run_id, title, driver)
            self.timeline_dialog.show()

    def export(self, path: str | None = None) -> None:
        run_id = self.run_id
        if not run_id:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Exportar CSV"), f"nomina-{run_id}.csv", "CSV (*.csv)"
            )
        if path:
            target = Path(path)
            self.run(
                lambda: reports.export_run_csv(run_id, target),
                lambda n: self.host.notify(tr("{0} empleados exportados a {1}").format(n, target)),
                tr("Exportar CSV"),
            )
