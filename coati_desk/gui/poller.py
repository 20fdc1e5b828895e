"""Ask slow questions (queue stats, Redis) off the GUI thread, one at a time.

A QTimer fires every ``interval_ms``; the query runs on a worker thread; the next query starts
only after the previous one answered, so slow storage never piles up work. Results and errors
come back as Qt signals on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal


class Poller(QObject):
    answered = Signal(object)
    failed = Signal(str)

    def __init__(
        self, query: Callable[[], Any], interval_ms: int = 2000, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._query = query
        self._busy = threading.Lock()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll_now)

    def start(self) -> None:
        self._timer.start()
        self.poll_now()

    def stop(self) -> None:
        self._timer.stop()

    def set_query(self, query: Callable[[], Any]) -> None:
        self._query = query

    def poll_now(self) -> bool:
        """Start one query unless one is still running; True if started."""
        if not self._busy.acquire(blocking=False):
            return False
        query = self._query
        threading.Thread(target=self._run, args=(query,), name="coati-poll", daemon=True).start()
        return True

    def _run(self, query: Callable[[], Any]) -> None:
        try:
            value = query()
        except Exception as exc:  # shown in the window, never raised into Qt
            self._busy.release()
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        self._busy.release()
        self.answered.emit(value)
