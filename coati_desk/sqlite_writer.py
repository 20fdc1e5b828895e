"""Starting an SQLite write transaction when other processes write to the same file.

SQLite's own busy handler makes a writer that finds the file locked sleep 1, 2, 5, 10, 15... ms
between tries. Our writers (worker processes storing one employee, the queue's journal) hold the
lock for a fraction of a millisecond, so two processes spent most of their time asleep: a
process pool of two stored results more slowly than one process. Here the waiting writer tries
again after a tenth of a millisecond, backing off to two.
"""

from __future__ import annotations

import os
import random
import sqlite3
import threading
import time

from coati_desk.messages import Message

BUSY_TIMEOUT_MS = 60_000  # for every other statement, as before
FIRST_WAIT, LONGEST_WAIT = 0.0001, 0.002
_locks: dict[tuple[str, int], threading.Lock] = {}


def process_writer_lock(database: str) -> threading.Lock:
    """The lock this process's writers of ``database`` queue on before ``BEGIN IMMEDIATE``.

    One per process: a forked child must not inherit a lock a thread of its parent held.
    """
    return _locks.setdefault((database, os.getpid()), threading.Lock())


def begin_immediate(conn: sqlite3.Connection, timeout: float = BUSY_TIMEOUT_MS / 1000) -> None:
    """``BEGIN IMMEDIATE`` on ``conn``, retried quickly while another connection writes."""
    conn.execute("PRAGMA busy_timeout=0")
    try:
        deadline = time.monotonic() + timeout
        wait = FIRST_WAIT
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                busy = exc.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY
                if not busy or time.monotonic() > deadline:
                    raise
            time.sleep(wait * (0.5 + random.random()))  # jitter: waiting writers spread out
            wait = min(wait * 2, LONGEST_WAIT)
    finally:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


# SQLite's answers when the disk, not the data, is the problem: full, read-only, failing.
_STORAGE_FAULTS = {
    sqlite3.SQLITE_FULL: Message("storage.disk_full", "the disk is full ({detail})"),
    sqlite3.SQLITE_READONLY: Message(
        "storage.read_only", "the file or its folder is read-only ({detail})"
    ),
    sqlite3.SQLITE_IOERR: Message(
        "storage.io_error", "the disk reported an input/output error ({detail})"
    ),
    sqlite3.SQLITE_CANTOPEN: Message("storage.cannot_open", "the file cannot be opened ({detail})"),
    sqlite3.SQLITE_PERM: Message("storage.permission", "permission denied ({detail})"),
}


def storage_fault(exc: BaseException) -> str | None:
    """Why a write failed, in words, when the disk is at fault (an SQLite error, wrapped by
    SQLAlchemy or not); None for any other error."""
    inner = getattr(exc, "orig", None) or exc
    if not isinstance(inner, sqlite3.OperationalError | sqlite3.DatabaseError):
        return None
    code = getattr(inner, "sqlite_errorcode", None)
    reason = _STORAGE_FAULTS.get(code & 0xFF) if code is not None else None
    return reason(detail=inner) if reason else None
