"""The use cases the window, the CLI and the self-test share: start a run, recalculate after the
period's inputs changed, resume unfinished runs, prune the history, a run's reports, its
payslips by e-mail."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, NamedTuple

from coati_desk.jobs.dispatcher import QueueDispatcher
from coati_desk.jobs.names import EMAIL_PAYSLIP, GENERATE_REPORT, PROCESS_PAYROLL
from coati_desk.queue.contract import QueueDriver
from coati_desk.queue.records import epoch


class StartedRun(NamedTuple):
    run_id: str
    # the fan-out task (process_payroll_parallel) that queues the employees; None for a final
    # settlement, whose one employee task is queued at once
    task_id: str | None


def _iso(day: date | str) -> str:
    return day.isoformat() if isinstance(day, date) else day


def start_payroll(
    queue: QueueDriver,
    planilla_id: str,
    inicio: date | str,
    fin: date | str,
    usuario: str,
    tipo: str = "ordinaria",
) -> StartedRun:
    """Create (or resume) the run and queue the parallel payroll task on ``queue``. Raises the
    payroll's input error (unknown planilla, bad period) before anything is queued."""
    from coati_desk.payroll import services

    start, end = _iso(inicio), _iso(fin)
    run_id = services.open_run(planilla_id, start, end, usuario, tipo)
    kind: dict[str, Any] = {} if tipo == "ordinaria" else {"tipo": tipo}
    task_id = queue.enqueue(
        PROCESS_PAYROLL,
        planilla_id=planilla_id,
        periodo_inicio=start,
        periodo_fin=end,
        usuario=usuario,
        **kind,
    )
    return StartedRun(run_id, task_id)


def start_aguinaldo(queue: QueueDriver, planilla_id: str, year: int, usuario: str) -> StartedRun:
    """The planilla's aguinaldo run of ``year`` (accrued 1 December to 30 November), one task
    per employee, as a period's pay is."""
    from coati_desk.payroll.aguinaldo import accrual_period

    inicio, fin = accrual_period(year)
    return start_payroll(queue, planilla_id, inicio, fin, usuario, "aguinaldo")


def start_settlement(
    queue: QueueDriver, planilla_id: str, codigo: str, baja: date | str, motivo: str, usuario: str
) -> StartedRun:
    """Record the exit of the employee with ``codigo`` and queue the task that calculates their
    final settlement, a run of its own (one employee). Raises the payroll's input error (unknown
    employee, bad date or reason, an approved settlement already) before anything is queued."""
    from coati_desk.payroll import services
    from coati_desk.payroll.liquidacion import open_settlement

    run_id, _ = open_settlement(planilla_id, codigo, _iso(baja), motivo, usuario)
    services.resume_stale(run_id, QueueDispatcher(queue))
    return StartedRun(run_id, None)


def apply_inputs(queue: QueueDriver, run_id: str | None, empleado_ids: list[str]) -> int:
    """After a period's inputs changed: calculate the employees they touch again, through the
    queue, when the period's run exists (before *Calcular* there is nothing to redo). How many
    were sent."""
    from coati_desk.payroll import services

    if run_id is None or not empleado_ids:
        return 0
    return services.recalculate_employees(run_id, empleado_ids, QueueDispatcher(queue))


def resume_unfinished(queue: QueueDriver) -> dict[str, int]:
    """Runs left calculating (the app, its workers or Redis stopped mid-run) get the tasks they
    lost sent again on ``queue``; tasks the queue still holds are left to it. How many were
    sent, per run."""
    from coati_desk.payroll import queries, services
    from coati_desk.payroll.models import EstadoNomina

    dispatcher = QueueDispatcher(queue)
    return {
        run["id"]: services.resume_stale(run["id"], dispatcher)
        for run in queries.list_runs()
        if run["estado"] == EstadoNomina.CALCULANDO
    }


def prune_history(queue: QueueDriver, days: float) -> None:
    """Forget finished tasks and report files older than ``days`` (the files can be made again
    from the run)."""
    from coati_desk.payroll.reports import prune_reports

    queue.prune_history(days)
    prune_reports(days)


def request_report(queue: QueueDriver, run_id: str, kind: str, combined: bool, usuario: str) -> str:
    """Queue a report of a finished run; the task id (its files are stored under it)."""
    return queue.enqueue(
        GENERATE_REPORT, nomina_id=run_id, tipo=kind, combinado=combined, usuario=usuario
    )


def report_rows(
    run_id: str, asked: dict[str, str], queue: QueueDriver | None
) -> list[dict[str, Any]]:
    """Stored reports of the run, and those asked (task id -> kind) still in the queue (with
    their progress), newest first; ``creado_en`` as epoch seconds."""
    from coati_desk.payroll import reports

    stored = {r["task_id"]: r for r in reports.list_reports(run_id)}
    rows = []
    waiting = [t for t in asked if t not in stored]
    tasks: dict[str, Any] = queue.get_bulk_results(waiting)["tasks"] if queue and waiting else {}
    for task_id in waiting:
        task = tasks.get(task_id, {})
        result = task.get("result") or {}
        failed = task.get("status") == "failed" or result.get("success") is False
        rows.append(
            {
                "task_id": task_id,
                "tipo": asked[task_id],
                "estado": "failed" if failed else task.get("status", "pending"),
                "progreso": task.get("progress"),
                "archivos": None,
                "creado_en": epoch(task.get("enqueued_at")),
                "error": result.get("error") or task.get("error") or "",
            }
        )
    for row in stored.values():
        rows.append(
            {
                **row,
                "estado": "completed",
                "progreso": None,
                "creado_en": epoch(row["creado_en"]),
                "error": "",
            }
        )
    return rows


def email_payslips(
    queue: QueueDriver,
    run_id: str,
    usuario: str,
    only: Sequence[str] | None = None,
    failed_only: bool = False,
    again: bool = False,
) -> list[str]:
    """Queue one e-mail task per employee of an approved run to send their payslip (see
    ``payroll.payslip_mail.request_sends`` for who); the task ids."""
    from coati_desk.payroll import payslip_mail

    chosen = payslip_mail.request_sends(run_id, usuario, only, failed_only, again)
    task_ids = queue.enqueue_many(
        EMAIL_PAYSLIP,
        (
            {"nomina_id": run_id, "empleado_id": e, "solicitud": n, "usuario": usuario}
            for e, n in chosen
        ),
    )
    payslip_mail.record_tasks(run_id, {e: t for (e, _), t in zip(chosen, task_ids, strict=True)})
    return task_ids
