"""The backend-neutral queue contract: status vocabulary, task specs and handles, the driver base.

Every driver keeps a *journal* of its tasks (name, arguments, status, result, error, attempts,
timestamps) in storage that all its workers share. The journal, not the backend's own result
store, answers status questions, so the answers are the same on every backend.
"""

from __future__ import annotations

import getpass
import json
import logging
import math
import socket
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Protocol

from coati_desk.queue import messages as M

log = logging.getLogger("coati_desk.queue")

QUEUE_NAMES = ("default", "priority")
DEFAULT_MAX_RETRIES = 3
DEFAULT_MIN_BACKOFF_MS = 15_000
DEFAULT_MAX_BACKOFF_MS = 3_600_000


ENQUEUE_BATCH = 100  # tasks written together by enqueue_many
MAX_SEARCH_VALUES = 1000  # argument values one task search looks for at once


class TaskStatus(StrEnum):
    PENDING = "pending"  # queued, ready to run
    SCHEDULED = "scheduled"  # waiting for its delay or its next retry
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"  # retries exhausted: a dead letter that can be retried by hand
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"  # an id never seen


WAITING = (TaskStatus.PENDING, TaskStatus.SCHEDULED)
FINISHED = (TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED)


class QueueError(Exception):
    """A queue operation the caller asked for cannot be done; the message says why."""


class UnknownTaskError(QueueError, KeyError):
    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


@dataclass(frozen=True)
class TaskSpec:
    """A task the app knows: the function and how failures are retried."""

    name: str
    fn: Callable[..., Any]
    max_retries: int = DEFAULT_MAX_RETRIES
    min_backoff: int = DEFAULT_MIN_BACKOFF_MS  # milliseconds
    max_backoff: int = DEFAULT_MAX_BACKOFF_MS  # milliseconds
    queue: str = "default"

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


class TaskHandle:
    """What ``register_task`` returns: ``.send(**kwargs)`` enqueues and returns the task id.

    A handle made by a driver sends to that driver; a handle made by :func:`task` sends to
    whichever driver is active when it is called, so a backend switch needs no re-import.
    """

    def __init__(self, spec: TaskSpec, driver: QueueDriver | None = None) -> None:
        self.spec = spec
        self.name = spec.name
        self._driver = driver

    def send(self, **kwargs: Any) -> str:
        driver = self._driver
        if driver is None:
            from coati_desk.queue.selector import get_queue_driver

            driver = get_queue_driver()
        return driver.enqueue(self.name, **kwargs)

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
) -> Callable[[Callable[..., Any]], TaskHandle]:
    """Decorator for app and plug-in tasks, bound to whichever driver is active."""

    def decorate(fn: Callable[..., Any]) -> TaskHandle:
        spec = TaskSpec(name or fn.__name__, fn, max_retries, min_backoff, max_backoff, queue)
        remember_spec(spec)
        return TaskHandle(spec)

    return decorate


@dataclass
class _Running:
    task_id: str
    journal: Journal
    last_progress: float = 0.0


_running: ContextVar[_Running | None] = ContextVar("coati_running_task", default=None)
PROGRESS_EVERY = 0.5  # seconds between progress writes of one task


@contextmanager
def running_task(task_id: str, journal: Journal) -> Iterator[None]:
    """Around a task's function on a worker: :func:`current_task_id` and
    :func:`report_progress` know which task this thread runs."""
    token = _running.set(_Running(str(task_id), journal))
    try:
        yield
    finally:
        _running.reset(token)


def current_task_id() -> str | None:
    """The id of the task this thread is running, or None outside a task."""
    running = _running.get()
    return running.task_id if running else None


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


def now_ts() -> float:
    return datetime.now(UTC).timestamp()


def epoch(value: Any) -> float | None:
    """A naive-UTC datetime (Huey's, the payroll's) or ISO text as epoch seconds; None for
    nothing."""
    if value in (None, ""):
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return float(value.timestamp())


