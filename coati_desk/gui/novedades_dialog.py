"""The period's inputs (novedades) of a planilla, per employee: overtime hours, days absent,
commissions, one-off bonuses and deductions. Saved off the GUI thread; then only the employees
whose inputs changed are calculated again through the queue. A locked (approved or paid) run's
inputs are shown read-only."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coati_desk.gui.background import call_async
from coati_desk.gui.errors import error_text
from coati_desk.gui.labels import tr
from coati_desk.gui.table_model import show_value
from coati_desk.payroll.calculation import TipoNovedad
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.models import EstadoNomina
from coati_desk.payroll.novedades import period_inputs

if TYPE_CHECKING:
    from coati_desk.gui.pages.host import PageHost


def tipo_labels() -> dict[str, str]:
    return {
        TipoNovedad.HORAS_EXTRA: tr("Horas extra"),
        TipoNovedad.AUSENCIA: tr("Ausencia (días)"),
        TipoNovedad.COMISION: tr("Comisión"),
        TipoNovedad.BONO: tr("Bono (único)"),
        TipoNovedad.DEDUCCION: tr("Deducción"),
        TipoNovedad.VACACIONES: tr("Vacaciones (días)"),
    }


def totals(inputs: list[dict[str, Any]]) -> dict[str, Decimal]:
    """An employee's inputs summed by kind."""
    sums = {t.value: Decimal(0) for t in TipoNovedad}
    for i in inputs:
        tipo = TipoNovedad(i["tipo"])
        sums[tipo.value] += Decimal(i["cantidad"] if tipo.counted else i["monto"] or 0)
    return sums


