"""Reports of a payroll run: the run summary PDF, payslips ("colillas de pago") and an XLSX.

The builders are pure: they read the run in three queries however many employees it has, and
return bytes (:func:`run_summary_pdf`, :func:`payslips`, :func:`run_xlsx`). A report task calls
:func:`generate`, which stores the files in the payroll database (``informe_archivo``), all in
one transaction at the end and under the task's id: the task may run on another machine than
the window that asked for it. :func:`export_files` writes a task's files into a local folder.

Text is Spanish; amounts are Decimals printed ``20,683.33``. The PDFs embed DejaVu Sans (Latin,
Greek and Cyrillic, see ``fonts/README.txt``); a character outside it is printed as its closest
Latin letters, or "?" (:func:`printable`).
"""

from __future__ import annotations

import calendar
import io
import itertools
import logging
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import xlsxwriter
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from coati_desk.payroll import messages as M
from coati_desk.payroll.db import connect, session
from coati_desk.payroll.models import (
    Empleado,
    EstadoFila,
    EstadoNomina,
    InformeArchivo,
    Nomina,
    NominaEmpleado,
    NominaLinea,
    Planilla,
    TipoInforme,
    utcnow,
)
from coati_desk.payroll.services import PayrollInputError, parse_id

# fontTools tells at INFO level every glyph it keeps while fpdf2 embeds a font: not for our log.
logging.getLogger("fontTools").setLevel(logging.WARNING)
log = logging.getLogger("coati_desk.payroll")

Progress = Callable[[int, int], None]
Files = list[tuple[str, bytes]]

FONTS = Path(__file__).parent / "fonts"
FONT = "DejaVu"
MESES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
ESTADO_NOMINA: dict[str, str] = {
    EstadoNomina.CALCULANDO: "Calculando",
    EstadoNomina.CALCULADA: "Calculada",
    EstadoNomina.CALCULADA_CON_ERRORES: "Calculada con errores",
    EstadoNomina.CANCELADA: "Cancelada",
}
ESTADO_FILA: dict[str, str] = {
    EstadoFila.PENDING: "Pendiente",
    EstadoFila.PROCESSING: "En proceso",
    EstadoFila.COMPLETED: "Calculado",
    EstadoFila.FAILED: "Fallido",
    EstadoFila.CANCELLED: "Cancelado",
}
TIPO_LINEA = {"percepcion": "percepción", "deduccion": "deducción", "aporte": "aporte patronal"}
# The lines every result has, shown as their own columns in the spreadsheet already.
STANDARD_LINES = frozenset({"SALARIO", "INSS", "IR", "INSS_PATRONAL", "INATEC"})
SHORT_KINDS = {  # the command line's words
    "resumen": "resumen_pdf",
    "colillas": "colillas_pdf",
    "xlsx": "xlsx",
}


# -- the run, read once ------------------------------------------------------------------------
@dataclass(frozen=True)
class Linea:
    tipo: str  # percepcion | deduccion | aporte
    codigo: str
    descripcion: str
    monto: Decimal


@dataclass
class Fila:
    """One employee's row in the run, with the lines of their result (completed rows only)."""

    codigo: str
    nombre: str
    identificacion: str
    salario_mensual: Decimal
    estado: str
    dias_trabajados: int | None
    salario_base: Decimal | None
    salario_bruto: Decimal | None
    inss_laboral: Decimal | None
    ir: Decimal | None
    otras_deducciones: Decimal | None
    total_deducciones: Decimal | None
    salario_neto: Decimal | None
    inss_patronal: Decimal | None
    inatec: Decimal | None
    error: str
    lineas: list[Linea] = field(default_factory=list)

    @property
    def completed(self) -> bool:
        return self.estado == EstadoFila.COMPLETED


@dataclass(frozen=True)
class Run:
    id: str
    planilla: str
    periodicidad: str
    inicio: date
    fin: date
    estado: str
    usuario: str
    total_empleados: int
    completados: int
    fallidos: int
    cancelados: int
    total_bruto: Decimal
    total_deducciones: Decimal
    total_neto: Decimal
    total_aportes: Decimal
    filas: list[Fila]

    @property
    def periodo(self) -> str:
        return period_label(self.inicio, self.fin)

    @property
    def estado_texto(self) -> str:
        return ESTADO_NOMINA.get(self.estado, self.estado)

    @property
    def completed_rows(self) -> list[Fila]:
        return [f for f in self.filas if f.completed]


