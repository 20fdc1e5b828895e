"""The words every part of the queue shares: task statuses, queue names, the queue's errors.

Below every other queue module (the contract, the registry and the records all use it), so
none of them needs another to say what a status is.
"""

from __future__ import annotations

from enum import StrEnum

QUEUE_NAMES = ("default", "priority")


class TaskStatus(StrEnum):
    PENDING = "pending"  # queued, ready to run
    SCHEDULED = "scheduled"  # waiting for its delay or its next retry
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"  # retries exhausted: a dead letter that can be retried by hand
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"  # an id never seen


FINISHED = (TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED)


class QueueError(Exception):
    """A queue operation the caller asked for cannot be done; the message says why."""


class UnknownTaskError(QueueError, KeyError):
    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])
