"""The app's tasks, registered on whichever driver is active.

This is the one module where the queue meets the payroll. ``dramatiq coati_desk.queue.tasks``
loads it: run by the ``dramatiq`` command, it binds this process to the Dramatiq driver on
``REDIS_URL``. Plug-in tasks come from the modules listed in ``COATI_TASK_MODULES``
(comma-separated), which external workers load too.
"""

from __future__ import annotations

import importlib
import logging
import sys
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from coati_desk.config import QueueSettings
from coati_desk.queue.driver import Identity, QueueDriver, current_task_id, task
from coati_desk.queue.selector import get_queue_driver

if TYPE_CHECKING:
    from coati_desk.payroll.services import PeriodKey

log = logging.getLogger("coati_desk.queue")

DEFAULT_REDIS_URL = "redis://localhost:6379/0"
_loaded: set[str] = set()


def load_task_modules(modules: Iterable[str]) -> None:
    """Import plug-in task modules once each; a broken one is logged, not fatal."""
    for name in modules:
        if name in _loaded:
            continue
        _loaded.add(name)
        try:
            importlib.import_module(name)
        except Exception as exc:
            log.error("Could not load task module %s (COATI_TASK_MODULES): %s", name, exc)


# -- the payroll tasks ---------------------------------------------------------------------
class QueueDispatcher:
    """How the payroll services reach the queue: send employee tasks, ask and cancel them."""

    def __init__(self, queue: QueueDriver | None = None) -> None:
        self.queue = queue or get_queue_driver()

    def send(self, key: PeriodKey, empleado_ids: Sequence[str]) -> list[str]:
        return self.queue.enqueue_many(
            CALCULATE_EMPLOYEE,
            (
                {
                    "empleado_id": empleado_id,
                    "planilla_id": key.planilla_id,
                    "periodo_inicio": key.inicio.isoformat(),
                    "periodo_fin": key.fin.isoformat(),
                    "usuario": key.usuario,
                }
                for empleado_id in empleado_ids
            ),
        )

    def statuses(self, task_ids: Sequence[str]) -> dict[str, str]:
        tasks = self.queue.get_bulk_results(task_ids)["tasks"]
        return {task_id: record["status"] for task_id, record in tasks.items()}

    def cancel(self, task_id: str) -> bool:
        return self.queue.cancel(task_id)


CALCULATE_EMPLOYEE = "calculate_employee_payroll"
PROCESS_PAYROLL = "process_payroll_parallel"
GENERATE_REPORT = "generate_report"


@task(name=PROCESS_PAYROLL, max_retries=5, min_backoff=1000, max_backoff=60_000)
def process_payroll_parallel_task(
    planilla_id: str, periodo_inicio: str, periodo_fin: str, usuario: str = ""
) -> dict[str, Any]:
    """Create (or resume) the run and queue one task per active employee."""
    from coati_desk.payroll.errors import PayrollInputError
    from coati_desk.payroll.services import start_run

    try:
        return start_run(planilla_id, periodo_inicio, periodo_fin, usuario, QueueDispatcher())
    except PayrollInputError as exc:
        return {"success": False, "error": str(exc)}


@task(name=CALCULATE_EMPLOYEE, max_retries=5, min_backoff=1000, max_backoff=300_000)
def calculate_employee_payroll_task(
    empleado_id: str, planilla_id: str, periodo_inicio: str, periodo_fin: str, usuario: str = ""
) -> dict[str, Any]:
    """Calculate one employee and write their row in the run for that planilla and period."""
    from coati_desk.payroll.employee_task import calculate_employee

    return calculate_employee(empleado_id, planilla_id, periodo_inicio, periodo_fin, usuario)


@task(name=GENERATE_REPORT, max_retries=2, min_backoff=5000, max_backoff=60_000)
def generate_report_task(
    nomina_id: str, tipo: str, combinado: bool = False, usuario: str = ""
) -> dict[str, Any]:
    """Make a report of a finished run (``tipo``: resumen_pdf, colillas_pdf or xlsx; payslips
    in one file with ``combinado``) and store its files in the payroll database under this
    task's id (``coati_desk.payroll.reports.report_files(task_id)`` reads them back)."""
    from coati_desk.payroll import reports
    from coati_desk.payroll.errors import PayrollInputError
    from coati_desk.queue import report_progress

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


# -- one database for every process on a queue ------------------------------------------------
DATABASE_IDENTITY = "database"


@dataclass(frozen=True)
class DatabaseMismatch:
    """This process's payroll database is not the one the queue's other processes use."""

    ours: Identity
    theirs: Identity
    queue: str  # where the queue is, for people (password masked)

    def __str__(self) -> str:
        return (
            f"The queue at {self.queue} works with the payroll database {self.theirs.value} "
            f"({self.theirs.label}), not with this process's database {self.ours.value} "
            f"({self.ours.label}): refusing to work on it. Point this process at the same "
            "database, or stop every process that uses the other one first."
        )


def claim_database(queue: QueueDriver, url: str | None = None) -> DatabaseMismatch | None:
    """Hold this process's payroll database (``url``, default the environment's) as the one of
    ``queue``: None if it is (or no live process holds another), else the mismatch."""
    from coati_desk.payroll.db import database_id, describe_database

    ours = Identity(database_id(url), describe_database(url))
    recorded = queue.hold_identity(DATABASE_IDENTITY, ours)
    if recorded.value == ours.value:
        return None
    return DatabaseMismatch(ours, recorded, queue.location)


def _bind_dramatiq_cli() -> None:
    """Under the ``dramatiq`` command, make this process's driver the Dramatiq one, and refuse
    to start (exit 2, Dramatiq's code for a module that cannot be imported) unless its payroll
    database is the one this Redis works with."""
    from coati_desk.queue.selector import bind_driver

    driver = bind_driver("dramatiq", QueueSettings.from_env().redis_url or DEFAULT_REDIS_URL)
    try:
        mismatch = claim_database(driver)
    except Exception as exc:
        log.error("The payroll database cannot be used: %s", exc)
        raise ImportError(f"The payroll database cannot be used: {exc}") from exc
    if mismatch is not None:
        log.error("%s", mismatch)
        raise ImportError(str(mismatch))


if "dramatiq.cli" in sys.modules:
    _bind_dramatiq_cli()
