"""The bank transfer file of an approved or paid run: each employee's net pay to their account.

No Nicaraguan bank's payroll upload layout was found documented publicly (each bank gives its
own to its business clients), so this is a generic CSV to adapt or key in: ``cuenta``,
``nombre``, ``cedula``, ``monto``, ``referencia`` and ``banco``, one line per employee paid by
*transferencia* with a bank account and a net above zero (UTF-8 with a BOM, amounts as
``8234.38``). Everyone else (paid in cash or by cheque, a transfer without an account, a net of
zero, a row not calculated) is listed apart in a second CSV with the reason, so no one is left
out silently; :class:`BankTransfers` counts both.
"""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from coati_desk.payroll.db import session
from coati_desk.payroll.models import Empleado, FormaPago, NominaEmpleado
from coati_desk.payroll.reports.filings import locked_run
from coati_desk.payroll.reports.model import Files
from coati_desk.payroll.reports.run_csv import spreadsheet_safe
from coati_desk.payroll.reports.text import period_tag, safe_file_name

log = logging.getLogger("coati_desk.payroll")

TRANSFER_COLUMNS = ("cuenta", "nombre", "cedula", "monto", "referencia", "banco")
APART_COLUMNS = ("codigo", "nombre", "cedula", "forma_pago", "monto", "motivo")
ZERO = Decimal("0.00")


@dataclass
class BankTransfers:
    files: Files = field(default_factory=list)
    transfers: int = 0  # lines of the transfer file
    total: Decimal = ZERO  # their sum
    apart: int = 0  # employees listed apart


def _csv(header: tuple[str, ...], lines: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([[spreadsheet_safe(cell) for cell in line] for line in lines])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def bank_transfers(run_id: Any) -> BankTransfers:
    """The transfer CSV (and, when someone is paid otherwise, the CSV of those) of a run that
    is approved or paid; aguinaldo runs too (they are paid like any other)."""
    run = locked_run(run_id, filing=False)
    tag = period_tag(run.inicio, run.fin)
    with session() as db:
        payment = {
            r.codigo: r
            for r in db.execute(
                select(
                    Empleado.codigo, Empleado.forma_pago, Empleado.banco, Empleado.cuenta_bancaria
                )
                .join(NominaEmpleado, NominaEmpleado.empleado_id == Empleado.id)
                .where(NominaEmpleado.nomina_id == run.id)
            )
        }
    result = BankTransfers()
    transfers: list[list[str]] = []
    apart: list[list[str]] = []
    for fila in run.filas:
        pay = payment[fila.codigo]
        neto = ZERO if fila.salario_neto is None else Decimal(fila.salario_neto).quantize(ZERO)
        forma = pay.forma_pago or ""
        cuenta = (pay.cuenta_bancaria or "").strip()
        if not fila.completed:
            reason = "no calculado"
        elif forma != FormaPago.TRANSFERENCIA:
            reason = f"se paga por {forma or '?'}"
        elif not cuenta:
            reason = "transferencia sin cuenta bancaria"
        elif neto <= ZERO:
            reason = "neto cero"
        else:
            transfers.append(
                [
                    cuenta,
                    fila.nombre,
                    fila.identificacion,
                    str(neto),
                    f"Planilla {run.planilla} {tag} {fila.codigo}",
                    (pay.banco or "").strip(),
                ]
            )
            result.total += neto
            continue
        apart.append([fila.codigo, fila.nombre, fila.identificacion, forma, str(neto), reason])
    result.transfers, result.apart = len(transfers), len(apart)
    result.files.append(
        (
            safe_file_name(f"Transferencias {run.planilla} {tag}", "csv"),
            _csv(TRANSFER_COLUMNS, transfers),
        )
    )
    if apart:
        result.files.append(
            (
                safe_file_name(f"Pagos aparte {run.planilla} {tag}", "csv"),
                _csv(APART_COLUMNS, apart),
            )
        )
        log.warning(
            "Nómina %s: %d empleado(s) no van en el archivo de transferencias (efectivo, "
            "cheque, sin cuenta o neto cero): ver «Pagos aparte»",
            run.id,
            len(apart),
        )
    log.info(
        "Nómina %s: %d transferencia(s) por %s", run.id, len(transfers), f"{result.total:,.2f}"
    )
    return result
