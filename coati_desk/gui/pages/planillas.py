"""Planillas: the planillas, their runs, and a new run (period pre-filled) or the year's
aguinaldo in one click."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coati_desk.gui.labels import periodicity_label, run_period_label, show_status, tr
from coati_desk.gui.pages.base import Page
from coati_desk.gui.pages.host import PageHost
from coati_desk.gui.table_model import Column
from coati_desk.payroll import queries
from coati_desk.queue import QueueDriver


def start_payroll(
    queue: QueueDriver, planilla_id: str, inicio: date, fin: date, usuario: str
) -> str:
    """Create (or resume) the run and queue the parallel payroll task on ``queue``: the run's
    id."""
    from coati_desk.jobs.runs import start_payroll as start

    return start(queue, planilla_id, inicio, fin, usuario).run_id


def start_aguinaldo(queue: QueueDriver, planilla_id: str, year: int, usuario: str) -> str:
    """Create (or resume) the planilla's aguinaldo run of ``year`` and queue it: the run's id."""
    from coati_desk.jobs.runs import start_aguinaldo as start

    return start(queue, planilla_id, year, usuario).run_id


class NewAguinaldoDialog(QDialog):
    """The year of the aguinaldo (paid in December, accrued 1 December - 30 November)."""

    def __init__(self, parent: QWidget, planilla: dict[str, Any], today: date | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Nuevo aguinaldo"))
        form = QFormLayout(self)
        form.addRow(tr("Planilla:"), QLabel(planilla["nombre"]))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        day = today or date.today()
        # December pays this year's aguinaldo; before it, the last one accrued is last year's.
        self.year.setValue(day.year if day.month == 12 else day.year - 1)
        self.period = QLabel()
        self.year.valueChanged.connect(self._show_period)
        self._show_period(self.year.value())
        form.addRow(tr("Año:"), self.year)
        form.addRow(tr("Acumulado:"), self.period)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.calculate = buttons.addButton(tr("Calcular"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _show_period(self, year: int) -> None:
        from coati_desk.payroll.aguinaldo import accrual_period

        inicio, fin = accrual_period(year)
        self.period.setText(tr("del {0} al {1}").format(inicio.isoformat(), fin.isoformat()))


class NewRunDialog(QDialog):
    def __init__(
        self,
        parent: QWidget,
        planilla: dict[str, Any],
        period: tuple[date, date],
        host: PageHost | None = None,
    ):
        super().__init__(parent)
        self.planilla, self.host = planilla, host
        self.inputs_dialog: QDialog | None = None
        self.setWindowTitle(tr("Nueva nómina"))
        form = QFormLayout(self)
        form.addRow(tr("Planilla:"), QLabel(planilla["nombre"]))
        form.addRow(tr("Periodicidad:"), QLabel(periodicity_label(planilla["periodicidad"])))
        self.start = QDateEdit(QDate(period[0].year, period[0].month, period[0].day))
        self.end = QDateEdit(QDate(period[1].year, period[1].month, period[1].day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        form.addRow(tr("Desde:"), self.start)
        form.addRow(tr("Hasta:"), self.end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if host is not None:  # the period's inputs, entered before it is calculated
            self.inputs_button = buttons.addButton(
                tr("Novedades…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.inputs_button.clicked.connect(self.open_inputs)
        self.calculate = buttons.addButton(tr("Calcular"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def open_inputs(self) -> None:
        from coati_desk.gui.novedades_dialog import NovedadesDialog

        assert self.host is not None
        self.inputs_dialog = NovedadesDialog(self, self.host, self.planilla["id"], *self.period())
        self.inputs_dialog.open()


class PlanillasPage(Page):
    def __init__(self, host: PageHost) -> None:
        super().__init__(host)
        self.planillas_view, self.planillas, _ = self.make_table(
            [
                Column("nombre", tr("Planilla"), stretch=True),
                Column("periodicidad", tr("Periodicidad"), periodicity_label),
                Column("empleados", tr("Empleados"), numeric=True),
            ]
        )
        self.runs_view, self.runs, _ = self.make_table(
            [
                Column("periodo", tr("Periodo")),
                Column("estado", tr("Estado"), show_status, status=True),
                Column("avance", tr("Avance"), numeric=True),
                Column("fallidos", tr("Fallidos"), numeric=True),
                Column("total_neto", tr("Total neto"), numeric=True),
                Column("usuario", tr("Usuario")),
            ]
        )
        self.new_run_button = QPushButton(tr("Nueva nómina…"))
        self.new_aguinaldo_button = QPushButton(tr("Nuevo aguinaldo…"))
        self.open_button = QPushButton(tr("Abrir nómina"))
        for button in (self.new_run_button, self.new_aguinaldo_button, self.open_button):
            button.setEnabled(False)  # until the first poll has listed what they act on
        self.new_run_button.clicked.connect(self.new_run)
        self.new_aguinaldo_button.clicked.connect(self.new_aguinaldo)
        self.open_button.clicked.connect(self.open_selected_run)
        self.runs_view.doubleClicked.connect(lambda _: self.open_selected_run())
        self.planillas_view.selectionModel().selectionChanged.connect(
            lambda *_: self.host.refresh()
        )

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(tr("Planillas")))
        left_layout.addWidget(self.planillas_view)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(tr("Nóminas de la planilla")))
        right_layout.addWidget(self.runs_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_run_button)
        buttons.addWidget(self.new_aguinaldo_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([540, 660])  # the planilla names whole, at 1366×768 too
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def selected_planilla(self) -> dict[str, Any] | None:
        chosen = self.selected_records(self.planillas_view)
        if chosen:
            return chosen[0]
        records = self.planillas.records()
        return records[0] if records else None

    def poll_job(self) -> Callable[[], Any]:
        planilla = self.selected_planilla()
        planilla_id = planilla["id"] if planilla else None

        def job() -> dict[str, Any]:
            return {
                "planillas": queries.list_planillas(),
                "runs": queries.list_runs(planilla_id) if planilla_id else [],
            }

        return job

    def show_poll(self, data: dict[str, Any]) -> None:
        self.planillas.set_records(data["planillas"])
        if not self.planillas_view.selectionModel().hasSelection() and data["planillas"]:
            self.planillas_view.selectRow(0)
        self.runs.set_records(
            [
                {
                    **run,
                    "periodo": run_period_label(run),
                    "avance": f"{run['settled']} / {run['total_empleados']}",
                }
                for run in data["runs"]
            ]
        )
        has_planilla = bool(data["planillas"])
        self.new_run_button.setEnabled(has_planilla)
        self.new_aguinaldo_button.setEnabled(has_planilla)
        self.open_button.setEnabled(bool(data["runs"]))

    def new_run(self) -> None:
        planilla = self.selected_planilla()
        if planilla is None:
            return
        self.run(
            lambda: queries.next_period(planilla["id"]),
            lambda period: self._ask_period(planilla, period),
            tr("Nueva nómina"),
        )

    def _ask_period(self, planilla: dict[str, Any], period: tuple[date, date]) -> None:
        dialog = NewRunDialog(self, planilla, period, self.host)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        inicio, fin = dialog.period()
        self.calculate(planilla["id"], inicio, fin)

    def calculate(self, planilla_id: str, inicio: date, fin: date) -> None:
        queue = self.host.ready_driver()
        if queue is None:
            return
        usuario = self.host.user_name()
        self.run(
            lambda: start_payroll(queue, planilla_id, inicio, fin, usuario),
            self.host.show_run,
            tr("Calcular"),
        )

    def new_aguinaldo(self) -> None:
        planilla = self.selected_planilla()
        if planilla is None:
            return
        dialog = NewAguinaldoDialog(self, planilla)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.calculate_aguinaldo(planilla["id"], dialog.year.value())

    def calculate_aguinaldo(self, planilla_id: str, year: int) -> None:
        """The planilla's aguinaldo of ``year``, started off the GUI thread; then the Nómina
        page watches it as any run."""
        queue = self.host.ready_driver()
        if queue is None:
            return
        usuario = self.host.user_name()
        self.run(
            lambda: start_aguinaldo(queue, planilla_id, year, usuario),
            self.host.show_run,
            tr("Nuevo aguinaldo"),
        )

    def open_selected_run(self) -> None:
        chosen = self.selected_records(self.runs_view)
        if chosen:
            self.host.show_run(chosen[0]["id"])
