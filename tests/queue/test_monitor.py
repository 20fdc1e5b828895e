"""The queue monitor's contract (issue 9), the same on Huey and on Dramatiq: attempts and
timelines, progress, search, retry all failed, cancel, delete, purge, history and charts."""

from __future__ import annotations

import logging
import time
from datetime import datetime
from pathlib import Path

import pytest

from coati_desk.queue import QueueDriver, QueueError, TaskStatus, start_workers
from tests.conftest import wait_until


def finished(queue: QueueDriver, ids: list[str], status: str = "completed") -> None:
    wait_until(lambda: queue.get_bulk_results(ids)[status] == len(ids), timeout=60)


def test_every_attempt_is_kept_with_its_error_and_traceback(
    queue: QueueDriver, workers: object, tmp_path: Path
) -> None:
    path = str(tmp_path / "flaky")
    task_id = queue.enqueue("sample.flaky", path=path)
    wait_until(lambda: len(Path(path).read_text().splitlines()) >= 2 if Path(path).exists() else 0)
    Path(path + ".ok").touch()
    finished(queue, [task_id])

    detail = queue.task_detail(task_id)
    log = detail["attempt_log"]
    assert [a["outcome"] for a in log][-1] == "completed"
    errors = [a for a in log if a["outcome"] == "error"]
    assert len(errors) >= 2 and len(log) == detail["attempts"]
    assert [a["n"] for a in log] == list(range(1, len(log) + 1))
    for attempt in errors:
        assert attempt["error"] == "RuntimeError: flaky failure on purpose"
        assert "raise RuntimeError" in attempt["traceback"]
        assert attempt["owner"]  # the worker that ran it
        assert datetime.fromisoformat(attempt["started_at"]) <= datetime.fromisoformat(
            attempt["finished_at"]
        )
    events = [e["event"] for e in detail["timeline"]]
    assert events[0] == "enqueued" and events[-1] == "completed"
    started = [e for e in detail["timeline"] if e["event"] == "started"]
    assert all(e["detail"] for e in started)  # which worker took each attempt
    assert events.count("started") == len(log) and events.count("error") == len(errors)


def test_a_task_that_fails_for_good_shows_its_last_attempt(
    queue: QueueDriver, workers: object, tmp_path: Path
) -> None:
    task_id = queue.enqueue("sample.fail_until", path=str(tmp_path / "x"))
    finished(queue, [task_id], "failed")
    detail = queue.task_detail(task_id)
    assert [a["outcome"] for a in detail["attempt_log"]] == ["failed"]
    assert detail["attempt_log"][0]["error"] == "RuntimeError: not yet: failing on purpose"
    assert detail["timeline"][-1]["event"] == "failed"


def test_a_task_reports_its_progress(any_queue: QueueDriver) -> None:
    group = start_workers(1, any_queue)
    try:
        task_id = any_queue.enqueue("sample.steps", total=25)
        finished(any_queue, [task_id])
    finally:
        group.stop(timeout=30)
    assert any_queue.get_task_result(task_id)["progress"] == {"done": 25, "total": 25}
    assert any_queue.get_task_result(task_id)["result"] == 25


def test_search_finds_tasks_by_id_and_by_any_of_several_argument_values(
    queue: QueueDriver,
) -> None:
    ids = [queue.enqueue("sample.add", a=1000 + n, b=n) for n in range(5)]
    queue.enqueue("sample.record", path="/tmp/x", value="hello")
    words = [queue.enqueue("sample.record", path=f"/tmp/{w}", value=w) for w in ("emp_1", "emp_10")]
    assert [t["task_id"] for t in queue.list_tasks(search=ids[2][:12])["tasks"]] == [ids[2]]
    assert queue.list_tasks(search="HELLO")["total"] == 1  # any case
    found = queue.list_tasks(values=["emp_1", "nobody"])  # equal, not contained
    assert [t["task_id"] for t in found["tasks"]] == [words[0]] and found["total"] == 1
    either = queue.list_tasks(search="1003", values=["emp_10"])
    assert {t["task_id"] for t in either["tasks"]} == {ids[3], words[1]}
    named = queue.list_tasks(name="sample.record")
    assert named["total"] == 3 and named["tasks"][-1]["args"]["value"] == "hello"
    page = queue.list_tasks(name="sample.add", offset=2, limit=2)
    assert page["total"] == 5 and [t["task_id"] for t in page["tasks"]] == ids[2:0:-1]


