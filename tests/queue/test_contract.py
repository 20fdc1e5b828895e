"""The queue contract, the same on every backend."""

from __future__ import annotations

import itertools
import time
from datetime import datetime
from pathlib import Path

import pytest

from coati_desk.queue import QueueDriver, QueueError, TaskStatus, UnknownTaskError, selector
from coati_desk.queue.contract import WorkerGroup
from tests.conftest import wait_until


def done(queue: QueueDriver, task_id: str, status: str = "completed") -> dict:
    return wait_until(lambda: (r := queue.get_task_result(task_id))["status"] == status and r)


def test_a_task_runs_and_its_result_is_kept(any_queue: QueueDriver) -> None:
    from coati_desk.queue import start_workers

    workers = start_workers(2, any_queue)
    try:
        task_id = any_queue.enqueue("sample.add", a=2, b=3)
        assert isinstance(task_id, str)
        record = done(any_queue, task_id)
        assert record["result"]["sum"] == 5
        assert record["name"] == "sample.add" and record["args"] == {"a": 2, "b": 3}
        assert record["attempts"] == 1 and record["error"] is None
        for key in ("enqueued_at", "started_at", "finished_at"):
            assert datetime.fromisoformat(record[key]).tzinfo is not None
        assert any_queue.get_task_result(task_id) == record  # reading never consumes it
    finally:
        workers.stop(timeout=30)


def test_enqueue_many_queues_each_call_in_order(any_queue: QueueDriver) -> None:
    """A run's employees go in batches; every task is its own, journaled, in the given order."""
    from coati_desk.queue import start_workers

    calls = [{"a": i, "b": 1} for i in range(250)]  # more than one batch
    ids = any_queue.enqueue_many("sample.add", calls)
    assert len(set(ids)) == 250
    workers = start_workers(2, any_queue)
    try:
        wait_until(lambda: any_queue.get_bulk_results(ids)["completed"] == 250, timeout=60)
    finally:
        workers.stop(timeout=30)
    records = any_queue.get_bulk_results(ids)["tasks"]
    assert [records[i]["result"]["sum"] for i in ids] == [i + 1 for i in range(250)]
    assert all(records[i]["attempts"] == 1 for i in ids)
    with pytest.raises(UnknownTaskError):
        any_queue.enqueue_many("sample.nope", calls)
    with pytest.raises(QueueError):
        any_queue.enqueue_many("sample.add", [{"a": object()}])


def test_inline_runs_in_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    import tests.sample_tasks as sample

    monkeypatch.setenv("QUEUE_ENABLED", "0")
    task_id = sample.add.send(a=1, b=1)  # no workers at all
    record = selector.get_queue_driver().get_task_result(task_id)
    assert record["status"] == "completed" and record["result"]["sum"] == 2


def test_handle_send_returns_an_id_that_any_driver_instance_reads(
    queue: QueueDriver, workers: WorkerGroup
) -> None:
    handle = queue.register_task(lambda value: value * 2, name="double", max_retries=0)
    task_id = handle.send(value=21)
    assert done(queue, task_id)["result"] == 42
    selector.reset()  # a new process would see the same thing
    again = selector.get_queue_driver()
    assert again is not queue
    assert again.get_task_result(task_id)["result"] == 42


def test_delay_is_honoured(queue: QueueDriver, workers: WorkerGroup) -> None:
    task_id = queue.enqueue("sample.add", a=1, b=2, delay=1.5)
    assert queue.get_task_result(task_id)["status"] == "scheduled"
    time.sleep(1.0)
    assert queue.get_task_result(task_id)["status"] == "scheduled"
    record = done(queue, task_id)
    started = datetime.fromisoformat(record["started_at"])
    assert (started - datetime.fromisoformat(record["enqueued_at"])).total_seconds() >= 1.5


