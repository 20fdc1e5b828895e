"""Empleados: the list, add/edit with validation, CSV import and demo data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
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
from coati_desk.gui.pages.base import Page
from coati_desk.gui.pages.host import PageHost
from coati_desk.gui.table_model import Column
from coati_desk.payroll import employees, queries
from coati_desk.payroll.demo import create_demo_planilla


class EmployeeDialog(QDialog):
    """Add or edit one employee; problems are shown in the dialog, nothing saved until valid."""

    def __init__(
        self, parent: QWidget, planillas: list[dict[str, Any]], record: dict[str, Any] | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Editar empleado") if record else tr("Nuevo empleado"))
        self.record = record
        form = QFormLayout(self)
        self.codigo = QLineEdit(record["codigo"] if record else "")
        self.nombres = QLineEdit(record["nombres"] if record else "")
        self.apellidos = QLineEdit(record["apellidos"] if record else "")
        self.identificacion = QLineEdit(record["identificacion"] if record else "")
        self.salario = QLineEdit(str(record["salario_mensual"]) if record else "")
        self.salario.setPlaceholderText("25000.00")
        self.ingreso = QDateEdit()
        self.baja = QDateEdit()
        for edit in (self.ingreso, self.baja):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        start = record["fecha_ingreso"] if record else None
        self.ingreso.setDate(QDate(start) if start else QDate.currentDate())
        self.has_baja = QCheckBox(tr("Fecha de baja"))
        end = record.get("fecha_baja") if record else None
        self.has_baja.setChecked(end is not None)
        self.baja.setDate(QDate(end) if end else QDate.currentDate())
        self.baja.setEnabled(end is not None)
        self.has_baja.toggled.connect(self.baja.setEnabled)
        self.activo = QCheckBox(tr("Activo"))
        self.activo.setChecked(record["activo"] if record else True)
        self.planilla = QComboBox()
        for planilla in planillas:
            self.planilla.addItem(planilla["nombre"], planilla["id"])
        form.addRow(tr("Código:"), self.codigo)
        form.addRow(tr("Nombres:"), self.nombres)
        form.addRow(tr("Apellidos:"), self.apellidos)
        form.addRow(tr("Cédula:"), self.identificacion)
        form.addRow(tr("Salario mensual:"), self.salario)
        form.addRow(tr("Fecha de ingreso:"), self.ingreso)
        form.addRow(self.has_baja, self.baja)
        form.addRow("", self.activo)
        if not record and planillas:
            form.addRow(tr("Agregar a la planilla:"), self.planilla)
        self.problems = QLabel("")
        self.problems.setStyleSheet("color: #a40000")
        self.problems.setWordWrap(True)
        form.addRow(self.problems)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {
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
        }

    def _save(self) -> None:
        """Saved off the GUI thread (workers may be writing); problems stay in the dialog."""
        values = self.values()
        empleado_id = self.record["id"] if self.record else None
        planilla_id = None if self.record else self.planilla.currentData()
        self.problems.setText(tr("Guardando…"))
        call_async(
            lambda: employees.save_employee(
                values, empleado_id=empleado_id, planilla_id=planilla_id
            ),
            lambda _: self.accept(),
            self.problems.setText,
        )


class EmpleadosPage(Page):
    def __init__(self, host: PageHost) -> None:
        super().__init__(host)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Buscar por código o nombre…"))
        self.search.setClearButtonEnabled(True)
        self.table, self.model, self.filter = self.make_table(
            [
                Column("codigo", tr("Código")),
                Column("nombre", tr("Nombre")),
                Column("identificacion", tr("Cédula")),
                Column("salario_mensual", tr("Salario mensual"), numeric=True),
                Column("fecha_ingreso", tr("Ingreso")),
                Column("fecha_baja", tr("Baja")),
                Column("activo", tr("Activo")),
            ]
        )
        self.search.textChanged.connect(self.filter.set_text)
        self.table.doubleClicked.connect(lambda _: self.edit())
        add = QPushButton(tr("Agregar…"))
        edit = QPushButton(tr("Editar…"))
        import_csv = QPushButton(tr("Importar CSV…"))
        demo = QPushButton(tr("Generar datos de demostración…"))
        add.clicked.connect(self.add)
        edit.clicked.connect(self.edit)
        import_csv.clicked.connect(lambda: self.import_csv())
        demo.clicked.connect(lambda: self.demo())
        self.count = QLabel("")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for button in (add, edit, import_csv, demo):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        self._planillas: list[dict[str, Any]] = []

    def poll_job(self) -> Callable[[], Any]:
        return lambda: {
            "employees": employees.list_employees(),
            "planillas": queries.list_planillas(),
        }

    def show_poll(self, data: dict[str, Any]) -> None:
        self.model.set_records(data["employees"])
        self._planillas = data["planillas"]
        self.count.setText(tr("{0} empleados").format(len(data["employees"])))

    def add(self) -> None:
        if EmployeeDialog(self, self._planillas).exec() == QDialog.DialogCode.Accepted:
            self.host.refresh()

    def edit(self) -> None:
        chosen = self.selected_records(self.table)
        if not chosen:
            self.host.notify(tr("Elija un empleado en la tabla"))
            return
        if EmployeeDialog(self, self._planillas, chosen[0]).exec() == QDialog.DialogCode.Accepted:
            self.host.refresh()

    def import_csv(self, path: str | None = None, planilla_id: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, tr("Importar empleados"), "", "CSV (*.csv);;*"
            )
            if not path:
                return
            names = [tr("Una planilla nueva")] + [p["nombre"] for p in self._planillas]
            choice, ok = QInputDialog.getItem(
                self, tr("Importar empleados"), tr("Agregar los empleados a:"), names, 0, False
            )
            if not ok:
                return
            index = names.index(choice)
            planilla_id = None if index == 0 else self._planillas[index - 1]["id"]
        source = Path(path)
        self.run(
            lambda: employees.import_employees_csv(
                source, planilla_id, planilla_nombre=source.stem
            ),
            self._imported,
            tr("Importar CSV"),
        )

    def _imported(self, result: employees.ImportResult) -> None:
        if result.errors:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                tr("Importar empleados"),
                tr("No se importó nada: el archivo tiene {0} problema(s).").format(
                    len(result.errors)
                ),
                parent=self,
            )
            shown = [error_text(e) for e in result.errors]
            box.setDetailedText("\n".join(shown))
            box.setInformativeText("\n".join(shown[:5]))
            self.host.log_error("Import refused: " + "; ".join(result.errors[:5]))
            box.open()
            self.last_import_box = box
            return
        self.host.notify(
            tr("Importados: {0} nuevos, {1} actualizados").format(result.created, result.updated)
        )
        self.host.refresh()

    def demo(self, count: int | None = None) -> None:
        if count is None:
            count, ok = QInputDialog.getInt(
                self, tr("Datos de demostración"), tr("¿Cuántos empleados?"), 50, 1, 20000
            )
            if not ok:
                return
        self.run(
            lambda: create_demo_planilla(count),
            lambda _: (
                self.host.notify(tr("Planilla de demostración creada")),
                self.host.refresh(),
            ),
            tr("Datos de demostración"),
        )
