"""A run as CSV: one line per employee with every amount, safe to open in a spreadsheet.

Besides the result's amounts, the lines of the period's inputs and loans get a column each
(:data:`LINE_COLUMNS`: the sum of that employee's lines of the code, 0.00 when they have none;
empty for an employee not calculated). An absence is a negative perception, so ``ausencia`` is
negative: ``salario_base`` plus the perception columns and the employee's own concepts is
``salario_bruto``."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from coati_desk.payroll import messages as M
from coati_desk.payroll.amounts import RESULT_FIELDS
from coati_desk.payroll.db import session
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.models import Empleado, EstadoFila, Nomina, NominaEmpleado, NominaLinea

# column -> the result line code it sums
LINE_COLUMNS: dict[str, str] = {
    "horas_extra": "HORAS_EXTRA",
    "ausencia": "AUSENCIA",
    "comision": "COMISION",
    "bono": "BONO",
    "deduccion": "DEDUCCION",
    "prestamo": "PRESTAMO",
}
EXPORT_COLUMNS = (
    "codigo",
    "nombre",
    "identificacion",
    "inss_numero",
    "cargo",
    "estado",
    "dias_trabajados",
    "salario_base",
    *LINE_COLUMNS,
    *RESULT_FIELDS,
    "error",
)
TEXT_COLUMNS = {"codigo", "nombre", "identificacion", "inss_numero", "cargo", "estado", "error"}
ZERO = Decimal("0.00")


def spreadsheet_safe(value: str) -> str:
    """A text cell a spreadsheet will not run as a formula (=, +, -, @ at the start)."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def export_run_csv(run_id: str, path: Path) -> int:
    """One line per employee with every amount; returns how many employees were written."""
    with session() as db:
        rows = db.execute(
            select(NominaEmpleado, Empleado)
            .join(Empleado, Empleado.id == NominaEmpleado.empleado_id)
            .where(NominaEmpleado.nomina_id == run_id)
            .order_by(Empleado.codigo)
        ).all()
        if not rows and db.get(Nomina, run_id) is None:
            raise PayrollInputError(M.RUN_NOT_FOUND(run=run_id))
        sums: dict[tuple[int, str], Decimal] = {
            (fila_id, codigo): total
            for fila_id, codigo, total in db.execute(
                select(NominaLinea.fila_id, NominaLinea.codigo, func.sum(NominaLinea.monto))
                .join(NominaEmpleado, NominaEmpleado.id == NominaLinea.fila_id)
                .where(
                    NominaEmpleado.nomina_id == run_id,
                    NominaEmpleado.estado == EstadoFila.COMPLETED,
                    NominaLinea.codigo.in_(list(LINE_COLUMNS.values())),
                )
                .group_by(NominaLinea.fila_id, NominaLinea.codigo)
            )
        }
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(EXPORT_COLUMNS)
            for fila, empleado in rows:
                values = {
                    "codigo": empleado.codigo,
                    "nombre": empleado.nombre_completo,
                    "identificacion": empleado.identificacion or "",
                    "inss_numero": empleado.inss_numero or "",
                    "cargo": empleado.cargo or "",
                    "estado": fila.estado,
                    "error": fila.error or "",
                }
                line = []
                for column in EXPORT_COLUMNS:
                    if column in TEXT_COLUMNS:
                        line.append(spreadsheet_safe(values[column]))
                    elif column in LINE_COLUMNS:
                        if fila.estado != EstadoFila.COMPLETED:
                            line.append("")
                        else:
                            total = sums.get((fila.id, LINE_COLUMNS[column]), ZERO)
                            line.append(str(Decimal(total).quantize(ZERO)))
                    else:
                        value = getattr(fila, column)
                        line.append("" if value is None else str(value))
                writer.writerow(line)
        tmp.replace(path)  # never a half-written file under the real name
        return len(rows)
