"""Where our Huey storage now does what Huey does (found by Huey's own test suite)."""

from __future__ import annotations

import datetime
import time
from pathlib import Path

from huey.api import chord
from huey.exceptions import CancelExecution
from huey.utils import Error

from coati_desk.queue.drivers.huey_driver import CoatiHuey
from coati_desk.queue.status import TaskStatus


def make_huey(folder: Path) -> CoatiHuey:
    return CoatiHuey(folder, {})


def status(huey: CoatiHuey, task_id: str) -> str:
    return str(huey.storage.journal.records([task_id])[task_id]["status"])


def test_cancel_execution_with_retries_left_is_retried(tmp_path: Path) -> None:
    huey = make_huey(tmp_path)

    @huey.task(retries=1)
    def flaky() -> None:
        raise CancelExecution()

    task = flaky.s()
    huey.enqueue(task)
    huey.execute(huey.dequeue())
    assert status(huey, task.id) == TaskStatus.PENDING  # queued again, as Huey does
    huey.execute(huey.dequeue())
    assert status(huey, task.id) == TaskStatus.FAILED  # no retries left
    huey.storage.journal.shutdown()


def test_a_task_vetoed_by_a_pre_execute_hook_is_cancelled(tmp_path: Path) -> None:
    huey = make_huey(tmp_path)

    @huey.pre_execute()
    def veto(task: object) -> None:
        raise CancelExecution()

    @huey.task()
    def job() -> int:
        return 1

    task = job.s()
    huey.enqueue(task)
    huey.execute(huey.dequeue())
    record = huey.storage.journal.records([task.id])[task.id]
    assert record["status"] == TaskStatus.CANCELLED  # not left "processing" to run again
    assert "pre-execute" in record["error"]
    huey.storage.journal.shutdown()


def test_a_relative_expiry_counts_from_when_a_delayed_task_falls_due(tmp_path: Path) -> None:
    huey = make_huey(tmp_path)

    @huey.task(expires=30)
    def job() -> int:
        return 1

    eta = datetime.datetime.now(datetime.UTC).replace(tzinfo=None) + datetime.timedelta(seconds=0.3)
    task = job.s()
    task.eta = eta
    huey.enqueue(task)  # its expiry first resolved from now
    time.sleep(0.4)
    taken = huey.dequeue()
    assert taken is not None
    assert taken.expires_resolved == eta + datetime.timedelta(seconds=30)
    huey.storage.journal.shutdown()


def test_a_value_put_with_a_ttl_expires(tmp_path: Path) -> None:
    storage = make_huey(tmp_path).storage
    assert storage.put_if_empty("lock", b"1", ttl=0.2)
    assert not storage.put_if_empty("lock", b"2", ttl=0.2)
    assert storage.peek_data("lock") == b"1"
    time.sleep(0.3)
    assert not storage.has_data_for_key("lock")
    assert storage.put_if_empty("lock", b"3")  # no ttl: kept
    assert storage.peek_data("lock") == b"3"
    storage.journal.shutdown()


def test_a_task_without_a_spec_keeps_its_retry_delay(tmp_path: Path) -> None:
    huey = make_huey(tmp_path)

    @huey.task(retries=1, retry_delay=60)
    def flaky() -> None:
        raise ValueError("again")

    task = flaky.s()
    huey.enqueue(task)
    huey.execute(huey.dequeue())
    assert status(huey, task.id) == TaskStatus.SCHEDULED  # not retried at once
    (retry,) = huey.scheduled()
    assert retry.retry_delay == 60
    huey.storage.journal.shutdown()


def test_a_chord_callback_gets_a_failed_members_error(tmp_path: Path) -> None:
    huey = make_huey(tmp_path)
    got: list[object] = []

    @huey.task()
    def member(n: int) -> int:
        if n < 0:
            raise ValueError("negative")
        return n

    @huey.task()
    def collect(results: list[object]) -> None:
        got.extend(results)

    huey.enqueue(chord([member.s(1), member.s(-1)], collect.s()))
    for _ in range(3):
        huey.execute(huey.dequeue())
    assert got[0] == 1
    assert isinstance(got[1], Error)  # through the JSON message, not a bare list
    assert "negative" in got[1].metadata["error"]
    huey.storage.journal.shutdown()
