"""The Huey side's task journal: one row per task in the queue folder's SQLite file.

A row holds the task's message *and* its journal entry (name, arguments, status, result,
error, attempts, times), so queueing and journaling are one atomic write. Dequeue takes the
first due row through a partial index (constant time) and marks it ``processing`` with the
worker's identity instead of deleting it, so a dead worker's tasks can be taken back
(:mod:`.huey_workers`). Attempts that did not succeed are kept in their own table. The monitor's
queries (records, pages, counts, activity) read the same rows.

The file itself (opening, quarantine, write transactions, disk faults) is :mod:`.huey_file`;
Huey's storage API over this journal is :mod:`.huey_storage`.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from coati_desk.queue.drivers.huey_file import LOG_ATTEMPT, log
from coati_desk.queue.drivers.huey_workers import WorkerPresence
from coati_desk.queue.messages import QUEUE_FILE_NOT_WRITABLE
from coati_desk.queue.records import epoch, now_ts
from coati_desk.queue.status import QueueError, TaskStatus

SWEEP_SECONDS = 5.0
POLL_MIN, POLL_MAX, POLL_SPAN = 0.005, 0.1, 1.0  # blocking dequeue: back-off and total wait
CHUNK = 500  # ids per IN (...) query

RECORD_COLUMNS = (
    "id, name, kwargs, status, queue, available_at, owner, attempts, max_retries, result, "
    "error, traceback, enqueued_at, started_at, finished_at, progress"
)


class HueyJournal(WorkerPresence):
    """The task journal in ``<folder>/coati-queue.sqlite3``: the queue's rows and their story."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self._wake = threading.Condition()
        self._last_sweep = 0.0
        super().__init__(folder)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many writes (queueing a run's tasks) in one transaction; workers wake at the end."""
        with self._write():
            yield
        self.notify()

    def shutdown(self) -> None:
        """Stop for good: the heartbeat ends and waiting dequeues return at once."""
        self._closed.set()
        self.notify()
        self.close()

    # -- the queue ------------------------------------------------------------------------------
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
            data = self._readable(row)
            if data is not None:
                return data

    def claim_more(self, name: str, limit: int) -> list[bytes]:
        """Up to ``limit`` more due tasks named ``name`` for this process, taken in one write
        (a worker's batch); unreadable messages are set aside as :meth:`claim` does."""
        owner = self.owner

        def take() -> list[sqlite3.Row]:
            now = now_ts()
            with self._write() as db:
                return db.execute(
                    "UPDATE tasks SET status='processing', owner=?, started_at=?, "
                    "attempts=attempts+1 WHERE seq IN (SELECT seq FROM tasks INDEXED BY "
                    "tasks_due WHERE status IN ('pending', 'scheduled') AND message IS NOT NULL "
                    "AND available_at <= ? AND name = ? "
                    "ORDER BY priority DESC, available_at, seq LIMIT ?) RETURNING id, message",
                    (owner, now, now, name, limit),
                ).fetchall()

        return [data for row in self._patiently(take) if (data := self._readable(row))]

    def _readable(self, row: sqlite3.Row) -> bytes | None:
        """A claimed row's message, or None (the row set aside as failed) if it is not ours."""
        data = row["message"]
        try:
            message = json.loads(bytes(data))
            if isinstance(message, dict) and message.get("id") == row["id"]:
                return bytes(data)
        except (TypeError, ValueError):
            pass
        log.error("Task %s has an unreadable message; set aside as failed", row["id"])
        self.mark_failed(row["id"], "Unreadable task message (not Coati JSON); not run")
        return None

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

    def next_due(self, wait: float = POLL_SPAN) -> bytes | None:
        """Take the next due message, waiting up to ``wait`` seconds for one to arrive."""
        self._consumers.add(threading.get_ident())  # the heartbeat says how many threads work
        if time.monotonic() - self._last_sweep > SWEEP_SECONDS:
            self._last_sweep = time.monotonic()
            self.recover_orphans()
        deadline = time.monotonic() + wait
        delay = POLL_MIN
        while True:
            data = self.claim()
            if data is not None or time.monotonic() >= deadline or self._closed.is_set():
                return data
            with self._wake:
                self._wake.wait(delay)
            delay = min(delay * 2, POLL_MAX)

    def count(self, *statuses: str) -> int:
        marks = ",".join("?" * len(statuses))
        sql = f"SELECT count(*) FROM tasks WHERE status IN ({marks})"
        return int(self._conn().execute(sql, statuses).fetchone()[0])

    def messages(self, status: str, limit: int | None) -> list[bytes]:
        """The messages of the tasks in ``status``, soonest due first."""
        rows = self._conn().execute(
            "SELECT message FROM tasks WHERE status=? ORDER BY available_at, seq LIMIT ?",
            (status, -1 if limit is None else limit),
        )
        return [bytes(row[0]) for row in rows]

    def purge(self, status: str, queue: str | None = None) -> list[str]:
        """Cancel every task in ``status`` (of one queue, if given); returns their ids."""
        with self._write() as db:
            rows = db.execute(
                "UPDATE tasks SET status='cancelled', message=NULL, finished_at=?, "
                "error='Purged from the queue' WHERE status=? AND queue=coalesce(?, queue) "
                "RETURNING id",
                (now_ts(), status, queue),
            ).fetchall()
        return [str(row[0]) for row in rows]

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
        held: list[tuple[str, str | None]] | None = getattr(self._local, "held", None)
        if held is not None and status is TaskStatus.COMPLETED:
            held.append((task_id, result))  # written with the rest of the batch
            return
        final = status in (TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED)
        self._patiently(lambda: self._finish(task_id, status, final, result, error, traceback))

    @contextmanager
    def completions_together(self) -> Iterator[None]:
        """Successes this thread records meanwhile are written at the end, in one write
        transaction (a worker's batch: its tasks' rows were committed before they ran, so
        until then they stay ``processing``, and a crash only runs them again). Failures and
        retries are written at once, in order with the retry's re-queueing."""
        held: list[tuple[str, str | None]] = []
        self._local.held = held
        try:
            yield
        finally:
            self._local.held = None
            if held:
                self._patiently(lambda: self._complete_all(held))

    def _complete_all(self, done: list[tuple[str, str | None]]) -> None:
        now, owner = now_ts(), self._owner
        with self._write() as db:
            db.executemany(
                "UPDATE tasks SET status='completed', result=coalesce(?, result), error=NULL, "
                "traceback=NULL, finished_at=?, message=NULL "
                "WHERE id=? AND status='processing' AND owner=?",
                [(result, now, task_id, owner) for task_id, result in done],
            )

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

    def results(self) -> dict[str, Any]:
        """Every completed task's result (JSON text) by id."""
        rows = self._conn().execute("SELECT id, result FROM tasks WHERE status='completed'")
        return {row[0]: row[1] for row in rows}

    def forget_finished(self) -> None:
        with self._write() as db:
            db.execute("DELETE FROM tasks WHERE status IN ('completed', 'failed', 'cancelled')")

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
        return self.purge(TaskStatus.PENDING, queue) + self.purge(TaskStatus.SCHEDULED, queue)

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