def iso(ts: float | None) -> str | None:
    return None if ts is None else datetime.fromtimestamp(ts, UTC).isoformat()


def to_json(value: Any, what: str) -> str:
    """JSON text of ``value``, or a QueueError naming what could not be stored."""
    try:
        return json.dumps(value, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise QueueError(M.NOT_JSON(what=what, error=exc)) from None


def public_record(task_id: str, row: Mapping[str, Any] | None) -> dict[str, Any]:
    """The shape ``get_task_result`` returns, from a journal row (epoch floats, JSON text)."""
    if row is None:
        return {
            "task_id": task_id,
            "name": None,
            "status": TaskStatus.UNKNOWN.value,
            "args": None,
            "result": None,
            "error": None,
            "traceback": None,
            "attempts": 0,
            "max_retries": None,
            "queue": None,
            "worker": None,
            "enqueued_at": None,
            "scheduled_for": None,
            "started_at": None,
            "finished_at": None,
            "progress": None,
        }

    def loads(text: Any) -> Any:
        return None if text in (None, "") else json.loads(text)

    def number(value: Any) -> float | None:
        return None if value in (None, "") else float(value)

    try:
        record = {
            "task_id": task_id,
            "name": row["name"],
            "status": row["status"],
            "args": loads(row["kwargs"]),
            "result": loads(row.get("result")),
            "error": row.get("error") or None,
            "traceback": row.get("traceback") or None,
            "attempts": int(row.get("attempts") or 0),
            "max_retries": int(row["max_retries"])
            if row.get("max_retries") not in (None, "")
            else None,
            "queue": row.get("queue") or None,
            "worker": row.get("owner") or None,
            "enqueued_at": iso(number(row.get("enqueued_at"))),
            "scheduled_for": iso(number(row.get("available_at"))),
            "started_at": iso(number(row.get("started_at"))),
            "finished_at": iso(number(row.get("finished_at"))),
            "progress": _progress(row.get("progress")),
        }
        TaskStatus(record["status"])
    except (KeyError, TypeError, ValueError) as exc:  # a torn or foreign journal entry
        if task_id not in _unreadable:
            _unreadable.add(task_id)
            log.error(
                "The journal entry of task %s is unreadable (%r): shown as unknown", task_id, exc
            )
        record = public_record(task_id, None)
        record["error"] = f"Unreadable journal entry ({exc!r}); its task is treated as lost"
    return record


_unreadable: set[str] = set()  # journal entries reported already (once each)


def _progress(text: Any) -> dict[str, int] | None:
    """``"done/total"`` as the journal keeps it, or None."""
    done, _, total = str(text or "").partition("/")
    if not (done.isdigit() and total.isdigit()):
        return None
    return {"done": int(done), "total": int(total)}


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """The value below which ``fraction`` of ``values`` lie (nearest rank), None if empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = min(max(math.ceil(fraction * len(ordered)), 1), len(ordered))
    return ordered[rank - 1]


def activity_summary(
    per_minute: Iterable[tuple[int, str, int]], recent: Iterable[Mapping[str, Any]], since: float
) -> dict[str, Any]:
    """The monitor's charts from a journal's answers: completed and failed per minute since
    ``since`` (every minute present, zeros included) and, per task name, time in queue and run
    time percentiles over the recent finished tasks given."""
    first = int(since // 60)
    minutes = list(range(first, int(now_ts() // 60) + 1))
    counts = {(m, s): 0 for m in minutes for s in ("completed", "failed")}
    for minute, status, count in per_minute:
        if (int(minute), status) in counts:
            counts[int(minute), status] += int(count)
    waits: dict[str, list[float]] = {}
    runs: dict[str, list[float]] = {}
    for row in recent:
        enqueued, started, finished = (
            row.get(k) for k in ("enqueued_at", "started_at", "finished_at")
        )
        name = str(row.get("name"))
        if started not in (None, "") and enqueued not in (None, ""):
            waits.setdefault(name, []).append(max(float(started) - float(enqueued), 0.0))
        if started not in (None, "") and finished not in (None, ""):
            runs.setdefault(name, []).append(max(float(finished) - float(started), 0.0))
    durations = [
        {
            "name": name,
            "count": len(runs.get(name, [])),
            "wait_p50": percentile(waits.get(name, []), 0.5),
            "wait_p95": percentile(waits.get(name, []), 0.95),
            "run_p50": percentile(runs.get(name, []), 0.5),
            "run_p95": percentile(runs.get(name, []), 0.95),
        }
        for name in sorted(set(waits) | set(runs))
    ]
    return {
        "minutes": [m * 60.0 for m in minutes],
        "completed": [counts[m, "completed"] for m in minutes],
        "failed": [counts[m, "failed"] for m in minutes],
        "durations": durations,
    }


def timeline(record: Mapping[str, Any], attempts: Sequence[Mapping[str, Any]]) -> list[dict]:
    """A task's life in order: queued, each attempt's start and outcome, its end."""
    events: list[dict[str, Any]] = []
    if record.get("enqueued_at"):
        events.append({"at": record["enqueued_at"], "event": "enqueued", "detail": ""})
    for attempt in attempts:
        worker = attempt.get("owner") or ""
        if attempt.get("started_at"):
            events.append({"at": attempt["started_at"], "event": "started", "detail": worker})
        if attempt.get("finished_at"):
            events.append(
                {
                    "at": attempt["finished_at"],
                    "event": attempt.get("outcome") or "",
                    "detail": attempt.get("error") or "",
                }
            )
    cancelled = record.get("status") == TaskStatus.CANCELLED and record.get("finished_at")
    if cancelled and not any(e["event"] == "cancelled" for e in events):  # before it ran
        events.append({"at": record["finished_at"], "event": "cancelled", "detail": ""})
    return sorted(events, key=lambda e: str(e["at"]))


FORGET_WORKER_AFTER = 3600.0  # seconds: a worker silent this long is no longer listed


def worker_row(
    owner: str,
    last_seen: float,
    details: Mapping[str, Any],
    running: Iterable[str],
    silent_before: float,
) -> dict[str, Any]:
    """One worker as ``get_stats()["workers"]`` lists it, on either backend: its host, whether
    it went silent (no heartbeat since ``silent_before``) and the tasks it is running."""
    host, _, rest = owner.partition(":")
    names = list(running)
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    return {
        "owner": owner,
        "host": str(details.get("host") or host).split("/")[0],  # (Huey adds "/<boot id>")
        "pid": details.get("pid") or rest.partition(":")[0],
        "threads": details.get("threads") or None,
        "last_seen": last_seen,
        "silent": last_seen < silent_before,
        "running": len(names),
        "running_tasks": ", ".join(
            f"{name} ×{count}" if count > 1 else name for name, count in sorted(counts.items())
        ),
    }


def _audit(action: str, task_ids: Sequence[str], by: str | None) -> None:
    if not task_ids:
        return
    shown = ", ".join(task_ids[:20]) + (
        f" and {len(task_ids) - 20} more" if len(task_ids) > 20 else ""
    )
    log.warning("%d task(s) %s by %s: %s", len(task_ids), action, by or who(), shown)


def summarize(task_ids: Iterable[str], records: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    """The ``get_bulk_results`` answer ("x of y done") from public records."""
    ids = list(dict.fromkeys(task_ids))
    counts = {status.value: 0 for status in TaskStatus}
    tasks = {}
    for task_id in ids:
        record = records.get(task_id) or public_record(task_id, None)
        counts[record["status"]] += 1
        tasks[task_id] = record
    finished = sum(counts[s.value] for s in FINISHED)
    progress = round(finished / len(ids) * 100, 2) if ids else 0.0
    return {"total": len(ids), **counts, "progress_percentage": progress, "tasks": tasks}


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

    def get_task_result(self, task_id: str) -> dict[str, Any]:
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
        spec = self._spec(record["name"])  # an unknown task name fails before anything changes
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
