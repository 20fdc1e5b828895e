"""The yearly IR withholding certificate ("constancia de retenciones") of each employee.

For a planilla and a calendar year (the ordinary fiscal year): every approved or paid ordinary
run whose period ends in that year, month by month (a run counts in the month its period ends;
a fortnightly planilla's two runs add up): gross, INSS laboral, taxable income (gross - INSS
laboral) and IR withheld, with the year's totals. Year-to-date figures recorded from before
Coati Desk (``AcumuladoInicial``) head the table as their own line. The aguinaldo is exempt
and left out. One PDF per employee, or one with them all (``combined``); each page has the
company (name, RUC, INSS employer number, address), the employee's identification and a
signature line for the employer. The DGI's own certificate form is not reproduced.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from fpdf.enums import XPos, YPos
from sqlalchemy import func, select

from coati_desk.payroll import messages as M
from coati_desk.payroll.db import session
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.inputs import parse_id
from coati_desk.payroll.models import (
    LOCKED_STATES,
    AcumuladoInicial,
    Empleado,
    EstadoFila,
    Nomina,
    NominaEmpleado,
    Planilla,
    TipoNomina,
)
from coati_desk.payroll.reports.model import Company, Files, Progress, _company
from coati_desk.payroll.reports.pdf import BAND, INK, _Document
from coati_desk.payroll.reports.pdf_parts import render_parts
from coati_desk.payroll.reports.text import FONT, MESES, generated, money, printable
from coati_desk.payroll.reports.text import safe_file_name as _file

ZERO = Decimal("0.00")
OPENING = 0  # the month key of the figures from before Coati Desk


@dataclass
class Month:
    bruto: Decimal = ZERO
    inss: Decimal = ZERO
    ir: Decimal = ZERO

    @property
    def gravable(self) -> Decimal:
        return self.bruto - self.inss

    def add(self, bruto: Any, inss: Any, ir: Any) -> None:
        self.bruto += Decimal(bruto or 0)
        self.inss += Decimal(inss or 0)
        self.ir += Decimal(ir or 0)


@dataclass
class Certificate:
    codigo: str
    nombre: str
    identificacion: str
    inss_numero: str
    cargo: str
    months: dict[int, Month] = field(default_factory=lambda: defaultdict(Month))

    @property
    def total(self) -> Month:
        total = Month()
        for month in self.months.values():
            total.add(month.bruto, month.inss, month.ir)
        return total


@dataclass(frozen=True)
class Year:
    planilla: str
    year: int
    empresa: Company
    certificates: list[Certificate]


def _year(value: Any) -> int:
    try:
        year = int(str(value).strip())
    except ValueError:
        raise PayrollInputError(M.CERTIFICATE_BAD_YEAR(year=value)) from None
    if not 2000 <= year <= 2100:
        raise PayrollInputError(M.CERTIFICATE_BAD_YEAR(year=value))
    return year


def load_year(planilla_id: Any, year: Any) -> Year:
    """Each employee's months of the year in the planilla's approved or paid ordinary runs."""
    planilla_id, year = parse_id(planilla_id, "planilla_id"), _year(year)
    with session() as db:
        planilla = db.get(Planilla, planilla_id)
        if planilla is None:
            raise PayrollInputError(M.PLANILLA_NOT_FOUND())
        rows = db.execute(
            select(
                Empleado.id,
                Empleado.codigo,
                Empleado.nombres,
                Empleado.apellidos,
                Empleado.identificacion,
                Empleado.inss_numero,
                Empleado.cargo,
                Nomina.periodo_fin,
                (
                    NominaEmpleado.salario_bruto - func.coalesce(NominaEmpleado.renta_exenta, 0)
                ).label("salario_bruto"),
                NominaEmpleado.inss_laboral,
                NominaEmpleado.ir,
            )
            .join(NominaEmpleado, NominaEmpleado.nomina_id == Nomina.id)
            .join(Empleado, Empleado.id == NominaEmpleado.empleado_id)
            .where(
                Nomina.planilla_id == planilla_id,
                # (a settlement's salary and vacation are income of the year; its exempt
                # parts are left out above; an aguinaldo is exempt)
                Nomina.tipo.in_((TipoNomina.ORDINARIA, TipoNomina.LIQUIDACION)),
                Nomina.estado.in_(LOCKED_STATES),
                Nomina.periodo_fin >= date(year, 1, 1),
                Nomina.periodo_fin <= date(year, 12, 31),
                NominaEmpleado.estado == EstadoFila.COMPLETED,
            )
            .order_by(Empleado.codigo, Nomina.periodo_fin)
        ).all()
        if not rows:
            raise PayrollInputError(M.CERTIFICATE_NO_RUNS(planilla=planilla.nombre, year=year))
        by_id: dict[str, Certificate] = {}
        for r in rows:
            if r.id not in by_id:
                by_id[r.id] = Certificate(
                    r.codigo,
                    f"{r.nombres} {r.apellidos}".strip(),
                    r.identificacion or "",
                    r.inss_numero or "",
                    r.cargo or "",
                )
            by_id[r.id].months[r.periodo_fin.month].add(r.salario_bruto, r.inss_laboral, r.ir)
        for opening in db.scalars(
            select(AcumuladoInicial).where(
                AcumuladoInicial.anio == year, AcumuladoInicial.empleado_id.in_(list(by_id))
            )
        ):
            by_id[opening.empleado_id].months[OPENING].add(opening.bruto, opening.inss, opening.ir)
        empresa = _company(db, planilla.empresa_id)
        return Year(planilla.nombre, year, empresa, list(by_id.values()))


def ir_certificates(
    planilla_id: Any, year: Any, combined: bool = False, progress: Progress | None = None
) -> Files:
    """The year's IR withholding certificates of a planilla's employees, as PDF: one file per
    employee, or one with them all (``combined``). ``progress(done, total)`` as they are made."""
    data = load_year(planilla_id, year)
    footer = f"Coati Desk · planilla {data.planilla} · generado el {generated()}"
    subtitle = " · ".join(p for p in ("Constancia de retenciones de IR", data.empresa.details) if p)
    doc = _Document(data.empresa.nombre or data.planilla, subtitle, footer, data.empresa.logo)
    return render_parts(
        doc,
        data.certificates,
        lambda doc, certificate: _page(doc, data, certificate),
        lambda c: _file(f"Constancia IR {data.year} {c.codigo} {c.nombre}", "pdf"),
        _file(f"Constancias IR {data.planilla} {data.year}", "pdf") if combined else None,
        progress,
    )


_COLUMNS = ("Ingreso bruto", "INSS laboral", "Renta gravable", "IR retenido")


def _page(doc: _Document, data: Year, c: Certificate) -> None:
    epw = doc.epw
    doc.set_font(FONT, "B", 12)
    doc.cell(
        epw,
        8,
        f"CONSTANCIA DE RETENCIONES DE IR · AÑO {data.year}",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    doc.ln(2)
    doc.set_font(FONT, "", 9)
    company = data.empresa
    employer = printable(company.nombre or data.planilla)
    if company.ruc:
        employer += f", RUC {printable(company.ruc)}"
    if company.direccion:
        employer += f", con domicilio en {printable(company.direccion)}"
    who = printable(c.nombre)
    if c.identificacion:
        who += f", cédula de identidad {printable(c.identificacion)}"
    if c.inss_numero:
        who += f", N.º INSS {printable(c.inss_numero)}"
    text = (
        f"{employer}, hace constar que a {who} (código {printable(c.codigo)}"
        f"{', ' + printable(c.cargo) if c.cargo else ''}) se le retuvieron, por rentas del "
        f"trabajo pagadas en el año {data.year}, los montos de Impuesto sobre la Renta (IR) "
        "siguientes:"
    )
    doc.multi_cell(epw, 5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    doc.ln(3)
    label_w = epw - 4 * 34.0
    doc.set_font(FONT, "B", 8.5)
    doc.set_fill_color(*BAND)
    doc.cell(label_w, 6.5, "Mes", fill=True)
    for title in _COLUMNS:
        doc.cell(34, 6.5, title, align="R", fill=True)
    doc.ln(6.5)
    doc.set_font(FONT, "", 8.5)
    for key in sorted(c.months):
        month = c.months[key]
        label = "Antes de Coati Desk" if key == OPENING else MESES[key - 1].capitalize()
        _amount_line(doc, label_w, label, month)
    doc.rule(doc.get_y() + 0.5)
    doc.ln(1)
    doc.set_font(FONT, "B", 9)
    _amount_line(doc, label_w, f"Total {data.year}", c.total)
    doc.ln(6)
    doc.set_font(FONT, "", 9)
    today = date.today()
    doc.multi_cell(
        epw,
        5,
        "Se extiende la presente para los fines que el interesado estime conveniente, el "
        f"{today.day} de {MESES[today.month - 1]} de {today.year}.",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    doc.ln(22)
    y = doc.get_y()
    doc.set_draw_color(*INK)
    doc.set_line_width(0.2)
    doc.line(doc.l_margin, y, doc.l_margin + 80, y)
    doc.set_font(FONT, "", 8)
    doc.cell(80, 5, "Firma y sello del empleador", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    doc.cell(80, 5, "Nombre y cargo: ________________________________")


def _amount_line(doc: _Document, label_w: float, label: str, month: Month) -> None:
    doc.cell(label_w, 5.8, label)
    for value in (month.bruto, month.inss, month.gravable, month.ir):
        doc.cell(34, 5.8, money(value), align="R")
    doc.ln(5.8)