_ROW_COLUMNS = (
    NominaEmpleado.id,
    Empleado.codigo,
    Empleado.nombres,
    Empleado.apellidos,
    Empleado.identificacion,
    Empleado.salario_mensual,
    NominaEmpleado.estado,
    NominaEmpleado.dias_trabajados,
    NominaEmpleado.salario_base,
    NominaEmpleado.salario_bruto,
    NominaEmpleado.inss_laboral,
    NominaEmpleado.ir,
    NominaEmpleado.otras_deducciones,
    NominaEmpleado.total_deducciones,
    NominaEmpleado.salario_neto,
    NominaEmpleado.inss_patronal,
    NominaEmpleado.inatec,
    NominaEmpleado.error,
)


def load_run(run_id: Any, lines: bool = True) -> Run:
    """The run with every employee row (by code) and, with ``lines``, each result's lines.

    Refused (:class:`PayrollInputError`): an unknown run, one still calculating, one without
    employees. Three queries in one read transaction, whatever the number of employees.
    """
    run_id = parse_id(run_id, "nomina_id")
    with session() as db:
        found = db.execute(
            select(Nomina, Planilla.nombre, Planilla.periodicidad)
            .join(Planilla, Planilla.id == Nomina.planilla_id)
            .where(Nomina.id == run_id)
        ).first()
        if found is None:
            raise PayrollInputError(M.RUN_NOT_FOUND(run=run_id))
        nomina, planilla, periodicidad = found
        if nomina.estado == EstadoNomina.CALCULANDO:
            done = nomina.completados + nomina.fallidos + nomina.cancelados
            raise PayrollInputError(
                M.RUN_STILL_CALCULATING(run=run_id, done=done, total=nomina.total_empleados)
            )
        filas = _rows(db, run_id, lines)
    if not filas:
        raise PayrollInputError(M.RUN_HAS_NO_EMPLOYEES(run=run_id))
    return Run(
        id=nomina.id,
        planilla=planilla,
        periodicidad=periodicidad,
        inicio=nomina.periodo_inicio,
        fin=nomina.periodo_fin,
        estado=nomina.estado,
        usuario=nomina.usuario,
        total_empleados=nomina.total_empleados,
        completados=nomina.completados,
        fallidos=nomina.fallidos,
        cancelados=nomina.cancelados,
        total_bruto=nomina.total_bruto,
        total_deducciones=nomina.total_deducciones,
        total_neto=nomina.total_neto,
        total_aportes=nomina.total_aportes,
        filas=filas,
    )


def _rows(db: Session, run_id: str, with_lines: bool) -> list[Fila]:
    query = (
        select(*_ROW_COLUMNS)
        .join(Empleado, Empleado.id == NominaEmpleado.empleado_id)
        .where(NominaEmpleado.nomina_id == run_id)
        .order_by(Empleado.codigo)
    )
    by_id: dict[int, Fila] = {}
    for r in db.execute(query):
        by_id[r.id] = Fila(
            codigo=r.codigo,
            nombre=f"{r.nombres} {r.apellidos}".strip(),
            identificacion=r.identificacion or "",
            salario_mensual=r.salario_mensual,
            estado=r.estado,
            dias_trabajados=r.dias_trabajados,
            salario_base=r.salario_base,
            salario_bruto=r.salario_bruto,
            inss_laboral=r.inss_laboral,
            ir=r.ir,
            otras_deducciones=r.otras_deducciones,
            total_deducciones=r.total_deducciones,
            salario_neto=r.salario_neto,
            inss_patronal=r.inss_patronal,
            inatec=r.inatec,
            error=r.error or "",
        )
    if with_lines and by_id:
        # (a completed row's lines only: a row recalculated and then failed keeps old ones)
        lines = db.execute(
            select(
                NominaLinea.fila_id,
                NominaLinea.tipo,
                NominaLinea.codigo,
                NominaLinea.descripcion,
                NominaLinea.monto,
            )
            .join(NominaEmpleado, NominaEmpleado.id == NominaLinea.fila_id)
            .where(
                NominaEmpleado.nomina_id == run_id,
                NominaEmpleado.estado == EstadoFila.COMPLETED,
            )
            .order_by(NominaLinea.fila_id, NominaLinea.orden)
        )
        for line in lines:
            by_id[line.fila_id].lineas.append(
                Linea(line.tipo, line.codigo, line.descripcion, line.monto)
            )
    return list(by_id.values())


