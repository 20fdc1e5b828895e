"""The month's filings from an approved or paid run: the INSS report and the IR withholding
report, each as CSV and XLSX (issue 18, item 4; rules: ``PAYROLL-NI.md``, "Monthly filings").

- **INSS** (:func:`inss_report`): each insured worker's INSS number, name, cédula, days, gross
  salary, employee and employer INSS, and INATEC (2 %, paid with the INSS invoice), with totals.
  The INSS online system (SIE) takes the month's report through its own screens and files; its
  upload layout is not publicly documented, so this is a clean table to key in or check the
  invoice against, not an SIE import file.
- **IR** (:func:`ir_report`): for the DGI monthly declaration of IR withheld on wages: each
  employee's identification (cédula), name, gross, INSS laboral, taxable income (gross - INSS
  laboral) and IR withheld, with totals. The DGI's VET forms are not reproduced either.

Both files open with the company, its RUC, its INSS employer number and the period, then a
blank line and the table (the CSV is UTF-8 with a BOM, amounts as ``8854.17``, text cells safe
from spreadsheet formulas). Only a run that is approved or paid (locked) is filed; an aguinaldo
run is refused (it is exempt from INSS and IR). The bank transfer file is :mod:`.bank`; the
yearly certificate per employee is :mod:`.certificates`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import xlsxwriter
from sqlalchemy import select

from coati_desk.payroll import messages as M
from coati_desk.payroll.db import session
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.inputs import parse_id
from coati_desk.payroll.models import LOCKED_STATES, Nomina, TipoNomina
from coati_desk.payroll.reports.model import ESTADO_NOMINA, Fila, Files, Run, load_run
from coati_desk.payroll.reports.run_csv import spreadsheet_safe
from coati_desk.payroll.reports.text import generated, period_tag, safe_file_name

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Fila], Any]  # text, a whole number or a Decimal
    width: int = 14
    total: bool = False  # summed on the totals line


def locked_run(run_id: Any, filing: bool = True) -> Run:
    """The run, refused unless approved or paid (and, for a filing, unless an aguinaldo run)."""
    run_id = parse_id(run_id, "nomina_id")
    with session() as db:
        found = db.execute(select(Nomina.estado, Nomina.tipo).where(Nomina.id == run_id)).first()
    if found is not None:
        estado, tipo = found
        if estado not in LOCKED_STATES:
            shown = ESTADO_NOMINA.get(estado, estado).lower()
            raise PayrollInputError(M.FILING_RUN_NOT_LOCKED(run=run_id, estado=shown))
        if filing and tipo == TipoNomina.AGUINALDO:
            raise PayrollInputError(M.FILING_AGUINALDO(run=run_id))
    return load_run(run_id, lines=False)  # (an unknown run: its own message)


def _amount(value: Decimal | None) -> Decimal:
    return ZERO if value is None else Decimal(value).quantize(ZERO)


def taxable(fila: Fila) -> Decimal:
    """Taxable income of the month: gross (less any exempt income) less the employee's INSS."""
    return _amount(fila.salario_cotizable) - _amount(fila.inss_laboral)


INSS_COLUMNS = (
    Column("N.º INSS", lambda f: f.inss_numero, 14),
    Column("Nombre", lambda f: f.nombre, 32),
    Column("Cédula", lambda f: f.identificacion, 18),
    Column("Días", lambda f: f.dias_trabajados or 0, 7),
    Column("Salario", lambda f: _amount(f.salario_cotizable), total=True),
    Column("INSS laboral", lambda f: _amount(f.inss_laboral), total=True),
    Column("INSS patronal", lambda f: _amount(f.inss_patronal), total=True),
    Column("INATEC", lambda f: _amount(f.inatec), total=True),
)
IR_COLUMNS = (
    Column("Cédula", lambda f: f.identificacion, 18),
    Column("Nombre", lambda f: f.nombre, 32),
    Column("Ingreso bruto", lambda f: _amount(f.salario_cotizable), total=True),
    Column("INSS laboral", lambda f: _amount(f.inss_laboral), total=True),
    Column("Renta gravable", taxable, 16, total=True),
    Column("IR retenido", lambda f: _amount(f.ir), total=True),
)


def header_lines(run: Run, title: str) -> list[tuple[str, str]]:
    """The lines above the table: what the file is, the company, and the period."""
    company = run.empresa
    return [
        ("Informe", title),
        ("Empresa", company.nombre),
        ("RUC", company.ruc),
        ("N.º patronal INSS", company.numero_patronal),
        ("Planilla", run.planilla),
        ("Período", f"{run.inicio:%d/%m/%Y} al {run.fin:%d/%m/%Y}"),
        ("Nómina", f"{run.id} ({run.estado_texto.lower()})"),
        ("Generado", generated()),
    ]


