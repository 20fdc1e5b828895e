"""What the queue answers, in one shape on every backend: task records (``get_task_result``),
bulk summaries, timelines, worker rows and the monitor's aggregates, made from journal rows.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, TypedDict

from coati_desk.queue import messages as M
from coati_desk.queue.status import FINISHED, QueueError, TaskStatus

log = logging.getLogger("coati_desk.queue")


class Progress(TypedDict):
    done: int
    total: int


class TaskRecord(TypedDict):
    """What ``get_task_result`` returns (times as ISO text in UTC, None when not yet)."""

    task_id: str
    name: str | None
    status: str  # a TaskStatus value
    args: dict[str, Any] | None
    result: Any
    error: str | None
    traceback: str | None
    attempts: int
    max_retries: int | None
    queue: str | None
    worker: str | None
    enqueued_at: str | None
    scheduled_for: str | None
    started_at: str | None
    finished_at: str | None
    progress: Progress | None


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


def public_record(task_id: str, row: Mapping[str, Any] | None) -> TaskRecord:
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
        record: TaskRecord = {
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


def _progress(text: Any) -> Progress | None:
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


def summarize(task_ids: Iterable[str], records: Mapping[str, TaskRecord]) -> dict[str, Any]:
    """The ``get_bulk_results`` answer ("x of y done") from public records."""
    ids = list(dict.fromkeys(task_ids))
    counts = {status.value: 0 for status in TaskStatus}
    tasks: dict[str, TaskRecord] = {}
    for task_id in ids:
        record = records.get(task_id) or public_record(task_id, None)
        counts[record["status"]] += 1
        tasks[task_id] = record
    finished = sum(counts[s.value] for s in FINISHED)
    progress = round(finished / len(ids) * 100, 2) if ids else 0.0
    return {"total": len(ids), **counts, "progress_percentage": progress, "tasks": tasks}
