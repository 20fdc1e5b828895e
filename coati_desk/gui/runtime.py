"""The queue inside the window: which driver, its in-process workers, switching without restart.

The runtime builds the window's queue settings and payroll database from its preferences (the
environment the app was started with fills what they leave empty), and owns its driver: nothing
is written into ``os.environ``. Everything slow (a Redis check, stopping workers) runs off the
GUI thread; the window hears about it through signals.
"""

from __future__ import annotations

import logging
import os
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from coati_desk.config import QueueSettings, expand_path
from coati_desk.gui.background import call_async
from coati_desk.gui.errors import REDIS_UNAVAILABLE
from coati_desk.gui.labels import tr
from coati_desk.gui.settings import AppSettings, Preferences, database_url, with_password
from coati_desk.jobs.worker_process import ChildSettings, WorkerProcess
from coati_desk.payroll import db
from coati_desk.queue import QueueDriver, get_queue_driver, selector, start_workers
from coati_desk.queue.contract import WorkerGroup

log = logging.getLogger("coati_desk.gui")
RETRY_START_MS = 15_000  # a queue that could not start (Redis down) is tried again this often


class QueueRuntime(QObject):
    changed = Signal()  # a driver is ready, or workers started/stopped
    failed = Signal(str)

    def __init__(self, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.prefs = settings.load()
        self.driver: QueueDriver | None = None
        self.workers: WorkerGroup | None = None
        self.busy = False
        self._launch = QueueSettings.from_env()  # the environment, read once
        self._launch_database = os.environ.get("COATI_DATABASE_URL")
        self._child: ChildSettings | None = None  # what a worker process is started with
        self._failures = 0  # starts failed in a row
        self.last_error = ""  # why the last start failed ("" once the queue runs)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(lambda: self.start())

    # -- state for the window ------------------------------------------------------------------
    @property
    def failures(self) -> int:
        """Starts that failed in a row (0 once the queue runs)."""
        return self._failures

    @property
    def workers_running(self) -> bool:
        return self.workers is not None and self.workers.is_alive()

    def queue_settings(self, prefs: Preferences) -> QueueSettings:
        """The queue settings ``prefs`` choose: they win over the environment the app was
        started with; empty ones fall back to it."""
        launch = self._launch
        redis_url = (
            with_password(prefs.redis_url, self.settings.password(prefs.redis_url))
            if prefs.redis_url
            else None
        )
        if redis_url and "\x00" in redis_url:
            log.error("%s ignored: it holds a NUL character", "REDIS_URL")
            redis_url = None
        folder = (prefs.queue_path or "").strip()
        if "\x00" in folder:
            log.error("%s ignored: it holds a NUL character", "COATI_QUEUE_PATH")
            folder = ""
        return replace(
            launch,
            redis_url=redis_url.strip() or None if redis_url else launch.redis_url,
            queue_path=expand_path(folder) if folder else launch.queue_path,
        )

    def database_url(self, prefs: Preferences) -> str | None:
        """The payroll database ``prefs`` choose (None: the default SQLite file)."""
        chosen = database_url(prefs, self.settings.database_password(prefs))
        return chosen or self._launch_database

    @staticmethod
    def _use_database(url: str | None) -> None:
        """Make ``url`` this process's payroll database (connected, and migrated on first use):
        the window, its workers and everything they call follow it. Raises if it cannot be used,
        the old one left in place."""
        target = url or f"sqlite:///{db.user_data_dir() / db.DB_FILE}"
        if db.database_url() != target:
            db.get_engine(target)  # reachable?
            db.use_database(target)
            log.info("Payroll database: %s", db.describe_database())
        db.get_engine()

    # -- starting and switching ----------------------------------------------------------------
    def start(self, prefs: Preferences | None = None) -> None:
        """(Re)start: stop the workers, choose the driver for ``prefs`` again, start them."""
        if self.busy:
            return
        self._retry.stop()
        self.busy = True
        self.prefs = prefs or self.prefs
        old_workers, old_driver, prefs_now = self.workers, self.driver, self.prefs
        settings = self.queue_settings(prefs_now)
        database = self.database_url(prefs_now)

        def work() -> tuple[QueueDriver, WorkerGroup | None] | str:
            from coati_desk.jobs.identity import DATABASE_IDENTITY, claim_database

            if old_workers is not None:
                old_workers.stop(timeout=60)
            self._use_database(database)
            force = None if prefs_now.backend == "auto" else prefs_now.backend
            if force == "dramatiq":
                reason = selector.redis_unreachable_reason(settings.redis_url or "")
                if reason:
                    raise RuntimeError(REDIS_UNAVAILABLE(error=reason))
            driver = get_queue_driver(settings, force_backend=force, refresh=True)
            if old_driver is not None and old_driver is not driver:
                old_driver.release_identity(DATABASE_IDENTITY)
            mismatch = claim_database(driver)
            if mismatch is not None:  # no workers, nothing sent: the window says why
                log.error("%s", mismatch)
                return tr(
                    "Esta cola ({0}) trabaja con la base de datos {1} ({2}), no con la de este "
                    "equipo, {3} ({4}): no se usa. Elija la misma base de datos en Configuración "
                    "o detenga los equipos y workers que usan la otra."
                ).format(
                    mismatch.queue,
                    mismatch.theirs.value,
                    mismatch.theirs.label,
                    mismatch.ours.value,
                    mismatch.ours.label,
                )
            dramatiq = driver.backend == "dramatiq"
            location = (settings.redis_url or "") if dramatiq else driver.location
            self._child = ChildSettings(
                settings, driver.backend, location, db.database_url(), prefs_now.worker_threads
            )
            workers = None
            if prefs_now.start_workers:
                workers = self._start_workers(driver, prefs_now)
            return driver, workers

        call_async(work, self._started, self._failed)

    def _started(self, value: tuple[QueueDriver, WorkerGroup | None] | str) -> None:
        if isinstance(value, str):  # refused: another database works on that queue
            self.driver, self.workers = None, None
            self._failed(value)
            return
        self.busy = False
        self.driver, self.workers = value
        self.last_error = ""
        if self._failures:
            log.info("The queue started after %d failed attempt(s)", self._failures)
            self._failures = 0
        self.changed.emit()

    def _failed(self, message: str) -> None:
        """Say why (once per outage, in the log) and try again in a while: a Redis that was
        down when the window opened is used as soon as it answers."""
        self.busy = False
        self._failures += 1
        self.last_error = message
        if self._failures == 1:
            log.error(
                "Could not start the queue: %s (trying again every %d s)",
                message,
                RETRY_START_MS // 1000,
            )
        self.workers = None if not self.workers_running else self.workers
        self._retry.start(RETRY_START_MS)
        self.changed.emit()
        self.failed.emit(message)  # last: the status bar keeps the reason

    def set_workers(self, running: bool) -> None:
        """Start or stop the in-process workers (off the GUI thread)."""
        if self.busy or self.driver is None or running == self.workers_running:
            return
        self.busy = True
        driver, workers, prefs = self.driver, self.workers, self.prefs

        def work() -> tuple[QueueDriver, WorkerGroup | None]:
            if running:
                return driver, self._start_workers(driver, prefs)
            if workers is not None:
                workers.stop(timeout=60)
            return driver, None

        call_async(work, self._started, self._failed)

    def _start_workers(self, driver: QueueDriver, prefs: Preferences) -> WorkerGroup:
        """The window's workers: a process beside it (the default: its GIL stays the GUI's),
        or threads inside it."""
        child = self._child
        wanted = prefs.worker_process and os.environ.get("COATI_WORKER_PROCESS") != "0"
        if wanted and child is not None and driver.backend != "inline":
            return WorkerProcess(replace(child, threads=prefs.worker_threads), self._child_fault)
        return start_workers(prefs.worker_threads, driver)

    def _child_fault(self, fault: str | None) -> None:
        """The worker process says its queue file cannot be written (or can again): this
        process's queue says so too, so the window's check of it shows it."""
        report = getattr(self.driver.journal if self.driver else None, "report_fault", None)
        if report is not None:
            report(fault)

    def shutdown(self, timeout: float = 10) -> None:
        """Stop the workers (the task in hand finishes; the rest waits for the next start)."""
        self._retry.stop()
        if self.workers is not None:
            self.workers.stop(timeout=timeout)
            self.workers = None

    def describe(self) -> dict[str, Any]:
        driver = self.driver
        return {
            "backend": driver.backend if driver else None,
            "location": driver.location if driver else "",
            "threads": self.workers.threads if self.workers_running and self.workers else 0,
        }
