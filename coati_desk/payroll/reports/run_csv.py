"""A run as CSV: one line per employee with every amount, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select

from coati_desk.payroll import messages as M
from coati_desk.payroll.amounts import RESULT_FIELDS
from coati_desk.payroll.db import session
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.models import Empleado, Nomina, NominaEmpleado

EXPORT_COLUMNS = (
    "codigo",
    "nombre",
    "identificacion",
    "estado",
    "dias_trabajados",
    "salario_base",
    *RESULT_FIELDS,
    "error",
)
TEXT_COLUMNS = {"codigo", "nombre", "identificacion", "estado", "error"}


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
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(EXPORT_COLUMNS)
            for fila, empleado in rows:
                values = {
                    "codigo": empleado.codigo,
                    "nombre": empleado.nombre_completo,
                    "identificacion": empleado.identificacion or "",
                    "estado": fila.estado,
                    "error": fila.error or "",
                }
                line = []
                for column in EXPORT_COLUMNS:
                    if column in TEXT_COLUMNS:
                        line.append(spreadsheet_safe(values[column]))
                    else:
                        value = getattr(fila, column)
                        line.append("" if value is None else str(value))
                writer.writerow(line)
        tmp.replace(path)  # never a half-written file under the real name
        return len(rows)
