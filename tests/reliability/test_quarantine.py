"""Issue 6, item 4: a torn or corrupt queue file is set aside and reported, never a crash loop.

The payroll database is the record of what is owed: a run that was calculating when its queue
file was damaged is resumed from it, and finishes with nothing lost and nothing doubled.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from coati_desk.gui.background import wait_for_background
from coati_desk.jobs.dispatcher import QueueDispatcher
from coati_desk.payroll import queries, services
from coati_desk.queue import get_queue_driver, selector
from coati_desk.queue.drivers.huey_storage import DB_NAME
from tests.conftest import huey_consumer, wait_until
from tests.payroll.conftest import make_planilla

GARBAGE = b"this is not an SQLite file\n" * 200


@pytest.fixture(autouse=True)
def sample_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COATI_TASK_MODULES", "tests.sample_tasks")


def damage(queue_dir: Path, how: str) -> bytes:
    """Damage the queue file in place; the bytes it holds afterwards."""
    path = queue_dir / DB_NAME
    selector.reset()  # the app stopped (closing the file) before the damage
    if how == "garbage":
        path.write_bytes(GARBAGE)
    else:  # torn: a crash in the middle of copying it, or a disk that lost its tail
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            fh.truncate(size // 3)
            fh.seek(100)
            fh.write(os.urandom(4096))
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path.read_bytes()


def quarantined(queue_dir: Path) -> list[Path]:
    return sorted(p for p in (queue_dir / "quarantine").glob(f"{DB_NAME}.*") if p.is_file())


@pytest.mark.parametrize("how", ["garbage", "torn"])
def test_a_damaged_queue_file_is_set_aside_and_a_new_queue_starts(  # type: ignore[no-untyped-def]
    how: str, isolated_env: Path, caplog: pytest.LogCaptureFixture
) -> None:
    driver = get_queue_driver()
    driver.enqueue_many("sample.add", [{"a": i, "b": 1} for i in range(2000)])
    damaged = damage(isolated_env, how)

    caplog.set_level(logging.ERROR, "coati_desk")
    driver = get_queue_driver()  # no exception: the damaged file went aside
    assert "is damaged" in caplog.text and "set aside as" in caplog.text
    aside = quarantined(isolated_env)
    assert [p.read_bytes() for p in aside if not p.name.endswith(("-wal", "-shm"))] == [damaged]
    assert oct(aside[0].parent.stat().st_mode & 0o777) == "0o700"

    task_id = driver.enqueue("sample.add", a=2, b=3)
    assert driver.run_waiting(task_id)  # type: ignore[attr-defined]
    assert driver.get_task_result(task_id)["result"]["sum"] == 5

    selector.reset()
    caplog.clear()
    get_queue_driver()  # the next start finds a sound file: nothing more is set aside
    assert "is damaged" not in caplog.text
    assert len(quarantined(isolated_env)) == len(aside)


def test_a_worker_command_on_a_damaged_queue_file_starts_and_works(  # type: ignore[no-untyped-def]
    spawn, isolated_env: Path, tmp_path: Path
) -> None:
    get_queue_driver()
    damage(isolated_env, "garbage")
    huey_consumer(spawn, "-w", "1")
    log_file = tmp_path / "worker-0.log"
    wait_until(lambda: "set aside as" in log_file.read_text(errors="replace"), timeout=60)
    task_id = get_queue_driver().enqueue("sample.add", a=40, b=2)
    wait_until(lambda: get_queue_driver().get_task_result(task_id)["status"] == "completed")
    assert log_file.read_text().count("is damaged") == 1  # once, not a crash loop


def test_a_run_whose_queue_file_was_damaged_finishes_when_the_window_starts(  # type: ignore[no-untyped-def]
    qtbot, app_settings, isolated_env: Path
) -> None:
    from coati_desk.gui.main_window import MainWindow
    from coati_desk.gui.settings import Preferences

    planilla_id, _ = make_planilla(["10000", "20000", "30000", "40000"])
    started = services.start_run(
        planilla_id, "2024-01-01", "2024-01-31", "tester", QueueDispatcher(get_queue_driver())
    )
    run_id = started["nomina_id"]
    damage(isolated_env, "torn")  # the app stopped; its queue file did not survive
    app_settings.save(Preferences(backend="huey", worker_threads=2, refresh_seconds=1))
    win = MainWindow(app_settings)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: "set aside as" in win.log_view.toPlainText(), timeout=20_000)
        qtbot.waitUntil(
            lambda: services.run_summary(run_id)["estado"] == "calculada", timeout=60_000
        )
        summary = services.run_summary(run_id)
        assert (summary["completados"], summary["total_empleados"]) == (4, 4)
    finally:
        win.close()
        wait_for_background()


def tear_journal_entry(queue, task_id: str) -> None:  # type: ignore[no-untyped-def]
    """Write half a JSON document where the task's arguments are kept."""
    if queue.backend == "dramatiq":
        queue.journal.client.hset(f"coati:task:{task_id}", "kwargs", '{"a": 1, "b')
    else:
        with queue.journal._write() as db:
            db.execute('UPDATE tasks SET kwargs=\'{"a": 1, "b\' WHERE id=?', (task_id,))


