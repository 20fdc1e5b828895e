"""The commercial month (PAYROLL-NI.md, Conventions), salary changes and the period's inputs
(novedades), worked by hand from the rules."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from coati_desk.payroll.calculation import (
    Acumulado,
    CalculationError,
    Cuota,
    Empleado,
    Novedad,
    Periodicidad,
    Salario,
    TipoNovedad,
    calculate,
)
from coati_desk.payroll.rules import load_rules

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # (no database)
RULES = load_rules("NI")
MONTHLY = Periodicidad.MENSUAL
HIRED = date(2020, 1, 1)


def month(year: int, number: int) -> tuple[date, date]:
    nxt = date(year + number // 12, number % 12 + 1, 1)
    return date(year, number, 1), date.fromordinal(nxt.toordinal() - 1)


def pay(salary: str, *novedades: Novedad, period=month(2024, 1), **kw):  # type: ignore[no-untyped-def]  # noqa: B008
    cuotas = kw.pop("cuotas", ())
    ytd = kw.pop("ytd", Acumulado())
    periodicidad = kw.pop("periodicidad", MONTHLY)
    empleado = Empleado(D(salary), kw.pop("ingreso", HIRED), **kw)
    return calculate(
        empleado, *period, periodicidad, RULES, ytd, novedades=novedades, cuotas=cuotas
    )


@pytest.mark.parametrize(
    ("period", "ingreso", "baja", "days"),
    [
        (month(2024, 1), HIRED, None, 30),  # 31 days: still 30
        (month(2023, 2), HIRED, None, 30),  # 28 days: still 30
        (month(2024, 2), HIRED, None, 30),  # 29 days
        (month(2024, 2), date(2024, 2, 28), None, 3),  # hired on day d: 31 - d
        (month(2024, 1), date(2024, 1, 31), None, 1),  # (at least the one day)
        (month(2024, 1), HIRED, date(2024, 1, 10), 10),  # leaving on day d: d days
        (month(2024, 1), HIRED, date(2024, 1, 31), 30),  # at most 30
        (month(2023, 2), HIRED, date(2023, 2, 28), 30),  # the last day of February: full
        (month(2024, 4), date(2024, 4, 5), date(2024, 4, 20), 16),
    ],
)
def test_the_commercial_month(period, ingreso, baja, days) -> None:  # type: ignore[no-untyped-def]
    r = pay("30000", period=period, ingreso=ingreso, fecha_baja=baja)
    assert r.dias_trabajados == days and r.dias_periodo == 30
    assert r.salario_base == D(1000 * days).quantize(D("0.01"))  # 30,000 / 30 a day


def test_half_months_and_weeks_use_the_same_daily_wage() -> None:
    first = pay(
        "30000", period=(date(2024, 1, 1), date(2024, 1, 15)), periodicidad=Periodicidad.QUINCENAL
    )
    second = pay(
        "30000", period=(date(2024, 1, 16), date(2024, 1, 31)), periodicidad=Periodicidad.QUINCENAL
    )
    february = pay(
        "30000", period=(date(2023, 2, 16), date(2023, 2, 28)), periodicidad=Periodicidad.QUINCENAL
    )
    assert {first.dias_trabajados, second.dias_trabajados, february.dias_trabajados} == {15}
    assert first.salario_base == second.salario_base == february.salario_base == D("15000.00")
    week = pay(
        "30000", period=(date(2024, 1, 1), date(2024, 1, 7)), periodicidad=Periodicidad.SEMANAL
    )
    assert (week.dias_trabajados, week.salario_base) == (7, D("7000.00"))
    hired_midweek = pay(
        "30000",
        period=(date(2024, 1, 1), date(2024, 1, 7)),
        periodicidad=Periodicidad.SEMANAL,
        ingreso=date(2024, 1, 4),
    )
    assert (hired_midweek.dias_trabajados, hired_midweek.salario_base) == (4, D("4000.00"))


def test_a_raise_mid_month_pays_each_part_by_its_days() -> None:
    salarios = (Salario(HIRED, D("15000")), Salario(date(2024, 3, 16), D("18000")))
    r = pay("18000", period=month(2024, 3), salarios=salarios)
    salary_lines = [line for line in r.lineas if line.codigo == "SALARIO"]
    # 1-15 March: 15 days at 500; 16-31: 15 commercial days at 600
    assert [line.monto for line in salary_lines] == [D("7500.00"), D("9000.00")]
    assert "15 días a 15,000.00" in salary_lines[0].descripcion
    assert (r.dias_trabajados, r.salario_bruto) == (30, D("16500.00"))
    before = pay("18000", period=month(2024, 2), salarios=salarios)
    after = pay("18000", period=month(2024, 4), salarios=salarios)
    assert (before.salario_bruto, after.salario_bruto) == (D("15000.00"), D("18000.00"))


def test_overtime_example_of_the_issue() -> None:
    r = pay("8500", Novedad(TipoNovedad.HORAS_EXTRA, cantidad=D("5")))
    overtime = next(line for line in r.lineas if line.codigo == "HORAS_EXTRA")
    assert overtime.monto == D("354.17")  # 8,500 / 30 / 8 x 5 x 2
    assert (r.salario_bruto, r.inss_laboral, r.ir, r.salario_neto) == (
        D("8854.17"),
        D("619.79"),
        D("0.00"),
        D("8234.38"),
    )
    assert (r.inss_patronal, r.inatec) == (D("1903.65"), D("177.08"))


def test_absence_example_of_the_issue() -> None:
    r = pay("15000", Novedad(TipoNovedad.AUSENCIA, cantidad=D("2")))
    absence = next(line for line in r.lineas if line.codigo == "AUSENCIA")
    assert absence.monto == D("-1000.00") and "2 días" in absence.descripcion
    assert (r.salario_bruto, r.inss_laboral, r.ir, r.salario_neto) == (
        D("14000.00"),
        D("980.00"),
        D("703.00"),
        D("12317.00"),
    )


def test_a_one_off_bonus_is_taxed_as_occasional_income_not_annualised() -> None:
    r = pay("10000", Novedad(TipoNovedad.BONO, monto=D("20000"), descripcion="Bono por meta"))
    # ordinary: 9,300 x 12 = 111,600 -> IR 1,740 a year, 145.00 this month;
    # the bonus: INSS 1,400, net 18,600; IR(130,200) - IR(111,600) = 4,530 - 1,740 = 2,790.00
    assert r.inss_laboral == D("2100.00")
    assert r.ir == D("2935.00") and r.ir_ocasional == D("2790.00")
    assert r.renta_ocasional == D("18600.00")
    assert next(line for line in r.lineas if line.codigo == "BONO").descripcion == "Bono por meta"
    annualised = pay("10000", Novedad(TipoNovedad.COMISION, monto=D("20000")))
    assert annualised.ir == D("3496.67")  # a commission is ordinary income: 334,800 a year
    # February, with January approved: the bonus stays out of the average
    january = Acumulado(
        r.salario_bruto - r.renta_ocasional, r.inss_laboral, r.ir - r.ir_ocasional, 1
    )
    assert pay("10000", period=month(2024, 2), ytd=january).ir == D("145.00")


def test_commissions_and_deductions_each_get_their_line() -> None:
    r = pay(
        "12000",
        Novedad(TipoNovedad.COMISION, monto=D("1500"), descripcion="Comisión de ventas"),
        Novedad(TipoNovedad.DEDUCCION, monto=D("2000"), descripcion="Adelanto del 15"),
    )
    codes = [(line.codigo, line.monto) for line in r.lineas]
    assert ("COMISION", D("1500.00")) in codes and ("DEDUCCION", D("2000.00")) in codes
    assert r.salario_bruto == D("13500.00") and r.otras_deducciones == D("2000.00")
    assert r.salario_neto == r.salario_bruto - r.inss_laboral - r.ir - D("2000.00")


def test_a_loan_instalment_is_cut_to_its_balance_and_to_what_is_left() -> None:
    last = pay("12000", cuotas=(Cuota(1, "Préstamo personal", D("1500"), D("400.00")),))
    line = next(line for line in last.lineas if line.codigo == "PRESTAMO")
    assert (line.monto, line.prestamo_id) == (D("400.00"), 1)  # what is left of the loan
    big = pay("5000", cuotas=(Cuota(2, "Préstamo", D("9000"), D("20000")),))
    line = next(line for line in big.lineas if line.codigo == "PRESTAMO")
    assert line.monto == D("4650.00")  # 5,000 - INSS 350: all that was left
    assert "limitado al saldo disponible" in line.descripcion and big.salario_neto == D("0.00")


def test_bad_inputs_are_refused_with_the_reason() -> None:
    with pytest.raises(CalculationError, match="31 days of absence, but only 30 days worked"):
        pay("10000", Novedad(TipoNovedad.AUSENCIA, cantidad=D("31")))
    with pytest.raises(CalculationError, match="negative"):
        pay("10000", Novedad(TipoNovedad.HORAS_EXTRA, cantidad=D("-1")))
