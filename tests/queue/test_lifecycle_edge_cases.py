"""Edge cases of a task's and a worker's life: forked Huey workers, taking back running tasks,
cancel then retry, a forced backend, a revoke through Huey, inline without threads (each was a
fault once: each must stay fixed)."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

import tests.sample_tasks  # noqa: F401  (registers the sample tasks)
from coati_desk.queue import QueueDriver, get_queue_driver, start_workers
from coati_desk.queue.drivers.huey_storage import DB_NAME
from tests.conftest import huey_consumer, wait_until


def process_cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_forked_huey_workers_beat_and_do_not_spin(spawn, isolated_env: Path) -> None:  # type: ignore[no-untyped-def]
    queue = get_queue_driver()
    consumer = huey_consumer(spawn, "--workers", "1", "--worker-type", "process")
    task_id = queue.enqueue("sample.add", a=1, b=1)
    wait_until(lambda: queue.get_task_result(task_id)["status"] == "completed", 30)
    worker_pid = int(queue.get_task_result(task_id)["worker"].split(":")[-2])
    assert worker_pid != consumer.pid  # run by a forked child
    first = {w["owner"]: w["last_seen"] for w in queue.get_stats()["workers"]}
    cpu_before = process_cpu_seconds(worker_pid)
    time.sleep(6)  # idle, longer than a heartbeat
    assert process_cpu_seconds(worker_pid) - cpu_before < 1.5, "an idle worker is spinning"
    later = {w["owner"]: w["last_seen"] for w in queue.get_stats()["workers"]}
    assert any(later[o] > first[o] for o in first if o in later), "no heartbeat from the child"


def test_a_worker_never_takes_back_its_own_running_task(isolated_env: Path) -> None:
    queue = get_queue_driver()
    task_id = queue.enqueue("sample.add", a=1, b=1)
    storage = queue.journal  # type: ignore[attr-defined]
    assert storage.claim() is not None  # this process is now running it
    with sqlite3.connect(isolated_env / DB_NAME) as db:  # as if its heartbeat were late
        db.execute("UPDATE workers SET last_seen = 0")
    assert storage.recover_orphans() == 0
    assert queue.get_task_result(task_id)["status"] == "processing"


def test_cancel_then_retry_runs_the_task_once(queue: QueueDriver, tmp_path: Path) -> None:
    ran = tmp_path / "ran"
    task_id = queue.enqueue("sample.record", path=str(ran), value="once")
    assert queue.cancel(task_id)
    queue.retry(task_id)  # the cancelled message may still be in the queue
    group = start_workers(2, queue)
    try:
        wait_until(lambda: queue.get_task_result(task_id)["status"] == "completed")
        time.sleep(1.0)  # give a second copy time to run, if there were one
    finally:
        group.stop(timeout=30)
    assert ran.read_text() == "once\n"
    assert queue.get_task_result(task_id)["attempts"] == 1


def test_a_forced_backend_sticks_for_tasks_sent_later(redis_url: str) -> None:
    import tests.sample_tasks as sample

    forced = get_queue_driver(force_backend="huey")
    task_id = sample.add.send(a=1, b=2)  # no force_backend here
    assert get_queue_driver() is forced
    assert forced.get_task_result(task_id)["status"] == "pending"
    assert get_queue_driver(refresh=True).backend == "dramatiq"  # asking again re-chooses


def test_a_task_revoked_through_huey_ends_cancelled(isolated_env: Path) -> None:
    queue = get_queue_driver()
    task_id = queue.enqueue("sample.add", a=1, b=1)
    huey = queue.huey  # type: ignore[attr-defined]
    huey.revoke_by_id(task_id)  # Huey's own API: its stored value must be JSON too
    assert huey.is_revoked(task_id) is True
    group = start_workers(1, queue)
    try:
        record = wait_until(
            lambda: (r := queue.get_task_result(task_id))["status"] == "cancelled" and r, 10
        )
    finally:
        group.stop(timeout=30)
    assert record["result"] is None and "revoked" in record["error"]


def test_inline_needs_no_worker_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUEUE_ENABLED", "0")
    group = start_workers(4)
    assert group.threads == 0 and not group.is_alive() and group.stop() is True
