"""One employee's pay for one period: pure functions on Decimals, rules from data.

Order: period salary (prorated by days employed) -> perceptions -> gross; deductions in
priority order: INSS laboral, IR (accumulated average over the fiscal year), then the employee's
own deductions (loans, ...) each capped at what is left; employer contributions beside, never
touching net pay. Every amount is rounded HALF_UP to cents where it is made.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from coati_desk.payroll import messages as M
from coati_desk.payroll.rules import RuleSet

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


class Periodicidad(StrEnum):
    MENSUAL = "mensual"
    QUINCENAL = "quincenal"
    SEMANAL = "semanal"

    @property
    def periods_per_year(self) -> int:
        return {"mensual": 12, "quincenal": 24, "semanal": 52}[self.value]

    @property
    def share_of_month(self) -> Decimal:
        """The part of a monthly salary one period pays (a month counts 30 days)."""
        return {"mensual": Decimal(1), "quincenal": Decimal(1) / 2, "semanal": Decimal(7) / 30}[
            self.value
        ]


class CalculationError(ValueError):
    """The data cannot give a correct payment (not a passing fault: retrying will not help)."""


def check_period(inicio: date, fin: date, periodicidad: Periodicidad) -> None:
    """A period must be one whole month, half-month (1-15, 16-end) or 7-day week."""
    if fin < inicio:
        raise CalculationError(M.PERIOD_BACKWARDS(fin=fin, inicio=inicio))
    last = calendar.monthrange(inicio.year, inicio.month)[1]
    if periodicidad is Periodicidad.MENSUAL:
        ok = inicio.day == 1 and fin == inicio.replace(day=last)
        shape = M.PERIOD_NOT_MONTH
    elif periodicidad is Periodicidad.QUINCENAL:
        ok = (inicio.day == 1 and fin == inicio.replace(day=15)) or (
            inicio.day == 16 and fin == inicio.replace(day=last)
        )
        shape = M.PERIOD_NOT_HALF_MONTH
    else:
        ok = fin - inicio == timedelta(days=6)
        shape = M.PERIOD_NOT_WEEK
    if not ok:
        raise CalculationError(shape(inicio=inicio, fin=fin, periodicidad=periodicidad.value))


class TipoLinea(StrEnum):
    PERCEPCION = "percepcion"
    DEDUCCION = "deduccion"
    APORTE = "aporte"  # employer contribution


@dataclass(frozen=True)
class Concepto:
    """An employee's own recurring perception or deduction."""

    codigo: str
    descripcion: str
    tipo: TipoLinea  # PERCEPCION or DEDUCCION
    valor: Decimal
    porcentaje: bool = False  # valor is a percentage (of salary, or of gross for deductions)
    prioridad: int = 100  # deductions run in ascending priority


@dataclass(frozen=True)
class Empleado:
    salario_mensual: Decimal
    fecha_ingreso: date
    fecha_baja: date | None = None
    conceptos: tuple[Concepto, ...] = ()


@dataclass(frozen=True)
class Acumulado:
    """Year-to-date figures from the employee's earlier completed periods this fiscal year."""

    bruto: Decimal = ZERO
    inss: Decimal = ZERO
    ir: Decimal = ZERO
    periodos: int = 0


@dataclass(frozen=True)
class Linea:
    tipo: TipoLinea
    codigo: str
    descripcion: str
    monto: Decimal


@dataclass
class Resultado:
    dias_trabajados: int
    dias_periodo: int
    salario_base: Decimal
    salario_bruto: Decimal
    inss_laboral: Decimal
    ir: Decimal
    otras_deducciones: Decimal
    total_deducciones: Decimal
    salario_neto: Decimal
    inss_patronal: Decimal
    inatec: Decimal
    lineas: list[Linea] = field(default_factory=list)

    @property
    def aportes_patronales(self) -> Decimal:
        return self.inss_patronal + self.inatec


def days_employed(empleado: Empleado, inicio: date, fin: date) -> int:
    start = max(inicio, empleado.fecha_ingreso)
    end = min(fin, empleado.fecha_baja) if empleado.fecha_baja else fin
    return max((end - start).days + 1, 0)


