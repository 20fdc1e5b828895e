"""In-process workers start N threads, finish the task in hand on stop, and leave none behind."""

from __future__ import annotations

import threading
from pathlib import Path

from coati_desk.queue import QueueDriver, start_workers
from tests.conftest import wait_until


def worker_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("coati-worker")]


def test_stop_finishes_the_task_in_hand(queue: QueueDriver, tmp_path: Path) -> None:
    marker = tmp_path / "started"
    task_id = queue.enqueue("sample.slow", seconds=1.0, marker=str(marker))
    group = start_workers(3, queue)
    assert group.threads == 3 and group.is_alive()
    wait_until(marker.exists)
    assert group.stop(timeout=30) is True
    assert not group.is_alive()
    assert queue.get_task_result(task_id)["status"] == "completed"
    if queue.backend == "huey":
        assert worker_threads() == []


def test_waiting_tasks_stay_queued_after_stop(queue: QueueDriver) -> None:
    group = start_workers(2, queue)
    assert group.stop(timeout=30)
    task_id = queue.enqueue("sample.add", a=1, b=1)
    assert queue.get_task_result(task_id)["status"] == "pending"
    again = start_workers(2, queue)
    try:
        wait_until(lambda: queue.get_task_result(task_id)["status"] == "completed")
    finally:
        again.stop(timeout=30)


def test_many_threads_share_the_work(queue: QueueDriver) -> None:
    group = start_workers(4, queue)
    try:
        ids = [queue.enqueue("sample.add", a=i, b=0) for i in range(200)]
        bulk = wait_until(lambda: (b := queue.get_bulk_results(ids))["completed"] == 200 and b, 60)
    finally:
        group.stop(timeout=30)
    assert all(t["attempts"] == 1 for t in bulk["tasks"].values())  # each ran exactly once
