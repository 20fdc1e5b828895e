"""Plug-in tasks for the tests (loaded by external workers through COATI_TASK_MODULES)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from coati_desk.queue import task


@task(name="sample.add", max_retries=0)
def add(a: int, b: int) -> dict[str, int]:
    return {"sum": a + b, "pid": os.getpid()}


@task(name="sample.record", max_retries=0)
def record(path: str, value: str) -> None:
    """Append ``value`` to a file: shows whether (and how often) a task really ran."""
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(value + "\n")


@task(name="sample.slow", max_retries=0)
def slow(seconds: float, marker: str) -> str:
    Path(marker).write_text(str(os.getpid()))
    time.sleep(seconds)
    return "done"


@task(name="sample.flaky", max_retries=3, min_backoff=300, max_backoff=5000)
def flaky(path: str) -> str:
    """Fails (logging each call's time) until a file ``<path>.ok`` exists."""
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{time.time()}\n")
    if not os.path.exists(path + ".ok"):
        raise RuntimeError("flaky failure on purpose")
    return "recovered"


@task(name="sample.fanout", max_retries=0)
def fanout(n: int) -> list[str]:
    """Enqueues ``n`` child tasks from inside a worker: they must land on the same queue."""
    return [add.send(a=i, b=i) for i in range(n)]


@task(name="sample.fail_until", max_retries=0)
def fail_until(path: str) -> str:
    """Fails for good (no retries) until a file ``<path>.ok`` exists."""
    if not os.path.exists(path + ".ok"):
        raise RuntimeError("not yet: failing on purpose")
    return "fine now"


@task(name="sample.steps", max_retries=0)
def steps(total: int) -> int:
    """Reports its progress after each of ``total`` short steps."""
    from coati_desk.queue import report_progress

    for done in range(1, total + 1):
        time.sleep(0.01)
        report_progress(done, total)
    return total


def _double_many(calls: list[dict[str, object]]) -> list[object]:
    """``sample.batched`` for many calls at once: logs the batch's size (to ``log`` of the first
    call); raises for the whole batch while ``<log>.broken`` exists; answers ``a=13`` with an
    error (that call alone fails)."""
    log = str(calls[0]["log"])
    if os.path.exists(log + ".broken"):
        raise RuntimeError("the batch is broken on purpose")
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(f"{len(calls)}\n")
    return [ValueError("13 on purpose") if c["a"] == 13 else {"double": 2 * c["a"]} for c in calls]  # type: ignore[operator]


@task(name="sample.batched", max_retries=0, batch=_double_many)
def batched(a: int, log: str) -> dict[str, int]:
    """Doubles ``a``; done many at a time by ``_double_many`` where a worker batches."""
    if a == 13:
        raise ValueError("13 on purpose")
    return {"double": 2 * a}
