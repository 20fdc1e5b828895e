"""The demo with a year behind it (issue 18, item 5): approved and paid months, vacations taken,
one exit, and last month left to calculate; an aguinaldo of this year works on it at once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from sqlalchemy import select

from coati_desk.payroll import queries, services
from coati_desk.payroll.db import session
from coati_desk.payroll.demo_year import create_demo_year
from coati_desk.payroll.models import Empleado
from coati_desk.payroll.vacaciones import vacation_report

TODAY = date(2026, 12, 3)


def test_a_year_of_demo_runs(database: str) -> None:
    planilla_id = create_demo_year(30, seed=7, today=TODAY)
    every = sorted(queries.list_runs(), key=lambda r: r["periodo_inicio"])
    runs = [r for r in every if r["tipo"] == "ordinaria"]
    assert [r["periodo_inicio"] for r in runs] == [date(2026, m, 1) for m in range(1, 11)]
    assert [r["estado"] for r in runs] == ["pagada"] * 9 + ["aprobada"]
    with session() as db:
        left = db.scalars(select(Empleado).where(Empleado.fecha_baja.is_not(None))).all()
    assert [(e.fecha_baja, e.motivo_baja) for e in left if e.motivo_baja] == [
        (date(2026, 10, 31), "despido")
    ]
    # the leaver's settlement: paid to the exit day, so vacation, aguinaldo and art. 45 only
    (settlement,) = [r for r in every if r["tipo"] == "liquidacion"]
    assert (settlement["estado"], settlement["total_empleados"]) == ("aprobada", 1)
    assert D(settlement["total_neto"]) > 0
    taken = [r for r in vacation_report(TODAY) if r["tomados"] > 0]
    assert taken and all(r["saldo"] == r["acumulados"] - r["tomados"] for r in taken)
    run_id = services.create_run(planilla_id, "2025-12-01", "2026-11-30", "x", "aguinaldo")
    # (the leaver's aguinaldo was in the settlement: not twice)
    assert all(e.id not in services.run_employees(run_id) for e in left if e.motivo_baja)
    for empleado_id in services.run_employees(run_id):
        assert services.calculate_employee(
            empleado_id, planilla_id, "2025-12-01", "2026-11-30", "x", "aguinaldo"
        )["success"]
    assert D(services.run_summary(run_id).total_neto) > 0