def _readonly_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(text: str, numeric: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if numeric:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class NovedadesDialog(QDialog):
    """The editor: employees with their totals on the left; the chosen employee's inputs and
    a form to add, change or remove one on the right. *Guardar* saves every employee changed."""

    def __init__(
        self, parent: QWidget, host: PageHost, planilla_id: str, inicio: date | str, fin: date | str
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.planilla_id = planilla_id
        self.inicio, self.fin = inicio, fin
        self.data: dict[str, Any] | None = None
        self.inputs: dict[str, list[dict[str, Any]]] = {}
        self.changed: set[str] = set()
        self.kept: dict[str, list[dict[str, Any]]] = {}  # refused on saving, still to correct
        self.locked = False
        self.saving = False
        self.setWindowTitle(tr("Novedades del periodo"))
        self.resize(1100, 600)

        self.title = QLabel(tr("Cargando…"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a5a00; font-weight: bold")
        self.note.hide()

        self.employees = _readonly_table(
            [
                tr("Código"),
                tr("Nombre"),
                tr("Horas extra"),
                tr("Días de ausencia"),
                tr("Comisiones"),
                tr("Bonos"),
                tr("Deducciones"),
                tr("Días de vacaciones"),
            ]
        )
        self.employees.itemSelectionChanged.connect(self._employee_chosen)
        header = self.employees.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the name takes the rest
        self.lines = _readonly_table(
            [tr("Tipo"), tr("Cantidad / monto"), tr("Descripción"), tr("Fecha")]
        )
        self.lines.itemSelectionChanged.connect(self._line_chosen)
        self.lines.horizontalHeader().setStretchLastSection(False)
        self.lines.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.tipo = QComboBox()
        for value, label in tipo_labels().items():
            self.tipo.addItem(label, str(value))
        self.tipo.currentIndexChanged.connect(self._tipo_changed)
        self.value_label = QLabel()
        self.value = QLineEdit()
        self.descripcion = QLineEdit()
        self.descripcion.setMaxLength(200)
        self.fecha = QLineEdit()
        self.fecha.setPlaceholderText(tr("AAAA-MM-DD (opcional)"))
        form = QFormLayout()
        form.addRow(tr("Tipo:"), self.tipo)
        form.addRow(self.value_label, self.value)
        form.addRow(tr("Descripción:"), self.descripcion)
        form.addRow(tr("Fecha:"), self.fecha)
        self.add_button = QPushButton(tr("Agregar"))
        self.update_button = QPushButton(tr("Modificar"))
        self.remove_button = QPushButton(tr("Quitar"))
        self.add_button.clicked.connect(self.add_input)
        self.update_button.clicked.connect(self.update_input)
        self.remove_button.clicked.connect(self.remove_input)
        line_buttons = QHBoxLayout()
        for button in (self.add_button, self.update_button, self.remove_button):
            line_buttons.addWidget(button)
        line_buttons.addStretch(1)

        self.employee_title = QLabel(tr("Elija un empleado."))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.employee_title)
        right_layout.addWidget(self.lines, 1)
        right_layout.addLayout(form)
        right_layout.addLayout(line_buttons)
        splitter = QSplitter()
        splitter.addWidget(self.employees)
        splitter.addWidget(right)
        splitter.setSizes([700, 380])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(tr("Guardar"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self._tipo_changed()
        self._enable()
        self.reload()

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        planilla_id, inicio, fin = self.planilla_id, self.inicio, self.fin
        call_async(lambda: period_inputs(planilla_id, inicio, fin), self._loaded, self._failed)

    def _loaded(self, data: dict[str, Any]) -> None:
        self.data = data
        self.inputs = {e["id"]: list(data["inputs"].get(e["id"], [])) for e in data["empleados"]}
        self.changed.clear()
        for empleado_id, inputs in self.kept.items():
            if empleado_id in self.inputs:
                self.inputs[empleado_id] = inputs
                self.changed.add(empleado_id)
        self.kept = {}
        estado: EstadoNomina | None = data["estado"]
        self.locked = bool(estado and estado.locked)
        self.title.setText(
            tr("Planilla: <b>{0}</b> · Periodo: {1} — {2}").format(
                data["planilla"], data["inicio"], data["fin"]
            )
            + ("" if data["run_id"] else " · " + tr("(aún sin calcular)"))
        )
        if estado is EstadoNomina.APROBADA:
            self.note.setText(
                tr(
                    "Esta nómina está aprobada: sus novedades no se pueden cambiar. "
                    "Para corregirlas, reábrala con «Reabrir…» en la página Nómina."
                )
            )
        elif estado is EstadoNomina.PAGADA:
            self.note.setText(tr("Esta nómina ya está pagada: sus novedades no se pueden cambiar."))
        self.note.setVisible(self.locked)
        chosen = self.current_employee()
        self.employees.setRowCount(len(data["empleados"]))
        for row, empleado in enumerate(data["empleados"]):
            self._fill_employee_row(row, empleado)
        ids = [e["id"] for e in data["empleados"]]
        self.employees.selectRow(ids.index(chosen) if chosen in ids else 0)
        self._show_lines()
        self._enable()

    def _failed(self, message: str) -> None:
        self.host.log_error(f"{tr('Novedades')}: {message}")
        QMessageBox.warning(self, tr("Coati Desk"), error_text(message))

    def _fill_employee_row(self, row: int, empleado: dict[str, Any]) -> None:
        sums = totals(self.inputs[empleado["id"]])
        mark = " *" if empleado["id"] in self.changed else ""
        self.employees.setItem(row, 0, _cell(empleado["codigo"] + mark))
        self.employees.setItem(row, 1, _cell(empleado["nombre"]))
        for column, tipo in enumerate(TipoNovedad, start=2):
            amount = sums[tipo.value]
            text = (
                ""
                if not amount
                else (f"{amount.normalize():f}" if tipo.counted else show_value(amount))
            )
            self.employees.setItem(row, column, _cell(text, numeric=True))

    # -- choosing ----------------------------------------------------------------------------------
    def current_employee(self) -> str | None:
        if self.data is None:
            return None
        rows = self.employees.selectionModel().selectedRows()
        if not rows:
            return None
        return self.data["empleados"][rows[0].row()]["id"]

    def select_employee(self, empleado_id: str) -> None:
        assert self.data is not None
        ids = [e["id"] for e in self.data["empleados"]]
        self.employees.selectRow(ids.index(empleado_id))

    def _employee_chosen(self) -> None:
        self._show_lines()
        self._enable()

    def _show_lines(self) -> None:
        empleado_id = self.current_employee()
        inputs = self.inputs.get(empleado_id or "", [])
        if self.data and empleado_id:
            empleado = next(e for e in self.data["empleados"] if e["id"] == empleado_id)
            self.employee_title.setText(f"<b>{empleado['codigo']}</b> — {empleado['nombre']}")
        labels = tipo_labels()
        self.lines.setRowCount(len(inputs))
        for row, i in enumerate(inputs):
            counted = TipoNovedad(i["tipo"]).counted
            value = i["cantidad"] if counted else i["monto"]
            shown = f"{Decimal(value).normalize():f}" if counted else show_value(value)
            self.lines.setItem(row, 0, _cell(labels[i["tipo"]]))
            self.lines.setItem(row, 1, _cell(shown, numeric=True))
            self.lines.setItem(row, 2, _cell(i["descripcion"] or ""))
            self.lines.setItem(row, 3, _cell(str(i["fecha"] or "")))

    def _line_chosen(self) -> None:
        index = self._current_line()
        empleado_id = self.current_employee()
        if index is not None and empleado_id:
            i = self.inputs[empleado_id][index]
            tipo = TipoNovedad(i["tipo"])
            self.tipo.setCurrentIndex(self.tipo.findData(tipo.value))
            value = i["cantidad"] if tipo.counted else i["monto"]
            self.value.setText(f"{Decimal(value):f}")
            self.descripcion.setText(i["descripcion"] or "")
            self.fecha.setText(str(i["fecha"] or ""))
        self._enable()

    def _current_line(self) -> int | None:
        rows = self.lines.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _tipo_changed(self) -> None:
        tipo = TipoNovedad(self.tipo.currentData())
        self.value_label.setText(
            {
                TipoNovedad.HORAS_EXTRA: tr("Horas:"),
                TipoNovedad.AUSENCIA: tr("Días:"),
                TipoNovedad.VACACIONES: tr("Días:"),
            }.get(tipo, tr("Monto (C$):"))
        )

    def _enable(self) -> None:
        editable = self.data is not None and not self.locked and not self.saving
        has_employee = editable and self.current_employee() is not None
        for widget in (self.tipo, self.value, self.descripcion, self.fecha, self.add_button):
            widget.setEnabled(has_employee)
        has_line = has_employee and self._current_line() is not None
        self.update_button.setEnabled(has_line)
        self.remove_button.setEnabled(has_line)
        self.save_button.setEnabled(editable and bool(self.changed))

    # -- editing -----------------------------------------------------------------------------------
    def _form_input(self) -> dict[str, Any] | None:
        """The form's input, or None (said) when its number or date is not valid."""
        from coati_desk.payroll.inputs import parse_decimal

        tipo = TipoNovedad(self.tipo.currentData())
        errors: list[str] = []
        name = "cantidad" if tipo.counted else "monto"
        value = parse_decimal(self.value.text(), name, errors)
        if not errors and not value:
            from coati_desk.payroll import messages as M

            needs = M.INPUT_NEEDS_QUANTITY if tipo.counted else M.INPUT_NEEDS_AMOUNT
            errors.append(needs(tipo=tipo.value))
        fecha: date | None = None
        text = self.fecha.text().strip()
        if text:
            try:
                fecha = date.fromisoformat(text)
            except ValueError:
                errors.append(tr("La fecha debe escribirse AAAA-MM-DD."))
        if errors:
            QMessageBox.warning(self, tr("Novedades"), "\n".join(map(error_text, errors)))
            return None
        return {
            "tipo": tipo.value,
            "cantidad": value if tipo.counted else None,
            "monto": None if tipo.counted else value,
            "descripcion": self.descripcion.text().strip(),
            "fecha": fecha,
        }

    def _edited(self, empleado_id: str) -> None:
        assert self.data is not None
        self.changed.add(empleado_id)
        ids = [e["id"] for e in self.data["empleados"]]
        row = ids.index(empleado_id)
        self._fill_employee_row(row, self.data["empleados"][row])
        self._show_lines()
        self._enable()

    def add_input(self) -> None:
        empleado_id = self.current_employee()
        new = self._form_input() if empleado_id else None
        if empleado_id and new:
            self.inputs[empleado_id].append(new)
            self._edited(empleado_id)
            self.value.clear()
            self.descripcion.clear()
            self.fecha.clear()

    def update_input(self) -> None:
        empleado_id, index = self.current_employee(), self._current_line()
        new = self._form_input() if empleado_id and index is not None else None
        if empleado_id and index is not None and new:
            self.inputs[empleado_id][index] = new
            self._edited(empleado_id)

    def remove_input(self) -> None:
        empleado_id, index = self.current_employee(), self._current_line()
        if empleado_id and index is not None:
            del self.inputs[empleado_id][index]
            self._edited(empleado_id)

    # -- saving ------------------------------------------------------------------------------------
    def save(self) -> None:
        """Save every employee changed (off the GUI thread), then calculate them again."""
        if self.data is None or not self.changed or self.locked:
            return
        queue = self.host.ready_driver() if self.data["run_id"] else self.host.runtime.driver
        if self.data["run_id"] and queue is None:
            return
        planilla_id, inicio, fin = self.planilla_id, self.data["inicio"], self.data["fin"]
        usuario = self.host.user_name()
        work = {empleado_id: list(self.inputs[empleado_id]) for empleado_id in self.changed}

        def job() -> dict[str, Any]:
            from coati_desk.jobs.runs import apply_inputs
            from coati_desk.payroll.novedades import save_employee_inputs

            run_id, saved, warnings, errors = None, [], [], []
            for empleado_id, inputs in work.items():
                raw = [{**i, "fecha": i["fecha"].isoformat() if i["fecha"] else ""} for i in inputs]
                try:
                    result = save_employee_inputs(
                        planilla_id, inicio, fin, empleado_id, raw, usuario
                    )
                except PayrollInputError as exc:
                    errors.append((empleado_id, str(exc)))
                    continue
                run_id = run_id or result.run_id
                saved += result.empleados
                warnings += result.warnings
            sent = apply_inputs(queue, run_id, saved) if queue is not None else 0
            return {"saved": saved, "warnings": warnings, "errors": errors, "sent": sent}

        self.saving = True
        self._enable()
        call_async(job, self._saved, self._save_failed)

    def _saved(self, result: dict[str, Any]) -> None:
        assert self.data is not None
        codes = {e["id"]: e["codigo"] for e in self.data["empleados"]}
        self.saving = False
        self.changed.clear()  # (read again below; nothing is left to save meanwhile)
        self._enable()
        problems = [f"{codes[e]}: {error_text(text)}" for e, text in result["errors"]]
        # what was refused stays in the editor, to be corrected and saved again
        self.kept = {e: self.inputs[e] for e, _ in result["errors"]}
        if result["warnings"]:
            QMessageBox.warning(
                self,
                tr("Novedades guardadas con avisos"),
                "\n".join(error_text(w) for w in result["warnings"]),
            )
        if problems:
            QMessageBox.warning(self, tr("Novedades no guardadas"), "\n".join(problems))
        self.host.notify(
            tr("Novedades guardadas: {0} empleado(s), {1} en cola para recalcular").format(
                len(result["saved"]), result["sent"]
            )
        )
        self.host.refresh()
        self.reload()

    def _save_failed(self, message: str) -> None:
        self.saving = False
        self._failed(message)
        self.reload()
