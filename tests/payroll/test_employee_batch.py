"""Many employees' tasks at once (a worker's batch, issue 19): each call is answered as the
single task would answer it, the figures to the cent, in one read and one write transaction;
running the batch again writes nothing twice. Real SQLite file and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal as D

from coati_desk.payroll import approval, novedades, services
from coati_desk.payroll.employee_batch import calculate_employees
from coati_desk.payroll.prestamos import add_loan
from tests.payroll.conftest import make_planilla

NOV = ("2026-11-01", "2026-11-30")
AMOUNTS = ("salario_bruto", "inss_laboral", "ir", "otras_deducciones", "salario_neto")


def call(empleado_id: str, planilla_id: str) -> dict[str, str]:
    return {
        "empleado_id": empleado_id,
        "planilla_id": planilla_id,
        "periodo_inicio": NOV[0],
        "periodo_fin": NOV[1],
        "usuario": "x",
    }


def test_a_batch_answers_each_call_as_the_single_task_would() -> None:
    salaries = ["8500", "15000", "25000", "12000", "-1"]  # the last cannot be calculated
    planilla_id, ids = make_planilla(salaries)
    twin_id, twins = make_planilla(salaries)  # the same people, calculated one by one
    for pla, who in ((planilla_id, ids), (twin_id, twins)):
        novedades.save_employee_inputs(
            pla, *NOV, who[0], [{"tipo": "horas_extra", "cantidad": "5"}]
        )
        novedades.save_employee_inputs(pla, *NOV, who[1], [{"tipo": "ausencia", "cantidad": "2"}])
        add_loan(who[2], "Adelanto", D("3000"), D("1000"), NOV[0])
        services.create_run(pla, *NOV, "x")
    calls = [call(e, planilla_id) for e in ids] + [call("no-such-employee", planilla_id)]
    answers = calculate_employees(calls)
    alone = [services.calculate_employee(e, twin_id, *NOV, "x") for e in twins]
    for batch, single in zip(answers, alone, strict=False):
        assert batch["success"] == single["success"]
        if single["success"]:
            assert {k: batch[k] for k in AMOUNTS} == {k: single[k] for k in AMOUNTS}
        else:
            assert batch["error"] == single["error"]
    # the worked examples: 8,500 with 5 overtime hours; 15,000 with 2 days of absence
    assert (answers[0]["salario_bruto"], answers[0]["salario_neto"]) == ("8854.17", "8234.38")
    assert (answers[1]["salario_bruto"], answers[1]["salario_neto"]) == ("14000.00", "12317.00")
    assert answers[2]["otras_deducciones"] == "1000.00"  # the loan's instalment
    assert not answers[5]["success"] and "not found" in answers[5]["error"].lower()
    run_id = answers[0]["nomina_id"]
    summary = services.run_summary(run_id)
    assert (summary.completados, summary.fallidos, summary.estado) == (
        4,
        1,
        "calculada_con_errores",
    )
    assert summary.total_neto == services.run_summary(alone[0]["nomina_id"]).total_neto

    # Again (a worker died before the queue heard of the answers): the same answers, no writes.
    again = calculate_employees(calls)
    assert [a.get("salario_neto") for a in again] == [a.get("salario_neto") for a in answers]
    assert services.run_summary(run_id).completados == 4


def test_a_call_without_its_row_yet_takes_the_single_path() -> None:
    planilla_id, ids = make_planilla(["10000", "20000"])
    answers = calculate_employees([call(e, planilla_id) for e in ids])  # no run made yet
    assert [a["success"] for a in answers] == [True, True]
    assert answers[0]["nomina_id"] == answers[1]["nomina_id"]
    approval.approve_run(answers[0]["nomina_id"], "maria")
    locked = calculate_employees([call(ids[0], planilla_id)])
    assert locked[0]["salario_neto"] == answers[0]["salario_neto"]  # a late copy: the stored one