# -- words and numbers -------------------------------------------------------------------------
def money(value: Decimal | None) -> str:
    """``20,683.33``; empty for no amount."""
    return "" if value is None else f"{value:,.2f}"


def _is_whole_month(inicio: date, fin: date) -> bool:
    last = calendar.monthrange(inicio.year, inicio.month)[1]
    return inicio.day == 1 and fin == inicio.replace(day=last)


def period_label(inicio: date, fin: date) -> str:
    """``1 al 30 de noviembre de 2026`` (or across months and years, spelt out on both ends)."""
    end = f"{fin.day} de {MESES[fin.month - 1]} de {fin.year}"
    if (inicio.year, inicio.month) == (fin.year, fin.month):
        return f"{inicio.day} al {end}"
    if inicio.year == fin.year:
        return f"{inicio.day} de {MESES[inicio.month - 1]} al {end}"
    return f"{inicio.day} de {MESES[inicio.month - 1]} de {inicio.year} al {end}"


def period_tag(inicio: date, fin: date) -> str:
    """The period in a file name: ``2026-11`` for a whole month, else both dates."""
    if _is_whole_month(inicio, fin):
        return f"{inicio:%Y-%m}"
    return f"{inicio.isoformat()} al {fin.isoformat()}"


_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*]')
_WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{n}" for n in range(1, 10)),
    *(f"LPT{n}" for n in range(1, 10)),
}
MAX_NAME = 150  # characters of a file name before its extension


def safe_file_name(stem: str, extension: str) -> str:
    """A file name that Windows, macOS and Linux all accept: no ``<>:"/\\|?*`` nor control
    characters, no trailing dot or space, not a reserved device name, at most 150 characters."""
    text = unicodedata.normalize("NFC", stem)
    text = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    text = " ".join(_NOT_IN_NAMES.sub("-", text).split())[:MAX_NAME].strip(" .")
    if not text or text.split(".")[0].upper() in _WINDOWS_RESERVED:
        text = f"_{text}"
    return f"{text}.{extension}"


@cache
def _font_characters() -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(str(FONTS / "DejaVuSans.ttf"), lazy=True) as font:
        regular = set(font.getBestCmap())
    with TTFont(str(FONTS / "DejaVuSans-Bold.ttf"), lazy=True) as font:
        return frozenset(regular & set(font.getBestCmap()))


def printable(text: str) -> str:
    """``text`` with what the PDF font cannot draw replaced readably: letters by their closest
    Latin form where one exists (``ﬁ`` -> ``fi``, full-width ``Ａ`` -> ``A``), anything else by
    ``?``; line breaks and other control characters become spaces, invisible ones go."""
    have = _font_characters()
    text = unicodedata.normalize("NFC", text)
    if all(ord(c) in have and (c.isprintable() or c == " ") for c in text):
        return text
    out = []
    for c in text:
        kind = unicodedata.category(c)
        if kind == "Cf":
            continue
        if kind[0] == "C" or kind in ("Zl", "Zp"):
            out.append(" ")
        elif ord(c) in have:
            out.append(c)
        else:
            base = [
                d
                for d in unicodedata.normalize("NFKD", c)
                if ord(d) in have and not unicodedata.combining(d)
            ]
            out.append("".join(base) or "?")
    return "".join(out)


# -- PDF ---------------------------------------------------------------------------------------
INK = (33, 37, 41)
MUTED = (108, 117, 125)
ACCENT = (31, 78, 121)
RULE = (173, 181, 189)
BAND = (233, 236, 239)
ZEBRA = (246, 247, 249)


