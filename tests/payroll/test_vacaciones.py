"""Vacations (issue 18, item 2; Código del Trabajo art. 76): 2.5 days earned per month worked,
days taken as a per-period input paid as ordinary days, the balance and its value."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from coati_desk.payroll import approval, novedades, services
from coati_desk.payroll.calculation import (
    CalculationError,
    Empleado,
    Novedad,
    Periodicidad,
    TipoNovedad,
    calculate,
)
from coati_desk.payroll.rules import load_rules
from coati_desk.payroll.vacaciones import vacation_balance, vacation_report

RULES = load_rules("NI")
JUNE = ("2026-06-01", "2026-06-30")


def test_days_taken_are_paid_as_ordinary_days() -> None:
    r = calculate(
        Empleado(D("15000"), date(2020, 1, 1)),
        date(2026, 6, 1),
        date(2026, 6, 30),
        Periodicidad.MENSUAL,
        RULES,
        novedades=(Novedad(TipoNovedad.VACACIONES, cantidad=D("5")),),
    )
    lines = {line.codigo: line.monto for line in r.lineas}
    assert lines["VACACIONES"] == D("2500.00") and lines["SALARIO"] == D("12500.00")
    assert r.salario_bruto == D("15000.00")  # the same pay as a month worked
    with pytest.raises(CalculationError, match="31 days of vacation"):
        calculate(
            Empleado(D("15000"), date(2020, 1, 1)),
            date(2026, 6, 1),
            date(2026, 6, 30),
            Periodicidad.MENSUAL,
            RULES,
            novedades=(Novedad(TipoNovedad.VACACIONES, cantidad=D("31")),),
        )


def test_the_balance_counts_approved_runs_only(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, (ana,) = planilla(["15000"], hired=date(2026, 1, 1))
    novedades.save_employee_inputs(
        planilla_id, *JUNE, ana, [{"tipo": "vacaciones", "cantidad": "5"}]
    )
    run_id = services.create_run(planilla_id, *JUNE, "x")
    assert services.calculate_employee(ana, planilla_id, *JUNE)["success"]
    june_end = date(2026, 6, 30)
    before = vacation_balance(ana, june_end)
    assert (before["acumulados"], before["tomados"], before["saldo"]) == (
        D("15.00"),  # six months: 15 days
        D("0.00"),  # the run is not approved yet
        D("15.00"),
    )
    approval.approve_run(run_id, "maria")
    after = vacation_balance(ana, june_end)
    assert (after["tomados"], after["saldo"], after["valor"]) == (
        D("5.00"),
        D("10.00"),
        D("5000.00"),
    )
    assert [h["dias"] for h in after["historial"]] == [D("5.00")]
    (row,) = [r for r in vacation_report(june_end) if r["empleado_id"] == ana]
    assert row["valor"] == D("5000.00")  # 10 days at 15,000 / 30


def test_an_opening_balance_replaces_the_years_before_the_app(planilla) -> None:  # type: ignore[no-untyped-def]
    from coati_desk.payroll import employees

    _planilla_id, (ana,) = planilla(["15000"], hired=date(2015, 1, 1))
    assert vacation_balance(ana, date(2025, 12, 31))["saldo"] == D("330.00")  # 11 years of 30
    (row,) = [e for e in employees.list_employees() if e["id"] == ana]
    raw = {
        **{k: str(v) for k, v in row.items() if v is not None},
        "fecha_baja": "",
        "vacaciones_saldo": "7.5",
        "vacaciones_fecha": "2025-12-31",
    }
    employees.save_employee(raw, ana)
    june = vacation_balance(ana, date(2026, 6, 30))
    assert (june["acumulados"], june["saldo"]) == (D("22.50"), D("22.50"))  # 7.5 + 6 x 2.5
