"""Issue 6, item 5: many writers on one SQLite database lose nothing to "database is locked".

Two worker processes with eight threads each store 1,000 employees into the default (SQLite)
database and the queue: every employee has exactly one completed row, the run's totals are
the sum of its rows, and no worker logged a locked database.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from coati_desk.payroll import services
from coati_desk.payroll.db import session
from coati_desk.payroll.demo import create_demo_planilla
from coati_desk.payroll.models import NominaEmpleado
from coati_desk.queue import get_queue_driver
from coati_desk.queue.tasks import process_payroll_parallel_task
from tests.conftest import dramatiq_cli, huey_consumer, wait_until

EMPLOYEES = 1000


def start_run(backend: str) -> str:
    """Send a 1,000-employee payroll; its run id once the employees' tasks are queued."""
    queue = get_queue_driver()
    assert queue.backend == backend
    planilla_id = create_demo_planilla(EMPLOYEES, seed=3, today=date(2026, 11, 20))
    fan_out = process_payroll_parallel_task.send(
        planilla_id=planilla_id, periodo_inicio="2026-11-01", periodo_fin="2026-11-30"
    )
    result = wait_until(lambda: queue.get_task_result(fan_out)["result"], timeout=120)
    return str(result["nomina_id"])


def run_through_workers(backend: str) -> str:
    run_id = start_run(backend)
    wait_until(lambda: services.run_summary(run_id)["estado"] != "calculando", timeout=600)
    return run_id


def check_nothing_lost(run_id: str, logs: Path) -> None:
    summary = services.run_summary(run_id)
    assert (summary["estado"], summary["completados"]) == ("calculada", EMPLOYEES), summary
    with session() as db:
        per_employee = db.execute(
            select(NominaEmpleado.estado, func.count(), func.sum(NominaEmpleado.salario_neto))
            .where(NominaEmpleado.nomina_id == run_id)
            .group_by(NominaEmpleado.estado)
        ).all()
        distinct = db.scalar(
            select(func.count(func.distinct(NominaEmpleado.empleado_id))).where(
                NominaEmpleado.nomina_id == run_id
            )
        )
    assert [(estado, count) for estado, count, _ in per_employee] == [("completed", EMPLOYEES)]
    assert distinct == EMPLOYEES
    assert Decimal(summary["total_neto"]) == Decimal(str(per_employee[0][2])).quantize(
        Decimal("0.01")
    )
    text = "\n".join(p.read_text(errors="replace") for p in logs.glob("worker-*.log"))
    assert "locked" not in text.lower(), text[-3000:]


def test_two_huey_processes_of_eight_threads(spawn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for _ in range(2):
        huey_consumer(spawn, "--workers", "8", "--worker-type", "thread", modules="")
    check_nothing_lost(run_through_workers("huey"), tmp_path)


def test_two_dramatiq_processes_of_eight_threads(spawn, redis_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dramatiq_cli(spawn, "--processes", "2", "--threads", "8")
    check_nothing_lost(run_through_workers("dramatiq"), tmp_path)
