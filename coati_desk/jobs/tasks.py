"""The app's tasks, registered on every driver (the queue loads this module by name: it is the
first of ``QueueSettings.task_modules``).

Each task sends the tasks it makes to the driver running it, so a window working on its own
queue settings never sends to another queue.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from coati_desk.jobs.dispatcher import QueueDispatcher
from coati_desk.jobs.names import (
    CALCULATE_EMPLOYEE,
    EMAIL_PAYSLIP,
    GENERATE_REPORT,
    PROCESS_PAYROLL,
)
from coati_desk.queue import get_queue_driver, report_progress, task
from coati_desk.queue.context import current_driver, current_task_id

__all__ = [
    "CALCULATE_EMPLOYEE",
    "EMAIL_PAYSLIP",
    "GENERATE_REPORT",
    "PROCESS_PAYROLL",
    "calculate_employee_payroll_task",
    "email_payslip_task",
    "generate_report_task",
    "process_payroll_parallel_task",
]

log = logging.getLogger("coati_desk.queue")


@task(name=PROCESS_PAYROLL, max_retries=5, min_backoff=1000, max_backoff=60_000)
def process_payroll_parallel_task(
    planilla_id: str,
    periodo_inicio: str,
    periodo_fin: str,
    usuario: str = "",
    tipo: str = "ordinaria",
) -> dict[str, Any]:
    """Create (or resume) the run (``tipo``: ordinaria or aguinaldo) and queue one task per
    active employee."""
    from coati_desk.payroll.errors import PayrollInputError
    from coati_desk.payroll.services import start_run

    dispatcher = QueueDispatcher(current_driver() or get_queue_driver())
    try:
        return start_run(planilla_id, periodo_inicio, periodo_fin, usuario, dispatcher, tipo)
    except PayrollInputError as exc:
        return {"success": False, "error": str(exc)}


def _calculate_employees(calls: list[dict[str, Any]]) -> list[Any]:
    """Many employees' tasks in one read and one write transaction (a worker's batch)."""
    from coati_desk.payroll.employee_batch import calculate_employees

    return calculate_employees(calls)


@task(
    name=CALCULATE_EMPLOYEE,
    max_retries=5,
    min_backoff=1000,
    max_backoff=300_000,
    batch=_calculate_employees,
)
def calculate_employee_payroll_task(
    empleado_id: str,
    planilla_id: str,
    periodo_inicio: str,
    periodo_fin: str,
    usuario: str = "",
    tipo: str = "ordinaria",
) -> dict[str, Any]:
    """Calculate one employee and write their row in the run for that planilla and period
    (``tipo``: a period's pay, or the aguinaldo)."""
    from coati_desk.payroll.employee_task import calculate_employee

    return calculate_employee(empleado_id, planilla_id, periodo_inicio, periodo_fin, usuario, tipo)


@task(name=GENERATE_REPORT, max_retries=2, min_backoff=5000, max_backoff=60_000)
def generate_report_task(
    nomina_id: str, tipo: str, combinado: bool = False, usuario: str = ""
) -> dict[str, Any]:
    """Make a report of a finished run (``tipo``: resumen_pdf, colillas_pdf or xlsx; payslips
    in one file with ``combinado``) and store its files in the payroll database under this
    task's id (``coati_desk.payroll.reports.report_files(task_id)`` reads them back)."""
    from coati_desk.payroll import reports
    from coati_desk.payroll.errors import PayrollInputError

    task_id = current_task_id() or f"inline-{uuid.uuid4().hex}"
    try:
        result = reports.generate(tipo, nomina_id, bool(combinado), task_id, report_progress)
    except PayrollInputError as exc:
        return {"success": False, "error": str(exc), "task_id": task_id, "nomina_id": nomina_id}
    log.info(
        "Report %s of run %s (%s): %d file(s) stored under task %s",
        tipo,
        nomina_id,
        usuario or "?",
        len(result["archivos"]),
        task_id,
    )
    return result


def _email_payslips(calls: list[dict[str, Any]]) -> list[Any]:
    """Many employees' payslip e-mails at once: one document per run, one mail connection."""
    from coati_desk.payroll.payslip_mail import send_payslips

    return send_payslips(calls)


# (greylisting servers ask to come back in 1 to 5 minutes: 10, 20, 40, 80 and 160 s)
@task(
    name=EMAIL_PAYSLIP,
    max_retries=6,
    min_backoff=10_000,
    max_backoff=600_000,
    batch=_email_payslips,
)
def email_payslip_task(
    nomina_id: str, empleado_id: str, solicitud: int, usuario: str = ""
) -> dict[str, Any]:
    """E-mail an employee their payslip of an approved run, once per request (``solicitud``):
    a failure the mail server calls temporary raises, for the queue to try again later
    (``coati_desk.payroll.payslip_mail`` keeps the count and fails the row after the last)."""
    from coati_desk.payroll.payslip_mail import send_payslip

    return send_payslip(nomina_id, empleado_id, int(solicitud))
