"""The background job queue: Dramatiq + Redis, or Huey on a folder, behind one API.

from coati_desk.queue import get_queue_driver
queue = get_queue_driver()
task_id = queue.enqueue("calculate_employee", employee_id="123", value=100)
queue.get_task_result(task_id)["status"]
"""

from coati_desk.queue.driver import (
    QueueDriver,
    QueueError,
    TaskHandle,
    TaskSpec,
    TaskStatus,
    UnknownTaskError,
    report_progress,
    task,
)
from coati_desk.queue.selector import get_queue_driver
from coati_desk.queue.worker import start_workers

__all__ = [
    "QueueDriver",
    "QueueError",
    "TaskHandle",
    "TaskSpec",
    "TaskStatus",
    "UnknownTaskError",
    "get_queue_driver",
    "report_progress",
    "start_workers",
    "task",
]