def totals(rows: Sequence[Fila], columns: Sequence[Column]) -> list[Any]:
    line: list[Any] = []
    for n, column in enumerate(columns):
        if column.total:
            line.append(sum((column.value(f) for f in rows), ZERO))
        else:
            line.append("Total" if n == 0 else "")
    return line


def table_csv(
    head: Sequence[tuple[str, str]], columns: Sequence[Column], rows: Sequence[Fila]
) -> bytes:
    """The header lines, a blank line, the table and its totals line, as CSV bytes."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for label, value in head:
        writer.writerow([label, spreadsheet_safe(value)])
    writer.writerow([])
    writer.writerow([c.title for c in columns])

    def cell(value: Any) -> str:
        return spreadsheet_safe(value) if isinstance(value, str) else str(value)

    for fila in rows:
        writer.writerow([cell(c.value(fila)) for c in columns])
    writer.writerow([cell(v) for v in totals(rows, columns)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def table_xlsx(
    head: Sequence[tuple[str, str]],
    columns: Sequence[Column],
    rows: Sequence[Fila],
    sheet_name: str,
    company: str,
) -> bytes:
    """The same as one sheet: header lines, the table with real numbers, a totals line."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    book.set_properties({"title": head[0][1], "author": "Coati Desk", "company": company})
    bold = book.add_format({"bold": True})
    heading = book.add_format({"bold": True, "bg_color": "#E9ECEF", "bottom": 1})
    amount = book.add_format({"num_format": "#,##0.00"})
    amount_bold = book.add_format({"num_format": "#,##0.00", "bold": True, "top": 1})
    total_text = book.add_format({"bold": True, "top": 1})
    sheet = book.add_worksheet(sheet_name)
    for r, (label, value) in enumerate(head):
        sheet.write_string(r, 0, label, bold)
        sheet.write_string(r, 1, value)
    top = len(head) + 1
    for c, column in enumerate(columns):
        sheet.set_column(c, c, column.width)
        sheet.write_string(top, c, column.title, heading)
    for r, fila in enumerate(rows, start=top + 1):
        for c, column in enumerate(columns):
            _write(sheet, r, c, column.value(fila), amount)
    last = top + 1 + len(rows)
    for c, value in enumerate(totals(rows, columns)):
        if isinstance(value, Decimal):
            sheet.write_number(last, c, float(value), amount_bold)
        else:
            sheet.write_string(last, c, value, total_text)
    sheet.freeze_panes(top + 1, 0)
    book.close()
    return buffer.getvalue()


def _write(sheet: Any, r: int, c: int, value: Any, amount: Any) -> None:
    if isinstance(value, Decimal):
        sheet.write_number(r, c, float(value), amount)
    elif isinstance(value, int):
        sheet.write_number(r, c, value)
    else:
        sheet.write_string(r, c, value)


def _report(run: Run, title: str, stem: str, columns: Sequence[Column]) -> Files:
    rows = run.completed_rows
    head = header_lines(run, title)
    name = f"{stem} {run.planilla} {period_tag(run.inicio, run.fin)}"
    return [
        (safe_file_name(name, "csv"), table_csv(head, columns, rows)),
        (
            safe_file_name(name, "xlsx"),
            table_xlsx(head, columns, rows, stem.split()[-1], run.empresa.nombre),
        ),
    ]


def inss_report(run_id: Any) -> Files:
    """The month's INSS report (CSV and XLSX) of an approved or paid run."""
    run = locked_run(run_id)
    return _report(run, "Reporte mensual INSS e INATEC", "Reporte INSS", INSS_COLUMNS)


def ir_report(run_id: Any) -> Files:
    """The month's IR withholding report for the DGI (CSV and XLSX) of an approved or paid run."""
    run = locked_run(run_id)
    return _report(run, "Retenciones de IR por rentas del trabajo", "Retenciones IR", IR_COLUMNS)


FILING_KINDS = ("inss", "ir", "banco")


def build_filing(kind: str, run_id: Any) -> Files:
    """The files of one filing of a run (``kind``: inss, ir or banco)."""
    from coati_desk.payroll.reports.bank import bank_transfers

    makers: dict[str, Callable[[Any], Files]] = {
        "inss": inss_report,
        "ir": ir_report,
        "banco": lambda run: bank_transfers(run).files,
    }
    if kind not in makers:
        raise PayrollInputError(M.UNKNOWN_FILING(kind=kind, choices=", ".join(FILING_KINDS)))
    return makers[kind](run_id)