def test_a_torn_journal_entry_is_reported_and_treated_as_lost(  # type: ignore[no-untyped-def]
    queue, caplog: pytest.LogCaptureFixture
) -> None:
    torn = queue.enqueue("sample.add", a=1, b=2)
    sound = queue.enqueue("sample.add", a=3, b=4)
    tear_journal_entry(queue, torn)
    caplog.set_level(logging.ERROR, "coati_desk")
    record = queue.get_task_result(torn)
    assert record["status"] == "unknown"
    assert "Unreadable journal entry" in record["error"]
    bulk = queue.get_bulk_results([torn, sound])
    assert (bulk["unknown"], bulk["pending"]) == (1, 1)
    queue.get_task_result(torn)
    assert caplog.text.count(f"The journal entry of task {torn} is unreadable") == 1  # once


def test_a_torn_dramatiq_message_is_set_aside_and_the_rest_runs(  # type: ignore[no-untyped-def]
    redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    from coati_desk.queue.drivers.dramatiq_driver import QUARANTINE_KEY

    caplog.set_level(logging.ERROR, "coati_desk")
    queue = get_queue_driver()
    client = queue.broker_client  # type: ignore[attr-defined]
    torn = b'{"queue_name": "default", "actor_name": "sample.a'
    client.hset("dramatiq:default.msgs", "torn-1", torn)
    client.rpush("dramatiq:default", "torn-1")
    workers = queue.start_workers(2)
    try:
        task_id = queue.enqueue("sample.add", a=20, b=22)
        wait_until(lambda: queue.get_task_result(task_id)["status"] == "completed")
        wait_until(lambda: client.hget(QUARANTINE_KEY, "torn-1") == torn)
    finally:
        workers.stop(timeout=30)
    assert not client.hexists("dramatiq:default.msgs", "torn-1")  # not fetched again
    assert caplog.text.count("cannot be read") == 1


def test_a_damaged_local_rule_file_is_set_aside_and_never_silently_replaced(  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The office's own ni.toml is torn: every employee fails with the reason (the shipped
    rules are not used behind its back), the file goes aside, and after a good copy is put
    back "retry failed" calculates them all."""
    from coati_desk.payroll.rules import RULES_DIR, local_rules_dir

    monkeypatch.setenv("QUEUE_ENABLED", "0")  # tasks run at once, in the caller
    caplog.set_level(logging.ERROR, "coati_desk")
    local = local_rules_dir() / "ni.toml"
    local.parent.mkdir(parents=True)
    good = (RULES_DIR / "ni.toml").read_text(encoding="utf-8")
    local.write_text(good[: len(good) // 2], encoding="utf-8")  # a save cut short

    planilla_id, _ = make_planilla(["25000", "30000", "40000"])
    dispatcher = QueueDispatcher(get_queue_driver())
    run_id = services.start_run(planilla_id, "2024-01-01", "2024-01-31", "", dispatcher)[
        "nomina_id"
    ]
    summary = services.run_summary(run_id)
    assert (summary["estado"], summary["fallidos"]) == ("calculada_con_errores", 3)
    assert not local.exists()
    aside = list((local.parent / "quarantine").glob("ni.toml.*"))
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == good[: len(good) // 2]
    assert caplog.text.count("cannot be used: set aside as") == 1
    assert all("set aside as" in row["error"] for row in queries.run_rows(run_id))

    local.write_text(good, encoding="utf-8")
    assert services.retry_failed(run_id, dispatcher) == 3
    summary = services.run_summary(run_id)
    assert (summary["estado"], summary["completados"]) == ("calculada", 3)
    assert "20683.33" in {str(row["salario_neto"]) for row in queries.run_rows(run_id)}
