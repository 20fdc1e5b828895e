"""The run summary PDF and the payslips ("colillas de pago"), on Letter pages with our font."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from copy import copy
from decimal import Decimal
from functools import cache
from typing import Any

from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import SubsetMap, TTFFont

from coati_desk.payroll import messages as M
from coati_desk.payroll.amounts import SUMMARY_AMOUNTS
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.models import EstadoNomina
from coati_desk.payroll.reports.model import (
    ESTADO_FILA,
    Fila,
    Files,
    Linea,
    Progress,
    Run,
    load_run,
)
from coati_desk.payroll.reports.pdf_parts import render_parts
from coati_desk.payroll.reports.text import (
    FONT,
    FONTS,
    generated,
    money,
    printable,
    safe_file_name,
)

# fontTools tells at INFO level every glyph it keeps while fpdf2 embeds a font: not for our log.
logging.getLogger("fontTools").setLevel(logging.WARNING)

LOGO_WIDTH, LOGO_HEIGHT = 30.0, 12.0  # mm, the logo fitted inside
INK = (33, 37, 41)
MUTED = (108, 117, 125)
ACCENT = (31, 78, 121)
RULE = (173, 181, 189)
BAND = (233, 236, 239)
ZEBRA = (246, 247, 249)


_FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}


@cache
def _our_fonts() -> list[TTFFont]:
    """Our two fonts, parsed once per process (a third of what a one-page PDF cost)."""
    parsed = FPDF()
    for style, name in _FONT_FILES.items():
        parsed.add_font(FONT, style, str(FONTS / name))
    fonts = list(parsed.fonts.values())
    assert all(isinstance(font, TTFFont) for font in fonts)
    return fonts  # type: ignore[return-value]


def _fresh_copy(font: TTFFont) -> TTFFont:
    """A document's own copy of a parsed font: its own record of the glyphs it uses, and its
    own font file to subset (fpdf2 subsets it in place when it writes the PDF); the parsed
    tables (character widths, glyph ids, the descriptor) are shared, not parsed again."""
    fresh = copy(font)
    fresh.ttfont = TTFont(font.ttffile, recalcTimestamp=False, lazy=True)
    fresh.subset = SubsetMap(fresh)
    fresh.missing_glyphs = []
    fresh.biggest_size_pt = 0
    return fresh


class _Document(FPDF):
    """A Letter page with our font, a header (title and subtitle, and on every page after the
    first of a table its column headings) and a footer ("Página x de y", of the document or,
    for a document of parts, of the part)."""

    def __init__(self, title: str, subtitle: str, footer: str, logo: bytes | None = None) -> None:
        super().__init__(orientation="P", unit="mm", format="Letter")
        for font in _our_fonts():
            self.fonts[font.fontkey] = _fresh_copy(font)
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
        self.logo = logo  # the company's, at the top right of every page
        self.part_start: int | None = None  # the first page of the part being drawn
        self.part_open = False

    # fpdf2 calls these on every page
    def net_band(self, label: str, amount: Any, amount_width: float) -> None:
        """The amount to pay, boxed in a band across the page (a payslip, a settlement)."""
        top = self.get_y()
        self.set_fill_color(*BAND)
        self.rect(self.l_margin, top, self.epw, 10, style="F")
        self.set_xy(self.l_margin, top)
        self.set_font(FONT, "B", 12)
        self.set_text_color(*ACCENT)
        self.cell(self.epw - amount_width, 10, label)
        self.cell(amount_width, 10, money(amount), align="R")
        self.set_text_color(*INK)
        self.set_xy(self.l_margin, top + 14)

    def header(self) -> None:
        width = self.epw
        if self.logo:
            width -= LOGO_WIDTH + 2
            top = self.get_y()
            try:
                self.image(
                    io.BytesIO(self.logo),
                    x=self.l_margin + self.epw - LOGO_WIDTH,
                    y=top,
                    w=LOGO_WIDTH,
                    h=LOGO_HEIGHT,
                    keep_aspect_ratio=True,
                )
            except Exception:  # an image fpdf2 cannot read: the page without it
                self.logo = None
                width = self.epw
            self.set_xy(self.l_margin, top)
        self.set_text_color(*ACCENT)
        self.set_font(FONT, "B", 13)
        self.cell(width, 7, self.fit(self.title_text, width), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*MUTED)
        self.set_font(FONT, "", 9)
        self.cell(
            width, 5, self.fit(self.subtitle_text, width), new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
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
        self.cell(30, 6, self._page_label())
        self.text_cell(self.epw - 30, 6, self.footer_text, align="R")
        self.set_text_color(*INK)

    def _page_label(self) -> str:
        if self.part_start is None:
            return f"Página {self.page_no()} de {{nb}}"
        n = self.page_no() - self.part_start + 1
        # (fpdf2 draws a page's footer as the next page starts: a part still open goes on)
        return f"Página {n}, sigue" if self.part_open else f"Página {n} de {n}"

    def start_part(self) -> int:
        """A new page that starts a part (a payslip): its pages are numbered on their own.
        Returns the page's number in the document."""
        self.part_open = False  # (the footer of the last part's page is drawn now)
        self.add_page()
        self.part_start = self.page_no()
        self.part_open = True
        return self.part_start

    def end_part(self) -> None:
        self.part_open = False

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
        self.put(width, height, self.fit(text, width), align=align, fill=fill)

    def put(
        self, width: float, height: float, text: str, align: str = "L", fill: bool = False
    ) -> None:
        """What ``cell(width, height, text, align=align, fill=fill)`` draws, for text on one
        line, at a sixth of its cost (fpdf2's cell lays out styled text in general): the page
        breaks first if the cell would not fit, and x moves past the cell."""
        if self.will_page_break(height):
            x = self.x
            self.add_page(same=True)
            self.x = x
        x, y = self.x, self.y
        if fill:
            self.rect(x, y, width, height, style="F")
        if text:
            if align == "L":
                dx = self.c_margin
            else:
                room = width - self.get_string_width(text)
                dx = room - self.c_margin if align == "R" else room / 2
            self.text(x + dx, y + 0.5 * height + 0.3 * self.font_size, text)
        self.set_xy(x + width, y)

    def paragraph(self, width: float, height: float, text: str) -> None:
        """``text`` wrapped over as many lines as it takes, then the next line at the margin.
        (A text that fits is one cell: fpdf2's line breaking costs ten times as much.)"""
        if self.get_string_width(text) <= width - 2 * self.c_margin:
            self.put(width, height, text)
            self.ln(height)
        else:
            self.multi_cell(width, height, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def pdf_bytes(self) -> bytes:
        return bytes(self.output())


def run_summary_pdf(run_id: Any, progress: Progress | None = None) -> bytes:
    """The run summary: planilla, period, state, totals, counts, and a table of every employee
    (code, name, gross, deductions, net) over as many pages as it takes."""
    run = load_run(run_id, lines=False)
    return render_summary(run, progress)


CODE_WIDTH = 30.0
# the amounts the summary table shows (Bruto, Deducciones, Neto), each this wide
_AMOUNT_COLUMNS = tuple((a.name, a.label, 29.0) for a in SUMMARY_AMOUNTS)
# an aguinaldo's: the days counted, the salary it is paid on, and the amount (nothing deducted)
_AGUINALDO_COLUMNS = (
    ("dias_trabajados", "Días", 16.0),
    ("salario_base", "Salario base", 29.0),
    ("salario_neto", "Aguinaldo", 29.0),
)
ROW_HEIGHT = 5.6


def _cell_value(name: str, value: Any) -> str:
    return ("" if value is None else str(value)) if name == "dias_trabajados" else money(value)


def render_summary(run: Run, progress: Progress | None = None) -> bytes:
    if run.aguinaldo:
        title = f"Resumen del aguinaldo {run.fin.year}: {run.planilla}"
        subtitle = f"{run.titulo} · {run.estado_texto}"
    elif run.tipo == "liquidacion":
        title = f"Liquidación final: {run.planilla}"
        subtitle = f"{run.titulo} · {run.estado_texto}"
    else:
        title = f"Resumen de nómina: {run.planilla}"
        subtitle = f"Periodo del {run.periodo} · {run.estado_texto}"
    doc = _Document(
        title,
        subtitle,
        f"Coati Desk · nómina {run.id} · generado el {generated()}",
        run.empresa.logo,
    )
    doc.alias_nb_pages()
    columns = _AGUINALDO_COLUMNS if run.aguinaldo else _AMOUNT_COLUMNS
    code_w = CODE_WIDTH
    name_w = doc.epw - code_w - sum(w for _, _, w in columns)
    doc.add_page()
    _summary_block(doc, run)

    def heading() -> None:
        doc.set_font(FONT, "B", 8.5)
        doc.set_fill_color(*BAND)
        doc.put(code_w, 6.5, "Código", fill=True)
        doc.put(name_w, 6.5, "Nombre", fill=True)
        for _, heading_text, width in columns:
            doc.put(width, 6.5, heading_text, align="R", fill=True)
        doc.ln(6.5)
        doc.set_font(FONT, "", 8.5)

    heading()
    doc.table_heading = heading  # on every page the table goes on to
    total = len(run.filas)
    sums = [Decimal("0.00")] * len(columns)
    for n, fila in enumerate(run.filas, 1):
        if doc.will_page_break(ROW_HEIGHT):
            doc.add_page()
        doc.set_fill_color(*ZEBRA)
        zebra = n % 2 == 0
        doc.text_cell(code_w, ROW_HEIGHT, printable(fila.codigo), fill=zebra)
        doc.text_cell(name_w, ROW_HEIGHT, printable(fila.nombre), fill=zebra)
        if fila.completed:
            for i, (name, _, width) in enumerate(columns):
                amount = getattr(fila, name)
                doc.put(width, ROW_HEIGHT, _cell_value(name, amount), align="R", fill=zebra)
                sums[i] += amount or Decimal("0.00")
        else:
            doc.set_text_color(*MUTED)
            state = ESTADO_FILA.get(fila.estado, fila.estado)
            note = f"{state}: {printable(fila.error)}" if fila.error else state
            doc.text_cell(sum(w for _, _, w in columns), ROW_HEIGHT, note, "R", zebra)
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
    doc.put(code_w + name_w, ROW_HEIGHT + 1, f"Total ({completed} empleados calculados)")
    for (name, _, width), amount in zip(columns, sums, strict=True):
        total_text = "" if name in ("dias_trabajados", "salario_base") else money(amount)
        doc.put(width, ROW_HEIGHT + 1, total_text, align="R")
    return doc.pdf_bytes()


def _summary_block(doc: _Document, run: Run) -> None:
    """The run at a glance, above the table: what, when, state, counts and totals."""
    label_w = 34.0
    facts = (
        ("Empresa", printable(run.empresa.nombre) or "—"),
        ("RUC", printable(run.empresa.ruc) or "—"),
        ("N.º patronal INSS", printable(run.empresa.numero_patronal) or "—"),
        ("Planilla", printable(run.planilla)),
        ("Acumulado", run.periodo)
        if run.aguinaldo
        else ("Periodo", f"{run.periodo} ({run.periodicidad})"),
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
    totals: tuple[tuple[str, Any], ...] = (
        ("Total bruto", run.total_bruto),
        ("Total deducciones", run.total_deducciones),
        ("Total neto", run.total_neto),
        ("Aportes patronales", run.total_aportes),
    )
    if run.aguinaldo:  # exempt from INSS, IR and employer contributions: only what is paid
        totals = (("Total aguinaldo", run.total_neto), ("INSS, IR y aportes (exento)", "0.00"))
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
        doc.cell(box_w - 1.6, 6.5, amount if isinstance(amount, str) else money(amount), "C")
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
    tag = run.tag
    heading = run.titulo if run.aguinaldo else "Colilla de pago"
    doc = _Document(
        run.empresa.nombre or run.planilla,
        " · ".join(p for p in (heading, run.empresa.details) if p),
        f"Coati Desk · nómina {run.id} · generado el {generated()}",
        run.empresa.logo,
    )
    return render_parts(
        doc,
        filas,
        lambda doc, fila: _payslip_page(doc, run, fila),
        lambda fila: safe_file_name(f"Colilla {fila.codigo} {fila.nombre} {tag}", "pdf"),
        safe_file_name(f"Colillas {run.planilla} {tag}", "pdf") if combined else None,
        progress,
    )


def _payslip_page(doc: _Document, run: Run, fila: Fila) -> None:
    epw = doc.epw
    days = "" if fila.dias_trabajados is None else str(fila.dias_trabajados)
    facts: tuple[tuple[tuple[str, str], ...], ...] = (
        (("Empleado", printable(f"{fila.codigo}   {fila.nombre}")),),
        (("Cargo", printable(fila.cargo) or "—"), ("N.º INSS", printable(fila.inss_numero) or "—")),
        (("Planilla", printable(run.planilla)),),
        (("Periodo", run.periodo),),
        (("Identificación", printable(fila.identificacion) or "—"), ("Días trabajados", days)),
        (("Salario mensual", money(fila.salario_mensual)),),
    )
    if run.aguinaldo:  # the days of the year counted, and the salary it is paid on
        facts = (
            *facts[:3],
            (("Acumulado", run.periodo),),
            (("Identificación", printable(fila.identificacion) or "—"), ("Días contados", days)),
            (
                ("Salario base", money(fila.salario_base)),
                ("Salario mensual", money(fila.salario_mensual)),
            ),
        )
    label_w, height = 34.0, 5.8
    for row in facts:
        width = epw / len(row)
        for label, value in row:
            doc.set_font(FONT, "B", 9)
            doc.put(label_w, height, label)
            doc.set_font(FONT, "", 9)
            if len(row) == 1:  # a long name wraps rather than being cut
                doc.paragraph(width - label_w, height, value)
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
    doc.net_band("Aguinaldo a pagar" if run.aguinaldo else "Salario neto", fila.salario_neto, 45)
    if by_kind["aporte"]:
        doc.set_font(FONT, "", 8)
        doc.set_text_color(*MUTED)
        aportes = " · ".join(
            f"{printable(a.descripcion)} {money(a.monto)}" for a in by_kind["aporte"]
        )
        text = f"Aportes del empleador (no se descuentan del salario): {aportes}"
        doc.paragraph(epw, 4.2, text)
        doc.set_text_color(*INK)
    # the employee signs for it
    doc.ln(16)
    y = doc.get_y()
    doc.set_draw_color(*INK)
    doc.set_line_width(0.2)
    doc.line(doc.l_margin, y, doc.l_margin + 80, y)
    doc.line(doc.l_margin + epw - 50, y, doc.l_margin + epw, y)
    doc.set_font(FONT, "", 8)
    doc.put(epw - 50, 5, "Recibí conforme")
    doc.put(50, 5, "Fecha")
    doc.ln(5)


def _lines_section(
    doc: _Document, title: str, lines: Sequence[Linea], total_label: str, total: Decimal | None
) -> None:
    epw, amount_w, height = doc.epw, 40.0, 5.8
    doc.set_font(FONT, "B", 9)
    doc.set_fill_color(*BAND)
    doc.put(epw - amount_w, 6.5, title.upper(), fill=True)
    doc.put(amount_w, 6.5, "Monto", align="R", fill=True)
    doc.ln(6.5)
    doc.set_font(FONT, "", 9)
    for line in lines:
        doc.text_cell(epw - amount_w, height, "   " + printable(line.descripcion))
        doc.put(amount_w, height, money(line.monto), align="R")
        doc.ln(height)
    if not lines:
        doc.set_text_color(*MUTED)
        doc.put(epw, height, "   (ninguna)")
        doc.set_text_color(*INK)
        doc.ln(height)
    doc.rule(doc.get_y() + 0.5)
    doc.ln(1)
    doc.set_font(FONT, "B", 9)
    doc.put(epw - amount_w, height, total_label, align="R")
    doc.put(amount_w, height, money(total), align="R")
    doc.ln(height + 3)
