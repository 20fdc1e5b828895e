"""How the payroll services reach the queue: send employee tasks, ask about them, cancel them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from coati_desk.jobs.names import CALCULATE_EMPLOYEE
from coati_desk.queue.contract import QueueDriver

if TYPE_CHECKING:
    from coati_desk.payroll.services import PeriodKey


class QueueDispatcher:
    """The payroll's view of one queue driver (given, never a default one)."""

    def __init__(self, queue: QueueDriver) -> None:
        self.queue = queue

    def send(self, key: PeriodKey, empleado_ids: Sequence[str]) -> list[str]:
        # (a run's kind only when it is not a period's pay: the seed's task arguments otherwise)
        kind = {} if key.tipo == "ordinaria" else {"tipo": key.tipo}
        return self.queue.enqueue_many(
            CALCULATE_EMPLOYEE,
            (
                {
                    "empleado_id": empleado_id,
                    "planilla_id": key.planilla_id,
                    "periodo_inicio": key.inicio.isoformat(),
                    "periodo_fin": key.fin.isoformat(),
                    "usuario": key.usuario,
                    **kind,
                }
                for empleado_id in empleado_ids
            ),
        )

    def statuses(self, task_ids: Sequence[str]) -> dict[str, str]:
        tasks = self.queue.get_bulk_results(task_ids)["tasks"]
        return {task_id: record["status"] for task_id, record in tasks.items()}

    def cancel(self, task_id: str) -> bool:
        return self.queue.cancel(task_id)
