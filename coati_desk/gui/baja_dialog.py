"""*Dar de baja…* an employee: the exit date and reason, a live preview of the final settlement
(computed off the GUI thread whenever either changes), the PDF to sign, and recording the exit
after a confirmation, which queues the settlement as a run of its own (shown on *Nómina*).
And *Vacaciones…*: every active employee's vacation balance, read-only,
with its totals and a CSV export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coati_desk.gui.background import call_async
from coati_desk.gui.errors import error_text
from coati_desk.gui.labels import tr
from coati_desk.gui.table_model import Column, RecordTableModel
from coati_desk.payroll.empresa import empresa_of
from coati_desk.payroll.liquidacion import Liquidacion, employee_planillas, final_settlement
from coati_desk.payroll.reports.liquidacion_pdf import settlement_file_name, settlement_pdf
from coati_desk.payroll.reports.text import money
from coati_desk.payroll.reports.vacaciones_csv import vacation_totals, write_vacation_csv
from coati_desk.payroll.vacaciones import vacation_report

PREVIEW_DELAY_MS = 250  # typing a date: one preview once it settles


def motivos() -> list[tuple[str, str]]:
    return [
        ("despido", tr("Despido sin causa justa")),
        ("renuncia", tr("Renuncia")),
        ("justificado", tr("Despido con causa justa")),
    ]


def _save_pdf(liq: Liquidacion, planilla_id: str, path: Path) -> Path:
    path.write_bytes(settlement_pdf(liq, empresa_of(planilla_id)))
    return path


# (planilla_id, codigo, baja, motivo) -> what registers the exit and queues its settlement,
# run off the GUI thread (it answers the settlement run's id); None when the queue is not ready
SettlementStarter = Callable[[str, str, date, str], Callable[[], str] | None]


class BajaDialog(QDialog):
    """The exit of one employee (a record of the Empleados list); ``recorded`` once saved, with
    ``run_id`` the settlement run the queue calculates."""

    recorded_exit = Signal(str)  # the settlement run's id
    open_run = Signal(str)  # *Ver en Nómina*

    def __init__(
        self, parent: QWidget, empleado: dict[str, Any], start_settlement: SettlementStarter
    ) -> None:
        super().__init__(parent)
        self.start_settlement = start_settlement
        self.run_id: str | None = None
        self.setWindowTitle(tr("Dar de baja"))
        self.resize(820, 440)
        self.empleado = empleado
        self.liquidacion: Liquidacion | None = None
        self.recorded = False
        self._asked = 0  # the preview answered last is the one asked last
        self.planilla = QComboBox()
        self.fecha = QDateEdit(QDate.currentDate())
        self.fecha.setCalendarPopup(True)
        self.fecha.setDisplayFormat("yyyy-MM-dd")
        self.motivo = QComboBox()
        for value, text in motivos():
            self.motivo.addItem(text, value)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [tr("Concepto"), tr("Monto"), tr("INSS"), tr("IR"), tr("Neto")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel(tr("Calculando…"))
        self.status.setWordWrap(True)
        self.pdf_button = QPushButton(tr("Guardar PDF…"))
        self.record_button = QPushButton(tr("Registrar baja"))
        self.run_button = QPushButton(tr("Ver en Nómina"))
        self.run_button.setToolTip(tr("La liquidación registrada: su cálculo, aprobación y pago"))
        self.run_button.setVisible(False)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.record_button.clicked.connect(self.register)
        self.run_button.clicked.connect(self._open_run)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        ingreso = empleado.get("fecha_ingreso")
        form.addRow(
            tr("Empleado:"),
            QLabel(
                tr("{0} — {1} (ingreso {2})").format(
                    empleado["codigo"], empleado["nombre"], ingreso or ""
                )
            ),
        )
        form.addRow(tr("Planilla:"), self.planilla)
        form.addRow(tr("Fecha de baja:"), self.fecha)
        form.addRow(tr("Motivo:"), self.motivo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.preview)
        self.fecha.dateChanged.connect(lambda *_: self._changed())
        self.motivo.currentIndexChanged.connect(lambda *_: self._changed())
        self.planilla.currentIndexChanged.connect(lambda *_: self._changed())
        self._enable()
        empleado_id = empleado["id"]
        call_async(lambda: employee_planillas(empleado_id), self._planillas_loaded, self._failed)

    # -- inputs --------------------------------------------------------------------------------
    def baja(self) -> date:
        return date.fromisoformat(self.fecha.date().toString("yyyy-MM-dd"))

    def set_baja(self, day: date) -> None:
        self.fecha.setDate(QDate(day.year, day.month, day.day))

    def set_motivo(self, value: str) -> None:
        self.motivo.setCurrentIndex(self.motivo.findData(value))

    def _planillas_loaded(self, planillas: list[dict[str, Any]]) -> None:
        self.planilla.blockSignals(True)
        for planilla in planillas:
            self.planilla.addItem(planilla["nombre"], planilla["id"])
        self.planilla.blockSignals(False)
        if not planillas:
            self.status.setText(tr("El empleado no está en ninguna planilla"))
            return
        self.preview()

    def _changed(self) -> None:
        self.liquidacion = None
        self._enable()
        self.status.setStyleSheet("")
        self.status.setText(tr("Calculando…"))
        self._timer.start()

    def _enable(self) -> None:
        ready = self.liquidacion is not None and not self.recorded
        self.pdf_button.setEnabled(self.liquidacion is not None)
        self.record_button.setEnabled(ready)
        for field in (self.fecha, self.motivo, self.planilla):
            field.setEnabled(not self.recorded)

    # -- the preview ---------------------------------------------------------------------------
    def preview(self) -> None:
        """Compute the settlement for what the fields say now, off the GUI thread."""
        planilla_id = self.planilla.currentData()
        if planilla_id is None:
            return
        self._timer.stop()
        self._asked += 1
        asked, codigo = self._asked, self.empleado["codigo"]
        baja, motivo = self.baja(), self.motivo.currentData()
        self.status.setText(tr("Calculando…"))

        def done(liq: Liquidacion) -> None:
            if asked == self._asked:
                self.show_settlement(liq)

        def failed(message: str) -> None:
            if asked == self._asked:
                self.table.setRowCount(0)
                self._failed(message)

        call_async(lambda: final_settlement(planilla_id, codigo, baja, motivo), done, failed)

    def _failed(self, message: str) -> None:
        if not self.recorded:
            self.liquidacion = None
        self.status.setText(error_text(message))
        self.status.setStyleSheet("color: #a40000")
        self._enable()

    def show_settlement(self, liq: Liquidacion) -> None:
        self.liquidacion = liq
        rows = [(p.descripcion, p.monto, p.inss, p.ir, p.neto) for p in liq.partes]
        rows.append((tr("Total"), liq.total, liq.inss, liq.ir, liq.neto))
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, (text, *amounts) in enumerate(rows):
            cells = [QTableWidgetItem(str(text))]
            for amount in amounts:
                item = QTableWidgetItem(money(amount))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cells.append(item)
            for c, item in enumerate(cells):
                if r == len(rows) - 1:
                    item.setFont(bold)
                self.table.setItem(r, c, item)
        self.status.setStyleSheet("")
        self.status.setText(
            tr("Neto a recibir: {0}. Vista previa: la baja aún no se ha registrado.").format(
                money(liq.neto)
            )
            if not self.recorded
            else tr(
                "Baja registrada el {0}. La liquidación se calcula en la cola como la nómina "
                "{1}: apruébela y páguela en Nómina."
            ).format(liq.baja.isoformat(), self.run_id or "")
        )
        self._enable()

    # -- actions -------------------------------------------------------------------------------
    def save_pdf(self, path: str | None = None) -> None:
        liq, planilla_id = self.liquidacion, self.planilla.currentData()
        if liq is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Guardar PDF"), settlement_file_name(liq), "PDF (*.pdf)"
            )
            if not path:
                return
        target = Path(path)
        self.pdf_button.setEnabled(False)

        def done(saved: Path) -> None:
            self.pdf_button.setEnabled(True)
            self.status.setStyleSheet("")
            self.status.setText(tr("PDF guardado: {0}").format(str(saved)))

        call_async(lambda: _save_pdf(liq, planilla_id, target), done, self._failed)

    def register(self) -> None:
        liq, planilla_id = self.liquidacion, self.planilla.currentData()
        if liq is None or self.recorded:
            return
        answer = QMessageBox.question(
            self,
            tr("Registrar baja"),
            tr(
                "¿Registrar la baja de {0} el {1}? No se calculará en las nóminas después de "
                "esa fecha, y su liquidación (neto {2}) se calculará en la cola como una nómina "
                "propia, para aprobarla y pagarla."
            ).format(liq.nombre, liq.baja.isoformat(), money(liq.neto)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        job = self.start_settlement(planilla_id, liq.codigo, liq.baja, liq.motivo.value)
        if job is None:
            return  # (the queue cannot be used now: the window said why)
        self.record_button.setEnabled(False)

        def done(run_id: str) -> None:
            self.recorded, self.run_id = True, run_id
            self.show_settlement(liq)
            self.run_button.setVisible(True)
            self.recorded_exit.emit(run_id)  # the page refreshes; the dialog stays for the PDF

        call_async(job, done, self._failed)

    def _open_run(self) -> None:
        if self.run_id is not None:
            self.open_run.emit(self.run_id)
            self.accept()


class VacacionesDialog(QDialog):
    """Every active employee's vacation balance today, with totals; exported as CSV."""

    COLUMNS = (
        ("codigo", "Código", False),
        ("nombre", "Nombre", False),
        ("acumulados", "Acumulados", True),
        ("tomados", "Tomados", True),
        ("saldo", "Saldo (días)", True),
        ("salario_mensual", "Salario mensual", True),
        ("valor", "Valor", True),
    )

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Saldos de vacaciones"))
        self.resize(860, 480)
        self.rows: list[dict[str, Any]] | None = None
        self.model = RecordTableModel(
            [
                Column(key, tr(title), numeric=numeric, stretch=key == "nombre")
                for key, title, numeric in self.COLUMNS
            ],
            key="empleado_id",
            parent=self,
        )
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel(tr("Cargando…"))
        self.totals.setWordWrap(True)
        self.export_button = QPushButton(tr("Exportar CSV…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(lambda: self.export_csv())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        call_async(vacation_report, self._loaded, self._failed)

    def _failed(self, message: str) -> None:
        self.status.setText(error_text(message))
        self.status.setStyleSheet("color: #a40000")

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.model.set_records(rows)
        sums = vacation_totals(rows)
        self.totals.setStyleSheet("font-weight: bold")
        self.totals.setText(
            tr(
                "Total ({0} empleados): {1} días acumulados, {2} tomados, {3} de saldo; "
                "valor {4} al salario vigente"
            ).format(
                len(rows),
                money(sums["acumulados"]),
                money(sums["tomados"]),
                money(sums["saldo"]),
                money(sums["valor"]),
            )
        )
        self.export_button.setEnabled(True)

    def export_csv(self, path: str | None = None) -> None:
        rows = self.rows
        if rows is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Exportar CSV"), "vacaciones.csv", "CSV (*.csv)"
            )
            if not path:
                return
        target = Path(path)
        call_async(
            lambda: write_vacation_csv(rows, target),
            lambda count: self.status.setText(
                tr("{0} empleados exportados a {1}").format(count, str(target))
            ),
            self._failed,
        )
