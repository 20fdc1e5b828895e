"""The window's workers in a process of their own, beside the window.

Worker threads inside the window share its one GIL: while a payroll of thousands ran, the
window's event loop waited for them (stalls of up to 200 ms) and its poll query took 76 ms
instead of a few. So the window starts ``coati-desk window-workers``, a child process running
the same in-process worker threads on the same queue and database, and:

- sends it its settings as one JSON line on its standard input, then keeps that pipe open: the
  child stops (finishing the tasks in hand) when the pipe closes, so it never outlives the
  window, even one that was killed;
- reads its log records, one JSON line each on its standard error, into this process's log
  (the log panel and the log file); a record that says the queue's storage cannot be written
  (or can again) goes to ``on_fault`` instead, so the window's status bar says it;
- starts it again when it dies (a crash, a kill -9), after a pause that grows while it keeps
  dying; whatever it was doing is recovered by the queue as from any dead worker.

Tasks registered in code run in the child only if their module is loaded there: plug-ins come
through ``COATI_TASK_MODULES``, as for external workers.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO

from coati_desk.config import QueueSettings
from coati_desk.queue.contract import QUEUE_FAULT

log = logging.getLogger("coati_desk.workers")
COMMAND = "window-workers"
# The child's exit code when this queue belongs to another payroll database: not started again
# (2, the commands' code for a queue or database that cannot be used now, is started again).
REFUSED = 3
RESTART_PAUSES = (1.0, 2.0, 5.0, 10.0, 30.0)  # seconds, while it keeps dying
STEADY_SECONDS = 60.0  # a child that ran this long is restarted after the shortest pause


@dataclass(frozen=True)
class ChildSettings:
    """What the child needs: the window's queue settings (for the task modules), the backend
    and location it chose (the folder, or the Redis URL: the child never chooses again, so it
    cannot end up on another queue), the payroll database and its number of threads."""

    queue: QueueSettings
    backend: str
    location: str
    database_url: str
    threads: int

    def to_json(self) -> str:
        data = asdict(self)
        data["queue"]["queue_path"] = str(self.queue.queue_path or "") or None
        return json.dumps(data)

    @classmethod
    def from_json(cls, text: str) -> ChildSettings:
        data = json.loads(text)
        queue = data["queue"]
        queue["queue_path"] = Path(queue["queue_path"]) if queue["queue_path"] else None
        queue["task_modules"] = tuple(queue["task_modules"])
        return cls(
            QueueSettings(**queue),
            data["backend"],
            data["location"],
            data["database_url"],
            data["threads"],
        )


def child_command() -> list[str]:
    """This app again, as the child: the frozen executable, or this Python with the package.
    On Windows the frozen window has no standard streams: its console twin (``-cli``, started
    without a console window) is the child where it is installed beside it."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        twin = exe.with_name(f"{exe.stem}-cli{exe.suffix}")
        return [str(twin if sys.platform == "win32" and twin.exists() else exe), COMMAND]
    return [sys.executable, "-m", "coati_desk", COMMAND]


