"""Who works on the queue folder: worker identities, heartbeats, and taking back what the
dead held.

Every worker process writes a heartbeat to the queue file; tasks held by a process that died
(on this machine: its pid is gone; elsewhere: it stopped beating) are put back in the queue by
whichever worker looks next.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import threading
import uuid
from pathlib import Path
from typing import Any

from coati_desk.queue.drivers.huey_file import LOG_ATTEMPT, QueueFile, log
from coati_desk.queue.records import FORGET_WORKER_AFTER, now_ts, worker_row
from coati_desk.sqlite_writer import storage_fault

HEARTBEAT_SECONDS = 5.0
WORKER_SILENT_AFTER = 30.0  # seconds without a heartbeat: the worker is gone


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


class WorkerPresence(QueueFile):
    """The queue file, with this process's worker identity and heartbeat in it."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self._pid = -1
        self._owner = ""
        self._owner_lock = threading.Lock()
        self._consumers: set[int] = set()  # threads of this worker that asked for work
        super().__init__(folder)

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