def income_tax(
    rules: RuleSet, periodicidad: Periodicidad, bruto: Decimal, inss: Decimal, ytd: Acumulado
) -> Decimal:
    """IR by the accumulated average: project the year from what was earned so far."""
    periods = ytd.periodos + 1
    per_year = periodicidad.periods_per_year
    net_total = (ytd.bruto + bruto) - (ytd.inss + inss)
    expected_annual = net_total / periods * per_year
    due_so_far = rules.annual_ir(expected_annual) / per_year * periods
    return money(max(due_so_far - ytd.ir, ZERO))


def calculate(
    empleado: Empleado,
    inicio: date,
    fin: date,
    periodicidad: Periodicidad,
    rules: RuleSet,
    ytd: Acumulado = Acumulado(),
    empleador_grande: bool = False,
) -> Resultado:
    check_period(inicio, fin, periodicidad)
    if empleado.salario_mensual < 0:
        raise CalculationError(M.NEGATIVE_SALARY())
    if empleado.fecha_baja and empleado.fecha_baja < empleado.fecha_ingreso:
        raise CalculationError(
            M.TERMINATION_BEFORE_HIRE(baja=empleado.fecha_baja, ingreso=empleado.fecha_ingreso)
        )
    period_days = (fin - inicio).days + 1
    worked = days_employed(empleado, inicio, fin)
    if worked == 0:
        raise CalculationError(M.NOT_EMPLOYED(inicio=inicio, fin=fin))
    full = empleado.salario_mensual * periodicidad.share_of_month
    salario = money(full * worked / period_days)
    lineas = [Linea(TipoLinea.PERCEPCION, "SALARIO", _salary_text(worked, period_days), salario)]

    for c in (c for c in empleado.conceptos if c.tipo is TipoLinea.PERCEPCION):
        amount = money(salario * c.valor / 100) if c.porcentaje else money(c.valor)
        if amount < 0:
            raise CalculationError(M.NEGATIVE_PERCEPTION(codigo=c.codigo, monto=amount))
        lineas.append(Linea(TipoLinea.PERCEPCION, c.codigo, c.descripcion, amount))
    bruto = sum((line.monto for line in lineas), ZERO)

    inss = money(bruto * rules.inss_laboral)
    ir = income_tax(rules, periodicidad, bruto, inss, ytd)
    lineas.append(Linea(TipoLinea.DEDUCCION, "INSS", "INSS laboral", inss))
    lineas.append(Linea(TipoLinea.DEDUCCION, "IR", "IR (impuesto sobre la renta)", ir))

    left = bruto - inss - ir
    otras = ZERO
    own = sorted(
        (c for c in empleado.conceptos if c.tipo is TipoLinea.DEDUCCION),
        key=lambda c: (c.prioridad, c.codigo),
    )
    for c in own:
        wanted = money(bruto * c.valor / 100) if c.porcentaje else money(c.valor)
        if wanted < 0:
            raise CalculationError(M.NEGATIVE_DEDUCTION(codigo=c.codigo, monto=wanted))
        amount = min(wanted, max(left, ZERO))
        text = c.descripcion
        if amount < wanted:
            text += f" (limitado al saldo disponible; pedido {wanted})"
        lineas.append(Linea(TipoLinea.DEDUCCION, c.codigo, text, amount))
        left -= amount
        otras += amount

    total_deducciones = inss + ir + otras
    neto = bruto - total_deducciones
    if neto < 0:
        raise CalculationError(M.NEGATIVE_NET(monto=neto))

    patronal_rate = rules.inss_patronal_grande if empleador_grande else rules.inss_patronal
    patronal = money(bruto * patronal_rate)
    inatec = money(bruto * rules.inatec)
    lineas.append(Linea(TipoLinea.APORTE, "INSS_PATRONAL", "INSS patronal", patronal))
    lineas.append(Linea(TipoLinea.APORTE, "INATEC", "INATEC", inatec))
    return Resultado(
        dias_trabajados=worked,
        dias_periodo=period_days,
        salario_base=salario,
        salario_bruto=bruto,
        inss_laboral=inss,
        ir=ir,
        otras_deducciones=otras,
        total_deducciones=total_deducciones,
        salario_neto=neto,
        inss_patronal=patronal,
        inatec=inatec,
        lineas=lineas,
    )


def _salary_text(worked: int, period_days: int) -> str:
    if worked == period_days:
        return "Salario del periodo"
    return f"Salario proporcional ({worked} de {period_days} días)"