def test_a_raising_task_is_retried_with_growing_delays_then_failed(
    queue: QueueDriver, workers: WorkerGroup, tmp_path: Path
) -> None:
    calls = tmp_path / "calls"
    task_id = queue.enqueue("sample.flaky", path=str(calls))
    record = done(queue, task_id, "failed")
    times = [float(line) for line in calls.read_text().split()]
    assert len(times) == 4 and record["attempts"] == 4  # first run + 3 retries
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert gaps[0] >= 0.15  # min_backoff 300 ms (Dramatiq jitters it down to half)
    assert gaps[2] > gaps[0]  # exponential
    assert "RuntimeError: flaky failure on purpose" in record["error"]
    assert "flaky failure on purpose" in record["traceback"]
    assert "Traceback" in record["traceback"]

    # Fixed: retrying by hand runs it again under the same id, with the same arguments.
    Path(f"{calls}.ok").touch()
    assert queue.retry(task_id) == task_id
    record = done(queue, task_id)
    assert record["result"] == "recovered" and record["error"] is None
    assert record["args"] == {"path": str(calls)}
    with pytest.raises(QueueError, match="only failed or cancelled"):
        queue.retry(task_id)


def test_cancel_a_waiting_task(queue: QueueDriver, workers: WorkerGroup, tmp_path: Path) -> None:
    ran = tmp_path / "ran"
    task_id = queue.enqueue("sample.record", path=str(ran), value="x", delay=1)
    assert queue.cancel(task_id) is True
    assert queue.get_task_result(task_id)["status"] == "cancelled"
    finished = queue.enqueue("sample.add", a=1, b=1)
    done(queue, finished)
    time.sleep(1.5)
    assert not ran.exists(), "a cancelled task ran"
    assert queue.get_task_result(task_id)["status"] == "cancelled"
    assert queue.cancel(finished) is False  # already completed
    assert queue.cancel("no-such-task") is False
    # A cancelled task can be queued again by hand.
    queue.retry(task_id)
    done(queue, task_id)
    assert ran.read_text() == "x\n"


def test_waiting_tasks_and_results_survive_a_restart(queue: QueueDriver) -> None:
    from coati_desk.queue import start_workers

    finished = queue.enqueue("sample.add", a=4, b=4)
    group = start_workers(2, queue)
    done(queue, finished)
    assert group.stop(timeout=30)
    waiting = queue.enqueue("sample.add", a=5, b=5)  # nobody runs it before the "restart"

    selector.reset()
    restarted = selector.get_queue_driver()
    assert restarted.backend == queue.backend and restarted is not queue
    assert restarted.get_task_result(finished)["result"]["sum"] == 8
    assert restarted.get_task_result(waiting)["status"] == "pending"
    group = start_workers(2, restarted)
    try:
        assert done(restarted, waiting)["result"]["sum"] == 10
    finally:
        group.stop(timeout=30)


def test_bulk_results_for_0_1_and_1000_tasks(queue: QueueDriver, workers: WorkerGroup) -> None:
    empty = queue.get_bulk_results([])
    assert empty["total"] == 0 and empty["progress_percentage"] == 0 and empty["tasks"] == {}

    one = queue.enqueue("sample.add", a=1, b=0)
    wait_until(lambda: queue.get_bulk_results([one])["completed"] == 1)
    assert queue.get_bulk_results([one])["progress_percentage"] == 100.0

    ids = [queue.enqueue("sample.add", a=i, b=i) for i in range(1000)]
    wait_until(lambda: queue.get_bulk_results(ids)["completed"] == 1000, timeout=60)
    bulk = queue.get_bulk_results([*ids, "never-seen"])
    assert bulk["total"] == 1001 and bulk["completed"] == 1000 and bulk["unknown"] == 1
    assert bulk["progress_percentage"] == round(1000 / 1001 * 100, 2)
    assert bulk["tasks"][ids[7]]["result"]["sum"] == 14
    assert bulk["tasks"]["never-seen"]["status"] == "unknown"


