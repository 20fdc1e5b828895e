"""Worker identity per process (forked children included), and identities every process on a
queue must share (the payroll database's id), held in Redis."""

from __future__ import annotations

import os
import time

import pytest

from coati_desk.queue import get_queue_driver
from coati_desk.queue.contract import Identity


def owner_in_forked_child(read_owner) -> str:  # type: ignore[no-untyped-def]
    """Fork (as Dramatiq's CLI does inside a frozen ``coati-desk worker``) and read the child's
    worker identity through a pipe."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: answer and leave at once
        try:
            os.write(writer, f"{os.getpid()} {read_owner()}".encode())
        finally:
            os._exit(0)
    os.close(writer)
    answer = b""
    while chunk := os.read(reader, 1024):
        answer += chunk
    os.close(reader)
    os.waitpid(pid, 0)
    child_pid, owner = answer.decode().split(" ", 1)
    assert owner.split(":")[1] == child_pid
    return owner


@pytest.mark.redis
def test_dramatiq_workers_forked_after_the_driver_is_made_have_their_own_identity(
    redis_url: str,
) -> None:
    driver = get_queue_driver(force_backend="dramatiq")
    mine = driver.middleware.owner  # type: ignore[attr-defined]
    assert mine.split(":")[1] == str(os.getpid())
    children = {owner_in_forked_child(lambda: driver.middleware.owner) for _ in range(3)}  # type: ignore[attr-defined]
    assert len(children) == 3 and mine not in children
    assert driver.middleware.owner == mine  # type: ignore[attr-defined]  (the parent keeps its own)


def test_huey_workers_forked_after_the_driver_is_made_have_their_own_identity() -> None:
    driver = get_queue_driver(force_backend="huey")
    mine = driver.journal.owner  # type: ignore[attr-defined]
    children = {owner_in_forked_child(lambda: driver.journal.owner) for _ in range(3)}  # type: ignore[attr-defined]
    assert len(children) == 3 and mine not in children


@pytest.mark.redis
def test_the_first_holder_wins_until_no_live_process_holds_it(redis_url: str) -> None:
    from coati_desk.queue.drivers.dramatiq_driver import DramatiqDriver

    desk, worker = DramatiqDriver(redis_url), DramatiqDriver(redis_url)  # two processes' views
    a, b = Identity("aaaa", "postgresql://u:***@db/coati"), Identity("bbbb", "sqlite:///x (pc2)")
    try:
        assert desk.hold_identity("database", a) == a
        assert worker.hold_identity("database", b) == a  # refused: names the one recorded
        assert worker.hold_identity("database", a) == a  # agrees: holds it too
        assert desk.hold_identity("database", b) == a  # the desk may not switch alone
        worker.release_identity("database")
        assert desk.hold_identity("database", b) == b  # nobody else holds a: b now
        assert worker.hold_identity("database", a) == b
    finally:
        desk.close()
        worker.close()
    # Holds lapse when their process stops renewing them (a worker killed, a PC switched off).
    journal = get_queue_driver(force_backend="dramatiq").journal
    journal.hold_identity("database", "cccc", "", "gone:1:x", 0.3)  # type: ignore[attr-defined]
    assert journal.hold_identity("database", "dddd", "", "new:2:y", 60)[0] == "cccc"  # type: ignore[attr-defined]
    time.sleep(0.5)
    assert journal.hold_identity("database", "dddd", "", "new:2:y", 60)[0] == "dddd"  # type: ignore[attr-defined]


def test_huey_records_no_identity() -> None:
    """A Huey folder is one machine's: nothing is recorded, every identity is accepted."""
    driver = get_queue_driver(force_backend="huey")
    ours = Identity("aaaa")
    assert driver.hold_identity("database", ours) == ours
    assert driver.hold_identity("database", Identity("bbbb")).value == "bbbb"
