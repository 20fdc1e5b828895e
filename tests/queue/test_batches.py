"""A task with a batch function (issue 19): a worker that claims several of its due tasks does
their work at once, and each task still ends with its own status and result, exactly as if it
had run alone. On backends that do not batch, the same tasks give the same answers."""

from __future__ import annotations

from pathlib import Path

from coati_desk.queue import QueueDriver, start_workers
from tests.conftest import wait_until

CALLS = 40


def run_all(queue: QueueDriver, log: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    ids = [queue.enqueue("sample.batched", a=i, log=str(log)) for i in range(CALLS)]
    # (queued first: they are due together) Huey's worker claims several at once; Dramatiq's
    # threads each take one and meet to do them together.
    group = start_workers(4 if queue.backend == "dramatiq" else 1, queue)
    try:
        bulk = wait_until(
            lambda: (b := queue.get_bulk_results(ids))["completed"] + b["failed"] == CALLS and b,
            60,
        )
    finally:
        group.stop(timeout=30)
    tasks = bulk["tasks"]
    return {str(i): tasks[task_id] for i, task_id in enumerate(ids)}


def test_each_task_of_a_batch_ends_with_its_own_answer(queue: QueueDriver, tmp_path: Path) -> None:
    log = tmp_path / "batches"
    found = run_all(queue, log)
    for i, task in found.items():
        if i == "13":
            assert task["status"] == "failed" and "13 on purpose" in task["error"]
        else:
            assert task["status"] == "completed" and task["result"] == {"double": 2 * int(i)}
        assert task["attempts"] == 1
    if queue.backend != "inline":  # the workers batch: every call once, some together
        sizes = [int(n) for n in log.read_text().split()]
        assert sum(sizes) == CALLS and max(sizes) > 1, sizes


def test_a_broken_batch_runs_each_task_alone(queue: QueueDriver, tmp_path: Path) -> None:
    log = tmp_path / "batches"
    Path(str(log) + ".broken").touch()
    found = run_all(queue, log)
    assert [t["status"] for i, t in found.items() if i != "13"] == ["completed"] * (CALLS - 1)
    assert found["5"]["result"] == {"double": 10} and found["13"]["status"] == "failed"
    assert not log.exists()  # no batch got through
