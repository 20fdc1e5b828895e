"""The background job queue: Dramatiq + Redis, or Huey on a folder, behind one API.

from coati_desk.queue import get_queue_driver
queue = get_queue_driver()
task_id = queue.enqueue("calculate_employee", employee_id="123", value=100)
queue.get_task_result(task_id)["status"]

It knows nothing of payroll or Qt: the task modules it loads are named by its settings.
"""

from coati_desk.queue.context import report_progress
from coati_desk.queue.contract import QueueDriver
from coati_desk.queue.records import TaskRecord
from coati_desk.queue.registry import TaskHandle, TaskSpec, task
from coati_desk.queue.selector import get_queue_driver, start_workers
from coati_desk.queue.status import QueueError, TaskStatus, UnknownTaskError

__all__ = [
    "QueueDriver",
    "QueueError",
    "TaskHandle",
    "TaskRecord",
    "TaskSpec",
    "TaskStatus",
    "UnknownTaskError",
    "get_queue_driver",
    "report_progress",
    "start_workers",
    "task",
]