def test_retry_all_failed_queues_every_failed_task_again(
    queue: QueueDriver, workers: object, tmp_path: Path
) -> None:
    paths = [str(tmp_path / f"t{n}") for n in range(4)]
    ids = [queue.enqueue("sample.fail_until", path=p) for p in paths]
    finished(queue, ids, "failed")
    for p in paths:
        Path(p + ".ok").touch()
    assert queue.retry_failed(name="sample.add") == 0  # another task's failures only
    assert queue.retry_failed() == 4
    finished(queue, ids)
    assert queue.get_stats()["tasks_by_status"]["failed"] == 0
    if queue.backend == "dramatiq":
        assert queue.get_stats()["dead_letter_tasks"] == 0


def test_cancel_delete_and_purge_are_logged_with_who_did_them(
    queue: QueueDriver, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    marker = tmp_path / "ran"
    waiting = [queue.enqueue("sample.record", path=str(marker), value=str(n)) for n in range(6)]
    with caplog.at_level(logging.WARNING, logger="coati_desk.queue"):
        assert queue.cancel_many(waiting[:2], by="ana@oficina") == 2
        assert queue.delete(waiting[2:3], by="ana@oficina") == 0  # waiting: not deleted
        assert queue.purge("default", by="luis@caja") == 4
        assert queue.delete(waiting[:2], by="ana@oficina") == 2
    messages = [r.getMessage() for r in caplog.records]
    assert any(m.startswith("2 task(s) cancelled by ana@oficina") for m in messages), messages
    assert any(m.startswith("4 task(s) purged from queue default by luis@caja") for m in messages)
    assert any(m.startswith("2 task(s) deleted by ana@oficina") for m in messages)

    assert queue.get_task_result(waiting[0])["status"] == TaskStatus.UNKNOWN
    assert queue.get_bulk_results(waiting[2:])["cancelled"] == 4
    assert queue.list_tasks()["total"] == 4
    group = start_workers(2, queue)
    try:
        time.sleep(1.5)  # nothing purged or cancelled may run
    finally:
        group.stop(timeout=30)
    assert not marker.exists()
    if queue.backend == "dramatiq":
        assert queue.get_stats()["queues"]["default"] == 0  # the messages are gone too
    with pytest.raises(QueueError, match="Unknown queue"):
        queue.purge("nope")


def test_deleting_a_finished_task_forgets_it_and_its_attempts(
    queue: QueueDriver, workers: object, tmp_path: Path
) -> None:
    failed = queue.enqueue("sample.fail_until", path=str(tmp_path / "y"))
    done = queue.enqueue("sample.add", a=1, b=2)
    finished(queue, [failed], "failed")
    finished(queue, [done])
    assert queue.delete([failed, done, "no-such-id"]) == 2
    assert queue.task_detail(failed)["attempt_log"] == []
    assert queue.get_stats()["tasks_by_status"] == dict.fromkeys(
        queue.get_stats()["tasks_by_status"], 0
    )
    if queue.backend == "dramatiq":
        assert queue.get_stats()["dead_letter_tasks"] == 0


def test_history_is_pruned_after_the_days_kept(queue: QueueDriver, workers: object) -> None:
    old = [queue.enqueue("sample.add", a=n, b=0) for n in range(3)]
    finished(queue, old)
    time.sleep(1.2)
    recent = queue.enqueue("sample.add", a=9, b=9)
    finished(queue, [recent])
    assert queue.prune_history(days=1 / 86_400) == 3  # one second
    assert queue.get_bulk_results(old)["unknown"] == 3
    assert queue.get_task_result(recent)["status"] == "completed"
    with pytest.raises(QueueError):
        queue.prune_history(days=0)


def test_activity_counts_per_minute_and_time_percentiles(
    queue: QueueDriver, workers: object, tmp_path: Path
) -> None:
    ids = [queue.enqueue("sample.add", a=n, b=n) for n in range(20)]
    bad = [queue.enqueue("sample.fail_until", path=str(tmp_path / f"f{n}")) for n in range(3)]
    finished(queue, ids)
    finished(queue, bad, "failed")
    activity = queue.activity(minutes=60)
    assert len(activity["minutes"]) in (61, 62)
    assert sum(activity["completed"]) == 20 and sum(activity["failed"]) == 3
    assert activity["completed"][-1] + activity["completed"][-2] == 20
    rows = {row["name"]: row for row in activity["durations"]}
    add = rows["sample.add"]
    assert add["count"] == 20
    assert 0 <= add["wait_p50"] <= add["wait_p95"] and 0 <= add["run_p50"] <= add["run_p95"] < 5
    assert rows["sample.fail_until"]["count"] == 3
