"""The backend-neutral queue contract: the driver base every backend implements, the journal it
keeps, its in-process workers, and the identities processes on one queue share.

Every driver keeps a *journal* of its tasks (name, arguments, status, result, error, attempts,
timestamps) in storage that all its workers share. The journal, not the backend's own result
store, answers status questions, so the answers are the same on every backend.
"""

from __future__ import annotations

import getpass
import logging
import socket
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from coati_desk.queue import messages as M
from coati_desk.queue.records import (
    TaskRecord,
    activity_summary,
    iso,
    now_ts,
    public_record,
    summarize,
    timeline,
    to_json,
)
from coati_desk.queue.registry import (
    DEFAULT_MAX_BACKOFF_MS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MIN_BACKOFF_MS,
    TaskHandle,
    TaskSpec,
    known_specs,
    remember_spec,
)
from coati_desk.queue.status import (
    FINISHED,
    QUEUE_NAMES,
    QueueError,
    TaskStatus,
    UnknownTaskError,
)

__all__ = [
    "FINISHED",
    "QUEUE_FAULT",
    "QUEUE_NAMES",
    "Identity",
    "Journal",
    "QueueDriver",
    "QueueError",
    "TaskStatus",
    "UnknownTaskError",
    "WorkerGroup",
    "log_failed_attempt",
    "who",
]

log = logging.getLogger("coati_desk.queue")

ENQUEUE_BATCH = 100  # tasks written together by enqueue_many
MAX_SEARCH_VALUES = 1000  # argument values one task search looks for at once
# The log record attribute that says the queue's storage cannot be written (the reason) or can
# again (""): how a worker process tells the process that started it.
QUEUE_FAULT = "queue_fault"


def who() -> str:
    """Who is acting, for the log of destructive actions: ``user@machine``."""
    try:
        user = getpass.getuser()
    except Exception:
        user = "unknown"
    return f"{user}@{socket.gethostname()}"


def log_failed_attempt(task_id: str, name: str, error: str, final: bool) -> None:
    if final:
        log.error("Task %s (%s) failed for good: %s", task_id, name, error)
    else:
        log.warning("Task %s (%s) failed, will retry: %s", task_id, name, error)


def _audit(action: str, task_ids: Sequence[str], by: str | None) -> None:
    if not task_ids:
        return
    shown = ", ".join(task_ids[:20]) + (
        f" and {len(task_ids) - 20} more" if len(task_ids) > 20 else ""
    )
    log.warning("%d task(s) %s by %s: %s", len(task_ids), action, by or who(), shown)


class Journal(Protocol):
    """Where a driver's task states live (an SQLite file for Huey, Redis for Dramatiq)."""

    def records(self, task_ids: list[str]) -> dict[str, dict[str, Any]]: ...

    def page(
        self,
        status: str | None,
        name: str | None,
        search: str | None,
        values: list[str],
        offset: int,
        limit: int,
    ) -> tuple[int, list[dict[str, Any]]]:
        """Newest first. With ``search`` or ``values``, the tasks whose id or arguments hold
        the text, or with an argument equal to one of the values."""

    def status_counts(self) -> dict[str, int]: ...

    def ping(self) -> None:
        """A cheap read that fails when the storage cannot be reached."""

    def cancel(self, task_id: str) -> bool: ...

    def reopen(self, task_id: str) -> bool:
        """Failed or cancelled -> pending (before a retry by hand); False otherwise."""

    def set_progress(self, task_id: str, done: int, total: int) -> None: ...

    def attempts(self, task_id: str) -> list[dict[str, Any]]:
        """Every finished (or lost) attempt: n, owner, started_at, finished_at, outcome, error,
        traceback; oldest first."""

    def delete(self, task_id: str) -> bool:
        """Forget a finished task (completed, failed, cancelled); False otherwise."""

    def cancel_queue(self, queue: str) -> list[str]:
        """Cancel every waiting task of ``queue``; their ids."""

    def ids_in(self, status: str, name: str | None) -> list[str]: ...

    def prune(self, finished_before: float) -> int:
        """Forget the tasks that finished before that time; how many."""

    def activity(
        self, since: float, recent: int
    ) -> tuple[list[tuple[int, str, int]], list[dict[str, Any]]]:
        """Completed and failed counts per minute (epoch minute, status, count) since
        ``since``, and the ``recent`` last finished tasks' name and times."""


