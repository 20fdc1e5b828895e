"""The documented worker commands run, as real processes, tasks that this process enqueued."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import tests.sample_tasks  # noqa: F401
from coati_desk.queue import get_queue_driver, start_workers
from tests.conftest import dramatiq_cli, huey_consumer, wait_until


def check_remote_run(queue) -> None:  # type: ignore[no-untyped-def]
    ids = [queue.enqueue("sample.add", a=i, b=1) for i in range(20)]
    bulk = wait_until(lambda: (b := queue.get_bulk_results(ids))["completed"] == 20 and b, 60)
    pids = {task["result"]["pid"] for task in bulk["tasks"].values()}
    assert os.getpid() not in pids  # run by the worker processes, not here
    # A task that enqueues tasks from inside the worker: they land on the same queue.
    parent = queue.enqueue("sample.fanout", n=3)
    children = wait_until(lambda: queue.get_task_result(parent)["result"], 30)
    wait_until(lambda: queue.get_bulk_results(children)["completed"] == 3, 30)


def test_huey_consumer_runs_what_the_app_enqueued(spawn) -> None:  # type: ignore[no-untyped-def]
    queue = get_queue_driver()
    assert queue.backend == "huey"
    huey_consumer(spawn, "--workers", "4")
    check_remote_run(queue)
    workers = queue.get_stats()["workers"]
    assert workers and all(w["pid"] != os.getpid() for w in workers)


def test_huey_consumer_with_process_workers(spawn) -> None:  # type: ignore[no-untyped-def]
    queue = get_queue_driver()
    huey_consumer(spawn, "--workers", "2", "--worker-type", "process")
    check_remote_run(queue)


def test_dramatiq_command_runs_what_the_app_enqueued(spawn, redis_url: str) -> None:  # type: ignore[no-untyped-def]
    queue = get_queue_driver()
    assert queue.backend == "dramatiq"
    dramatiq_cli(spawn, "--processes", "2", "--threads", "4", "--queues", "default,priority")
    check_remote_run(queue)
    workers = wait_until(lambda: len(queue.get_stats()["workers"]) == 2 and queue.get_stats())
    assert {w["host"] for w in workers["workers"]}


def test_a_worker_without_the_plugin_fails_its_tasks_visibly(spawn) -> None:  # type: ignore[no-untyped-def]
    queue = get_queue_driver()
    task_id = queue.enqueue("sample.add", a=1, b=1)
    consumer = huey_consumer(spawn, "--workers", "1", modules="")  # without tests.sample_tasks
    record = wait_until(lambda: (r := queue.get_task_result(task_id))["status"] == "failed" and r)
    assert "COATI_TASK_MODULES" in record["error"]
    consumer.terminate()
    consumer.wait(20)
    # Fixed (a worker with the plug-in), a retry by hand runs it.
    group = start_workers(1, queue)
    try:
        queue.retry(task_id)
        wait_until(lambda: queue.get_task_result(task_id)["status"] == "completed")
    finally:
        group.stop(timeout=30)


def test_a_killed_worker_does_not_lose_its_task(spawn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Stock FileStorage forgets a task once a worker takes it; ours gives it back."""
    queue = get_queue_driver()
    marker = tmp_path / "started"
    task_id = queue.enqueue("sample.slow", seconds=3, marker=str(marker))
    consumer = huey_consumer(spawn, "--workers", "1")
    wait_until(marker.exists)
    assert queue.get_task_result(task_id)["status"] == "processing"
    os.killpg(consumer.pid, signal.SIGKILL)
    consumer.wait()
    group = start_workers(1, queue)  # the app's own workers notice the dead one
    try:
        record = wait_until(
            lambda: (r := queue.get_task_result(task_id))["status"] == "completed" and r, 30
        )
    finally:
        group.stop(timeout=30)
    assert record["attempts"] == 2 and record["result"] == "done"
    assert int(marker.read_text()) == os.getpid()  # finished here, after the kill


def test_idle_external_worker_starts_a_new_task_promptly(spawn) -> None:  # type: ignore[no-untyped-def]
    queue = get_queue_driver()
    huey_consumer(spawn, "--workers", "1")
    warm = queue.enqueue("sample.add", a=0, b=0)
    wait_until(lambda: queue.get_task_result(warm)["status"] == "completed", 30)
    time.sleep(3)  # idle: stock Huey would have backed off its polling by now
    task_id = queue.enqueue("sample.add", a=1, b=1)
    record = wait_until(lambda: (r := queue.get_task_result(task_id))["started_at"] and r, 30)
    from datetime import datetime

    wait = datetime.fromisoformat(record["started_at"]) - datetime.fromisoformat(
        record["enqueued_at"]
    )
    assert wait.total_seconds() < 0.5
