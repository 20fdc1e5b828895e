"""In-process workers: N threads that run queued tasks inside the app.

A driver's ``start_workers`` makes them (``coati_desk.queue.start_workers(4)`` for the active
driver); ``.stop()`` lets each thread finish the
task in hand, hands back anything not started, and returns once the threads are gone (or the
timeout passed). Never call ``stop`` without a timeout on a GUI thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from coati_desk.sqlite_writer import storage_fault

log = logging.getLogger("coati_desk.queue")


class ThreadWorkers:
    """Threads that each call ``step()`` (run one task, or wait briefly) until stopped."""

    def __init__(
        self,
        step: Callable[[], bool],
        threads: int,
        wake: Callable[[], None] = lambda: None,
        on_stop: Callable[[], Any] = lambda: None,
    ) -> None:
        if threads < 1:
            raise ValueError("need at least one worker thread")
        self.threads = threads
        self._step = step
        self._wake = wake
        self._on_stop = on_stop
        self._stopping = threading.Event()
        self._threads = [
            threading.Thread(target=self._run, name=f"coati-worker-{n}", daemon=True)
            for n in range(threads)
        ]
        for thread in self._threads:
            thread.start()

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                self._step()
            except Exception as exc:  # a broken task must not kill the worker thread
                if storage_fault(exc) is None:
                    log.exception("Worker step failed")
                # (a full or read-only disk is reported once, by the storage)
                self._stopping.wait(1.0)

    def is_alive(self) -> bool:
        return any(thread.is_alive() for thread in self._threads)

    def stop(self, timeout: float | None = None) -> bool:
        """Stop taking tasks; True once every thread has finished its current task."""
        self._stopping.set()
        self._wake()
        deadline = None if timeout is None else time.monotonic() + timeout
        for thread in self._threads:
            thread.join(None if deadline is None else max(deadline - time.monotonic(), 0))
        done = not self.is_alive()
        if done:
            self._on_stop()
        return done


class IdleWorkers:
    """No threads: for the inline driver, where every task runs in its caller."""

    threads = 0

    def is_alive(self) -> bool:
        return False

    def stop(self, timeout: float | None = None) -> bool:
        return True
