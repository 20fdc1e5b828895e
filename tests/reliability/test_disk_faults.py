"""Issue 6, item 4: the disk fills or turns read-only under a running payroll.

The queue folder and the payroll database live on a small tmpfs the test mounts (this needs
root, as on this machine and in CI): filling it makes every write fail with ENOSPC, remounting
it read-only with EROFS. A clear error reaches the log, nothing is corrupted, and the run
completes once the disk is writable again. (A tmpfs cannot be remounted read-only while
files on it are open for writing, so the read-only case uses a worker that cannot override
file modes instead.)
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from coati_desk.jobs.dispatcher import QueueDispatcher
from coati_desk.payroll import services
from coati_desk.payroll.db import database_url, reset_engines
from coati_desk.payroll.demo import create_demo_planilla
from coati_desk.queue import get_queue_driver, selector
from tests.conftest import BIN, huey_consumer, wait_until
from tests.reliability.test_contention import EMPLOYEES, check_nothing_lost, start_run


class SmallDisk:
    """A tmpfs of a few MB: ``fill()`` it, then ``free()`` it."""

    def __init__(self, mountpoint: Path) -> None:
        self.path = mountpoint
        self.filler = mountpoint / "filler"

    def fill(self) -> None:
        for block in (65536, 512):  # the last partial blocks too: SQLite needs only one page
            with contextlib.suppress(OSError), open(self.filler, "ab", buffering=0) as out:
                while True:
                    out.write(b"\0" * block)

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SmallDisk]:
    mountpoint = tmp_path / "disk"
    mountpoint.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=24m,mode=0700", "tmpfs", str(mountpoint)],
        capture_output=True,
        text=True,
    )
    if made.returncode != 0:
        reason = f"cannot mount a small tmpfs here ({made.stderr.strip() or made.returncode})"
        if os.environ.get("CI") == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    disk = SmallDisk(mountpoint)
    monkeypatch.setenv("COATI_QUEUE_PATH", str(mountpoint / "queue"))
    monkeypatch.setenv("COATI_DATABASE_URL", f"sqlite:///{mountpoint / 'coati.sqlite3'}")
    selector.reset()
    reset_engines()
    try:
        yield disk
    finally:
        selector.reset()
        reset_engines()
        subprocess.run(["umount", "-l", str(mountpoint)], check=False)


def integrity(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


@pytest.mark.parametrize("backend", ["huey", "dramatiq"])
def test_a_run_survives_the_disk_filling_up(  # type: ignore[no-untyped-def]
    backend: str,
    small_disk: SmallDisk,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    request: pytest.FixtureRequest,
) -> None:
    """In-process workers; the tmpfs holding the database (and Huey's queue) fills mid-run."""
    if backend == "dramatiq":
        request.getfixturevalue("redis_url")
    caplog.set_level(logging.INFO, "coati_desk")
    driver = get_queue_driver()
    workers = driver.start_workers(2)
    try:
        run_id = start_run(backend)
        wait_until(lambda: services.run_summary(run_id)["completados"] >= 100, timeout=120)
        small_disk.fill()
        wait_until(lambda: "the disk is full" in caplog.text, timeout=30)
        assert services.run_summary(run_id)["completados"] < EMPLOYEES
        small_disk.free()
        wait_until(lambda: services.run_summary(run_id)["estado"] != "calculando", timeout=300)
    finally:
        workers.stop(timeout=30)
    check_nothing_lost(run_id, tmp_path)
    assert integrity(small_disk.path / "coati.sqlite3") == "ok"
    if backend == "huey":
        assert integrity(small_disk.path / "queue" / "coati-queue.sqlite3") == "ok"
    counts = driver.get_stats()["tasks_by_status"]
    assert counts["processing"] == 0 and counts["pending"] == 0
    assert "Worker step failed" not in caplog.text  # said once in words, not traceback loops


def test_a_worker_that_finds_the_database_read_only_waits_and_goes_on(  # type: ignore[no-untyped-def]
    spawn, tmp_path: Path
) -> None:
    """A ``huey_consumer`` without root's power to ignore file modes meets a read-only payroll
    database (a mode change, a share mounted read-only): readable errors, then the run
    completes once the file is writable again."""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        reason = "setpriv (util-linux) is needed to run a worker without CAP_DAC_OVERRIDE"
        if os.environ.get("CI") == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    planilla_id = create_demo_planilla(300, seed=5, today=date(2026, 11, 20))
    started = services.start_run(
        planilla_id, "2026-11-01", "2026-11-30", "", QueueDispatcher(get_queue_driver())
    )
    run_id = started["nomina_id"]
    database = Path(make_url(database_url()).database or "")
    files = [p for p in database.parent.glob(database.name + "*") if p.is_file()]
    for path in files:
        path.chmod(0o400)
    worker = spawn(
        setpriv,
        "--bounding-set=-dac_override,-dac_read_search",
        str(BIN / "huey_consumer"),
        "coati_desk.queue.drivers.huey_driver.huey",
        "-w",
        "2",
    )
    log_file = tmp_path / "worker-0.log"
    wait_until(lambda: "cannot be written" in log_file.read_text(errors="replace"), timeout=60)
    assert "the file or its folder is read-only" in log_file.read_text(errors="replace")
    assert services.run_summary(run_id)["completados"] == 0
    # Let both threads fail a while, so their connections were opened read-only.
    wait_until(lambda: log_file.read_text(errors="replace").count("will retry") >= 40, timeout=60)
    for path in files:
        path.chmod(0o600)
    wait_until(lambda: services.run_summary(run_id)["estado"] != "calculando", timeout=120)
    assert worker.poll() is None  # it rode it out
    summary = services.run_summary(run_id)
    assert (summary["completados"], summary["fallidos"]) == (300, 0)
    assert integrity(database) == "ok"


@pytest.fixture
def sweeping_window_without_workers(app_settings, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from coati_desk.gui import main_window

    monkeypatch.setattr(main_window, "RESUME_SWEEP_MS", 500)
    prefs = app_settings.load()
    prefs.start_workers = False  # an external worker does the work: no runtime change later
    app_settings.save(prefs)


def test_the_window_resends_tasks_that_used_up_their_retries(  # type: ignore[no-untyped-def]
    sweeping_window_without_workers, window, qtbot, spawn
) -> None:
    """Retries spent while the disk was full leave rows pending with a failed task: the
    window's sweep sends them again, and the run completes without anyone clicking."""
    assert not window.runtime.workers_running
    planilla_id = create_demo_planilla(30, seed=7, today=date(2026, 11, 20))
    run_id = services.start_run(
        planilla_id, "2026-11-01", "2026-11-30", "", QueueDispatcher(window.runtime.driver)
    )["nomina_id"]
    storage = window.runtime.driver.journal
    with storage._write() as db:  # what five failed attempts on a full disk leave behind
        db.execute(
            "UPDATE tasks SET status='failed', message=NULL, error='OperationalError: "
            "database or disk is full' WHERE name='calculate_employee_payroll'"
        )
    huey_consumer(spawn, "-w", "2")
    qtbot.waitUntil(lambda: services.run_summary(run_id)["estado"] == "calculada", timeout=60_000)
    assert services.run_summary(run_id)["completados"] == 30


def test_the_window_says_the_disk_is_full_and_clears_when_it_is_not(  # type: ignore[no-untyped-def]
    small_disk: SmallDisk, window, qtbot
) -> None:
    """Idle workers find out through their heartbeat; the status bar says it in words."""
    assert window.backend_label.text() == "Cola: Huey"
    # (the window's workers, in their own process, are at work on the queue)
    qtbot.waitUntil(lambda: bool(window.runtime.driver.journal.workers()), timeout=30_000)
    small_disk.fill()
    qtbot.waitUntil(lambda: window.backend_label.text() == "Cola: no disponible", timeout=30_000)
    assert "el disco está lleno" in window.location_label.text()
    # (the page's query may fail first; the workers' heartbeat says it of the queue file)
    qtbot.waitUntil(lambda: "cannot be written" in window.log_view.toPlainText(), timeout=30_000)
    small_disk.free()
    qtbot.waitUntil(lambda: window.backend_label.text() == "Cola: Huey", timeout=30_000)
    assert window.location_label.text() == str(small_disk.path / "queue")