def test_bulk_results_take_a_bounded_number_of_storage_round_trips(
    queue: QueueDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [queue.enqueue("sample.add", a=i, b=i) for i in range(1000)]
    trips: list[object] = []
    if queue.backend == "huey":
        conn = queue.journal._conn()  # type: ignore[attr-defined]
        conn.set_trace_callback(trips.append)
        queue.get_bulk_results(ids)
        conn.set_trace_callback(None)
    else:
        import redis.connection

        real = redis.connection.AbstractConnection.send_packed_command

        def counted(self, command, check_health=True):  # type: ignore[no-untyped-def]
            trips.append(command)
            return real(self, command, check_health)

        monkeypatch.setattr(redis.connection.AbstractConnection, "send_packed_command", counted)
        queue.get_bulk_results(ids)
    assert 1 <= len(trips) <= 4, f"{len(trips)} round trips for 1,000 ids"


def test_stats_match_what_is_queued(queue: QueueDriver) -> None:
    for i in range(3):
        queue.enqueue("sample.add", a=i, b=i)
    for i in range(2):
        queue.enqueue("sample.add", a=i, b=i, delay=600)
    stats = queue.get_stats()
    assert stats["driver"] == queue.backend
    assert stats["backend"] == {"huey": "filesystem", "dramatiq": "redis"}[queue.backend]
    assert "sample.add" in stats["registered_tasks"]
    assert stats["tasks_by_status"]["pending"] == 3
    assert stats["tasks_by_status"]["scheduled"] == 2
    if queue.backend == "huey":
        assert stats["pending_tasks"] == 3 and stats["scheduled_tasks"] == 2
        assert stats["storage_path"] == queue.location
    else:
        assert stats["queues"] == {"default": 3, "priority": 0}
        assert stats["delayed"]["default"] == 2 and stats["dead_letter_tasks"] == 0


def test_stats_show_failures_and_live_workers(
    queue: QueueDriver, workers: WorkerGroup, tmp_path: Path
) -> None:
    failing = queue.register_task(_always_fails, name="always_fails", max_retries=0)
    task_id = failing.send()
    done(queue, task_id, "failed")
    stats = wait_until(lambda: (s := queue.get_stats())["workers"] and s)
    assert stats["tasks_by_status"]["failed"] == 1
    assert any(str(w["pid"]) == str(__import__("os").getpid()) for w in stats["workers"])
    if queue.backend == "dramatiq":
        # Dramatiq moves the message to its dead-letter queue just after our journal records
        # the failure: on a loaded machine the two are a moment apart.
        assert wait_until(lambda: queue.get_stats()["dead_letter_tasks"] == 1)


def _always_fails() -> None:
    raise ValueError("no good")


def test_list_tasks_filters_searches_and_pages(queue: QueueDriver) -> None:
    for code in ("E-001", "E-002", "E-003"):
        queue.enqueue("sample.record", path="/dev/null", value=code)
    queue.enqueue("sample.add", a=1, b=2)
    page = queue.list_tasks(name="sample.record", limit=2)
    assert page["total"] == 3 and len(page["tasks"]) == 2
    assert page["tasks"][0]["args"]["value"] == "E-003"  # newest first
    assert queue.list_tasks(name="sample.record", offset=2)["tasks"][0]["args"]["value"] == "E-001"
    found = queue.list_tasks(search="E-002")
    assert [t["args"]["value"] for t in found["tasks"]] == ["E-002"]
    assert queue.list_tasks(search="100%_")["total"] == 0  # LIKE wildcards are literal
    assert queue.list_tasks(status="pending")["total"] == 4
    assert queue.list_tasks(status="failed")["total"] == 0
    with pytest.raises(QueueError):
        queue.list_tasks(status="bogus")


def test_bad_calls_get_clear_errors(any_queue: QueueDriver) -> None:
    with pytest.raises(UnknownTaskError, match="No task named 'nope'"):
        any_queue.enqueue("nope")
    with pytest.raises(QueueError, match="must be JSON"):
        any_queue.enqueue("sample.add", a=object(), b=1)
    with pytest.raises(QueueError, match="delay"):
        any_queue.enqueue("sample.add", a=1, b=1, delay=-5)
    assert any_queue.get_task_result("'; DROP TABLE tasks; --")["status"] == TaskStatus.UNKNOWN
    assert any_queue.list_tasks(search="'; DROP TABLE tasks; --")["total"] == 0


def test_a_task_enqueued_from_a_task_lands_on_the_same_queue(
    queue: QueueDriver, workers: WorkerGroup
) -> None:
    parent = queue.enqueue("sample.fanout", n=5)
    children = done(queue, parent)["result"]
    assert len(children) == 5
    bulk = wait_until(lambda: (b := queue.get_bulk_results(children))["completed"] == 5 and b)
    assert sorted(t["result"]["sum"] for t in bulk["tasks"].values()) == [0, 2, 4, 6, 8]
