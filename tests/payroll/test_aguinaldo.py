"""The aguinaldo run (issue 18, item 1): the thirteenth month, one task per employee through the
queue, worked by hand from the Código del Trabajo arts. 93-97 (PAYROLL-NI.md)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import select, update

from coati_desk.jobs.runs import start_aguinaldo
from coati_desk.payroll import approval, novedades, services
from coati_desk.payroll.aguinaldo import calculate_aguinaldo, commercial_days
from coati_desk.payroll.calculation import Empleado, Salario
from coati_desk.payroll.db import session
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.models import Empleado as EmpleadoRow
from coati_desk.payroll.models import NominaEmpleado
from coati_desk.payroll.rules import load_rules
from coati_desk.queue import get_queue_driver, start_workers
from tests.conftest import wait_until

RULES = load_rules("NI")
YEAR = ("2025-12-01", "2026-11-30")


def test_the_examples_of_the_law() -> None:
    whole = calculate_aguinaldo(Empleado(D("18000"), date(2019, 3, 1)), 2026, RULES)
    assert (whole.salario_neto, whole.dias_trabajados) == (D("18000.00"), 360)
    assert (whole.inss_laboral, whole.ir, whole.inss_patronal, whole.inatec) == (D(0),) * 4
    june = calculate_aguinaldo(Empleado(D("15000"), date(2026, 6, 1)), 2026, RULES)
    assert (june.dias_trabajados, june.salario_neto) == (180, D("7500.00"))
    assert june.lineas[0].codigo == "AGUINALDO" and "180 de 360" in june.lineas[0].descripcion


def test_commercial_days_and_the_last_salary() -> None:
    assert commercial_days(date(2026, 2, 28), date(2026, 2, 28), 30) == 3  # hired on the 28th
    assert commercial_days(date(2025, 12, 1), date(2026, 11, 30), 30) == 360
    left = calculate_aguinaldo(
        Empleado(D("20000"), date(2020, 1, 1), date(2026, 3, 15)), 2026, RULES
    )
    assert (left.dias_trabajados, left.salario_neto) == (105, D("5833.33"))  # 20,000 x 105/360
    raised = Empleado(
        D("24000"),
        date(2020, 1, 1),
        salarios=(Salario(date(2020, 1, 1), D("20000")), Salario(date(2026, 9, 1), D("24000"))),
    )
    assert calculate_aguinaldo(raised, 2026, RULES).salario_neto == D("24000.00")
    variable = calculate_aguinaldo(Empleado(D("10000"), date(2020, 1, 1)), 2026, RULES, D("14500"))
    assert (
        variable.salario_neto == D("14500.00")
        and "salario variable" in variable.lineas[0].descripcion
    )


def rows(run_id: str) -> dict[str, NominaEmpleado]:
    with session() as db:
        return {
            r.empleado_id: r
            for r in db.scalars(select(NominaEmpleado).where(NominaEmpleado.nomina_id == run_id))
        }


def test_an_aguinaldo_run_through_the_queue_beside_the_monthly_runs(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, (full, june) = planilla(["18000", "15000"], hired=date(2019, 1, 1))
    with session(write=True) as db:
        db.execute(
            update(EmpleadoRow).where(EmpleadoRow.id == june).values(fecha_ingreso=date(2026, 6, 1))
        )
    november = services.create_run(planilla_id, "2026-11-01", "2026-11-30", "x")  # overlaps
    queue = get_queue_driver()
    started = start_aguinaldo(queue, planilla_id, 2026, "maria")
    workers = start_workers(2, queue)
    try:
        wait_until(lambda: services.run_summary(started.run_id).estado == "calculada")
    finally:
        workers.stop(timeout=30)
    result = rows(started.run_id)
    assert (result[full].salario_neto, result[june].salario_neto) == (D("18000.00"), D("7500.00"))
    assert result[full].inss_laboral == D("0.00") and result[full].ir == D("0.00")
    summary = services.run_summary(started.run_id)
    assert (summary.total_neto, summary.total_aportes) == ("25500.00", "0.00")
    assert services.run_summary(november).estado == "calculando"  # untouched, still its own
    # Approved, it still does not count toward December's IR average.
    approval.approve_run(started.run_id, "maria")
    december = services.calculate_employee(full, planilla_id, "2026-12-01", "2026-12-31")
    # as a first month: 18,000 - INSS 1,260 = 16,740 x 12 = 200,880 -> 15,176 / 12 = 1,264.67
    assert D(december["ir"]) == D("1264.67")
    with pytest.raises(PayrollInputError, match="already has run"):
        services.create_run(planilla_id, *YEAR, "x", "aguinaldo")


def test_variable_pay_uses_the_highest_approved_month_of_the_last_six(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, (seller,) = planilla(["10000"], hired=date(2019, 1, 1))
    for month, commission in ((9, "3000"), (10, "4500"), (11, "1000")):
        start = date(2026, month, 1)
        end = date(2026, month + 1, 1).replace(day=1)
        end = date.fromordinal(end.toordinal() - 1)
        novedades.save_employee_inputs(
            planilla_id, start, end, seller, [{"tipo": "comision", "monto": commission}]
        )
        run_id = services.create_run(planilla_id, start, end, "x")
        services.calculate_employee(seller, planilla_id, start, end)
        approval.approve_run(run_id, "maria")
    run_id = services.create_run(planilla_id, *YEAR, "x", "aguinaldo")
    result = services.calculate_employee(seller, planilla_id, *YEAR, "x", "aguinaldo")
    assert result["success"] and result["nomina_id"] == run_id
    assert D(result["salario_neto"]) == D("14500.00")  # October: 10,000 + 4,500


def test_a_wrong_aguinaldo_period_is_refused(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, _ = planilla(["10000"])
    with pytest.raises(PayrollInputError, match="1 December to 30 November"):
        services.create_run(planilla_id, "2026-01-01", "2026-12-31", "x", "aguinaldo")
