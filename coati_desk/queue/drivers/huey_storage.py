"""Huey storage in one SQLite file inside the queue folder: the queue and the task journal.

Why not Huey's ``FileStorage``: it lists and sorts the whole folder on every dequeue (quadratic
in the backlog), writes files in place (a crash leaves a torn file) and forgets a task as soon as
a worker takes it (a dead worker loses it). Here:

- one row per task holds its message *and* its journal entry (name, arguments, status, result,
  error, attempts, times), so queueing and journaling are one atomic write;
- dequeue takes the first due row through a partial index (constant time) and marks it
  ``processing`` with the worker's identity instead of deleting it;
- every worker process writes a heartbeat; rows held by a process that died (or stopped
  beating) are put back in the queue by whichever worker looks next;
- SQLite's WAL journal makes every write atomic and lets the app's threads and external
  ``huey_consumer`` processes share the file safely.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from huey.constants import EmptyData
from huey.storage import BaseStorage

from coati_desk.queue.messages import QUEUE_FILE_NOT_WRITABLE
from coati_desk.queue.records import FORGET_WORKER_AFTER, epoch, now_ts, worker_row
from coati_desk.queue.status import QueueError, TaskStatus
from coati_desk.sqlite_writer import (
    BUSY_TIMEOUT_MS,
    begin_immediate,
    process_writer_lock,
    storage_fault,
)

log = logging.getLogger("coati_desk.queue")

DB_NAME = "coati-queue.sqlite3"
HEARTBEAT_SECONDS = 5.0
WORKER_SILENT_AFTER = 30.0  # seconds without a heartbeat: the worker is gone
SWEEP_SECONDS = 5.0
POLL_MIN, POLL_MAX, POLL_SPAN = 0.005, 0.1, 1.0  # blocking dequeue: back-off and total wait
CHUNK = 500  # ids per IN (...) query
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
}

# An attempt that did not end in success, logged before the task row moves on (a success is
# the task row itself: the journal writes nothing more on the hot path).
LOG_ATTEMPT = (
    "INSERT OR REPLACE INTO attempts (task_id, n, owner, started_at, finished_at, outcome, "
    "error, traceback) SELECT id, attempts, owner, started_at, ?, ?, ?, ? FROM tasks "
)

RECORD_COLUMNS = (
    "id, name, kwargs, status, queue, available_at, owner, attempts, max_retries, result, "
    "error, traceback, enqueued_at, started_at, finished_at, progress"
)


def _host_identity() -> str:
    """This machine, this boot: a reboot makes old pids meaningless."""
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()[:8]
    except OSError:
        boot = ""
    return f"{socket.gethostname()}/{boot}" if boot else socket.gethostname()


HOST = _host_identity()


def _pid_alive(pid: int) -> bool | None:
    """Whether a process of this machine runs; None where that cannot be asked safely."""
    if os.name != "posix":
        return None  # os.kill(pid, 0) would terminate the process on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class JournalStorage(BaseStorage):
    """A Huey storage (and the task journal) in ``<folder>/coati-queue.sqlite3``."""

    blocking = True  # dequeue waits a little for work, so consumers never sleep for seconds

    def __init__(self, name: str = "coati", path: str | os.PathLike[str] = ".", **kwargs: Any):
        super().__init__(name)
        self.folder = Path(path)
        self.db_path = self.folder / DB_NAME
        self._local = threading.local()
        self._wake = threading.Condition()
        self._pid = -1
        self._owner = ""
        self._owner_lock = threading.Lock()
        self._consumers: set[int] = set()  # threads of this worker that asked for work
        self._closed = threading.Event()
        self._last_sweep = 0.0
        self._create()

    # -- connections ----------------------------------------------------------------------------
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

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many writes (queueing a run's tasks) in one transaction; workers wake at the end."""
        with self._write():
            yield
        self.notify()

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
            if fault is not None and self._fault is None:
                log.error(
                    "The queue file %s cannot be written: %s. Workers wait and go on when it "
                    "can; nothing is lost.",
                    self.db_path,
                    fault,
                )
            elif fault is None and self._fault is not None:
                log.warning("The queue file %s can be written again; workers go on", self.db_path)
            self._fault = fault

    def close(self) -> bool:
        """Close this thread's connection (Huey calls it, e.g. before forking workers)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
        return True

    def shutdown(self) -> None:
        """Stop for good: the heartbeat ends and waiting dequeues return at once."""
        self._closed.set()
        self.notify()
        self.close()

    # -- worker identity, heartbeat and recovery ------------------------------------------------
    @property
    def owner(self) -> str:
        """This process's worker identity (made on first use; a forked child makes its own)."""
        pid = os.getpid()
        if self._pid == pid:
            return self._owner
        with self._owner_lock:
            if self._pid != pid:
                owner = f"{HOST}:{pid}:{uuid.uuid4().hex[:8]}"
                self._consumers = set()
                self._beat(owner)  # registered before it can claim anything
                threading.Thread(
                    target=self._heartbeat_loop, args=(owner,), name="coati-heartbeat", daemon=True
                ).start()
                self._owner = owner
                self._pid = pid
        return self._owner

    def _beat(self, owner: str) -> None:
        now = now_ts()
        with self._write() as db:
            db.execute(
                "INSERT INTO workers (owner, host, pid, started_at, last_seen, threads) "
                "VALUES (?,?,?,?,?,?) ON CONFLICT (owner) DO UPDATE SET "
                "last_seen = excluded.last_seen, threads = excluded.threads",
                (owner, HOST, os.getpid(), now, now, len(self._consumers) or None),
            )

    def _heartbeat_loop(self, owner: str) -> None:
        while not self._closed.wait(HEARTBEAT_SECONDS) and self._owner == owner:
            try:
                self._beat(owner)
                self.report_fault(None)
            except sqlite3.Error as exc:
                fault = storage_fault(exc)
                if fault:
                    self.report_fault(fault)  # said once, not every beat
                else:
                    log.warning("Queue heartbeat failed: %s", exc)

    def release(self) -> int:
        """This process stops working: hand its running tasks back and drop its heartbeat."""
        with self._owner_lock:
            if self._pid != os.getpid():
                return 0
            owner, self._pid, self._owner = self._owner, -1, ""  # its heartbeat thread ends
        try:
            with self._write() as db:
                count = db.execute(
                    "UPDATE tasks SET status='pending', owner=NULL WHERE status='processing' "
                    "AND owner=?",
                    (owner,),
                ).rowcount
                db.execute("DELETE FROM workers WHERE owner=?", (owner,))
        except sqlite3.Error as exc:  # (stopping on a full disk, say): never raise on the way out
            log.warning(
                "Could not hand back this worker's tasks (%s); the next worker to look "
                "takes them back once this process has ended",
                exc,
            )
            return 0
        return count

    def _is_dead(self, row: sqlite3.Row, now: float) -> bool:
        """On this machine a worker is dead when its process is; elsewhere, when it is silent."""
        if row["owner"] == self._owner and self._pid == os.getpid():
            return False  # never this process
        if row["host"] == HOST:
            alive = _pid_alive(row["pid"])
            if alive is not None:
                return not alive
        return bool(row["last_seen"] < now - WORKER_SILENT_AFTER)

    def recover_orphans(self) -> int:
        """Queue again the tasks held by workers that died; returns how many."""
        now = now_ts()
        with self._write() as db:
            workers = db.execute("SELECT owner, host, pid, last_seen FROM workers").fetchall()
            dead = [row["owner"] for row in workers if self._is_dead(row, now)]
            if dead:
                marks = ",".join("?" * len(dead))
                db.execute(f"DELETE FROM workers WHERE owner IN ({marks})", dead)
            orphans = (
                "WHERE status='processing' AND (owner IS NULL OR owner NOT IN "
                "(SELECT owner FROM workers))"
            )
            lost = "Its worker stopped (or went silent) while running it; queued again"
            db.execute(LOG_ATTEMPT + orphans, (None, "lost", lost, None))
            count = db.execute(
                "UPDATE tasks SET status='pending', owner=NULL, available_at=? " + orphans,
                (now,),
            ).rowcount
        if count:
            log.warning("Recovered %d task(s) left running by a worker that stopped", count)
        return count

    def workers(self) -> list[dict[str, Any]]:
        """Every worker heard from in the last hour (dead ones of this machine are dropped by
        :meth:`recover_orphans`), silent ones marked, with the tasks each is running."""
        now = now_ts()
        conn = self._conn()
        rows = conn.execute(
            "SELECT owner, host, pid, threads, last_seen FROM workers WHERE last_seen >= ? "
            "ORDER BY started_at",
            (now - FORGET_WORKER_AFTER,),
        ).fetchall()
        running: dict[str, list[str]] = {}
        for owner, name in conn.execute(
            "SELECT owner, name FROM tasks WHERE status='processing' AND owner IS NOT NULL"
        ):
            running.setdefault(owner, []).append(name)
        return [
            worker_row(
                row["owner"],
                row["last_seen"],
                dict(row),
                running.get(row["owner"], []),
                now - WORKER_SILENT_AFTER,
            )
            for row in rows
        ]

    # -- the queue (Huey's storage API) ---------------------------------------------------------
    def notify(self) -> None:
        with self._wake:
            self._wake.notify_all()

    def enqueue(self, data: bytes, priority: Any = None) -> None:
        """Queue (or queue again: a retry, a recovered task) one Huey message."""
        message = json.loads(data)
        now = now_ts()
        eta = epoch(message.get("eta"))
        due = eta if eta is not None and eta > now else now
        status = TaskStatus.SCHEDULED if due > now else TaskStatus.PENDING
        name = message["name"]
        queue = "priority" if (priority or 0) > 0 else "default"
        values = (
            message["id"],
            name,
            json.dumps(message.get("kwargs") or {}),
            status.value,
            queue,
            int(priority or 0),
            due,
            data,
            message.get("retries"),
            now,
            self._owner,
        )

        def write() -> None:
            with self._write() as db:
                db.execute(
                    "INSERT INTO tasks (id, name, kwargs, status, queue, priority, available_at, "
                    "message, max_retries, enqueued_at) VALUES (?,?,?,?,?,?,?,?,?,?) "
                    "ON CONFLICT (id) DO UPDATE SET status=excluded.status, "
                    "available_at=excluded.available_at, message=excluded.message, owner=NULL "
                    # finished: only a retry by hand (which reopens it first) runs it again;
                    # running: only the worker running it re-queues it (a retry)
                    "WHERE status NOT IN ('completed', 'failed', 'cancelled') "
                    "AND (status != 'processing' OR owner = ?)",
                    values,
                )

        self._patiently(write)  # a retry, or tasks a task sends, wait out a full disk
        if status is TaskStatus.PENDING and not self._in_batch():
            self.notify()  # in a batch, once at its end

    def add_to_schedule(self, data: bytes, ts: datetime) -> None:
        # A retry or a delayed task: the eta inside the message decides when it is due.
        message = json.loads(data)
        if message.get("eta") is None:
            message["eta"] = ts.isoformat()
            data = json.dumps(message).encode()
        self.enqueue(data, message.get("priority"))

    def read_schedule(self, ts: datetime) -> list[bytes]:
        return []  # due scheduled rows are dequeued directly

    def claim(self, task_id: str | None = None) -> bytes | None:
        """Take the next due task (or the given one, if it is waiting) for this process.

        A message that is not our JSON (a torn write, a planted pickle) is never handed to
        Huey: its row is marked failed, and the next one is taken.
        """
        owner = self.owner
        self._local.worker = True  # this thread runs tasks: it waits out a full disk
        while True:
            now = now_ts()
            if task_id is None and not self._any_due(now):
                return None  # checked without the write lock: idle workers do not contend
            pick = (
                # (a row reopened for a retry by hand has no message until it is re-sent)
                # Left to itself SQLite sorts every waiting row on each claim (quadratic over
                # a run); walking the partial index in order stops at the first due one.
                (
                    "SELECT seq FROM tasks "
                    if task_id
                    else "SELECT seq FROM tasks INDEXED BY tasks_due "
                )
                + "WHERE status IN ('pending', 'scheduled') AND message IS NOT NULL "
                + ("AND id = ?" if task_id else "AND available_at <= ?")
                + " ORDER BY priority DESC, available_at, seq LIMIT 1"
            )

            def take(pick: str = pick, now: float = now) -> sqlite3.Row | None:
                with self._write() as db:
                    found: sqlite3.Row | None = db.execute(
                        "UPDATE tasks SET status='processing', owner=?, started_at=?, "
                        f"attempts=attempts+1 WHERE seq = ({pick}) RETURNING id, message",
                        (owner, now, task_id or now),
                    ).fetchone()
                    return found

            row = self._patiently(take)
            if row is None:
                return None
            data = row["message"]
            try:
                message = json.loads(bytes(data))
                if isinstance(message, dict) and message.get("id") == row["id"]:
                    return bytes(data)
            except (TypeError, ValueError):
                pass
            log.error("Task %s has an unreadable message; set aside as failed", row["id"])
            self.mark_failed(row["id"], "Unreadable task message (not Coati JSON); not run")

    def _any_due(self, now: float) -> bool:
        return (
            self._conn()
            .execute(
                "SELECT 1 FROM tasks WHERE status IN ('pending', 'scheduled') "
                "AND message IS NOT NULL AND available_at <= ? LIMIT 1",
                (now,),
            )
            .fetchone()
            is not None
        )

    def dequeue(self) -> bytes | None:
        """The next due message, waiting up to about a second for one to arrive."""
        self._consumers.add(threading.get_ident())  # the heartbeat says how many threads work
        if time.monotonic() - self._last_sweep > SWEEP_SECONDS:
            self._last_sweep = time.monotonic()
            self.recover_orphans()
        deadline = time.monotonic() + POLL_SPAN
        delay = POLL_MIN
        while True:
            data = self.claim()
            if data is not None or time.monotonic() >= deadline or self._closed.is_set():
                return data
            with self._wake:
                self._wake.wait(delay)
            delay = min(delay * 2, POLL_MAX)

    def _count(self, *statuses: str) -> int:
        marks = ",".join("?" * len(statuses))
        sql = f"SELECT count(*) FROM tasks WHERE status IN ({marks})"
        return int(self._conn().execute(sql, statuses).fetchone()[0])

    def queue_size(self) -> int:
        return self._count(TaskStatus.PENDING)

    def schedule_size(self) -> int:
        return self._count(TaskStatus.SCHEDULED)

    def _messages(self, status: str, limit: int | None) -> list[bytes]:
        rows = self._conn().execute(
            "SELECT message FROM tasks WHERE status=? ORDER BY available_at, seq LIMIT ?",
            (status, -1 if limit is None else limit),
        )
        return [bytes(row[0]) for row in rows]

    def enqueued_items(self, limit: int | None = None) -> list[bytes]:
        return self._messages(TaskStatus.PENDING, limit)

    def scheduled_items(self, limit: int | None = None) -> list[bytes]:
        return self._messages(TaskStatus.SCHEDULED, limit)

    def _purge(self, status: str, queue: str | None = None) -> list[str]:
        with self._write() as db:
            rows = db.execute(
                "UPDATE tasks SET status='cancelled', message=NULL, finished_at=?, "
                "error='Purged from the queue' WHERE status=? AND queue=coalesce(?, queue) "
                "RETURNING id",
                (now_ts(), status, queue),
            ).fetchall()
        return [str(row[0]) for row in rows]

    def flush_queue(self) -> None:
        self._purge(TaskStatus.PENDING)

    def flush_schedule(self) -> None:
        self._purge(TaskStatus.SCHEDULED)

    # -- the journal --------------------------------------------------------------------------
    def finish(
        self,
        task_id: str,
        status: TaskStatus,
        result: str | None = None,
        error: str | None = None,
        traceback: str | None = None,
    ) -> None:
        """Record the outcome of an attempt this process runs: ``completed``/``failed``, or
        an error before a retry. Ignored if the task was handed to another worker meanwhile."""
        final = status in (TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED)
        self._patiently(lambda: self._finish(task_id, status, final, result, error, traceback))

    def _finish(
        self,
        task_id: str,
        status: TaskStatus,
        final: bool,
        result: str | None,
        error: str | None,
        traceback: str | None,
    ) -> None:
        with self._write() as db:
            if status is not TaskStatus.COMPLETED:
                outcome = "error" if status is TaskStatus.PROCESSING else status.value
                db.execute(
                    LOG_ATTEMPT + "WHERE id=? AND status='processing' AND owner=?",
                    (now_ts(), outcome, error, traceback, task_id, self._owner),
                )
            db.execute(
                "UPDATE tasks SET status=?, result=coalesce(?, result), error=?, traceback=?, "
                "finished_at=CASE WHEN ? THEN ? ELSE finished_at END, "
                "message=CASE WHEN ? THEN NULL ELSE message END "
                "WHERE id=? AND status='processing' AND owner=?",
                (
                    status.value,
                    result,
                    error,
                    traceback,
                    final,
                    now_ts(),
                    final,
                    task_id,
                    self._owner,
                ),
            )

    def hand_back(self, task_id: str) -> None:
        """A task this process took but did not run (interrupted): queue it again."""

        def write() -> None:
            with self._write() as db:
                mine = "WHERE id=? AND status='processing' AND owner=?"
                db.execute(
                    LOG_ATTEMPT + mine, (now_ts(), "interrupted", None, None, task_id, self._owner)
                )
                db.execute(
                    "UPDATE tasks SET status='pending', owner=NULL " + mine, (task_id, self._owner)
                )

        self._patiently(write)
        self.notify()

    def mark_failed(self, task_id: str, error: str) -> None:
        """Set aside a task whose message cannot be read (never run, never retried)."""
        self.finish(task_id, TaskStatus.FAILED, error=error)

    def records(self, task_ids: list[str]) -> dict[str, dict[str, Any]]:
        conn, found = self._conn(), {}
        for start in range(0, len(task_ids), CHUNK):
            chunk = task_ids[start : start + CHUNK]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT {RECORD_COLUMNS} FROM tasks WHERE id IN ({marks})"
            found.update({row["id"]: dict(row) for row in conn.execute(sql, chunk)})
        return found

    def page(
        self,
        status: str | None,
        name: str | None,
        search: str | None,
        values: list[str],
        offset: int,
        limit: int,
    ) -> tuple[int, list[dict[str, Any]]]:
        where, params = ["1=1"], []
        if status:
            where.append("status = ?")
            params.append(status)
        if name:
            where.append("name = ?")
            params.append(name)
        matches = []
        if search:
            pattern = (
                "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            )
            matches.append("id LIKE ? ESCAPE '\\' OR kwargs LIKE ? ESCAPE '\\'")
            params += [pattern, pattern]
        if values:
            marks = ",".join("?" * len(values))
            matches.append(f"EXISTS (SELECT 1 FROM json_each(kwargs) WHERE value IN ({marks}))")
            params += values
        if matches:
            where.append("(" + " OR ".join(matches) + ")")
        clause = " AND ".join(where)
        conn = self._conn()
        total = conn.execute(f"SELECT count(*) FROM tasks WHERE {clause}", params).fetchone()[0]
        rows = conn.execute(
            f"SELECT {RECORD_COLUMNS} FROM tasks WHERE {clause} ORDER BY seq DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return int(total), [dict(row) for row in rows]

    def ping(self) -> None:
        if self._fault is not None:  # this process's workers are waiting for the disk
            raise QueueError(QUEUE_FILE_NOT_WRITABLE(fault=self._fault))
        self._conn().execute("SELECT 1 FROM tasks LIMIT 1").fetchall()

    def status_counts(self) -> dict[str, int]:
        rows = self._conn().execute("SELECT status, count(*) FROM tasks GROUP BY status")
        return {str(row[0]): int(row[1]) for row in rows}

    def cancel(self, task_id: str) -> bool:
        with self._write() as db:
            return bool(
                db.execute(
                    "UPDATE tasks SET status='cancelled', message=NULL, finished_at=? "
                    "WHERE id=? AND status IN ('pending', 'scheduled')",
                    (now_ts(), task_id),
                ).rowcount
            )

    def reopen(self, task_id: str) -> bool:
        with self._write() as db:
            return bool(
                db.execute(
                    "UPDATE tasks SET status='pending', finished_at=NULL, progress=NULL "
                    "WHERE id=? AND status IN ('failed', 'cancelled')",
                    (task_id,),
                ).rowcount
            )

    # -- the monitor ------------------------------------------------------------------------
    def set_progress(self, task_id: str, done: int, total: int) -> None:
        with self._write() as db:
            db.execute("UPDATE tasks SET progress=? WHERE id=?", (f"{done}/{total}", task_id))

    def attempts(self, task_id: str) -> list[dict[str, Any]]:
        rows = self._conn().execute(
            "SELECT n, owner, started_at, finished_at, outcome, error, traceback FROM attempts "
            "WHERE task_id=? ORDER BY n, started_at",
            (task_id,),
        )
        return [dict(row) for row in rows]

    def _forget(self, db: sqlite3.Connection, where: str, params: tuple[Any, ...]) -> int:
        db.execute(f"DELETE FROM attempts WHERE task_id IN (SELECT id FROM tasks {where})", params)
        return int(db.execute(f"DELETE FROM tasks {where}", params).rowcount)

    def delete(self, task_id: str) -> bool:
        with self._write() as db:
            finished = "WHERE id=? AND status IN ('completed', 'failed', 'cancelled')"
            return self._forget(db, finished, (task_id,)) > 0

    def prune(self, finished_before: float) -> int:
        with self._write() as db:
            old = "WHERE status IN ('completed', 'failed', 'cancelled') AND finished_at < ?"
            return self._forget(db, old, (finished_before,))

    def cancel_queue(self, queue: str) -> list[str]:
        return self._purge(TaskStatus.PENDING, queue) + self._purge(TaskStatus.SCHEDULED, queue)

    def ids_in(self, status: str, name: str | None) -> list[str]:
        rows = self._conn().execute(
            "SELECT id FROM tasks WHERE status=? AND name=coalesce(?, name) ORDER BY seq",
            (status, name),
        )
        return [str(row[0]) for row in rows]

    def activity(
        self, since: float, recent: int
    ) -> tuple[list[tuple[int, str, int]], list[dict[str, Any]]]:
        conn = self._conn()
        finished = "INDEXED BY tasks_finished WHERE status IN ('completed', 'failed', 'cancelled')"
        per_minute = conn.execute(
            f"SELECT CAST(finished_at / 60 AS INTEGER), status, count(*) FROM tasks {finished} "
            "AND finished_at >= ? GROUP BY 1, 2",
            (since,),
        ).fetchall()
        rows = conn.execute(
            f"SELECT name, enqueued_at, started_at, finished_at FROM tasks {finished} "
            "AND finished_at IS NOT NULL ORDER BY finished_at DESC LIMIT ?",
            (recent,),
        )
        return [tuple(row) for row in per_minute], [dict(row) for row in rows]

    # -- Huey's key/value API (locks, counters, chords); results live in the journal ----------
    def put_data(self, key: Any, value: bytes, is_result: bool = False) -> None:
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO kv (key, value) VALUES (?, ?)", (str(key), value))

    def peek_data(self, key: Any) -> Any:
        row = self._conn().execute("SELECT value FROM kv WHERE key=?", (str(key),)).fetchone()
        return EmptyData if row is None else bytes(row[0])

    def pop_data(self, key: Any) -> Any:
        # Huey pops a revoke flag after every task; almost always there is none to pop.
        if self.peek_data(key) is EmptyData:
            return EmptyData
        with self._write() as db:
            row = db.execute("DELETE FROM kv WHERE key=? RETURNING value", (str(key),)).fetchone()
        return EmptyData if row is None else bytes(row[0])

    def delete_data(self, key: Any) -> bool:
        return self.pop_data(key) is not EmptyData

    def has_data_for_key(self, key: Any) -> bool:
        return self.peek_data(key) is not EmptyData

    def put_if_empty(self, key: Any, value: bytes, ttl: Any = None) -> bool:
        with self._write() as db:
            sql = "INSERT OR IGNORE INTO kv (key, value) VALUES (?, ?)"
            return bool(db.execute(sql, (str(key), value)).rowcount)

    def incr(self, key: Any, amount: int = 1) -> int:
        with self._write() as db:
            row = db.execute(
                "INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                "SET value = CAST(value AS INTEGER) + ? RETURNING value",
                (f"counter:{key}", amount, amount),
            ).fetchone()
        return int(row[0])

    def delete_counter(self, key: Any) -> None:
        self.delete_data(f"counter:{key}")

    def result_store_size(self) -> int:
        return self._count(TaskStatus.COMPLETED)

    def result_items(self) -> dict[str, Any]:
        rows = self._conn().execute("SELECT id, result FROM tasks WHERE status='completed'")
        return {row[0]: row[1] for row in rows}

    def flush_results(self) -> None:
        with self._write() as db:
            db.execute("DELETE FROM tasks WHERE status IN ('completed', 'failed', 'cancelled')")

    def flush_counters(self) -> None:
        with self._write() as db:
            db.execute("DELETE FROM kv WHERE key LIKE 'counter:%'")
