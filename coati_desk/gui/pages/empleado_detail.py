"""The selected employee, under the Empleados list: the salary history, the loans (each with
its balance and what approved runs have deducted), with a new loan and stopping one, and the
vacation balance (days earned, taken, left, their value) with the periods vacation was taken."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coati_desk.gui.background import call_async
from coati_desk.gui.errors import error_text
from coati_desk.gui.labels import tr
from coati_desk.gui.table_model import Column
from coati_desk.payroll import employees, prestamos
from coati_desk.payroll.reports.text import money
from coati_desk.payroll.vacaciones import vacation_balance

if TYPE_CHECKING:
    from coati_desk.gui.pages.base import Page


def employee_detail(empleado_id: str) -> dict[str, Any]:
    """What the panel shows of one employee (off the GUI thread)."""
    return {
        "id": empleado_id,
        "salarios": employees.salary_history(empleado_id),
        "prestamos": prestamos.list_loans(empleado_id),
        "vacaciones": vacation_balance(empleado_id),
    }


def vacation_summary(balance: dict[str, Any] | None) -> str:
    if balance is None:
        return ""
    return tr("Acumulados: {0} días\nTomados: {1} días\nSaldo: {2} días\nValor: {3}").format(
        balance["acumulados"], balance["tomados"], balance["saldo"], money(balance["valor"])
    )


def loan_state(loan: dict[str, Any]) -> str:
    if not loan["activo"]:
        return tr("Detenido")
    return tr("Pagado") if not loan["saldo"] else tr("Activo")


class LoanDialog(QDialog):
    """A new loan of one employee: saved off the GUI thread, problems shown in the dialog."""

    def __init__(self, parent: QWidget, empleado: dict[str, Any]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Nuevo préstamo"))
        self.empleado_id = empleado["id"]
        self.descripcion = QLineEdit(tr("Préstamo"))
        self.monto = QLineEdit()
        self.monto.setPlaceholderText("5000.00")
        self.cuota = QLineEdit()
        self.cuota.setPlaceholderText("500.00")
        self.inicio = QDateEdit(QDate.currentDate())
        self.inicio.setCalendarPopup(True)
        self.inicio.setDisplayFormat("yyyy-MM-dd")
        self.inicio.setToolTip(
            tr("Se descuenta en las nóminas cuyo período termina desde esta fecha")
        )
        form = QFormLayout(self)
        form.addRow(tr("Empleado:"), QLabel(f"{empleado['codigo']} — {empleado['nombre']}"))
        form.addRow(tr("Descripción:"), self.descripcion)
        form.addRow(tr("Monto:"), self.monto)
        form.addRow(tr("Cuota por nómina:"), self.cuota)
        form.addRow(tr("Inicio:"), self.inicio)
        self.problems = QLabel("")
        self.problems.setStyleSheet("color: #a40000")
        self.problems.setWordWrap(True)
        form.addRow(self.problems)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def _save(self) -> None:
        empleado_id, descripcion = self.empleado_id, self.descripcion.text()
        monto, cuota = self.monto.text().strip(), self.cuota.text().strip()
        inicio = self.inicio.date().toString("yyyy-MM-dd")
        self.problems.setText(tr("Guardando…"))
        self.buttons.setEnabled(False)

        def failed(message: str) -> None:
            self.buttons.setEnabled(True)
            self.problems.setText(error_text(message))

        call_async(
            lambda: prestamos.add_loan(empleado_id, descripcion, monto, cuota, inicio),
            lambda _: self.accept(),
            failed,
        )


class EmployeeDetail(QWidget):
    """Salary history and loans of the employee chosen in the page's table."""

    def __init__(self, page: Page) -> None:
        super().__init__()
        self.page = page
        self.empleado: dict[str, Any] | None = None
        self.loan_dialog: LoanDialog | None = None
        self.title = QLabel(tr("Elija un empleado para ver su historial de salario y préstamos"))
        self.title.setStyleSheet("font-weight: bold")
        self.salaries_view, self.salaries, _ = page.make_table(
            [
                Column("vigente_desde", tr("Desde")),
                Column("salario_mensual", tr("Salario"), numeric=True, stretch=True),
            ],
            key="vigente_desde",
        )
        self.loans_view, self.loans, _ = page.make_table(
            [
                Column("descripcion", tr("Préstamo"), stretch=True),
                Column("monto", tr("Monto"), numeric=True),
                Column("cuota", tr("Cuota"), numeric=True),
                Column("inicio", tr("Inicio")),
                Column("saldo", tr("Saldo"), numeric=True),
                Column("estado_texto", tr("Estado")),
            ]
        )
        self.history_view, self.history, _ = page.make_table(
            [
                Column("periodo", tr("Período"), stretch=True),
                Column("cuota", tr("Cuota"), numeric=True),
                Column("saldo", tr("Saldo después"), numeric=True),
            ],
            key="nomina_id",
        )
        self.vacation_label = QLabel("")
        self.vacation_label.setObjectName("vacation_balance")
        self.vacation_view, self.vacation_history, _ = page.make_table(
            [
                Column("periodo", tr("Vacaciones tomadas"), stretch=True),
                Column("dias", tr("Días"), numeric=True),
            ],
            key="n",
        )
        self.loans_view.selectionModel().selectionChanged.connect(lambda *_: self._show_history())
        self.new_button = QPushButton(tr("Nuevo préstamo…"))
        self.stop_button = QPushButton(tr("Detener préstamo"))
        self.new_button.clicked.connect(self.new_loan)
        self.stop_button.clicked.connect(self.stop_loan)

        salaries = QGroupBox(tr("Historial de salario"))
        QVBoxLayout(salaries).addWidget(self.salaries_view)
        loans = QGroupBox(tr("Préstamos"))
        loans_layout = QVBoxLayout(loans)
        loans_layout.addWidget(self.loans_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        loans_layout.addLayout(buttons)
        history = QGroupBox(tr("Cuotas descontadas (nóminas aprobadas o pagadas)"))
        QVBoxLayout(history).addWidget(self.history_view)
        row = QHBoxLayout()
        row.addWidget(salaries, 2)
        row.addWidget(loans, 6)
        row.addWidget(history, 4)
        vacations = QGroupBox(tr("Vacaciones"))
        vacations_layout = QVBoxLayout(vacations)
        vacations_layout.addWidget(self.vacation_label)
        vacations_layout.addWidget(self.vacation_view)
        row.addWidget(vacations, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(row)
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected_loan()
        self.new_button.setEnabled(self.empleado is not None)
        self.stop_button.setEnabled(chosen is not None and chosen["activo"])

    # -- showing -------------------------------------------------------------------------------
    def show_employee(self, empleado: dict[str, Any] | None) -> None:
        """Show another employee (or none): read at once, off the GUI thread."""
        changed = (empleado or {}).get("id") != (self.empleado or {}).get("id")
        self.empleado = empleado
        if empleado is None:
            self.title.setText(tr("Elija un empleado para ver su historial de salario y préstamos"))
            self.show_detail(None)
            return
        self.title.setText(
            tr("{0} — {1}: historial de salario y préstamos").format(
                empleado["codigo"], empleado["nombre"]
            )
        )
        if changed:
            self.show_detail(None)
            self.reload()

    def reload(self) -> None:
        if self.empleado is None:
            return
        empleado_id = self.empleado["id"]
        self.page.run(lambda: employee_detail(empleado_id), self.show_detail)

    def show_detail(self, detail: dict[str, Any] | None) -> None:
        if detail is not None and detail["id"] != (self.empleado or {}).get("id"):
            return  # an answer for an employee no longer chosen
        self.salaries.set_records((detail or {}).get("salarios", []))
        loans = [
            {**loan, "estado_texto": loan_state(loan)}
            for loan in (detail or {}).get("prestamos", [])
        ]
        self.loans.set_records(loans)
        balance = (detail or {}).get("vacaciones")
        self.vacation_label.setText(vacation_summary(balance))
        self.vacation_history.set_records(
            [
                {**h, "n": n, "periodo": f"{h['periodo_inicio']} – {h['periodo_fin']}"}
                for n, h in enumerate((balance or {}).get("historial", []))
            ]
        )
        if len(loans) == 1 and not self.loans_view.selectionModel().hasSelection():
            self.loans_view.selectRow(0)
        self._show_history()

    def selected_loan(self) -> dict[str, Any] | None:
        chosen = self.page.selected_records(self.loans_view)
        return chosen[0] if chosen else None

    def _show_history(self) -> None:
        loan = self.selected_loan()
        self.history.set_records(
            [
                {**line, "periodo": f"{line['periodo_inicio']} – {line['periodo_fin']}"}
                for line in (loan["historial"] if loan else [])
            ]
        )
        self._enable()

    # -- actions -------------------------------------------------------------------------------
    def new_loan(self) -> None:
        if self.empleado is None:
            self.page.host.notify(tr("Elija un empleado en la tabla"))
            return
        self.loan_dialog = LoanDialog(self, self.empleado)
        self.loan_dialog.accepted.connect(self._loan_added)
        self.loan_dialog.open()

    def _loan_added(self) -> None:
        self.page.host.notify(tr("Préstamo agregado"))
        self.reload()

    def stop_loan(self) -> None:
        loan = self.selected_loan()
        if loan is None:
            self.page.host.notify(tr("Elija un préstamo"))
            return
        answer = QMessageBox.question(
            self,
            tr("Detener préstamo"),
            tr(
                "¿Detener el préstamo «{0}»? No se descontarán más cuotas "
                "(saldo {1:,.2f}); su historial se conserva."
            ).format(loan["descripcion"], loan["saldo"]),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        loan_id = loan["id"]
        self.page.run(
            lambda: prestamos.stop_loan(loan_id),
            lambda _: (self.page.host.notify(tr("Préstamo detenido")), self.reload()),
            tr("Detener préstamo"),
        )