class WorkerProcess:
    """A child process running ``threads`` worker threads; the window's worker group."""

    def __init__(
        self, settings: ChildSettings, on_fault: Callable[[str | None], None] | None = None
    ) -> None:
        self.threads = settings.threads
        self._settings = settings
        self._on_fault = on_fault
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._gone = False  # refused, or stopped: not started again
        self._proc = self._spawn()
        self._watcher = threading.Thread(target=self._watch, name="coati-workers", daemon=True)
        self._watcher.start()

    @property
    def pid(self) -> int | None:
        proc = self._proc
        return proc.pid if proc is not None else None

    def _spawn(self) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(
            child_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # (Windows: no console)
        )
        assert proc.stdin is not None
        proc.stdin.write(self._settings.to_json().encode() + b"\n")
        proc.stdin.flush()
        log.info(
            "Started the worker process (pid %d, %d thread(s))", proc.pid, self._settings.threads
        )
        return proc

    def _watch(self) -> None:
        """Forward the child's log; start it again whenever it dies, until stopped."""
        failures = 0
        while True:
            proc = self._proc
            assert proc is not None and proc.stderr is not None
            started = time.monotonic()
            for line in proc.stderr:
                self._relog(line)
            code = proc.wait()
            if self._stopping.is_set():
                return
            if code == REFUSED:
                log.error("The worker process could not work on this queue: it was not restarted")
                self._gone = True
                return
            failures = 0 if time.monotonic() - started > STEADY_SECONDS else failures + 1
            pause = RESTART_PAUSES[min(max(failures - 1, 0), len(RESTART_PAUSES) - 1)]
            log.error(
                "The worker process (pid %d) ended unexpectedly (exit code %s): starting it "
                "again in %g s; the tasks it had in hand run again",
                proc.pid,
                code,
                pause,
            )
            if self._stopping.wait(pause):
                return
            with self._lock:
                if self._stopping.is_set():
                    return
                try:
                    self._proc = self._spawn()
                except OSError as exc:
                    log.error("The worker process could not be started: %s", exc)
                    self._gone = True
                    return

    def _relog(self, line: bytes) -> None:
        """One line of the child's standard error, logged here as the child logged it."""
        text = line.decode("utf-8", "replace").rstrip("\n")
        try:
            record = json.loads(text)
            level, name, message = int(record["level"]), str(record["name"]), str(record["message"])
        except (ValueError, KeyError, TypeError):
            if text.strip():  # something that is not our log (an interpreter's last words)
                log.warning("worker process: %s", text)
            return
        fault = record.get(QUEUE_FAULT)
        if isinstance(fault, str) and self._on_fault is not None:
            self._on_fault(fault or None)  # (which says it in this process's log)
            return
        logging.getLogger(name).log(level, "%s", message)

    def is_alive(self) -> bool:
        """True while it works (or is being started again after dying)."""
        return not self._gone and not self._stopping.is_set()

    def stop(self, timeout: float | None = None) -> bool:
        """Close the child's pipe: it finishes the tasks in hand and exits. True if it did
        within ``timeout``; else it is killed (its tasks run again later) and False."""
        with self._lock:
            self._stopping.set()
            proc = self._proc
        if proc is None or proc.poll() is not None:
            self._gone = True
            return True
        if proc.stdin is not None:
            with contextlib.suppress(OSError):  # (already gone)
                proc.stdin.close()
        try:
            proc.wait(timeout)
            done = True
        except subprocess.TimeoutExpired:
            log.warning("The worker process did not stop in %s s: killing it", timeout)
            proc.kill()
            proc.wait()
            done = False
        self._watcher.join(5)
        self._gone = True
        return done


class _JsonLines(logging.Handler):
    """The child's log: one JSON line per record on ``stream``, for the window to log again."""

    def __init__(self, stream: IO[str]) -> None:
        super().__init__()
        self.stream = stream
        self.formatter = logging.Formatter("%(message)s")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            data = {"level": record.levelno, "name": record.name, "message": self.format(record)}
            if hasattr(record, QUEUE_FAULT):
                data[QUEUE_FAULT] = getattr(record, QUEUE_FAULT)
            line = json.dumps(data)
            self.stream.write(line + "\n")
            self.stream.flush()
        except Exception:  # (a closed pipe: the window is gone)
            self.handleError(record)


def serve(stdin: IO[bytes], stderr: IO[str]) -> int:
    """The child's side: read the settings, run the workers until the pipe closes."""
    from coati_desk.jobs.identity import claim_database
    from coati_desk.payroll import db
    from coati_desk.queue import selector

    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    root.addHandler(_JsonLines(stderr))
    first = stdin.readline()
    if not first:
        return 0  # the window went before it said anything
    settings = ChildSettings.from_json(first.decode())
    db.use_database(settings.database_url)
    driver = selector.bind_driver(settings.backend, settings.location, settings.queue)
    mismatch = claim_database(driver)
    if mismatch is not None:
        log.error("%s", mismatch)
        return REFUSED
    workers = driver.start_workers(settings.threads)
    log.info(
        "Worker process %d: %d thread(s) on %s (%s)",
        os.getpid(),
        settings.threads,
        driver.backend,
        driver.location,
    )
    while stdin.read(65536):
        pass  # until the window closes the pipe (or is gone)
    stopped = workers.stop(timeout=60)
    driver.close()
    return 0 if stopped else 1
