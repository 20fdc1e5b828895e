"""The run as a workbook: *Resumen*, *Empleados* (every amount a number) and *Detalle*."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import xlsxwriter

from coati_desk.payroll.amounts import AMOUNTS
from coati_desk.payroll.reports.model import (
    ESTADO_FILA,
    TIPO_LINEA,
    Progress,
    Run,
    load_run,
)
from coati_desk.payroll.reports.text import generated

# The lines every result has, shown as their own columns in the spreadsheet already.
STANDARD_LINES = frozenset({"SALARIO", "INSS", "IR", "INSS_PATRONAL", "INATEC"})
_EMPLOYEE_TEXT = (
    ("Código", "codigo", 12),
    ("Nombre", "nombre", 30),
    ("Identificación", "identificacion", 18),
    ("N.º INSS", "inss_numero", 14),
    ("Cargo", "cargo", 22),
    ("Estado", "estado", 11),
)
_EMPLOYEE_AMOUNTS = (
    ("Salario mensual", "salario_mensual"),
    ("Salario base", "salario_base"),
    *((a.title, a.name) for a in AMOUNTS),
)


def run_xlsx(run_id: Any, progress: Progress | None = None) -> bytes:
    """The run as a workbook: *Resumen* (the run and its totals), *Empleados* (one row per
    employee, every amount a number, the employees' own concepts as columns) and *Detalle*
    (every line of every result)."""
    return render_xlsx(load_run(run_id), progress)


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def render_xlsx(run: Run, progress: Progress | None = None) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    book.set_properties(
        {"title": f"Nómina {run.planilla}", "author": "Coati Desk", "company": run.empresa.nombre}
    )
    bold = book.add_format({"bold": True})
    heading = book.add_format({"bold": True, "bg_color": "#E9ECEF", "bottom": 1})
    amount = book.add_format({"num_format": "#,##0.00"})
    amount_bold = book.add_format({"num_format": "#,##0.00", "bold": True})
    day = book.add_format({"num_format": "dd/mm/yyyy", "align": "left"})
    title = book.add_format({"bold": True, "font_size": 14, "font_color": "#1F4E79"})

    sheet = book.add_worksheet("Resumen")
    sheet.set_column(0, 0, 24)
    sheet.set_column(1, 1, 40)
    sheet.write_string(0, 0, f"{run.kind_title}: {run.planilla}", title)
    summary: list[tuple[str, Any, Any]] = [
        ("Empresa", run.empresa.nombre, None),
        ("RUC", run.empresa.ruc, None),
        ("N.º patronal INSS", run.empresa.numero_patronal, None),
        ("Planilla", run.planilla, None),
        ("Nómina", run.id, None),
        ("Periodo", run.titulo, None),
        ("Inicio", run.inicio, day),
        ("Fin", run.fin, day),
        ("Periodicidad", run.periodicidad, None),
        ("Estado", run.estado_texto, None),
        ("Empleados", run.total_empleados, None),
        ("Calculados", run.completados, None),
        ("Fallidos", run.fallidos, None),
        ("Cancelados", run.cancelados, None),
        ("Total bruto", run.total_bruto, amount_bold),
        ("Total deducciones", run.total_deducciones, amount_bold),
        ("Total neto", run.total_neto, amount_bold),
        ("Aportes patronales", run.total_aportes, amount_bold),
        ("Calculada por", run.usuario, None),
        ("Generado", generated(), None),
    ]
    for row, (label, value, style) in enumerate(summary, 2):
        sheet.write_string(row, 0, label, bold)
        if isinstance(value, Decimal):
            sheet.write_number(row, 1, float(value), style)
        elif isinstance(value, int):
            sheet.write_number(row, 1, value, style)
        elif isinstance(value, date):
            sheet.write_datetime(row, 1, datetime(value.year, value.month, value.day), style)
        else:
            sheet.write_string(row, 1, str(value), style)

    # the employees' own concepts (bonuses, loans...), one column each, by kind and code
    kinds = list(TIPO_LINEA)
    extra_keys = sorted(
        {
            (line.tipo, line.codigo)
            for fila in run.filas
            for line in fila.lineas
            if line.codigo not in STANDARD_LINES
        },
        key=lambda k: (kinds.index(k[0]) if k[0] in kinds else len(kinds), k[1]),
    )
    sheet = book.add_worksheet("Empleados")
    headers = [
        *(h for h, _, _ in _EMPLOYEE_TEXT),
        "Días trabajados",
        *(h for h, _ in _EMPLOYEE_AMOUNTS),
        *(f"{code} ({TIPO_LINEA.get(tipo, tipo)})" for tipo, code in extra_keys),
        "Error",
    ]
    for col, text in enumerate(headers):
        sheet.write_string(0, col, text, heading)
    for col, (_, _, width) in enumerate(_EMPLOYEE_TEXT):
        sheet.set_column(col, col, width)
    first_amount = len(_EMPLOYEE_TEXT) + 1
    sheet.set_column(len(_EMPLOYEE_TEXT), len(_EMPLOYEE_TEXT), 9)
    sheet.set_column(first_amount, first_amount + len(_EMPLOYEE_AMOUNTS) + len(extra_keys) - 1, 14)
    sheet.set_column(len(headers) - 1, len(headers) - 1, 40)
    total = len(run.filas)
    for row, fila in enumerate(run.filas, 1):
        texts = (
            fila.codigo,
            fila.nombre,
            fila.identificacion,
            fila.inss_numero,
            fila.cargo,
            ESTADO_FILA.get(fila.estado, fila.estado),
        )
        for col, text in enumerate(texts):
            sheet.write_string(row, col, text)
        if fila.dias_trabajados is not None:
            sheet.write_number(row, len(_EMPLOYEE_TEXT), fila.dias_trabajados)
        for col, (_, attribute) in enumerate(_EMPLOYEE_AMOUNTS, first_amount):
            value = _number(getattr(fila, attribute))
            if value is not None:
                sheet.write_number(row, col, value, amount)
        own: dict[tuple[str, str], Decimal] = {}
        for line in fila.lineas:
            if line.codigo not in STANDARD_LINES:
                key = (line.tipo, line.codigo)
                own[key] = own.get(key, Decimal("0.00")) + line.monto
        base = first_amount + len(_EMPLOYEE_AMOUNTS)
        for col, key in enumerate(extra_keys, base):
            if key in own:
                sheet.write_number(row, col, float(own[key]), amount)
        if fila.error:
            sheet.write_string(row, len(headers) - 1, fila.error)
        if progress is not None and (row % 200 == 0 or row == total):
            progress(row, total)
    sheet.freeze_panes(1, 2)
    sheet.autofilter(0, 0, total, len(headers) - 1)

    sheet = book.add_worksheet("Detalle")
    detail_headers = (
        ("Código", 12),
        ("Nombre", 30),
        ("Tipo", 16),
        ("Concepto", 16),
        ("Descripción", 44),
        ("Monto", 14),
    )
    for col, (text, width) in enumerate(detail_headers):
        sheet.write_string(0, col, text, heading)
        sheet.set_column(col, col, width)
    row = 0
    for fila in run.filas:
        for line in fila.lineas:
            row += 1
            sheet.write_string(row, 0, fila.codigo)
            sheet.write_string(row, 1, fila.nombre)
            sheet.write_string(row, 2, TIPO_LINEA.get(line.tipo, line.tipo))
            sheet.write_string(row, 3, line.codigo)
            sheet.write_string(row, 4, line.descripcion)
            sheet.write_number(row, 5, float(line.monto), amount)
    sheet.freeze_panes(1, 2)
    sheet.autofilter(0, 0, max(row, 1), len(detail_headers) - 1)
    book.close()
    return buffer.getvalue()
