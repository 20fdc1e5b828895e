"""The two payroll tasks end to end, on both backends, in-process and with the worker commands."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from coati_desk.payroll import calculation, services
from coati_desk.payroll.db import session
from coati_desk.payroll.demo import create_demo_planilla
from coati_desk.payroll.models import Empleado, NominaEmpleado
from coati_desk.payroll.rules import load_rules
from coati_desk.queue import QueueDriver
from coati_desk.queue.contract import WorkerGroup
from tests.conftest import dramatiq_cli, huey_consumer, wait_until
from tests.payroll.conftest import make_planilla

NOV = ("2026-11-01", "2026-11-30")


def wait_for_run(run_id: str, timeout: float = 120) -> dict:
    return wait_until(
        lambda: (s := services.run_summary(run_id))["estado"] != "calculando" and s, timeout
    )


def test_seed_caso_de_uso_as_written(
    queue: QueueDriver, workers: WorkerGroup, capsys: pytest.CaptureFixture[str]
) -> None:
    make_planilla(
        ["25000", "18000", "40000"],
        periodicidad="quincenal",
        planilla_id="planilla_123",
        employee_ids=["emp_456", "emp_457", "emp_458"],
    )

    # --- Opción 1: Procesar todos los empleados en paralelo ---
    from coati_desk.queue.tasks import process_payroll_parallel_task

    # Encolar procesamiento paralelo
    result = process_payroll_parallel_task.send(
        planilla_id="planilla_123",
        periodo_inicio="2024-01-01",
        periodo_fin="2024-01-15",
        usuario="admin",
    )

    # Esto encolará una tarea por cada empleado activo
    # Las tareas se procesan concurrentemente por los workers
    fan_out = wait_until(lambda: (r := queue.get_task_result(result))["result"] and r)
    run_id = fan_out["result"]["nomina_id"]
    summary = wait_for_run(run_id)
    assert summary["estado"] == "calculada" and summary["completados"] == 3

    # --- Opción 2: Procesar empleados individuales ---
    from coati_desk.queue.tasks import calculate_employee_payroll_task

    # Encolar cálculo para un empleado específico
    task_id = calculate_employee_payroll_task.send(
        empleado_id="emp_456",
        planilla_id="planilla_123",
        periodo_inicio="2024-01-01",
        periodo_fin="2024-01-15",
        usuario="admin",
    )

    # Obtener resultado cuando esté listo
    wait_until(lambda: queue.get_task_result(task_id)["status"] == "completed")
    result = queue.get_task_result(task_id)
    if result["status"] == "completed":
        print(f"Salario neto: {result['result']['salario_neto']}")

    # Half of 25,000: 12,500; INSS 875; IR 1,283.33 (worked by hand in test_calculation)
    assert "Salario neto: 10341.67" in capsys.readouterr().out
    assert result["result"]["success"] is True
    assert result["result"]["salario_bruto"] == "12500.00"
    assert result["result"]["total_deducciones"] == "2158.33"
    assert (
        len(services.run_summary(run_id)["filas"])
        and services.run_summary(run_id)["completados"] == 3
    )  # the second send did not write a second row


def check_200_employees(queue: QueueDriver) -> None:
    from coati_desk.queue.tasks import process_payroll_parallel_task

    planilla_id = create_demo_planilla(200, seed=7, today=date(2026, 11, 20))
    fan_out_id = process_payroll_parallel_task.send(
        planilla_id=planilla_id, periodo_inicio=NOV[0], periodo_fin=NOV[1], usuario="admin"
    )
    fan_out = wait_until(lambda: (r := queue.get_task_result(fan_out_id))["result"] and r, 60)
    assert fan_out["result"]["success"], fan_out
    run_id = fan_out["result"]["nomina_id"]
    summary = wait_for_run(run_id)
    with session() as db:
        rows = list(db.scalars(select(NominaEmpleado).where(NominaEmpleado.nomina_id == run_id)))
        employees = {e.id: e for e in db.scalars(select(Empleado)).all()}
        conceptos = {e.id: e.conceptos for e in employees.values()}
    total = summary["total_empleados"]
    assert total == len(rows) >= 195  # demo hires/terminations outside the month drop out
    assert summary["estado"] == "calculada" and summary["completados"] == total
    assert all(r.estado == "completed" for r in rows)
    assert Decimal(summary["total_neto"]) == sum((r.salario_neto for r in rows), Decimal(0))
    # The same figures, calculated here without any queue or database:
    rules = load_rules("NI")
    expected = Decimal(0)
    for row in rows:
        e = employees[row.empleado_id]
        own = tuple(
            calculation.Concepto(
                c.codigo,
                c.descripcion,
                calculation.TipoLinea(c.tipo),
                c.valor,
                c.porcentaje,
                c.prioridad,
            )
            for c in conceptos[e.id]
        )
        r = calculation.calculate(
            calculation.Empleado(e.salario_mensual, e.fecha_ingreso, e.fecha_baja, own),
            date(2026, 11, 1),
            date(2026, 11, 30),
            calculation.Periodicidad.MENSUAL,
            rules,
            empleador_grande=True,
        )
        assert r.salario_neto == row.salario_neto, e.codigo
        expected += r.salario_neto
    assert Decimal(summary["total_neto"]) == expected
    # A worker writes its batch's rows in one transaction, then reports each of its tasks done
    # (never before the commit): the journal catches up with the run a moment later.
    ids = [r.task_id for r in rows]
    bulk = wait_until(lambda: (b := queue.get_bulk_results(ids))["completed"] == total and b, 10)
    assert bulk["progress_percentage"] == 100.0


def test_200_employees_in_process(queue: QueueDriver, workers: WorkerGroup) -> None:
    check_200_employees(queue)


def test_200_employees_with_huey_consumer(spawn) -> None:  # type: ignore[no-untyped-def]
    from coati_desk.queue import get_queue_driver

    queue = get_queue_driver()
    assert queue.backend == "huey"
    huey_consumer(spawn, "--workers", "4", modules="")
    check_200_employees(queue)


def test_200_employees_with_the_dramatiq_command(spawn, redis_url: str) -> None:  # type: ignore[no-untyped-def]
    from coati_desk.queue import get_queue_driver

    queue = get_queue_driver()
    assert queue.backend == "dramatiq"
    dramatiq_cli(spawn, "--processes", "2", "--threads", "4", "--queues", "default,priority")
    check_200_employees(queue)


def test_inline_runs_a_whole_payroll_in_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUEUE_ENABLED", "0")
    from coati_desk.queue.tasks import process_payroll_parallel_task

    planilla_id, _ = make_planilla(["1000", "2000"])
    process_payroll_parallel_task.send(
        planilla_id=planilla_id,
        periodo_inicio="2024-01-01",
        periodo_fin="2024-01-31",
        usuario="admin",
    )
    with session() as db:
        run = services.live_run(db, planilla_id, date(2024, 1, 1), date(2024, 1, 31))
        assert run is not None and run.estado == "calculada" and run.completados == 2


def test_an_invalid_employee_fails_while_the_others_complete(
    queue: QueueDriver, workers: WorkerGroup
) -> None:
    from coati_desk.queue.tasks import process_payroll_parallel_task

    planilla_id, ids = make_planilla(["10000", "20000", "30000"])
    with session(write=True) as db:
        db.execute(update(Empleado).where(Empleado.id == ids[1]).values(salario_mensual=-1))
    fan_out = process_payroll_parallel_task.send(
        planilla_id=planilla_id, periodo_inicio="2024-01-01", periodo_fin="2024-01-31"
    )
    run_id = wait_until(lambda: (r := queue.get_task_result(fan_out)["result"]) and r)["nomina_id"]
    summary = wait_for_run(run_id)
    assert (summary["estado"], summary["completados"], summary["fallidos"]) == (
        "calculada_con_errores",
        2,
        1,
    )
    with session() as db:
        bad = db.scalars(select(NominaEmpleado).where(NominaEmpleado.empleado_id == ids[1])).one()
    assert bad.estado == "failed" and "salary cannot be negative" in (bad.error or "")
    # Rejected on purpose: the task completes (is not retried) and says why.
    task = wait_until(
        lambda: (t := queue.get_task_result(bad.task_id or ""))["status"] == "completed" and t
    )
    assert task["status"] == "completed" and task["attempts"] == 1
    assert task["result"]["success"] is False


def test_bad_arguments_are_rejected_not_retried(queue: QueueDriver, workers: WorkerGroup) -> None:
    from coati_desk.queue.tasks import (
        calculate_employee_payroll_task,
        process_payroll_parallel_task,
    )

    ids = [
        calculate_employee_payroll_task.send(
            empleado_id="nope",
            planilla_id="nope",
            periodo_inicio="2024-01-01",
            periodo_fin="2024-01-31",
        ),
        process_payroll_parallel_task.send(
            planilla_id="nope", periodo_inicio="2024-01-01", periodo_fin="2024-01-31"
        ),
        process_payroll_parallel_task.send(
            planilla_id="x", periodo_inicio="yesterday", periodo_fin="2024-01-31"
        ),
    ]
    bulk = wait_until(lambda: (b := queue.get_bulk_results(ids))["completed"] == 3 and b)
    errors = [t["result"]["error"] for t in bulk["tasks"].values()]
    assert errors == ["Employee not found", "Planilla not found", "Planilla not found"]
    assert all(t["attempts"] == 1 for t in bulk["tasks"].values())
