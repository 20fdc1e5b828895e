"""The queue folder's SQLite file: opening it, setting it aside when damaged, writing to it.

One class, :class:`QueueFile`, knows the file and nothing of tasks or Huey: it makes the file
(0600) and its tables, checks it on opening and sets a damaged one aside in ``quarantine/``
(never deleted), gives each thread its own connection, runs write transactions that
concurrent writers queue for instead of failing, and on a worker thread waits out a full or
read-only disk. The journal (:mod:`.huey_journal`) builds on it.

SQLite's WAL journal makes every write atomic and lets the app's threads and external
``huey_consumer`` processes share the file safely.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from coati_desk.queue.contract import QUEUE_FAULT
from coati_desk.sqlite_writer import (
    BUSY_TIMEOUT_MS,
    begin_immediate,
    process_writer_lock,
    storage_fault,
)

log = logging.getLogger("coati_desk.queue")

DB_NAME = "coati-queue.sqlite3"
DAMAGED = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)  # what sets a queue file aside
FAULT_WAIT_MAX = 5.0  # seconds between tries while the disk is full or read-only
T = TypeVar("T")

SCHEMA = """
CREATE TABLE IF NOT EXISTS tasks (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kwargs TEXT NOT NULL,
    status TEXT NOT NULL,
    queue TEXT NOT NULL DEFAULT 'default',
    priority INTEGER NOT NULL DEFAULT 0,
    available_at REAL NOT NULL,
    message BLOB,
    owner TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    max_retries INTEGER,
    result TEXT,
    error TEXT,
    traceback TEXT,
    enqueued_at REAL NOT NULL,
    started_at REAL,
    finished_at REAL,
    progress TEXT
);
CREATE INDEX IF NOT EXISTS tasks_due ON tasks (priority DESC, available_at, seq)
    WHERE status IN ('pending', 'scheduled');
