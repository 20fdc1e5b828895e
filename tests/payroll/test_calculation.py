"""Hand-worked payroll figures (Nicaragua's rules), and properties that must always hold."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coati_desk.payroll.calculation import (
    Acumulado,
    CalculationError,
    Concepto,
    Empleado,
    Periodicidad,
    TipoLinea,
    calculate,
)
from coati_desk.payroll.rules import load_rules

RULES = load_rules("NI")
JAN = (date(2024, 1, 1), date(2024, 1, 31), Periodicidad.MENSUAL)


def monthly(salary: str, ytd: Acumulado = Acumulado(), **kw):  # type: ignore[no-untyped-def]  # noqa: B008
    return calculate(Empleado(D(salary), date(2020, 1, 1), **kw), *JAN, RULES, ytd)


def test_the_design_check_25000_a_month() -> None:
    r = monthly("25000")
    assert (r.salario_bruto, r.inss_laboral, r.ir) == (D("25000.00"), D("1750.00"), D("2566.67"))
    assert r.salario_neto == D("20683.33")
    assert r.total_deducciones == D("4316.67")
    assert (r.inss_patronal, r.inatec) == (D("5375.00"), D("500.00"))  # 21.5 %, 2 %
    assert r.aportes_patronales == D("5875.00")


@pytest.mark.parametrize(
    ("salary", "ir"),
    [
        ("8000", "0.00"),  # 7,440 x 12 = 89,280: first bracket, no tax
        ("8960.57", "0.00"),  # 8,333.33 x 12 = 99,999.96: just under 100,000
        ("8960.58", "0.00"),  # 100,000.07 projected: 15 % of 0.07 / 12 rounds to 0.00
        ("10000", "145.00"),  # 111,600: 15 % x 11,600 / 12
        ("17921.15", "1250.00"),  # 200,000.03: 15,000.01 / 12 = 1,250.00
        ("30000", "3496.67"),  # 334,800: (15,000 + 20 % x 134,800) / 12
        ("31362.01", "3750.00"),  # 350,000.03: 45,000.01 / 12
        ("40000", "5758.33"),  # 446,400: (45,000 + 25 % x 96,400) / 12
        ("44802.87", "6875.00"),  # 500,000.03: 82,500.01 / 12
        ("60000", "11115.00"),  # 669,600: (82,500 + 30 % x 169,600) / 12
    ],
)
def test_ir_in_every_bracket_and_at_its_edges(salary: str, ir: str) -> None:
    r = monthly(salary)
    assert r.ir == D(ir)
    assert r.salario_neto == r.salario_bruto - r.inss_laboral - r.ir


def test_the_ir_table_is_continuous_at_its_limits() -> None:
    for limit, tax in (
        ("100000", "0"),
        ("200000", "15000"),
        ("350000", "45000"),
        ("500000", "82500"),
    ):
        assert RULES.annual_ir(D(limit)) == D(tax)
        assert abs(RULES.annual_ir(D(limit) - D("0.01")) - D(tax)) < D("0.01")


def test_ir_accumulates_over_the_fiscal_year() -> None:
    second = monthly("25000", Acumulado(D("25000"), D("1750"), D("2566.67"), periodos=1))
    # (46,500 / 2 x 12 = 279,000 -> 30,800) / 12 x 2 - 2,566.67 already withheld
    assert second.ir == D("2566.66")
    raise_month = monthly("50000", Acumulado(D("25000"), D("1750"), D("2566.67"), periodos=1))
    # (25,000 + 50,000 - 1,750 - 3,500) / 2 x 12 = 418,500 -> 45,000 + 25 % x 68,500 = 62,125
    # 62,125 / 12 x 2 = 10,354.17 - 2,566.67 = 7,787.50
    assert raise_month.ir == D("7787.50")


def test_biweekly_period() -> None:
    r = calculate(
        Empleado(D("25000"), date(2020, 1, 1)),
        date(2024, 1, 1),
        date(2024, 1, 15),
        Periodicidad.QUINCENAL,
        RULES,
    )
    # 12,500; INSS 875; 11,625 x 24 = 279,000 -> 30,800 / 24 = 1,283.33
    assert (r.salario_bruto, r.inss_laboral, r.ir, r.salario_neto) == (
        D("12500.00"),
        D("875.00"),
        D("1283.33"),
        D("10341.67"),
    )


def test_weekly_period() -> None:
    r = calculate(
        Empleado(D("30000"), date(2020, 1, 1)),
        date(2024, 1, 1),
        date(2024, 1, 7),
        Periodicidad.SEMANAL,
        RULES,
    )
    # 30,000 / 30 x 7 = 7,000; INSS 490; 6,510 x 52 = 338,520 -> 42,704 / 52 = 821.23
    assert (r.salario_bruto, r.inss_laboral, r.ir, r.salario_neto) == (
        D("7000.00"),
        D("490.00"),
        D("821.23"),
        D("5688.77"),
    )


def test_mid_period_hire_is_prorated_by_commercial_days() -> None:
    r = calculate(Empleado(D("30000"), date(2024, 1, 17)), *JAN, RULES)
    # hired on the 17th: 31 - 17 = 14 days of 30: 14,000; INSS 980;
    # 13,020 x 12 = 156,240 -> 15 % x 56,240 / 12 = 703.00
    assert (r.dias_trabajados, r.salario_bruto, r.inss_laboral, r.ir) == (
        14,
        D("14000.00"),
        D("980.00"),
        D("703.00"),
    )
    assert "14 de 30" in r.lineas[0].descripcion


def test_mid_period_termination_is_prorated_by_commercial_days() -> None:
    r = calculate(
        Empleado(D("30000"), date(2020, 1, 1), date(2024, 3, 10)),
        date(2024, 3, 1),
        date(2024, 3, 31),
        Periodicidad.MENSUAL,
        RULES,
    )
    assert r.dias_trabajados == 10
    assert r.salario_bruto == D("10000.00")  # 30,000 / 30 x 10


def test_perceptions_and_a_loan_bigger_than_what_is_left() -> None:
    conceptos = (
        Concepto("BONO", "Bono", TipoLinea.PERCEPCION, D("10"), porcentaje=True),
        Concepto("VIATICO", "Viático", TipoLinea.PERCEPCION, D("500")),
        Concepto("PRESTAMO", "Préstamo", TipoLinea.DEDUCCION, D("50000"), prioridad=10),
        Concepto("CUOTA", "Cuota sindical", TipoLinea.DEDUCCION, D("100"), prioridad=20),
    )
    r = monthly("10000", conceptos=conceptos)
    # gross 10,000 + 1,000 + 500 = 11,500; INSS 805; 10,695 x 12 = 128,340 -> 15 % x 28,340 / 12
    assert r.salario_bruto == D("11500.00") and r.inss_laboral == D("805.00")
    assert r.ir == D("354.25")
    loan = next(line for line in r.lineas if line.codigo == "PRESTAMO")
    assert loan.monto == D("10340.75")  # all that was left
    assert "limitado al saldo disponible" in loan.descripcion
    dues = next(line for line in r.lineas if line.codigo == "CUOTA")
    assert dues.monto == D("0.00")  # nothing left after the loan, which comes first
    assert r.salario_neto == D("0.00")


def test_a_large_employer_pays_the_higher_inss_rate() -> None:
    r = calculate(Empleado(D("25000"), date(2020, 1, 1)), *JAN, RULES, empleador_grande=True)
    assert r.inss_patronal == D("5625.00")  # 22.5 %
    assert r.salario_neto == D("20683.33")  # employer contributions never touch net pay


@pytest.mark.parametrize(
    ("start", "end", "kind", "message"),
    [
        (date(2024, 1, 1), date(2024, 1, 15), Periodicidad.MENSUAL, "whole month"),
        (date(2024, 1, 2), date(2024, 1, 16), Periodicidad.QUINCENAL, "half month"),
        (date(2024, 1, 1), date(2024, 1, 8), Periodicidad.SEMANAL, "7 days"),
        (date(2024, 1, 31), date(2024, 1, 1), Periodicidad.MENSUAL, "before it starts"),
    ],
)
def test_periods_that_do_not_fit(start: date, end: date, kind: Periodicidad, message: str) -> None:
    with pytest.raises(CalculationError, match=message):
        calculate(Empleado(D("1000"), date(2020, 1, 1)), start, end, kind, RULES)


def test_an_employee_not_employed_in_the_period() -> None:
    with pytest.raises(CalculationError, match="not employed"):
        calculate(Empleado(D("1000"), date(2024, 2, 1)), *JAN, RULES)


salaries = st.decimals(min_value=0, max_value=1_000_000, places=2, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(salary=salaries, loan=salaries, bonus=st.decimals(0, 100, places=2))
def test_net_never_exceeds_gross_and_no_deduction_is_negative(salary, loan, bonus) -> None:  # type: ignore[no-untyped-def]
    conceptos = (
        Concepto("BONO", "Bono", TipoLinea.PERCEPCION, bonus, porcentaje=True),
        Concepto("PRESTAMO", "Préstamo", TipoLinea.DEDUCCION, loan),
    )
    r = calculate(Empleado(salary, date(2020, 1, 1), conceptos=conceptos), *JAN, RULES)
    assert D(0) <= r.salario_neto <= r.salario_bruto
    assert all(line.monto >= 0 for line in r.lineas)
    assert r.salario_neto + r.total_deducciones == r.salario_bruto
    assert all(line.monto == line.monto.quantize(D("0.01")) for line in r.lineas)


@settings(max_examples=300, deadline=None)
@given(low=salaries, extra=salaries)
def test_ir_never_decreases_when_salary_rises(low, extra) -> None:  # type: ignore[no-untyped-def]
    assert monthly(str(low + extra)).ir >= monthly(str(low)).ir
