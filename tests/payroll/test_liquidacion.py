"""The final settlement (issue 18, item 3), worked by hand from PAYROLL-NI.md."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import update

from coati_desk.jobs.runs import start_settlement
from coati_desk.payroll import approval, services
from coati_desk.payroll.db import session
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.liquidacion import final_settlement, open_settlement, seniority_compensation
from coati_desk.payroll.models import Empleado
from coati_desk.payroll.reports.model import load_run
from coati_desk.payroll.rules import load_rules
from coati_desk.queue import get_queue_driver, start_workers
from tests.conftest import wait_until

RULES = load_rules("NI")


@pytest.mark.parametrize(
    ("ingreso", "baja", "amount"),
    [
        (date(2023, 1, 1), date(2026, 3, 31), "63333.33"),  # 3 years 3 months: the example
        (date(2025, 7, 1), date(2026, 3, 31), "15000.00"),  # 9 months: 0.75 of a month
        (date(2023, 1, 1), date(2025, 12, 31), "60000.00"),  # 3 years: 3 months
        (date(2010, 1, 1), date(2026, 3, 31), "100000.00"),  # capped at 5 months
    ],
)
def test_art_45(ingreso: date, baja: date, amount: str) -> None:
    assert seniority_compensation(D("20000"), ingreso, baja, RULES) == D(amount)


def code_of(empleado_id: str) -> str:
    with session() as db:
        return db.get(Empleado, empleado_id).codigo  # type: ignore[union-attr]


def test_a_dismissal_settles_each_part_with_its_taxes(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, (ana,) = planilla(["20000"], hired=date(2023, 1, 1))
    for month in (1, 2):  # January and February paid and approved
        start = date(2026, month, 1)
        end = date(2026, month + 1, 1).fromordinal(date(2026, month + 1, 1).toordinal() - 1)
        run_id = services.create_run(planilla_id, start, end, "x")
        services.calculate_employee(ana, planilla_id, start, end)
        approval.approve_run(run_id, "maria")
    s = final_settlement(planilla_id, code_of(ana), "2026-03-31", "despido")
    parts = {p.codigo: p for p in s.partes}
    assert parts["SALARIO_PENDIENTE"].monto == D("20000.00")  # March: 30 days
    assert parts["SALARIO_PENDIENTE"].inss == D("1400.00")
    # 3 years 3 months: 39 x 2.5 = 97.5 days untaken, at 666.666... a day
    assert parts["VACACIONES"].monto == D("65000.00") and parts["VACACIONES"].inss == D("4550.00")
    assert parts["AGUINALDO"].monto == D("6666.67")  # 1 Dec - 31 Mar: 120 of 360 days
    assert (parts["AGUINALDO"].inss, parts["AGUINALDO"].ir) == (D(0), D(0))
    assert parts["INDEMNIZACION"].monto == D("63333.33") and parts["INDEMNIZACION"].ir == D(0)
    assert s.neto == s.total - s.inss - s.ir and s.ir > 0
    with session() as db:  # a preview records nothing
        assert db.get(Empleado, ana).fecha_baja is None  # type: ignore[union-attr]

    # Registered, the settlement is a run of its own, calculated by a queue task: the same
    # figures, one line per part, its INSS and IR, the employer's share on the salary parts.
    queue = get_queue_driver()
    started = start_settlement(queue, planilla_id, code_of(ana), "2026-03-31", "despido", "maria")
    workers = start_workers(1, queue)
    try:
        wait_until(lambda: services.run_summary(started.run_id).estado == "calculada")
    finally:
        workers.stop(timeout=30)
    with session() as db:
        row = db.get(Empleado, ana)
        assert row is not None and (row.fecha_baja, row.motivo_baja) == (
            date(2026, 3, 31),
            "despido",
        )
    summary = services.run_summary(started.run_id)
    assert (summary.tipo, summary.total_empleados, summary.completados) == ("liquidacion", 1, 1)
    assert D(summary.total_neto) == s.neto and D(summary.total_bruto) == s.total
    (fila,) = load_run(started.run_id).filas
    assert {line.codigo: line.monto for line in fila.lineas if line.tipo == "percepcion"} == {
        p.codigo: p.monto for p in s.partes
    }
    assert (fila.inss_laboral, fila.ir) == (s.inss, s.ir)
    salary = D("20000.00") + D("65000.00")  # pending salary and vacation pay INSS; the rest not
    assert fila.renta_exenta == D("6666.67") + D("63333.33")
    assert fila.inss_patronal == (salary * D("0.215")).quantize(D("0.01"))
    assert fila.inatec == (salary * D("0.02")).quantize(D("0.01"))

    # Approved, it is locked like any run; April's monthly run leaves Ana out (she has left),
    # and registering her exit again is refused.
    approval.approve_run(started.run_id, "maria")
    april = services.create_run(planilla_id, "2026-04-01", "2026-04-30", "x")
    assert services.run_summary(april).total_empleados == 0
    with pytest.raises(PayrollInputError, match="aprobada"):
        start_settlement(queue, planilla_id, code_of(ana), "2026-03-31", "despido", "maria")


def test_a_corrected_exit_replaces_a_settlement_not_approved(planilla) -> None:  # type: ignore[no-untyped-def]
    """Registering the exit again with another day cancels the first settlement run; two
    employees leaving on the same day each get their own settlement run."""
    planilla_id, (ana, beto) = planilla(["20000", "12000"], hired=date(2024, 1, 1))
    first, _ = open_settlement(planilla_id, code_of(ana), "2026-03-31", "renuncia", "x")
    second, _ = open_settlement(planilla_id, code_of(ana), "2026-03-15", "renuncia", "x")
    other, _ = open_settlement(planilla_id, code_of(beto), "2026-03-15", "renuncia", "x")
    assert services.run_summary(first).estado == "cancelada"
    assert len({first, second, other}) == 3
    result = services.calculate_employee(
        ana, planilla_id, "2026-03-01", "2026-03-15", "x", "liquidacion"
    )
    assert result["success"] and result["nomina_id"] == second
    assert D(result["salario_bruto"]) > D("10000.00")  # 15 days of 20,000, vacation, aguinaldo
    # A task for an exit that is not registered fails with a reason, and makes no run.
    stray = services.calculate_employee(
        beto, planilla_id, "2026-03-16", "2026-03-20", "x", "liquidacion"
    )
    assert not stray["success"] and "No final settlement" in stray["error"]


def test_dismissal_with_cause_grants_no_compensation(planilla) -> None:  # type: ignore[no-untyped-def]
    planilla_id, (ana,) = planilla(["20000"], hired=date(2023, 1, 1))
    s = final_settlement(planilla_id, code_of(ana), "2026-03-31", "justificado")
    assert "INDEMNIZACION" not in {p.codigo for p in s.partes}
    with session() as db:  # (not recorded)
        assert db.get(Empleado, ana).fecha_baja is None  # type: ignore[union-attr]
    with pytest.raises(PayrollInputError, match="motivo must be one of"):
        final_settlement(planilla_id, code_of(ana), "2026-03-31", "porque sí")
    with session(write=True) as db:
        db.execute(
            update(Empleado).where(Empleado.id == ana).values(fecha_ingreso=date(2026, 5, 1))
        )
    with pytest.raises(PayrollInputError, match="before"):
        final_settlement(planilla_id, code_of(ana), "2026-03-31", "renuncia")
