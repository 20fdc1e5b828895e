"""Nothing read from the queue folder is unpickled; files and folders are private."""

from __future__ import annotations

import os
import pickle
import sqlite3
import uuid
from pathlib import Path

import pytest

from coati_desk.queue import get_queue_driver, start_workers
from coati_desk.queue.drivers.huey_storage import DB_NAME
from tests.conftest import wait_until


class Exploit:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (os.system, (f"touch {self.marker}",))


@pytest.fixture
def huey_queue(isolated_env: Path):  # type: ignore[no-untyped-def]
    import tests.sample_tasks  # noqa: F401

    queue = get_queue_driver()
    assert queue.backend == "huey"
    return queue


def test_a_pickle_in_the_queue_never_runs(huey_queue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    marker = tmp_path / "pwned"
    payload = pickle.dumps(Exploit(marker))
    folder = Path(huey_queue.location)
    # Dropped as a file in the folder, as stock FileStorage would read it...
    for name in ("queue", "0000-00000000", "schedule"):
        (folder / name).write_bytes(payload)
    # ...and planted as a queued message in the queue database itself.
    planted = str(uuid.uuid4())
    with sqlite3.connect(folder / DB_NAME) as db:
        db.execute(
            "INSERT INTO tasks (id, name, kwargs, status, available_at, message, enqueued_at) "
            "VALUES (?, 'sample.add', '{}', 'pending', 0, ?, 0)",
            (planted, payload),
        )
    honest = huey_queue.enqueue("sample.add", a=1, b=2)
    workers = start_workers(2, huey_queue)
    try:
        wait_until(lambda: huey_queue.get_task_result(honest)["status"] == "completed")
        record = wait_until(
            lambda: (r := huey_queue.get_task_result(planted))["status"] == "failed" and r
        )
    finally:
        workers.stop(timeout=30)
    assert not marker.exists(), "the pickle payload ran"
    assert "Unreadable task message" in record["error"]
