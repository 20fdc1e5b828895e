"""Huey's ``BaseStorage`` API over the task journal in the queue folder.

Why not Huey's ``FileStorage``: it lists and sorts the whole folder on every dequeue (quadratic
in the backlog), writes files in place (a crash leaves a torn file) and forgets a task as soon as
a worker takes it (a dead worker loses it). Here the queue *is* the journal
(:mod:`.huey_journal`): one SQLite file in the folder (:mod:`.huey_file`), a row per task that a
worker marks as its own instead of deleting, heartbeats to take back a dead worker's tasks
(:mod:`.huey_workers`). This class only translates Huey's calls, and keeps Huey's own
key/values (locks, revocations, chord counters) in the same file.

Huey's own storage and API tests run against it (``tests/queue/test_huey_suite.py``). Where it
differs from Huey's storages on purpose:

=============================  ==================================  ==============================
Huey's storages                Ours                                Why
=============================  ==================================  ==============================
any bytes, pickle by default   Coati JSON messages only; a          nothing read from the folder
                               message that is not is failed,       is ever unpickled: a file
                               never run                            dropped there must not run code
a dequeued message is gone     the row stays, ``processing`` and    a dead worker's tasks are
                               owned, until its outcome is written  taken back (at least once)
delayed tasks in a schedule    a delayed task is a ``scheduled``    dequeue takes the first due
read by the consumer's         row, dequeued directly when due;     row in constant time; no
scheduler                      ``read_schedule`` returns nothing    scheduler round trip
results in the result store    task results live in the journal     reading a result never
(popped when read)             row: ``result_items`` and            consumes it; any process can
                               ``result_store_size`` count          ask after a restart
                               completed tasks (a None result too,
                               not a failed task's error, still
                               counted once read); other values in
                               a key/value table
one queue per ``name``         one queue per folder (the            the folder is the queue the
                               ``name`` is ignored)                 app and ``huey_consumer`` share
flush_queue deletes            flush and purge cancel the tasks     the journal keeps what was
                               (``cancelled``, kept in the          queued and why it did not run
                               journal)
re-enqueueing an id adds a     one row per id: a second enqueue     a stale or duplicate message
second message                 of a waiting task replaces it; of a  never runs a task twice, nor
                               running or finished one (completed,  one that was cancelled (the
                               failed, or cancelled: revoked or     user's cancel sticks)
                               flushed) is ignored; a retry by
                               hand reopens it
a retry waits ``retry_delay``  a Coati task's retry waits its       one backoff per task, the same
(times ``retry_backoff``)      spec's backoff (doubling, capped;    on every backend
                               none inline); a task without a spec
                               keeps Huey's
=============================  ==================================  ==============================
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta
from typing import Any

from huey.constants import EmptyData
from huey.storage import BaseStorage

from coati_desk.queue.drivers.huey_file import DB_NAME
from coati_desk.queue.drivers.huey_journal import HueyJournal
from coati_desk.queue.records import now_ts
from coati_desk.queue.status import TaskStatus

__all__ = ["DB_NAME", "JournalStorage"]


class JournalStorage(BaseStorage):
    """A Huey storage on the task journal in ``<folder>/coati-queue.sqlite3``."""

    blocking = True  # dequeue waits a little for work, so consumers never sleep for seconds

    def __init__(self, name: str = "coati", path: str | os.PathLike[str] = ".", **kwargs: Any):
        super().__init__(name)
        self.journal = HueyJournal(path)

    def close(self) -> bool:
        """Close this thread's connection (Huey calls it, e.g. before forking workers)."""
        return self.journal.close()

    # -- the queue ------------------------------------------------------------------------------
    def enqueue(self, data: bytes, priority: Any = None) -> None:
        self.journal.enqueue(data, priority)

    def dequeue(self) -> bytes | None:
        """The next due message, waiting up to about a second for one to arrive."""
        return self.journal.next_due()

    def queue_size(self) -> int:
        return self.journal.count(TaskStatus.PENDING)

    def enqueued_items(self, limit: int | None = None) -> list[bytes]:
        return self.journal.messages(TaskStatus.PENDING, limit)

    def flush_queue(self) -> None:
        self.journal.purge(TaskStatus.PENDING)

    def add_to_schedule(self, data: bytes, ts: datetime) -> None:
        # A retry or a delayed task: the eta inside the message decides when it is due.
        message = json.loads(data)
        if message.get("eta") is None:
            message["eta"] = ts.isoformat()
            data = json.dumps(message).encode()
        self.journal.enqueue(data, message.get("priority"))

    def read_schedule(self, ts: datetime) -> list[bytes]:
        return []  # due scheduled rows are dequeued directly

    def schedule_size(self) -> int:
        return self.journal.count(TaskStatus.SCHEDULED)

    def scheduled_items(self, limit: int | None = None) -> list[bytes]:
        return self.journal.messages(TaskStatus.SCHEDULED, limit)

    def flush_schedule(self) -> None:
        self.journal.purge(TaskStatus.SCHEDULED)

    # -- Huey's key/value API (locks, revocations, counters, chords) --------------------------
    # A value put with a ttl (a lock's) is gone once it expires: ``expires_at`` in epoch seconds.
    _LIVE = "key=? AND (expires_at IS NULL OR expires_at > ?)"

    def put_data(self, key: Any, value: bytes, is_result: bool = False) -> None:
        with self.journal._write() as db:
            db.execute("INSERT OR REPLACE INTO kv (key, value) VALUES (?, ?)", (str(key), value))

    def peek_data(self, key: Any) -> Any:
        sql = f"SELECT value FROM kv WHERE {self._LIVE}"
        row = self.journal._conn().execute(sql, (str(key), now_ts())).fetchone()
        return EmptyData if row is None else bytes(row[0])

    def pop_data(self, key: Any) -> Any:
        # Huey pops a revoke flag after every task; almost always there is none to pop.
        if self.peek_data(key) is EmptyData:
            return EmptyData
        with self.journal._write() as db:
            row = db.execute(
                "DELETE FROM kv WHERE key=? RETURNING value, expires_at", (str(key),)
            ).fetchone()
        if row is None or (row[1] is not None and row[1] <= now_ts()):
            return EmptyData
        return bytes(row[0])

    def delete_data(self, key: Any) -> bool:
        return self.pop_data(key) is not EmptyData

    def has_data_for_key(self, key: Any) -> bool:
        return self.peek_data(key) is not EmptyData

    def put_if_empty(self, key: Any, value: bytes, ttl: Any = None) -> bool:
        now = now_ts()
        if isinstance(ttl, timedelta):
            ttl = ttl.total_seconds()
        expires_at = now + float(ttl) if ttl else None
        with self.journal._write() as db:
            db.execute("DELETE FROM kv WHERE key=? AND expires_at <= ?", (str(key), now))
            sql = "INSERT OR IGNORE INTO kv (key, value, expires_at) VALUES (?, ?, ?)"
            return bool(db.execute(sql, (str(key), value, expires_at)).rowcount)

    def incr(self, key: Any, amount: int = 1) -> int:
        with self.journal._write() as db:
            row = db.execute(
                "INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                "SET value = CAST(value AS INTEGER) + ? RETURNING value",
                (f"counter:{key}", amount, amount),
            ).fetchone()
        return int(row[0])

    def delete_counter(self, key: Any) -> None:
        self.delete_data(f"counter:{key}")

    def flush_counters(self) -> None:
        with self.journal._write() as db:
            db.execute("DELETE FROM kv WHERE key LIKE 'counter:%'")

    # -- results live in the journal ------------------------------------------------------------
    def result_store_size(self) -> int:
        return self.journal.count(TaskStatus.COMPLETED)

    def result_items(self) -> dict[str, Any]:
        return self.journal.results()

    def flush_results(self) -> None:
        self.journal.forget_finished()
