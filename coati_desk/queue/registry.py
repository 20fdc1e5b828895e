"""The tasks this process knows: ``@task``, their specs, the handles that send them, and the
task modules loaded by configuration.

A spec is remembered for every driver, present and future, so a backend switch keeps the
tasks. Which task modules are loaded is configuration (``QueueSettings.task_modules``: the
app's own and ``COATI_TASK_MODULES``); the queue imports them by name and knows nothing of
what they do.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from coati_desk.queue.context import Sender, current_driver
from coati_desk.queue.status import QUEUE_NAMES

log = logging.getLogger("coati_desk.queue")

DEFAULT_MAX_RETRIES = 3
DEFAULT_MIN_BACKOFF_MS = 15_000
DEFAULT_MAX_BACKOFF_MS = 3_600_000


# Many calls of a task at once: the keyword arguments of each, in; one answer per call, out
# (its result, or the exception that call raised, retried alone). See TaskSpec.batch.
BatchFunction = Callable[[list[dict[str, Any]]], list[Any]]


@dataclass(frozen=True)
class TaskSpec:
    """A task the app knows: the function and how failures are retried.

    ``batch``, if given, does the work of many calls of ``fn`` at once (cheaper: one database
    transaction for all, say). A worker that can claim several due tasks of this name hands
    their arguments to it, then finishes each task with its own answer, as if ``fn`` had run:
    every task keeps its id, status, retries and result. It must answer each call as ``fn``
    would, and be safe to run again for tasks it already did (a worker may die before the
    queue hears of the answers)."""

    name: str
    fn: Callable[..., Any]
    max_retries: int = DEFAULT_MAX_RETRIES
    min_backoff: int = DEFAULT_MIN_BACKOFF_MS  # milliseconds
    max_backoff: int = DEFAULT_MAX_BACKOFF_MS  # milliseconds
    queue: str = "default"
    batch: BatchFunction | None = None

    def __post_init__(self) -> None:
        if not self.name or not isinstance(self.name, str):
            raise ValueError("a task needs a non-empty name")
        if self.queue not in QUEUE_NAMES:
            raise ValueError(f"queue must be one of {QUEUE_NAMES}, not {self.queue!r}")
        if self.max_retries < 0 or self.min_backoff < 0 or self.max_backoff < self.min_backoff:
            raise ValueError("need max_retries >= 0 and 0 <= min_backoff <= max_backoff")

    def backoff_ms(self, retry_number: int) -> int:
        """Delay before retry number ``retry_number`` (1 for the first retry): doubling, capped."""
        return min(self.max_backoff, self.min_backoff * 2 ** max(retry_number - 1, 0))


_registry: dict[str, TaskSpec] = {}
_registry_lock = threading.Lock()


def remember_spec(spec: TaskSpec) -> None:
    """Record a task for every driver, present and future (a backend switch keeps the tasks)."""
    with _registry_lock:
        _registry[spec.name] = spec


def known_specs() -> list[TaskSpec]:
    with _registry_lock:
        return list(_registry.values())


_default_sender: Callable[[], Sender] | None = None


def set_default_sender(provider: Callable[[], Sender]) -> None:
    """Where a handle made by :func:`task` sends outside a running task (the selector installs
    ``get_queue_driver``): the registry itself never picks a driver."""
    global _default_sender
    _default_sender = provider


class TaskHandle:
    """What ``register_task`` returns: ``.send(**kwargs)`` enqueues and returns the task id.

    A handle made by a driver sends to that driver; a handle made by :func:`task` sends to the
    driver running the current task, else to the default one (``get_queue_driver()``) when it
    is called, so a backend switch needs no re-import.
    """

    def __init__(self, spec: TaskSpec, driver: Sender | None = None) -> None:
        self.spec = spec
        self.name = spec.name
        self._driver = driver

    def send(self, **kwargs: Any) -> str:
        driver = self._driver or current_driver()
        if driver is None:
            if _default_sender is None:  # (coati_desk.queue's __init__ installs it)
                raise RuntimeError("no default queue driver to send to")
            driver = _default_sender()
        return str(driver.enqueue(self.name, **kwargs))

    def __call__(self, **kwargs: Any) -> Any:
        """Run the function here and now, without the queue."""
        return self.spec.fn(**kwargs)

    def __repr__(self) -> str:
        return f"<TaskHandle {self.name}>"


def task(
    name: str | None = None,
    *,
    max_retries: int = DEFAULT_MAX_RETRIES,
    min_backoff: int = DEFAULT_MIN_BACKOFF_MS,
    max_backoff: int = DEFAULT_MAX_BACKOFF_MS,
    queue: str = "default",
    batch: BatchFunction | None = None,
) -> Callable[[Callable[..., Any]], TaskHandle]:
    """Decorator for app and plug-in tasks, sent to whichever driver is active (see
    :class:`TaskHandle`; ``batch``: :attr:`TaskSpec.batch`)."""

    def decorate(fn: Callable[..., Any]) -> TaskHandle:
        spec = TaskSpec(
            name or fn.__name__, fn, max_retries, min_backoff, max_backoff, queue, batch
        )
        remember_spec(spec)
        return TaskHandle(spec)

    return decorate


_loaded: set[str] = set()


def load_task_modules(modules: Iterable[str]) -> None:
    """Import task modules once each; a broken one is logged, not fatal."""
    for name in modules:
        if name in _loaded:
            continue
        _loaded.add(name)
        try:
            importlib.import_module(name)
        except Exception as exc:
            log.error("Could not load task module %s (COATI_TASK_MODULES): %s", name, exc)