class _Document(FPDF):
    """A Letter page with our font, a header (title and subtitle, and on every page after the
    first of a table its column headings) and a footer ("Página x de y")."""

    def __init__(self, title: str, subtitle: str, footer: str) -> None:
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.add_font(FONT, "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font(FONT, "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.set_margins(15, 14, 15)
        self.set_auto_page_break(True, margin=16)
        self.set_title(printable(f"{title}: {subtitle}"))
        self.set_author("Coati Desk")
        self.set_creator("Coati Desk")
        self.set_lang("es")
        self.title_text = printable(title)
        self.subtitle_text = printable(subtitle)
        self.footer_text = printable(footer)
        self.table_heading: Callable[[], None] | None = None  # repeated on every new page

    # fpdf2 calls these on every page
    def header(self) -> None:
        self.set_text_color(*ACCENT)
        self.set_font(FONT, "B", 13)
        self.cell(0, 7, self.fit(self.title_text, self.epw), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*MUTED)
        self.set_font(FONT, "", 9)
        self.cell(0, 5, self.fit(self.subtitle_text, self.epw), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.rule(self.get_y() + 1.5)
        self.set_y(self.get_y() + 4)
        self.set_text_color(*INK)
        if self.table_heading is not None:
            self.table_heading()

    def footer(self) -> None:
        # The page number goes first: "{nb}" is replaced after the page is laid out, so a
        # right-aligned "de {nb}" would end short of the margin.
        self.set_y(-12)
        self.rule(self.get_y())
        self.set_font(FONT, "", 7.5)
        self.set_text_color(*MUTED)
        self.cell(30, 6, f"Página {self.page_no()} de {{nb}}")
        self.text_cell(self.epw - 30, 6, self.footer_text, align="R")
        self.set_text_color(*INK)

    # helpers
    def rule(self, y: float, color: tuple[int, int, int] = RULE, width: float = 0.2) -> None:
        self.set_draw_color(*color)
        self.set_line_width(width)
        self.line(self.l_margin, y, self.l_margin + self.epw, y)

    def fit(self, text: str, width: float) -> str:
        """``text`` cut with "…" to fit a cell ``width`` mm wide in the current font."""
        room = width - 2 * self.c_margin
        if self.get_string_width(text) <= room:
            return text
        low, high = 0, len(text)
        while low < high:  # the longest prefix that fits with the ellipsis
            mid = (low + high + 1) // 2
            if self.get_string_width(text[:mid].rstrip() + "…") <= room:
                low = mid
            else:
                high = mid - 1
        return text[:low].rstrip() + "…"

    def text_cell(
        self, width: float, height: float, text: str, align: str = "L", fill: bool = False
    ) -> None:
        self.cell(width, height, self.fit(text, width), align=align, fill=fill)

    def pdf_bytes(self) -> bytes:
        return bytes(self.output())


def _generated() -> str:
    return f"{datetime.now():%d/%m/%Y %H:%M}"


def run_summary_pdf(run_id: Any, progress: Progress | None = None) -> bytes:
    """The run summary: planilla, period, state, totals, counts, and a table of every employee
    (code, name, gross, deductions, net) over as many pages as it takes."""
    run = load_run(run_id, lines=False)
    return render_summary(run, progress)


CODE_WIDTH = 30.0
_AMOUNT_COLUMNS = (("Bruto", 29.0), ("Deducciones", 29.0), ("Neto", 29.0))
ROW_HEIGHT = 5.6


def render_summary(run: Run, progress: Progress | None = None) -> bytes:
    doc = _Document(
        f"Resumen de nómina: {run.planilla}",
        f"Periodo del {run.periodo} · {run.estado_texto}",
        f"Coati Desk · nómina {run.id} · generado el {_generated()}",
    )
    doc.alias_nb_pages()
    code_w = CODE_WIDTH
    name_w = doc.epw - code_w - sum(w for _, w in _AMOUNT_COLUMNS)
    doc.add_page()
    _summary_block(doc, run)

    def heading() -> None:
        doc.set_font(FONT, "B", 8.5)
        doc.set_fill_color(*BAND)
        doc.cell(code_w, 6.5, "Código", fill=True)
        doc.cell(name_w, 6.5, "Nombre", fill=True)
        for title, width in _AMOUNT_COLUMNS:
            doc.cell(width, 6.5, title, align="R", fill=True)
        doc.ln(6.5)
        doc.set_font(FONT, "", 8.5)

    heading()
    doc.table_heading = heading  # on every page the table goes on to
    total = len(run.filas)
    sums = [Decimal("0.00")] * 3
    for n, fila in enumerate(run.filas, 1):
        if doc.will_page_break(ROW_HEIGHT):
            doc.add_page()
        doc.set_fill_color(*ZEBRA)
        zebra = n % 2 == 0
        doc.text_cell(code_w, ROW_HEIGHT, printable(fila.codigo), fill=zebra)
        doc.text_cell(name_w, ROW_HEIGHT, printable(fila.nombre), fill=zebra)
        if fila.completed:
            amounts = (fila.salario_bruto, fila.total_deducciones, fila.salario_neto)
            for i, ((_, width), amount) in enumerate(zip(_AMOUNT_COLUMNS, amounts, strict=True)):
                doc.cell(width, ROW_HEIGHT, money(amount), align="R", fill=zebra)
                sums[i] += amount or Decimal("0.00")
        else:
            doc.set_text_color(*MUTED)
            state = ESTADO_FILA.get(fila.estado, fila.estado)
            note = f"{state}: {printable(fila.error)}" if fila.error else state
            doc.text_cell(sum(w for _, w in _AMOUNT_COLUMNS), ROW_HEIGHT, note, "R", zebra)
            doc.set_text_color(*INK)
        doc.ln(ROW_HEIGHT)
        if progress is not None and (n % 50 == 0 or n == total):
            progress(n, total)
    doc.table_heading = None
    if doc.will_page_break(ROW_HEIGHT + 2):
        doc.add_page()
    doc.rule(doc.get_y(), INK, 0.3)
    doc.set_font(FONT, "B", 8.5)
    completed = len(run.completed_rows)
    doc.cell(code_w + name_w, ROW_HEIGHT + 1, f"Total ({completed} empleados calculados)")
    for (_, width), amount in zip(_AMOUNT_COLUMNS, sums, strict=True):
        doc.cell(width, ROW_HEIGHT + 1, money(amount), align="R")
    return doc.pdf_bytes()


def _summary_block(doc: _Document, run: Run) -> None:
    """The run at a glance, above the table: what, when, state, counts and totals."""
    label_w = 34.0
    facts = (
        ("Planilla", printable(run.planilla)),
        ("Periodo", f"{run.periodo} ({run.periodicidad})"),
        ("Estado", run.estado_texto),
        (
            "Empleados",
            f"{run.total_empleados}: {run.completados} calculados, {run.fallidos} fallidos"
            + (f", {run.cancelados} cancelados" if run.cancelados else ""),
        ),
    )
    for label, value in facts:
        doc.set_font(FONT, "B", 9)
        doc.cell(label_w, 5.5, label)
        doc.set_font(FONT, "", 9)
        doc.text_cell(doc.epw - label_w, 5.5, value)
        doc.ln(5.5)
    doc.ln(2.5)
    totals = (
        ("Total bruto", run.total_bruto),
        ("Total deducciones", run.total_deducciones),
        ("Total neto", run.total_neto),
        ("Aportes patronales", run.total_aportes),
    )
    box_w = doc.epw / len(totals)
    top = doc.get_y()
    doc.set_fill_color(*BAND)
    for i, (label, amount) in enumerate(totals):
        x = doc.l_margin + i * box_w
        doc.rect(x + 0.8, top, box_w - 1.6, 14, style="F")
        doc.set_xy(x + 0.8, top + 1.2)
        doc.set_font(FONT, "", 8)
        doc.set_text_color(*MUTED)
        doc.cell(box_w - 1.6, 4.5, label, align="C")
        doc.set_xy(x + 0.8, top + 6)
        doc.set_font(FONT, "B", 11)
        doc.set_text_color(*INK)
        doc.cell(box_w - 1.6, 6.5, money(amount), align="C")
    doc.set_xy(doc.l_margin, top + 19)


def payslips(run_id: Any, combined: bool, progress: Progress | None = None) -> Files:
    """Payslips of every employee the run calculated, one page each: one file with them all
    (``combined``) or one file per employee. ``progress(done, total)`` as they are made."""
    run = load_run(run_id)
    return render_payslips(run, combined, progress)


def render_payslips(run: Run, combined: bool, progress: Progress | None = None) -> Files:
    if run.estado == EstadoNomina.CANCELADA:
        raise PayrollInputError(M.RUN_CANCELLED_NO_PAYSLIPS(run=run.id))
    filas = run.completed_rows
    if not filas:
        raise PayrollInputError(M.RUN_NO_PAYSLIPS(run=run.id))
    tag = period_tag(run.inicio, run.fin)
    footer = f"Coati Desk · nómina {run.id} · generado el {_generated()}"
    files: Files = []
    doc = None
    for n, fila in enumerate(filas, 1):
        if doc is None:
            doc = _Document(run.planilla, "Colilla de pago", footer)
            doc.alias_nb_pages()
        _payslip_page(doc, run, fila)
        if not combined:
            name = safe_file_name(f"Colilla {fila.codigo} {fila.nombre} {tag}", "pdf")
            files.append((name, doc.pdf_bytes()))
            doc = None
        if progress is not None and (n % 10 == 0 or n == len(filas)):
            progress(n, len(filas))
    if doc is not None:
        files.append((safe_file_name(f"Colillas {run.planilla} {tag}", "pdf"), doc.pdf_bytes()))
    return files


def _payslip_page(doc: _Document, run: Run, fila: Fila) -> None:
    doc.add_page()
    epw = doc.epw
    days = "" if fila.dias_trabajados is None else str(fila.dias_trabajados)
    facts: tuple[tuple[tuple[str, str], ...], ...] = (
        (("Empleado", printable(f"{fila.codigo}   {fila.nombre}")),),
        (("Periodo", run.periodo),),
        (("Identificación", printable(fila.identificacion) or "—"), ("Días trabajados", days)),
        (("Salario mensual", money(fila.salario_mensual)),),
    )
    label_w, height = 34.0, 5.8
    for row in facts:
        width = epw / len(row)
        for label, value in row:
            doc.set_font(FONT, "B", 9)
            doc.cell(label_w, height, label)
            doc.set_font(FONT, "", 9)
            if len(row) == 1:  # a long name wraps rather than being cut
                doc.multi_cell(
                    width - label_w, height, value, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
                )
            else:
                doc.text_cell(width - label_w, height, value)
        if len(row) > 1:
            doc.ln(height)
    doc.ln(3)
    by_kind: dict[str, list[Linea]] = {"percepcion": [], "deduccion": [], "aporte": []}
    for line in fila.lineas:
        by_kind.setdefault(line.tipo, []).append(line)
    _lines_section(
        doc, "Percepciones", by_kind["percepcion"], "Total percepciones", fila.salario_bruto
    )
    _lines_section(
        doc, "Deducciones", by_kind["deduccion"], "Total deducciones", fila.total_deducciones
    )
    # the net, boxed
    doc.ln(2)
    top = doc.get_y()
    doc.set_fill_color(*BAND)
    doc.rect(doc.l_margin, top, epw, 10, style="F")
    doc.set_xy(doc.l_margin, top)
    doc.set_font(FONT, "B", 12)
    doc.set_text_color(*ACCENT)
    doc.cell(epw - 45, 10, "Salario neto")
    doc.cell(45, 10, money(fila.salario_neto), align="R")
    doc.set_text_color(*INK)
    doc.set_xy(doc.l_margin, top + 14)
    if by_kind["aporte"]:
        doc.set_font(FONT, "", 8)
        doc.set_text_color(*MUTED)
        aportes = " · ".join(
            f"{printable(a.descripcion)} {money(a.monto)}" for a in by_kind["aporte"]
        )
        text = f"Aportes del empleador (no se descuentan del salario): {aportes}"
        doc.multi_cell(epw, 4.2, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        doc.set_text_color(*INK)
    # the employee signs for it
    doc.ln(16)
    y = doc.get_y()
    doc.set_draw_color(*INK)
    doc.set_line_width(0.2)
    doc.line(doc.l_margin, y, doc.l_margin + 80, y)
    doc.line(doc.l_margin + epw - 50, y, doc.l_margin + epw, y)
    doc.set_font(FONT, "", 8)
    doc.cell(epw - 50, 5, "Recibí conforme")
    doc.cell(50, 5, "Fecha")
    doc.ln(5)


def _lines_section(
    doc: _Document, title: str, lines: Sequence[Linea], total_label: str, total: Decimal | None
) -> None:
    epw, amount_w, height = doc.epw, 40.0, 5.8
    doc.set_font(FONT, "B", 9)
    doc.set_fill_color(*BAND)
    doc.cell(epw - amount_w, 6.5, title.upper(), fill=True)
    doc.cell(amount_w, 6.5, "Monto", align="R", fill=True)
    doc.ln(6.5)
    doc.set_font(FONT, "", 9)
    for line in lines:
        doc.text_cell(epw - amount_w, height, "   " + printable(line.descripcion))
        doc.cell(amount_w, height, money(line.monto), align="R")
        doc.ln(height)
    if not lines:
        doc.set_text_color(*MUTED)
        doc.cell(epw, height, "   (ninguna)")
        doc.set_text_color(*INK)
        doc.ln(height)
    doc.rule(doc.get_y() + 0.5)
    doc.ln(1)
    doc.set_font(FONT, "B", 9)
    doc.cell(epw - amount_w, height, total_label, align="R")
    doc.cell(amount_w, height, money(total), align="R")
    doc.ln(height + 3)


# -- XLSX --------------------------------------------------------------------------------------
_EMPLOYEE_TEXT = (
    ("Código", "codigo", 12),
    ("Nombre", "nombre", 30),
    ("Identificación", "identificacion", 18),
    ("Estado", "estado", 11),
)
_EMPLOYEE_AMOUNTS = (
    ("Salario mensual", "salario_mensual"),
    ("Salario base", "salario_base"),
    ("Salario bruto", "salario_bruto"),
    ("INSS laboral", "inss_laboral"),
    ("IR", "ir"),
    ("Otras deducciones", "otras_deducciones"),
    ("Total deducciones", "total_deducciones"),
    ("Salario neto", "salario_neto"),
    ("INSS patronal", "inss_patronal"),
    ("INATEC", "inatec"),
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
    book.set_properties({"title": f"Nómina {run.planilla}", "author": "Coati Desk"})
    bold = book.add_format({"bold": True})
    heading = book.add_format({"bold": True, "bg_color": "#E9ECEF", "bottom": 1})
    amount = book.add_format({"num_format": "#,##0.00"})
    amount_bold = book.add_format({"num_format": "#,##0.00", "bold": True})
    day = book.add_format({"num_format": "dd/mm/yyyy", "align": "left"})
    title = book.add_format({"bold": True, "font_size": 14, "font_color": "#1F4E79"})

    sheet = book.add_worksheet("Resumen")
    sheet.set_column(0, 0, 24)
    sheet.set_column(1, 1, 40)
    sheet.write_string(0, 0, f"Nómina: {run.planilla}", title)
    summary: list[tuple[str, Any, Any]] = [
        ("Planilla", run.planilla, None),
        ("Nómina", run.id, None),
        ("Periodo", run.periodo, None),
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
        ("Generado", _generated(), None),
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


# -- tasks: generate and store, read back, export ----------------------------------------------
def build(
    kind: str, run_id: Any, combined: bool = False, progress: Progress | None = None
) -> Files:
    """The files of one report (``kind``: resumen_pdf, colillas_pdf or xlsx), named."""
    try:
        tipo = TipoInforme(kind)
    except ValueError:
        choices = ", ".join(t.value for t in TipoInforme)
        raise PayrollInputError(M.UNKNOWN_REPORT_KIND(kind=kind, choices=choices)) from None
    if tipo is TipoInforme.COLILLAS_PDF:
        return payslips(run_id, combined, progress)
    run = load_run(run_id, lines=tipo is TipoInforme.XLSX)
    tag = period_tag(run.inicio, run.fin)
    if tipo is TipoInforme.RESUMEN_PDF:
        name = safe_file_name(f"Resumen {run.planilla} {tag}", "pdf")
        return [(name, render_summary(run, progress))]
    return [(safe_file_name(f"Nómina {run.planilla} {tag}", "xlsx"), render_xlsx(run, progress))]


def generate(
    kind: str,
    nomina_id: Any,
    combined: bool = False,
    task_id: str = "",
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Make a report and store its files under ``task_id``, in one transaction at the end: a
    retry of the same task replaces what it stored before. Returns what was stored (JSON)."""
    task_id = parse_id(task_id, "task_id")
    run_id = parse_id(nomina_id, "nomina_id")
    files = build(kind, run_id, combined, progress)
    now = utcnow()
    with connect(write=True) as conn:
        conn.execute(delete(InformeArchivo).where(InformeArchivo.task_id == task_id))
        conn.execute(
            insert(InformeArchivo),
            [
                {
                    "task_id": task_id,
                    "nomina_id": run_id,
                    "tipo": kind,
                    "nombre": name,
                    "contenido": content,
                    "creado_en": now,
                }
                for name, content in files
            ],
        )
    return {
        "success": True,
        "task_id": task_id,
        "nomina_id": run_id,
        "tipo": kind,
        "archivos": [{"nombre": name, "bytes": len(content)} for name, content in files],
    }


def list_reports(nomina_id: str) -> list[dict[str, Any]]:
    """The reports stored for a run, newest first: task id, kind, files, bytes, when made."""
    with connect() as conn:
        rows = conn.execute(
            select(
                InformeArchivo.task_id,
                InformeArchivo.tipo,
                func.count(),
                func.sum(func.length(InformeArchivo.contenido)),
                func.max(InformeArchivo.creado_en),
            )
            .where(InformeArchivo.nomina_id == str(nomina_id))
            .group_by(InformeArchivo.task_id, InformeArchivo.tipo)
            .order_by(func.max(InformeArchivo.creado_en).desc())
        ).all()
    return [
        {"task_id": t, "tipo": tipo, "archivos": n, "bytes": int(size or 0), "creado_en": made}
        for t, tipo, n, size, made in rows
    ]


def prune_reports(days: float) -> int:
    """Forget the report files made more than ``days`` ago (the run can make them again;
    copies already opened stay where they were written); how many."""
    cutoff = utcnow() - timedelta(days=days)
    with connect(write=True) as conn:
        gone = conn.execute(delete(InformeArchivo).where(InformeArchivo.creado_en < cutoff))
    count = int(gone.rowcount or 0)
    if count:
        log.info("Reports: %d file(s) made more than %g day(s) ago forgotten", count, days)
    return count


def report_files(task_id: str) -> Files:
    """The files a report task stored (name, content), in the order it made them; none if the
    task stored nothing (yet)."""
    with connect() as conn:
        rows = conn.execute(
            select(InformeArchivo.nombre, InformeArchivo.contenido)
            .where(InformeArchivo.task_id == str(task_id))
            .order_by(InformeArchivo.id)
        ).all()
    return [(row.nombre, bytes(row.contenido)) for row in rows]


def export_files(task_id: str, folder: Path) -> list[Path]:
    """Write a report task's files into ``folder`` (made, private, if missing): the paths.

    A file already there is never replaced: the new one is named ``name (2).pdf`` and so on."""
    files = report_files(task_id)
    if not files:
        raise PayrollInputError(M.TASK_NO_FILES(task_id=task_id))
    return write_files(files, folder)


_BINARY = getattr(os, "O_BINARY", 0)  # (Windows would translate line ends without it)


def write_files(files: Iterable[tuple[str, bytes]], folder: Path) -> list[Path]:
    """Write ``files`` into ``folder`` (created 0700 if missing), each private (0600), none
    over an existing file (`` (2)``, `` (3)``... are added before the extension)."""
    folder = Path(folder).expanduser()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    written = []
    for name, content in files:
        stem, extension = os.path.splitext(Path(name).name)  # never a path from the database
        clean = safe_file_name(stem, extension.lstrip(".") or "bin")
        path, fd = _new_file(folder, clean)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        written.append(path)
    return written


def _new_file(folder: Path, name: str) -> tuple[Path, int]:
    stem, extension = os.path.splitext(name)
    for n in itertools.count(1):
        path = folder / (name if n == 1 else f"{stem} ({n}){extension}")
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY
            return path, os.open(path, flags, 0o600)
        except FileExistsError:
            continue
    raise AssertionError("unreachable")
