"""The final settlement (liquidación) as a printable PDF to sign: the company's header, the
employee, the dates and the exit reason, each part with its INSS and IR, the totals, and the
employer's and the employee's signature lines. Drawn with the payslip's document (``pdf``)."""

from __future__ import annotations

from typing import Any

from fpdf.enums import XPos, YPos

from coati_desk.payroll.liquidacion import Liquidacion
from coati_desk.payroll.models import MotivoBaja
from coati_desk.payroll.reports.pdf import BAND, INK, MUTED, _Document
from coati_desk.payroll.reports.text import FONT, generated, money, printable, safe_file_name

MOTIVO_TEXTO = {
    MotivoBaja.DESPIDO: "Despido sin causa justa (art. 45)",
    MotivoBaja.RENUNCIA: "Renuncia",
    MotivoBaja.JUSTIFICADO: "Despido con causa justa (art. 48)",
}
SIGNATURES = ("Por el empleador", "Recibí conforme: el trabajador")


def motivo_text(motivo: MotivoBaja | str) -> str:
    return MOTIVO_TEXTO.get(MotivoBaja(motivo), str(motivo))


def settlement_file_name(liquidacion: Liquidacion) -> str:
    return safe_file_name(
        f"Liquidación {liquidacion.codigo} {liquidacion.nombre} {liquidacion.baja.isoformat()}",
        "pdf",
    )


def settlement_pdf(liquidacion: Liquidacion, empresa: dict[str, Any]) -> bytes:
    """The settlement on one Letter page; ``empresa`` as ``empresa.empresa_of`` gives it."""
    liq = liquidacion
    company = printable(empresa.get("nombre") or "") or "—"
    doc = _Document(
        company,
        "Liquidación final de prestaciones",
        f"Coati Desk · liquidación de {printable(liq.codigo)} · generado el {generated()}",
        empresa.get("logo"),
    )
    doc.alias_nb_pages()
    doc.add_page()
    epw, label_w, height = doc.epw, 38.0, 5.8
    facts = (
        ("Empresa", company),
        ("RUC", printable(empresa.get("ruc") or "") or "—"),
        ("N.º patronal INSS", printable(empresa.get("numero_patronal") or "") or "—"),
        ("Empleado", printable(f"{liq.codigo}   {liq.nombre}")),
        ("Fecha de ingreso", f"{liq.ingreso:%d/%m/%Y}"),
        ("Fecha de baja", f"{liq.baja:%d/%m/%Y}"),
        ("Motivo", motivo_text(liq.motivo)),
        ("Salario mensual", money(liq.salario_mensual)),
    )
    for label, value in facts:
        doc.set_font(FONT, "B", 9)
        doc.cell(label_w, height, label)
        doc.set_font(FONT, "", 9)
        doc.text_cell(epw - label_w, height, value)
        doc.ln(height)
    doc.ln(4)
    amount_w = 28.0
    concept_w = epw - 4 * amount_w
    doc.set_font(FONT, "B", 9)
    doc.set_fill_color(*BAND)
    doc.cell(concept_w, 6.5, "CONCEPTO", fill=True)
    for title in ("Monto", "INSS", "IR", "Neto"):
        doc.cell(amount_w, 6.5, title, align="R", fill=True)
    doc.ln(6.5)
    doc.set_font(FONT, "", 9)
    for parte in liq.partes:  # a long description wraps; its amounts on its first line
        text = printable(parte.descripcion)
        lines = doc.multi_cell(concept_w - 3, height, text, dry_run=True, output="LINES")
        assert isinstance(lines, list)
        row_height = height * max(len(lines), 1)
        if doc.will_page_break(row_height):
            doc.add_page()
        top = doc.get_y()
        doc.set_x(doc.l_margin + 3)
        doc.multi_cell(concept_w - 3, height, text, align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
        doc.set_xy(doc.l_margin + concept_w, top)
        for amount in (parte.monto, parte.inss, parte.ir, parte.neto):
            doc.cell(amount_w, height, money(amount), align="R")
        doc.set_xy(doc.l_margin, top + row_height)
    doc.rule(doc.get_y() + 0.5)
    doc.ln(1)
    doc.set_font(FONT, "B", 9)
    doc.cell(concept_w, height, "Totales", align="R")
    for amount in (liq.total, liq.inss, liq.ir, liq.neto):
        doc.cell(amount_w, height, money(amount), align="R")
    doc.ln(height + 3)
    doc.net_band("Neto a recibir", liq.neto, 50)
    doc.set_font(FONT, "", 8)
    doc.set_text_color(*MUTED)
    doc.multi_cell(
        epw,
        4.2,
        "El trabajador declara recibir las cantidades anteriores en concepto de liquidación "
        "final de sus prestaciones laborales.",
        align="L",
    )
    doc.set_text_color(*INK)
    doc.ln(24)
    y = doc.get_y()
    half = (epw - 20) / 2
    doc.set_draw_color(*INK)
    doc.set_line_width(0.2)
    doc.line(doc.l_margin, y, doc.l_margin + half, y)
    doc.line(doc.l_margin + half + 20, y, doc.l_margin + epw, y)
    doc.set_font(FONT, "", 8.5)
    doc.cell(half + 20, 5, SIGNATURES[0])
    doc.cell(half, 5, SIGNATURES[1])
    doc.ln(5)
    doc.set_font(FONT, "", 8)
    doc.set_text_color(*MUTED)
    doc.cell(half + 20, 4.5, company)
    doc.text_cell(half, 4.5, printable(liq.nombre))
    doc.set_text_color(*INK)
    return doc.pdf_bytes()