class WorkerGroup(Protocol):
    """In-process workers of one driver (see ``coati_desk.queue.worker``)."""

    threads: int

    def stop(self, timeout: float | None = None) -> bool: ...

    def is_alive(self) -> bool: ...


@dataclass(frozen=True)
class Identity:
    """Something every process sharing a queue must agree on (e.g. which database they
    compute into): ``value`` is compared, ``label`` says what it is, for people (no secrets)."""

    value: str
    label: str = ""


class QueueDriver(ABC):
    """The queue API the app and plug-ins use, the same on every backend."""

    backend: str = ""  # which driver: "huey", "dramatiq" or "inline" (get_stats' "driver")
    storage: str = ""  # where its tasks live, as the seed names it: "filesystem" or "redis"

    def __init__(self) -> None:
        self._specs: dict[str, TaskSpec] = {}
        for spec in known_specs():
            self._add_spec(spec)

    # -- backend hooks -----------------------------------------------------------------------
    @property
    @abstractmethod
    def journal(self) -> Journal: ...

    @abstractmethod
    def _install(self, spec: TaskSpec) -> None:
        """Make the backend able to run ``spec`` (declare an actor, register a Huey task)."""

    @abstractmethod
    def _enqueue(self, spec: TaskSpec, kwargs: dict[str, Any], delay: float | None) -> str: ...

    @abstractmethod
    def _requeue(self, spec: TaskSpec, task_id: str, kwargs: dict[str, Any]) -> None:
        """Enqueue a failed or cancelled task again, under the same id."""

    @abstractmethod
    def _backend_stats(self) -> dict[str, Any]: ...

    @abstractmethod
    def start_workers(self, threads: int) -> WorkerGroup: ...

    @property
    @abstractmethod
    def location(self) -> str:
        """Where the queue lives, for people: a folder, or a Redis URL with the password masked."""

    @abstractmethod
    def close(self) -> None:
        """Release connections; the driver is not used afterwards."""

    def check(self) -> None:
        """Raise :class:`QueueError` saying why, if the queue's storage cannot be reached."""
        try:
            self.journal.ping()
        except Exception as exc:
            raise QueueError(M.QUEUE_UNUSABLE(location=self.location, error=exc)) from exc

    # -- identities every process on this queue must share ------------------------------------
    def hold_identity(self, name: str, identity: Identity) -> Identity:
        """Record ``identity`` under ``name`` in the queue's shared store, unless another live
        process holds a different one there; the identity recorded is returned (equal values:
        this process holds it, renewed while it lives, until :meth:`release_identity`).
        Backends whose store only this machine's processes share (a Huey folder, inline)
        record nothing and answer ``identity``."""
        return identity

    def release_identity(self, name: str) -> None:
        """This process no longer holds ``name`` (it switched, or stops)."""
        return None

    # -- the contract --------------------------------------------------------------------------
    def register_task(
        self,
        fn: Callable[..., Any],
        name: str | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        min_backoff: int = DEFAULT_MIN_BACKOFF_MS,
        max_backoff: int = DEFAULT_MAX_BACKOFF_MS,
        queue: str = "default",
    ) -> TaskHandle:
        spec = TaskSpec(name or fn.__name__, fn, max_retries, min_backoff, max_backoff, queue)
        remember_spec(spec)
        self._add_spec(spec)
        return TaskHandle(spec, self)

    def _add_spec(self, spec: TaskSpec) -> None:
        if self._specs.get(spec.name) == spec:
            return
        self._install(spec)
        self._specs[spec.name] = spec

    def _spec(self, name: str) -> TaskSpec:
        try:
            return self._specs[name]
        except KeyError:
            for spec in known_specs():  # registered on another driver since this one started
                if spec.name == name:
                    self._add_spec(spec)
                    return spec
            raise UnknownTaskError(M.TASK_NOT_REGISTERED(name=name)) from None

    def enqueue(self, task_name: str, delay: float | None = None, **kwargs: Any) -> str:
        """Queue ``task_name(**kwargs)``; ``delay`` in seconds. Returns the task id (a str)."""
        spec = self._spec(task_name)
        if delay is not None and (not isinstance(delay, int | float) or delay < 0):
            raise QueueError(M.BAD_DELAY(delay=delay))
        to_json(kwargs, f"The arguments of {task_name}")
        return self._enqueue(spec, kwargs, delay or None)

    def enqueue_many(self, task_name: str, calls: Iterable[Mapping[str, Any]]) -> list[str]:
        """Queue ``task_name`` once per keyword mapping in ``calls`` (a run's employees), in
        as few round trips as the backend allows. Returns the task ids, in order."""
        spec = self._spec(task_name)
        batch = [dict(kwargs) for kwargs in calls]
        for kwargs in batch:
            to_json(kwargs, f"The arguments of {task_name}")
        ids: list[str] = []
        for start in range(0, len(batch), ENQUEUE_BATCH):  # workers start on the first chunk
            ids += self._enqueue_batch(spec, batch[start : start + ENQUEUE_BATCH])
        return ids

    def _enqueue_batch(self, spec: TaskSpec, batch: list[dict[str, Any]]) -> list[str]:
        """Queue a chunk of at most ENQUEUE_BATCH calls (a driver may do it in one go)."""
        return [self._enqueue(spec, kwargs, None) for kwargs in batch]

    def get_task_result(self, task_id: str) -> TaskRecord:
        task_id = str(task_id)
        return public_record(task_id, self.journal.records([task_id]).get(task_id))

    def get_bulk_results(self, task_ids: Iterable[str]) -> dict[str, Any]:
        ids = [str(i) for i in task_ids]
        rows = self.journal.records(list(dict.fromkeys(ids)))
        return summarize(ids, {i: public_record(i, row) for i, row in rows.items()})

    def list_tasks(
        self,
        status: str | None = None,
        name: str | None = None,
        search: str | None = None,
        offset: int = 0,
        limit: int = 50,
        values: Sequence[str] = (),
    ) -> dict[str, Any]:
        """One page of tasks, newest first: ``{"total", "offset", "limit", "tasks": [...]}``.
        ``search``: a text found in the task id or in its arguments (any case); ``values``:
        or an argument equal to one of these (the ids of the employees a name matches)."""
        if status is not None and status not in {s.value for s in TaskStatus}:
            raise QueueError(M.UNKNOWN_STATUS(status=status))
        offset, limit = max(int(offset), 0), min(max(int(limit), 1), 1000)
        text = (search or "").strip() or None
        wanted = [str(v) for v in values][:MAX_SEARCH_VALUES]
        total, rows = self.journal.page(status, name or None, text, wanted, offset, limit)
        tasks = [public_record(row["id"], row) for row in rows]
        return {"total": total, "offset": offset, "limit": limit, "tasks": tasks}

    def cancel(self, task_id: str) -> bool:
        """Cancel a task that has not started; False if it is running, finished or unknown."""
        return self.journal.cancel(str(task_id))

    # -- the monitor's actions (each destructive one is logged with who did it) ----------------
    def cancel_many(self, task_ids: Iterable[str], by: str | None = None) -> int:
        """Cancel those of ``task_ids`` that have not started; how many were."""
        done = [str(t) for t in task_ids if self.journal.cancel(str(t))]
        _audit("cancelled", done, by)
        return len(done)

    def delete(self, task_ids: Iterable[str], by: str | None = None) -> int:
        """Forget finished tasks (completed, failed, cancelled) and their history; tasks
        waiting or running are left alone. How many were deleted."""
        ids = [str(t) for t in task_ids]
        rows = self.journal.records(ids)
        done = []
        for task_id in ids:
            row = rows.get(task_id)
            if row is None or not self.journal.delete(task_id):
                continue
            done.append(task_id)
            spec = self._specs.get(row.get("name") or "")
            if spec is not None:
                self._forget_message(spec, task_id, row.get("rid"))
        _audit("deleted", done, by)
        return len(done)

    def purge(self, queue: str, by: str | None = None) -> int:
        """Cancel every task waiting in ``queue`` and drop its messages; how many."""
        if queue not in QUEUE_NAMES:
            raise QueueError(M.UNKNOWN_QUEUE(queue=queue, queues=", ".join(QUEUE_NAMES)))
        done = self.journal.cancel_queue(queue)
        self._purge_messages(queue)
        _audit(f"purged from queue {queue}", done, by)
        return len(done)

    def retry_failed(self, name: str | None = None) -> int:
        """Queue again every failed task (of ``name``, if given); how many."""
        count = 0
        for task_id in self.journal.ids_in(TaskStatus.FAILED, name):
            try:
                self.retry(task_id)
                count += 1
            except QueueError as exc:  # one unknown task name must not stop the others
                log.warning("Task %s not retried: %s", task_id, exc)
        return count

    def prune_history(self, days: float) -> int:
        """Forget the tasks that finished more than ``days`` ago; how many."""
        if not days > 0:
            raise QueueError(M.BAD_HISTORY_DAYS(days=days))
        count = self.journal.prune(now_ts() - days * 86_400)
        if count:
            log.info("History: %d task(s) finished more than %g day(s) ago forgotten", count, days)
        return count

    def task_detail(self, task_id: str) -> dict[str, Any]:
        """:meth:`get_task_result` plus every attempt (worker, times, outcome, error,
        traceback) and the task's timeline."""
        record = self.get_task_result(task_id)
        attempts = [
            {**a, "started_at": iso(a.get("started_at")), "finished_at": iso(a.get("finished_at"))}
            for a in self.journal.attempts(str(task_id))
        ]
        last = {"processing": "running", "completed": "completed"}.get(record["status"])
        if (
            last
            and record["started_at"]
            and not any(a.get("n") == record["attempts"] for a in attempts)
        ):
            attempts.append(  # the attempt under way, or the one that succeeded
                {
                    "n": record["attempts"],
                    "owner": record["worker"],
                    "started_at": record["started_at"],
                    "finished_at": record["finished_at"] if last == "completed" else None,
                    "outcome": last,
                    "error": None,
                    "traceback": None,
                }
            )
        return {**record, "attempt_log": attempts, "timeline": timeline(record, attempts)}

    def activity(self, minutes: int = 60, recent: int = 2000) -> dict[str, Any]:
        """The monitor's charts: see :func:`activity_summary`."""
        since = now_ts() - minutes * 60
        per_minute, rows = self.journal.activity(since, recent)
        return activity_summary(per_minute, rows, since)

    def _forget_message(  # noqa: B027
        self, spec: TaskSpec, task_id: str, rid: str | None = None
    ) -> None:
        """Drop what the backend still keeps of a finished task (a dead letter)."""

    def _purge_messages(self, queue: str) -> None:  # noqa: B027
        """Drop the backend's waiting messages of ``queue`` (after the journal cancelled them)."""

    def retry(self, task_id: str) -> str:
        """Queue a failed or cancelled task again with its original arguments, same id."""
        task_id = str(task_id)
        record = self.get_task_result(task_id)
        if record["status"] == TaskStatus.UNKNOWN:
            raise QueueError(M.NO_SUCH_TASK(task_id=task_id))
        # an unknown task name fails before anything changes
        spec = self._spec(record["name"] or "")
        if not self.journal.reopen(task_id):
            raise QueueError(M.NOT_RETRYABLE(task_id=task_id, status=record["status"]))
        self._requeue(spec, task_id, record["args"] or {})
        log.info("Task %s (%s) queued again by hand", task_id, record["name"])
        return str(task_id)

    def get_stats(self) -> dict[str, Any]:
        """The seed's ``driver`` ("huey", "dramatiq"; "inline" without a queue) and ``backend``
        ("filesystem", "redis"), ``registered_tasks``, then this app's extra keys."""
        counts = self.journal.status_counts()
        return {
            "driver": self.backend,
            "backend": self.storage,
            "driver_class": type(self).__name__,
            "location": self.location,
            "registered_tasks": sorted(self._specs),
            "tasks_by_status": {
                s.value: counts.get(s.value, 0) for s in TaskStatus if s != "unknown"
            },
            **self._backend_stats(),
        }
