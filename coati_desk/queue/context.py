"""The task a worker thread is running: its id, its driver, and its progress.

A driver wraps each task's function in :func:`running_task`; inside it, :func:`current_task_id`,
:func:`current_driver` and :func:`report_progress` know which task this thread runs.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Protocol

log = logging.getLogger("coati_desk.queue")

PROGRESS_EVERY = 0.5  # seconds between progress writes of one task


class ProgressStore(Protocol):
    """Where a running task's progress goes (a driver's journal)."""

    def set_progress(self, task_id: str, done: int, total: int) -> None: ...


class Sender(Protocol):
    """What a task needs of the driver that runs it to send more tasks."""

    def enqueue(self, task_name: str, delay: float | None = None, **kwargs: Any) -> str: ...


@dataclass
class _Running:
    task_id: str
    journal: ProgressStore
    driver: Any = None  # the QueueDriver running the task (a Sender)
    last_progress: float = 0.0


_running: ContextVar[_Running | None] = ContextVar("coati_running_task", default=None)


@contextmanager
def running_task(
    task_id: str, journal: ProgressStore, driver: Sender | None = None
) -> Iterator[None]:
    """Around a task's function on a worker of ``driver``: :func:`current_task_id`,
    :func:`current_driver` and :func:`report_progress` know which task this thread runs."""
    token = _running.set(_Running(str(task_id), journal, driver))
    try:
        yield
    finally:
        _running.reset(token)


def current_task_id() -> str | None:
    """The id of the task this thread is running, or None outside a task."""
    running = _running.get()
    return running.task_id if running else None


def current_driver() -> Any:
    """The driver running this thread's task (tasks it sends go to the same queue), or None
    outside a task."""
    running = _running.get()
    return running.driver if running else None


def report_progress(done: int, total: int) -> None:
    """Inside a running task: record how far it got ("done of total"), shown by the window
    like a run's "x of y". Written at most twice a second, and always at the end; outside a
    task it does nothing."""
    running = _running.get()
    if running is None:
        return
    now = time.monotonic()
    if done < total and now - running.last_progress < PROGRESS_EVERY:
        return
    running.last_progress = now
    try:
        running.journal.set_progress(running.task_id, int(done), int(total))
    except Exception as exc:  # progress is for people: a failed write never fails the task
        log.warning("Could not record the progress of task %s: %s", running.task_id, exc)
