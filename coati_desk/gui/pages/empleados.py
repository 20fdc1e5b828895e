"""Empleados: the list, add/edit with validation, CSV import and demo data; under the list, the
chosen employee's salary history and loans."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coati_desk.gui.baja_dialog import BajaDialog, VacacionesDialog
from coati_desk.gui.employee_dialog import EmployeeDialog
from coati_desk.gui.errors import error_text
from coati_desk.gui.labels import tr
from coati_desk.gui.pages.base import Page
from coati_desk.gui.pages.empleado_detail import EmployeeDetail, employee_detail
from coati_desk.gui.pages.host import PageHost
from coati_desk.gui.table_model import Column
from coati_desk.payroll import employees, queries
from coati_desk.payroll.demo_year import create_demo_year


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
                Column("cargo", tr("Cargo")),
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
        baja = QPushButton(tr("Dar de baja…"))
        baja.setToolTip(tr("Liquidación final del empleado elegido, y registrar su baja"))
        vacaciones = QPushButton(tr("Vacaciones…"))
        vacaciones.setToolTip(tr("Saldo de vacaciones de cada empleado activo"))
        add.clicked.connect(self.add)
        baja.clicked.connect(self.dar_de_baja)
        vacaciones.clicked.connect(self.vacaciones)
        edit.clicked.connect(self.edit)
        import_csv.clicked.connect(lambda: self.import_csv())
        demo.clicked.connect(lambda: self.demo())
        self.count = QLabel("")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for button in (add, edit, baja, vacaciones, import_csv, demo):
            bar.addWidget(button)
        self.detail = EmployeeDetail(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chosen_changed())
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table)
        top_layout.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split)
        self._planillas: list[dict[str, Any]] = []
        self.employee_dialog: EmployeeDialog | None = None
        self.baja_dialog: BajaDialog | None = None
        self.vacaciones_dialog: VacacionesDialog | None = None

    def chosen(self) -> dict[str, Any] | None:
        records = self.selected_records(self.table)
        return records[0] if len(records) == 1 else None

    def poll_job(self) -> Callable[[], Any]:
        chosen = self.chosen()
        empleado_id = chosen["id"] if chosen else None
        return lambda: {
            "employees": employees.list_employees(),
            "planillas": queries.list_planillas(),
            "detail": employee_detail(empleado_id) if empleado_id else None,
        }

    def show_poll(self, data: dict[str, Any]) -> None:
        self.model.set_records(data["employees"])
        self._planillas = data["planillas"]
        self.count.setText(tr("{0} empleados").format(len(data["employees"])))
        self.detail.show_employee(self.chosen())  # (its name may have changed)
        if data["detail"] is not None:
            self.detail.show_detail(data["detail"])

    def _chosen_changed(self) -> None:
        self.detail.show_employee(self.chosen())

    def add(self) -> None:
        self._open_dialog(EmployeeDialog(self, self._planillas))

    def edit(self) -> None:
        chosen = self.selected_records(self.table)
        if not chosen:
            self.host.notify(tr("Elija un empleado en la tabla"))
            return
        self._open_dialog(EmployeeDialog(self, self._planillas, chosen[0]))

    def _open_dialog(self, dialog: EmployeeDialog) -> None:
        """Opened without blocking the window (the list keeps refreshing meanwhile)."""
        self.employee_dialog = dialog
        dialog.accepted.connect(self._employee_saved)
        dialog.open()

    def _employee_saved(self) -> None:
        self.host.refresh()
        self.detail.reload()  # a salary change shows in the history

    def dar_de_baja(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            self.host.notify(tr("Elija un empleado en la tabla"))
            return
        self.baja_dialog = BajaDialog(self, chosen, self._settlement_job)
        self.baja_dialog.recorded_exit.connect(self._exit_recorded)
        self.baja_dialog.open_run.connect(self.host.show_run)
        self.baja_dialog.open()

    def _settlement_job(
        self, planilla_id: str, codigo: str, baja: date, motivo: str
    ) -> Callable[[], str] | None:
        from coati_desk.jobs.runs import start_settlement

        queue = self.host.ready_driver()
        if queue is None:
            return None
        usuario = self.host.user_name()
        return lambda: start_settlement(queue, planilla_id, codigo, baja, motivo, usuario).run_id

    def _exit_recorded(self, run_id: str) -> None:
        self.host.notify(
            tr("Baja registrada: la liquidación {0} se calcula en la cola").format(run_id)
        )
        self.host.refresh()
        self.detail.reload()

    def vacaciones(self) -> None:
        self.vacaciones_dialog = VacacionesDialog(self)
        self.vacaciones_dialog.open()

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
            lambda: create_demo_year(count),
            lambda _: (
                self.host.notify(tr("Planilla de demostración creada")),
                self.host.refresh(),
            ),
            tr("Datos de demostración"),
        )
