"""One employee's pay for one period: pure functions on Decimals, rules from data.

Order: the period's salary, by commercial days (a month is ``rules.dias_mes`` days whatever
its length; a salary change mid-period pays each part by its days) -> the period's inputs
(absences lower it; overtime, commissions and bonuses add) and the employee's own perceptions
-> gross. Deductions: INSS laboral, IR (accumulated average over the fiscal year, one-off income
by the occasional-income method), then the employee's own deductions by priority, loan
instalments and one-off deductions, each capped at what is left; employer contributions beside,
never touching net pay. Every amount is rounded HALF_UP to cents where it is made.
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

    def days(self, rules: RuleSet) -> int:
        """A whole period's days: the commercial month, its half, or a calendar week."""
        return {"mensual": rules.dias_mes, "quincenal": rules.dias_mes // 2, "semanal": 7}[
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
class Salario:
    """A monthly salary in force from ``desde`` until the next one."""

    desde: date
    mensual: Decimal


@dataclass(frozen=True)
class Empleado:
    salario_mensual: Decimal
    fecha_ingreso: date
    fecha_baja: date | None = None
    conceptos: tuple[Concepto, ...] = ()
    salarios: tuple[Salario, ...] = ()  # by date; none: salario_mensual throughout

    def salary_on(self, day: date) -> Decimal:
        """The monthly salary in force on ``day`` (the first one before the first change)."""
        current = self.salarios[0].mensual if self.salarios else self.salario_mensual
        for change in self.salarios:
            if change.desde <= day:
                current = change.mensual
        return current


class TipoNovedad(StrEnum):
    """A per-period input: hours or days (``cantidad``), or an amount (``monto``)."""

    HORAS_EXTRA = "horas_extra"
    AUSENCIA = "ausencia"
    COMISION = "comision"
    BONO = "bono"
    DEDUCCION = "deduccion"
    VACACIONES = "vacaciones"  # days of vacation taken: paid as ordinary days

    @property
    def counted(self) -> bool:
        """Given as a quantity (hours, days) rather than an amount."""
        return self in (TipoNovedad.HORAS_EXTRA, TipoNovedad.AUSENCIA, TipoNovedad.VACACIONES)


@dataclass(frozen=True)
class Novedad:
    tipo: TipoNovedad
    cantidad: Decimal = ZERO  # hours (horas_extra) or days (ausencia)
    monto: Decimal = ZERO  # comision, bono, deduccion
    descripcion: str = ""


@dataclass(frozen=True)
class Cuota:
    """A loan's instalment due this period."""

    prestamo_id: int
    descripcion: str
    cuota: Decimal
    saldo: Decimal  # what is left of the loan before this period


@dataclass(frozen=True)
class Tramo:
    """A stretch of the period paid at one monthly salary."""

    desde: date
    hasta: date
    dias: int
    mensual: Decimal


@dataclass(frozen=True)
class Acumulado:
    """Year-to-date figures from the employee's earlier approved periods this fiscal year (and
    the opening figures of an office that started mid-year). One-off income taxed by the
    occasional-income method, and the IR withheld on it, are left out: they do not enter the
    average."""

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
    prestamo_id: int | None = None  # a loan instalment's loan


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
    renta_ocasional: Decimal = ZERO  # one-off income net of its INSS (left out of the average)
    ir_ocasional: Decimal = ZERO  # the IR withheld on it
    renta_exenta: Decimal = ZERO  # income in the gross exempt from INSS and IR (a settlement's)

    @property
    def aportes_patronales(self) -> Decimal:
        return self.inss_patronal + self.inatec


def _day_number(day: date, dias_mes: int, ends: bool) -> int:
    """A date's day in the commercial month (1 to ``dias_mes``); the month's last day, ending a
    stretch, is ``dias_mes`` (February's 28th ends a full month)."""
    if ends and day.day == calendar.monthrange(day.year, day.month)[1]:
        return dias_mes
    return min(day.day, dias_mes)


def commercial_days(start: date, end: date, dias_mes: int) -> int:
    """Days from ``start`` to ``end`` (both counted) in commercial months of ``dias_mes`` days,
    across months and years (at least 1 when ``start <= end``)."""
    if end < start:
        return 0

    def place(day: date, ends: bool) -> int:
        return (day.year * 12 + day.month) * dias_mes + _day_number(day, dias_mes, ends)

    return max(place(end, True) - place(start, False) + 1, 1)


def salary_stretches(
    empleado: Empleado, inicio: date, fin: date, periodicidad: Periodicidad, rules: RuleSet
) -> list[Tramo]:
    """The days employed in the period, split where the salary changes, in commercial days:
    hired on day d, (dias_mes - d + 1) days of that month; leaving on day d, d days. A week
    counts calendar days."""
    start = max(inicio, empleado.fecha_ingreso)
    end = min(fin, empleado.fecha_baja) if empleado.fecha_baja else fin
    if end < start:
        return []
    cuts = sorted({c.desde for c in empleado.salarios if start < c.desde <= end})
    starts = [start, *cuts]
    ends = [*(c - timedelta(days=1) for c in cuts), end]
    stretches, counted = [], 0
    for a, b in zip(starts, ends, strict=True):
        if periodicidad is Periodicidad.SEMANAL:
            days = (b - a).days + 1
        else:
            first = max(_day_number(a, rules.dias_mes, ends=False), counted + 1)
            last = _day_number(b, rules.dias_mes, ends=True)
            days = max(last - first + 1, 0)
            counted = max(counted, last)
        if days:
            stretches.append(Tramo(a, b, days, empleado.salary_on(a)))
    return stretches


def _projected_year(
    periodicidad: Periodicidad, bruto: Decimal, inss: Decimal, ytd: Acumulado
) -> Decimal:
    """The accumulated average: the year's expected income (gross minus INSS) from what was
    earned so far and this period."""
    net_total = (ytd.bruto + bruto) - (ytd.inss + inss)
    return net_total / (ytd.periodos + 1) * periodicidad.periods_per_year


def income_tax(
    rules: RuleSet, periodicidad: Periodicidad, bruto: Decimal, inss: Decimal, ytd: Acumulado
) -> Decimal:
    """IR by the accumulated average: project the year from what was earned so far."""
    per_year = periodicidad.periods_per_year
    expected_annual = _projected_year(periodicidad, bruto, inss, ytd)
    due_so_far = rules.annual_ir(expected_annual) / per_year * (ytd.periodos + 1)
    return money(max(due_so_far - ytd.ir, ZERO))


def occasional_income_tax(
    rules: RuleSet,
    periodicidad: Periodicidad,
    bruto: Decimal,
    inss: Decimal,
    ytd: Acumulado,
    occasional: Decimal,
) -> Decimal:
    """IR on one-off income (net of its INSS): the IR of the projected year with it, minus the
    IR of the projected year without it (Reglamento de la LCT art. 19)."""
    if occasional <= 0:
        return ZERO
    expected = _projected_year(periodicidad, bruto, inss, ytd)
    return money(rules.annual_ir(expected + occasional) - rules.annual_ir(expected))


def _input_lines(
    novedades: tuple[Novedad, ...], daily: Decimal, hourly: Decimal, worked: Decimal, rules: RuleSet
) -> list[tuple[TipoNovedad, Linea]]:
    """The period's inputs as perception lines (an absence is a negative one); hours and days
    of one kind make one line, amounts one line each."""
    for n in novedades:
        if n.cantidad < 0 or n.monto < 0:
            raise CalculationError(M.NEGATIVE_INPUT(tipo=n.tipo.value))
    lines: list[tuple[TipoNovedad, Linea]] = []
    absent = sum((n.cantidad for n in novedades if n.tipo is TipoNovedad.AUSENCIA), ZERO)
    if absent:
        if absent > worked:
            raise CalculationError(
                M.ABSENT_TOO_LONG(dias=_quantity(absent), trabajados=_quantity(worked))
            )
        text = f"Ausencia sin goce de salario ({_quantity(absent)} días)"
        lines.append((TipoNovedad.AUSENCIA, _perception("AUSENCIA", text, -money(absent * daily))))
    hours = sum((n.cantidad for n in novedades if n.tipo is TipoNovedad.HORAS_EXTRA), ZERO)
    if hours:
        amount = money(hours * hourly * rules.factor_horas_extra)
        text = f"Horas extra ({_quantity(hours)} h × {_quantity(rules.factor_horas_extra)})"
        lines.append((TipoNovedad.HORAS_EXTRA, _perception("HORAS_EXTRA", text, amount)))
    names = {TipoNovedad.COMISION: "Comisión", TipoNovedad.BONO: "Bono"}
    for n in novedades:
        if n.tipo in names:
            text = n.descripcion.strip() or names[n.tipo]
            lines.append((n.tipo, _perception(n.tipo.value.upper(), text, money(n.monto))))
    return lines


def _vacation_days(novedades: tuple[Novedad, ...], worked: int) -> Decimal:
    days = sum((n.cantidad for n in novedades if n.tipo is TipoNovedad.VACACIONES), ZERO)
    if days < 0:
        raise CalculationError(M.NEGATIVE_INPUT(tipo=TipoNovedad.VACACIONES.value))
    if days > worked:
        raise CalculationError(M.LEAVE_TOO_LONG(dias=_quantity(days), trabajados=worked))
    return days


def _quantity(value: Decimal) -> str:
    """Hours or days as people write them: 2, 2.5 (not 2.00)."""
    return f"{value.normalize():f}"


def _perception(codigo: str, text: str, amount: Decimal) -> Linea:
    return Linea(TipoLinea.PERCEPCION, codigo, text, amount)


def calculate(
    empleado: Empleado,
    inicio: date,
    fin: date,
    periodicidad: Periodicidad,
    rules: RuleSet,
    ytd: Acumulado = Acumulado(),
    empleador_grande: bool = False,
    novedades: tuple[Novedad, ...] = (),
    cuotas: tuple[Cuota, ...] = (),
) -> Resultado:
    check_period(inicio, fin, periodicidad)
    if empleado.salario_mensual < 0 or any(s.mensual < 0 for s in empleado.salarios):
        raise CalculationError(M.NEGATIVE_SALARY())
    if empleado.fecha_baja and empleado.fecha_baja < empleado.fecha_ingreso:
        raise CalculationError(
            M.TERMINATION_BEFORE_HIRE(baja=empleado.fecha_baja, ingreso=empleado.fecha_ingreso)
        )
    period_days = periodicidad.days(rules)
    stretches = salary_stretches(empleado, inicio, fin, periodicidad, rules)
    worked = sum(t.dias for t in stretches)
    if worked == 0:
        raise CalculationError(M.NOT_EMPLOYED(inicio=inicio, fin=fin))
    lineas = [
        _perception("SALARIO", _salary_text(t, len(stretches), period_days), _pay(t, rules))
        for t in stretches
    ]
    salario = sum((line.monto for line in lineas), ZERO)
    daily = stretches[-1].mensual / rules.dias_mes
    on_leave = _vacation_days(novedades, worked)
    if on_leave:  # the salary's share of those days shows as vacation pay (gross unchanged)
        pay = money(on_leave * daily)
        last = lineas[-1]
        text = f"{last.descripcion} (menos {_quantity(on_leave)} días de vacaciones)"
        lineas[-1] = Linea(last.tipo, last.codigo, text, last.monto - pay)
        leave_text = f"Vacaciones descansadas ({_quantity(on_leave)} días)"
        lineas.append(_perception("VACACIONES", leave_text, pay))
    inputs = _input_lines(novedades, daily, daily / rules.horas_dia, worked - on_leave, rules)
    lineas += [line for _, line in inputs]

    for c in (c for c in empleado.conceptos if c.tipo is TipoLinea.PERCEPCION):
        amount = money(salario * c.valor / 100) if c.porcentaje else money(c.valor)
        if amount < 0:
            raise CalculationError(M.NEGATIVE_PERCEPTION(codigo=c.codigo, monto=amount))
        lineas.append(_perception(c.codigo, c.descripcion, amount))
    bruto = sum((line.monto for line in lineas), ZERO)

    inss = money(bruto * rules.inss_laboral)
    occasional = sum(
        (line.monto for kind, line in inputs if kind.value in rules.renta_ocasional), ZERO
    )
    ordinary_inss = money((bruto - occasional) * rules.inss_laboral)
    occasional_net = occasional - (inss - ordinary_inss)
    ir_ordinary = income_tax(rules, periodicidad, bruto - occasional, ordinary_inss, ytd)
    ir_occasional = occasional_income_tax(
        rules, periodicidad, bruto - occasional, ordinary_inss, ytd, occasional_net
    )
    ir = ir_ordinary + ir_occasional
    ir_text = "IR (impuesto sobre la renta)"
    if ir_occasional:
        ir_text += f", {ir_occasional} por renta ocasional"
    lineas.append(Linea(TipoLinea.DEDUCCION, "INSS", "INSS laboral", inss))
    lineas.append(Linea(TipoLinea.DEDUCCION, "IR", ir_text, ir))

    left = bruto - inss - ir
    otras = ZERO
    wanted: list[tuple[str, str, Decimal, int | None]] = []
    for c in sorted(
        (c for c in empleado.conceptos if c.tipo is TipoLinea.DEDUCCION),
        key=lambda c: (c.prioridad, c.codigo),
    ):
        amount = money(bruto * c.valor / 100) if c.porcentaje else money(c.valor)
        if amount < 0:
            raise CalculationError(M.NEGATIVE_DEDUCTION(codigo=c.codigo, monto=amount))
        wanted.append((c.codigo, c.descripcion, amount, None))
    for q in cuotas:
        due = min(money(q.cuota), max(q.saldo, ZERO))
        wanted.append(("PRESTAMO", q.descripcion, due, q.prestamo_id))
    for n in novedades:
        if n.tipo is TipoNovedad.DEDUCCION:
            wanted.append(("DEDUCCION", n.descripcion.strip() or "Deducción", money(n.monto), None))
    for codigo, text, amount_wanted, prestamo in wanted:
        amount = min(amount_wanted, max(left, ZERO))
        if amount < amount_wanted:
            text += f" (limitado al saldo disponible; pedido {amount_wanted})"
        lineas.append(Linea(TipoLinea.DEDUCCION, codigo, text, amount, prestamo))
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
        renta_ocasional=occasional_net,
        ir_ocasional=ir_occasional,
    )


def _pay(stretch: Tramo, rules: RuleSet) -> Decimal:
    return money(stretch.mensual * stretch.dias / rules.dias_mes)


def _salary_text(stretch: Tramo, stretches: int, period_days: int) -> str:
    if stretches > 1:
        return (
            f"Salario del {stretch.desde:%d/%m} al {stretch.hasta:%d/%m} "
            f"({stretch.dias} días a {stretch.mensual:,.2f} mensuales)"
        )
    if stretch.dias == period_days:
        return "Salario del periodo"
    return f"Salario proporcional ({stretch.dias} de {period_days} días)"
