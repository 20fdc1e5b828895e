"""Add or edit one employee: identity, salary (and a salary change from a date), payment
details, and the opening year-to-date figures of an office that starts mid-year."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coati_desk.gui.background import call_async
from coati_desk.gui.errors import error_text
from coati_desk.gui.labels import tr
from coati_desk.payroll import employees
from coati_desk.payroll.models import FormaPago


def payment_labels() -> dict[str, str]:
    return {
        FormaPago.TRANSFERENCIA: tr("Transferencia"),
        FormaPago.EFECTIVO: tr("Efectivo"),
        FormaPago.CHEQUE: tr("Cheque"),
    }


def _date_edit(value: Any = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(value) if value else QDate.currentDate())
    return edit


class EmployeeDialog(QDialog):
    """Add or edit one employee; problems are shown in the dialog, nothing saved until valid."""

    def __init__(
        self, parent: QWidget, planillas: list[dict[str, Any]], record: dict[str, Any] | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Editar empleado") if record else tr("Nuevo empleado"))
        self.record = record
        rec = record or {}
        self.codigo = QLineEdit(rec.get("codigo", ""))
        self.nombres = QLineEdit(rec.get("nombres", ""))
        self.apellidos = QLineEdit(rec.get("apellidos", ""))
        self.identificacion = QLineEdit(rec.get("identificacion", ""))
        self.salario = QLineEdit(str(rec["salario_mensual"]) if record else "")
        self.salario.setPlaceholderText("25000.00")
        self.ingreso = _date_edit(rec.get("fecha_ingreso"))
        end = rec.get("fecha_baja")
        self.baja = _date_edit(end)
        self.has_baja = QCheckBox(tr("Fecha de baja"))
        self.has_baja.setChecked(end is not None)
        self.baja.setEnabled(end is not None)
        self.has_baja.toggled.connect(self.baja.setEnabled)
        # A salary change in force from a date (earlier periods keep the salary before it).
        self.salary_since = _date_edit()
        self.has_salary_since = QCheckBox(tr("Nuevo salario vigente desde"))
        self.has_salary_since.setToolTip(
            tr(
                "Marque esta casilla si el salario cambió a partir de una fecha: los períodos "
                "anteriores conservan el salario de antes. Sin marcarla, el salario se corrige."
            )
        )
        self.salary_since.setEnabled(False)
        self.has_salary_since.toggled.connect(self.salary_since.setEnabled)
        self.activo = QCheckBox(tr("Activo"))
        self.activo.setChecked(rec.get("activo", True))
        self.planilla = QComboBox()
        for planilla in planillas:
            self.planilla.addItem(planilla["nombre"], planilla["id"])

        self.inss_numero = QLineEdit(rec.get("inss_numero", ""))
        self.cargo = QLineEdit(rec.get("cargo", ""))
        self.banco = QLineEdit(rec.get("banco", ""))
        self.cuenta = QLineEdit(rec.get("cuenta_bancaria", ""))
        self.correo = QLineEdit(rec.get("correo", ""))
        self.correo.setPlaceholderText(tr("nombre@ejemplo.com (para enviarle su colilla)"))
        self.forma_pago = QComboBox()
        for value, label in payment_labels().items():
            self.forma_pago.addItem(label, str(value))
        index = self.forma_pago.findData(str(rec.get("forma_pago") or FormaPago.TRANSFERENCIA))
        self.forma_pago.setCurrentIndex(max(index, 0))

        for edit in (self.codigo, self.nombres, self.apellidos, self.identificacion, self.salario):
            edit.setMinimumWidth(220)
        person = QFormLayout()
        person.addRow(tr("Código:"), self.codigo)
        person.addRow(tr("Nombres:"), self.nombres)
        person.addRow(tr("Apellidos:"), self.apellidos)
        person.addRow(tr("Cédula:"), self.identificacion)
        person.addRow(tr("Salario mensual:"), self.salario)
        if record:  # a new employee's salary is in force from the hire date
            person.addRow(self.has_salary_since, self.salary_since)
        person.addRow(tr("Fecha de ingreso:"), self.ingreso)
        person.addRow(self.has_baja, self.baja)
        person.addRow("", self.activo)
        if not record and planillas:
            person.addRow(tr("Agregar a la planilla:"), self.planilla)
        work = QFormLayout()
        work.addRow(tr("Número INSS:"), self.inss_numero)
        work.addRow(tr("Cargo:"), self.cargo)
        work.addRow(tr("Banco:"), self.banco)
        work.addRow(tr("Cuenta bancaria:"), self.cuenta)
        work.addRow(tr("Forma de pago:"), self.forma_pago)
        work.addRow(tr("Correo:"), self.correo)

        self.opening = QGroupBox(tr("Acumulados iniciales (empresa que empieza a mitad de año)"))
        self.opening.setCheckable(True)
        self.opening.setChecked(False)
        self.opening.setToolTip(
            tr(
                "Lo pagado este año antes de usar Coati Desk: el IR anual se calcula "
                "con estos acumulados. Sin marcar, los guardados no cambian."
            )
        )
        self.ytd_anio = QSpinBox()
        self.ytd_anio.setRange(2000, 2100)
        self.ytd_anio.setValue(QDate.currentDate().year())
        self.ytd_periodos = QSpinBox()
        self.ytd_periodos.setRange(1, 52)
        self.ytd_bruto, self.ytd_inss, self.ytd_ir = QLineEdit(), QLineEdit(), QLineEdit()
        for edit in (self.ytd_bruto, self.ytd_inss, self.ytd_ir):
            edit.setPlaceholderText("0.00")
        opening = QFormLayout(self.opening)
        opening.addRow(tr("Año:"), self.ytd_anio)
        opening.addRow(tr("Períodos pagados:"), self.ytd_periodos)
        opening.addRow(tr("Salario bruto acumulado:"), self.ytd_bruto)
        opening.addRow(tr("INSS laboral acumulado:"), self.ytd_inss)
        opening.addRow(tr("IR retenido acumulado:"), self.ytd_ir)
        # the vacation days left on a date (days are earned from the day after)
        self.vacation_days = QLineEdit()
        self.vacation_days.setPlaceholderText(tr("días (vacío: desde el ingreso)"))
        self.vacation_date = _date_edit(rec.get("vacaciones_saldo_fecha"))
        if rec.get("vacaciones_saldo_fecha"):
            self.vacation_days.setText(str(rec.get("vacaciones_saldo_inicial") or "0"))
            self.opening.setChecked(True)
        opening.addRow(tr("Saldo de vacaciones:"), self.vacation_days)
        opening.addRow(tr("al:"), self.vacation_date)
        work.addRow(self.opening)

        columns = QHBoxLayout()
        columns.addLayout(person, 1)
        columns.addLayout(work, 1)
        self.problems = QLabel("")
        self.problems.setStyleSheet("color: #a40000")
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        if record:  # the figures saved already, read off the GUI thread
            empleado_id = record["id"]
            call_async(lambda: employees.opening_figures(empleado_id), self._show_opening)

    def _show_opening(self, figures: list[dict[str, Any]]) -> None:
        if not figures or self.opening.isChecked():
            return
        latest = figures[-1]
        self.ytd_anio.setValue(latest["anio"])
        self.ytd_periodos.setValue(latest["periodos"])
        self.ytd_bruto.setText(str(latest["bruto"]))
        self.ytd_inss.setText(str(latest["inss"]))
        self.ytd_ir.setText(str(latest["ir"]))
        self.opening.setChecked(True)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "codigo": self.codigo.text(),
            "nombres": self.nombres.text(),
            "apellidos": self.apellidos.text(),
            "identificacion": self.identificacion.text(),
            "salario_mensual": self.salario.text(),
            "fecha_ingreso": self.ingreso.date().toString("yyyy-MM-dd"),
            "fecha_baja": self.baja.date().toString("yyyy-MM-dd")
            if self.has_baja.isChecked()
            else "",
            "activo": self.activo.isChecked(),
            "inss_numero": self.inss_numero.text(),
            "cargo": self.cargo.text(),
            "banco": self.banco.text(),
            "cuenta_bancaria": self.cuenta.text(),
            "forma_pago": self.forma_pago.currentData(),
            "correo": self.correo.text(),
        }
        if self.record and self.has_salary_since.isChecked():
            values["salario_vigente_desde"] = self.salary_since.date().toString("yyyy-MM-dd")
        amounts = (self.ytd_bruto, self.ytd_inss, self.ytd_ir)
        if self.opening.isChecked() and any(edit.text().strip() for edit in amounts):
            values |= {
                "ytd_anio": str(self.ytd_anio.value()),
                "ytd_periodos": str(self.ytd_periodos.value()),
                "ytd_bruto": self.ytd_bruto.text(),
                "ytd_inss": self.ytd_inss.text(),
                "ytd_ir": self.ytd_ir.text(),
            }
        if self.opening.isChecked() and self.vacation_days.text().strip():
            values |= {
                "vacaciones_saldo": self.vacation_days.text(),
                "vacaciones_fecha": self.vacation_date.date().toString("yyyy-MM-dd"),
            }
        return values

    def _save(self) -> None:
        """Saved off the GUI thread (workers may be writing); problems stay in the dialog."""
        values = self.values()
        empleado_id = self.record["id"] if self.record else None
        planilla_id = None if self.record else self.planilla.currentData()
        self.problems.setText(tr("Guardando…"))
        self.buttons.setEnabled(False)

        def failed(message: str) -> None:
            self.buttons.setEnabled(True)
            self.problems.setText(error_text(message))

        call_async(
            lambda: employees.save_employee(
                values, empleado_id=empleado_id, planilla_id=planilla_id
            ),
            lambda _: self.accept(),
            failed,
        )
