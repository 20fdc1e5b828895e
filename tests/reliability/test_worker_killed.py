"""Issue 6, items 1 and 2: workers, or the app hosting them, killed with SIGKILL mid-run.

After new workers start (or the app starts again), every employee has exactly one completed row,
the run's totals are the sum of its rows, and no task is left "processing" in the journal.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from coati_desk.payroll import queries, services
from coati_desk.payroll.demo import create_demo_planilla
from coati_desk.queue import get_queue_driver
from tests.conftest import dramatiq_cli, huey_consumer, wait_until
from tests.reliability.test_contention import EMPLOYEES, check_nothing_lost, start_run


def test_huey_process_workers_killed_mid_run(spawn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = huey_consumer(spawn, "--workers", "2", "--worker-type", "process", modules="")
    queue = get_queue_driver()
    run_id = start_run("huey")
    wait_until(lambda: services.run_summary(run_id)["completados"] >= EMPLOYEES // 5, timeout=120)
    os.killpg(first.pid, signal.SIGKILL)  # the consumer and its worker processes, mid-task
    first.wait()
    done_when_killed = services.run_summary(run_id)["completados"]
    assert done_when_killed < EMPLOYEES, "the run finished before the workers were killed"

    huey_consumer(spawn, "--workers", "2", "--worker-type", "process", modules="")
    wait_until(lambda: services.run_summary(run_id)["estado"] != "calculando", timeout=300)
    check_nothing_lost(run_id, tmp_path)
    # A worker killed after writing its employee's row but before the journal heard of it
    # leaves that task "processing" until the next orphan sweep (every 5 s) runs it again:
    # the run can finish first. The journal must settle, with every task completed once.
    ids = queries.run_task_ids(run_id)
    wait_until(lambda: queue.get_bulk_results(ids)["completed"] == EMPLOYEES, timeout=30)
    bulk = queue.get_bulk_results(ids)
    assert bulk["completed"] == EMPLOYEES and bulk["processing"] == 0, bulk
    check_nothing_lost(run_id, tmp_path)


def test_dramatiq_workers_killed_mid_run(spawn, redis_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = dramatiq_cli(spawn, "--processes", "2", "--threads", "4")
    queue = get_queue_driver()
    run_id = start_run("dramatiq")
    wait_until(lambda: services.run_summary(run_id)["completados"] >= EMPLOYEES // 5, timeout=120)
    os.killpg(first.pid, signal.SIGKILL)
    first.wait()
    assert services.run_summary(run_id)["completados"] < EMPLOYEES

    # Dramatiq gives a dead worker's unacknowledged messages back once its heartbeat is older
    # than the broker's heartbeat timeout (a minute).
    dramatiq_cli(spawn, "--processes", "2", "--threads", "4")
    wait_until(lambda: services.run_summary(run_id)["estado"] != "calculando", timeout=400)
    check_nothing_lost(run_id, tmp_path)
    bulk = queue.get_bulk_results(queries.run_task_ids(run_id))
    assert bulk["completed"] == EMPLOYEES and bulk["processing"] == 0, bulk


def run_command(planilla_id: str, workers: int) -> list[str]:
    """``coati-desk run`` of November 2026 with ``workers`` in-process worker threads."""
    return [
        sys.executable, "-m", "coati_desk", "run", "--planilla", planilla_id,
        "--from", "2026-11-01", "--to", "2026-11-30", "--workers", str(workers),
    ]  # fmt: skip


def test_the_app_killed_mid_run_resumes_on_the_next_start(tmp_path: Path) -> None:
    """`coati-desk run` hosts its workers in-process: kill it, run it again, nothing is lost."""
    planilla_id = create_demo_planilla(EMPLOYEES, seed=3, today=date(2026, 11, 20))
    command = run_command(planilla_id, workers=4)
    with (tmp_path / "first.log").open("wb") as log:
        app = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    try:
        run_id = wait_until(lambda: queries.list_runs() and queries.list_runs()[0]["id"])
        wait_until(lambda: services.run_summary(run_id)["completados"] >= EMPLOYEES // 5)
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait()
    assert services.run_summary(run_id)["completados"] < EMPLOYEES

    again = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr[-2000:]
    assert f"Nómina {run_id}" in again.stdout  # the same run, resumed
    check_nothing_lost(run_id, tmp_path)
    bulk = get_queue_driver().get_bulk_results(queries.run_task_ids(run_id))
    assert bulk["completed"] == EMPLOYEES and bulk["processing"] == 0, bulk


def test_the_app_killed_between_a_batch_and_its_commit(tmp_path: Path) -> None:
    """Issue 19: in-process workers claim several employees at once, calculate them, then write
    them in one transaction. Hold the payroll database's write lock so every worker stops with
    its batch calculated but not written, kill the app there, and start it again: every
    employee is calculated once, none twice, and the journal settles."""
    import sqlite3

    from coati_desk.payroll.db import get_engine

    planilla_id = create_demo_planilla(EMPLOYEES, seed=4, today=date(2026, 11, 20))
    command = run_command(planilla_id, workers=2)
    with (tmp_path / "first.log").open("wb") as log:
        app = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    lock = sqlite3.connect(str(get_engine().url.database), timeout=60, isolation_level=None)
    queue = get_queue_driver()
    try:
        run_id = wait_until(lambda: queries.list_runs() and queries.list_runs()[0]["id"])
        wait_until(lambda: services.run_summary(run_id)["completados"] >= EMPLOYEES // 5)
        lock.execute("BEGIN IMMEDIATE")  # no worker can write now: their batches wait
        done_at_lock = services.run_summary(run_id)["completados"]
        # both threads hold a claimed batch (more tasks running than threads)
        wait_until(lambda: queue.journal.status_counts()["processing"] > 2, timeout=30)
        time.sleep(1)  # their reads and calculations take milliseconds: now they wait to write
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait()
        lock.execute("ROLLBACK") if lock.in_transaction else None
        lock.close()
    assert services.run_summary(run_id)["completados"] == done_at_lock < EMPLOYEES

    again = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr[-2000:]
    check_nothing_lost(run_id, tmp_path)
    ids = queries.run_task_ids(run_id)
    wait_until(lambda: queue.get_bulk_results(ids)["completed"] == EMPLOYEES, timeout=30)
    assert queue.get_bulk_results(ids)["processing"] == 0


def window_workers(backend: str, threads: int = 2):  # type: ignore[no-untyped-def]
    """The window's worker process, as the window starts it, on this test's queue and database."""
    from coati_desk.config import QueueSettings
    from coati_desk.jobs.worker_process import ChildSettings, WorkerProcess
    from coati_desk.payroll import db

    settings = QueueSettings.from_env()
    location = settings.redis_url if backend == "dramatiq" else str(settings.queue_path)
    return WorkerProcess(
        ChildSettings(settings, backend, location or "", db.database_url(), threads)
    )


def test_the_windows_worker_process_killed_mid_run_is_started_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """kill -9 of the process the window's workers run in: the window starts another, which
    finishes the run; every employee once, and its log reaches the window's log."""
    caplog.set_level(logging.INFO)
    get_queue_driver()  # (the Huey folder, made before the child opens it)
    workers = window_workers("huey")
    try:
        run_id = start_run("huey")
        wait_until(lambda: services.run_summary(run_id)["completados"] >= 50, timeout=120)
        first = workers.pid
        assert first is not None
        os.kill(first, signal.SIGKILL)
        assert services.run_summary(run_id)["completados"] < EMPLOYEES
        wait_until(lambda: workers.pid != first, timeout=30)
        assert workers.is_alive()
        wait_until(lambda: services.run_summary(run_id)["estado"] != "calculando", timeout=300)
        check_nothing_lost(run_id, tmp_path)
    finally:
        assert workers.stop(timeout=60), "the worker process did not stop when asked"
    assert not workers.is_alive()
    text = caplog.text
    assert f"Worker process {first}: 2 thread(s) on huey" in text  # the child's own line
    assert f"The worker process (pid {first}) ended unexpectedly (exit code -9)" in text
    queue = get_queue_driver()
    ids = queries.run_task_ids(run_id)
    wait_until(lambda: queue.get_bulk_results(ids)["completed"] == EMPLOYEES, timeout=30)
    assert queue.get_bulk_results(ids)["processing"] == 0


WINDOW = """
import sys, time
from tests.reliability.test_worker_killed import window_workers
workers = window_workers("dramatiq")
print(workers.pid, flush=True)
time.sleep(600)
"""


def gone(pid: int) -> bool:
    """No such process, or only its zombie (this container's init may not reap it)."""
    try:
        return Path(f"/proc/{pid}/status").read_text().count("State:\tZ") == 1
    except FileNotFoundError:
        return True


def test_the_windows_worker_process_ends_with_a_killed_window(redis_url: str) -> None:
    """kill -9 of the window: its worker process sees its pipe close, finishes the tasks in
    hand and exits, instead of working on unseen."""
    get_queue_driver()
    window = subprocess.Popen([sys.executable, "-c", WINDOW], stdout=subprocess.PIPE)
    try:
        assert window.stdout is not None
        child = int(window.stdout.readline())
        run_id = start_run("dramatiq")  # the child works (on Redis, too)
        wait_until(lambda: services.run_summary(run_id)["estado"] != "calculando", timeout=300)
        window.kill()
        window.wait()
        wait_until(lambda: gone(child), timeout=60)
    finally:
        window.kill()