CREATE INDEX IF NOT EXISTS tasks_by_status ON tasks (status, seq);
CREATE INDEX IF NOT EXISTS tasks_running ON tasks (owner) WHERE status = 'processing';
CREATE TABLE IF NOT EXISTS workers (
    owner TEXT PRIMARY KEY,
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    started_at REAL NOT NULL,
    last_seen REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS tasks_finished ON tasks (finished_at)
    WHERE status IN ('completed', 'failed', 'cancelled');
CREATE TABLE IF NOT EXISTS attempts (
    task_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    owner TEXT,
    started_at REAL,
    finished_at REAL,
    outcome TEXT NOT NULL,
    error TEXT,
    traceback TEXT,
    PRIMARY KEY (task_id, n)
);
"""
# Columns added since the first release, made in queue files that lack them.
ADDED_COLUMNS = {  # (table, column): type, for a queue file of an earlier release
    ("tasks", "progress"): "TEXT",
    ("workers", "threads"): "INTEGER",
    ("kv", "expires_at"): "REAL",  # a value put with a ttl (a lock's), in epoch seconds
}

# An attempt that did not end in success, logged before the task row moves on (a success is
# the task row itself: the journal writes nothing more on the hot path).
LOG_ATTEMPT = (
    "INSERT OR REPLACE INTO attempts (task_id, n, owner, started_at, finished_at, outcome, "
    "error, traceback) SELECT id, attempts, owner, started_at, ?, ?, ?, ? FROM tasks "
)


class QueueFile:
    """``<folder>/coati-queue.sqlite3``: per-thread connections and write transactions."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self.db_path = self.folder / DB_NAME
        self._local = threading.local()
        self._closed = threading.Event()  # set for good by the journal's shutdown
        self._create()

    def _create(self) -> None:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:
            self._open_checked()
        except sqlite3.DatabaseError as exc:
            if (exc.sqlite_errorcode or 0) & 0xFF not in DAMAGED:
                raise
            self._quarantine(str(exc))
            self._open_checked()

    def _open_checked(self) -> None:
        """Open the queue file (made if missing), check it and make its tables."""
        if not self.db_path.exists():
            os.close(os.open(self.db_path, os.O_CREAT | os.O_WRONLY, 0o600))
        self._checked_inode = self.db_path.stat().st_ino
        conn = self._conn()
        problem = conn.execute("PRAGMA quick_check(1)").fetchone()[0]  # 18 ms at 20,000 tasks
        if problem != "ok":
            error = sqlite3.DatabaseError(f"quick_check: {problem}")
            error.sqlite_errorcode = sqlite3.SQLITE_CORRUPT
            raise error
        conn.execute("PRAGMA journal_mode=WAL")
        with self._write() as db:
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
            for (table, column), kind in ADDED_COLUMNS.items():
                columns = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
                if column not in columns:
                    db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
        for suffix in ("", "-wal", "-shm"):
            target = Path(f"{self.db_path}{suffix}")
            if target.exists():
                target.chmod(0o600)

    def _quarantine(self, reason: str) -> None:
        """Set a damaged queue file aside (never deleted) so a new, empty one can start."""
        self.close()
        aside = self.folder / "quarantine"
        aside.mkdir(mode=0o700, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        target = aside / f"{DB_NAME}.{stamp}-{os.getpid()}"
        try:
            if self.db_path.stat().st_ino == self._checked_inode:  # not one made meanwhile
                for suffix in ("-wal", "-shm", ""):
                    source = Path(f"{self.db_path}{suffix}")
                    if source.exists():
                        source.rename(f"{target}{suffix}")
        except FileNotFoundError:
            pass  # another process set it aside first
        log.error(
            "The queue file %s is damaged (%s): set aside as %s, and a new, empty queue "
            "started. Payroll runs that were calculating send their tasks again when the app "
            "resumes them.",
            self.db_path,
            reason,
            target,
        )

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None or self._local.pid != os.getpid():
            conn = sqlite3.connect(
                self.db_path, timeout=60, isolation_level=None, check_same_thread=False
            )
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            self._local.conn, self._local.pid = conn, os.getpid()
        return conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken up front so concurrent writers queue instead of failing.

        This process's threads queue on a lock first (SQLite makes a waiting writer sleep and
        poll). Inside :meth:`batch` the writes join the batch's transaction.
        """
        conn = self._conn()
        if self._in_batch():
            yield conn
            return
        with process_writer_lock(str(self.db_path)):
            begin_immediate(conn)
            self._local.depth = 1
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            finally:
                self._local.depth = 0
            conn.execute("COMMIT")

    def _in_batch(self) -> bool:
        return bool(getattr(self._local, "depth", 0))

    def _patiently(self, write: Callable[[], T]) -> T:
        """Run ``write``; on a worker thread, wait out a full or read-only disk instead of
        failing, so the outcome of a task that ran is recorded once the disk can take it."""
        delay = 0.5
        while True:
            try:
                result = write()
            except sqlite3.Error as exc:
                fault = storage_fault(exc)
                patient = getattr(self._local, "worker", False) and not self._in_batch()
                if not fault or not patient or self._closed.is_set():
                    raise
                self.report_fault(fault)
                self.close()  # opened read-only, a connection stays so: open it again
                self._closed.wait(delay)
                delay = min(delay * 2, FAULT_WAIT_MAX)
                continue
            self.report_fault(None)
            return result

    _fault_lock = threading.Lock()
    _fault: str | None = None

    def report_fault(self, fault: str | None) -> None:
        """Say once that the queue file cannot be written, and once that it can again."""
        if fault is None and self._fault is None:
            return
        with self._fault_lock:
            # (``queue_fault``: a worker process beside the window tells the window with it)
            if fault is not None and self._fault is None:
                log.error(
                    "The queue file %s cannot be written: %s. Workers wait and go on when it "
                    "can; nothing is lost.",
                    self.db_path,
                    fault,
                    extra={QUEUE_FAULT: fault},
                )
            elif fault is None and self._fault is not None:
                log.warning(
                    "The queue file %s can be written again; workers go on",
                    self.db_path,
                    extra={QUEUE_FAULT: ""},
                )
            self._fault = fault

    def close(self) -> bool:
        """Close this thread's connection (Huey calls it, e.g. before forking workers)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
        return True
