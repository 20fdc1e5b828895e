"""The aguinaldo (a thirteenth month, Código del Trabajo arts. 93-97): pure functions on
Decimals, rules from data (``[aguinaldo]``).

Accrued from 1 December of the year before to 30 November; one month of salary for a whole
year (``dias_anio`` commercial days), proportional by commercial days for less; on the last
salary or, for variable pay, the highest month of the last six. Exempt from INSS, IR and
employer contributions: the result has those at zero, and it is not part of the IR year to date.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from coati_desk.payroll import messages as M
from coati_desk.payroll.calculation import (
    ZERO,
    CalculationError,
    Empleado,
    Linea,
    Resultado,
    TipoLinea,
    commercial_days,
    money,
)
from coati_desk.payroll.rules import RuleSet


def accrual_period(year: int) -> tuple[date, date]:
    """The aguinaldo of ``year`` accrues from 1 December of the year before to 30 November."""
    return date(year - 1, 12, 1), date(year, 11, 30)


def check_accrual_period(inicio: date, fin: date) -> int:
    """The year of an accrual period, or CalculationError when it is not one."""
    if (inicio, fin) != accrual_period(fin.year):
        raise CalculationError(M.PERIOD_NOT_AGUINALDO(inicio=inicio, fin=fin))
    return fin.year


def calculate_aguinaldo(
    empleado: Empleado, year: int, rules: RuleSet, highest_month: Decimal | None = None
) -> Resultado:
    """``highest_month``: the highest monthly pay of the last six months, for an employee whose
    pay is variable (None: a fixed salary, paid on the last one)."""
    inicio, fin = accrual_period(year)
    start = max(inicio, empleado.fecha_ingreso)
    end = min(fin, empleado.fecha_baja) if empleado.fecha_baja else fin
    days = commercial_days(start, end, rules.dias_mes) if start <= end else 0
    if days == 0:
        raise CalculationError(M.NOT_EMPLOYED(inicio=inicio, fin=fin))
    last = empleado.salary_on(end)
    if last < 0:
        raise CalculationError(M.NEGATIVE_SALARY())
    base = max(last, highest_month) if highest_month is not None else last
    year_days = rules.dias_aguinaldo
    amount = money(base * min(days, year_days) / year_days)
    if days >= year_days:
        text = f"Aguinaldo {year}: un mes de salario ({base:,.2f})"
    else:
        text = f"Aguinaldo {year}: {days} de {year_days} días sobre {base:,.2f}"
    if highest_month is not None:
        text += " (salario variable: el mes más alto de los últimos seis)"
    return Resultado(
        dias_trabajados=min(days, year_days),
        dias_periodo=year_days,
        salario_base=base,
        salario_bruto=amount,
        inss_laboral=ZERO,
        ir=ZERO,
        otras_deducciones=ZERO,
        total_deducciones=ZERO,
        salario_neto=amount,
        inss_patronal=ZERO,
        inatec=ZERO,
        lineas=[Linea(TipoLinea.PERCEPCION, "AGUINALDO", text, amount)],
    )
