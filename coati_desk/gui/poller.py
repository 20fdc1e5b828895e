"""Ask slow questions (queue stats, a run's rows) off the GUI thread, one at a time.

A QTimer fires every ``interval_ms``; ``make_query()`` is called on the GUI thread (to read
what to ask: the open page, the chosen run) and the query it returns runs on a pool thread.
The next query starts only after the previous one answered, so slow storage never piles up.
The timer pauses while the window is hidden. Answers and errors come back as signals on the
GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from coati_desk.gui.background import call_async


class Poller(QObject):
    answered = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        make_query: Callable[[], Callable[[], Any]],
        interval_ms: int = 2000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_query = make_query
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll_now)

    def start(self) -> None:
        if self._timer.interval() > 0:
            self._timer.start()
        self.poll_now()

    def stop(self) -> None:
        self._timer.stop()

    def set_interval(self, msecs: int) -> None:
        """0 turns automatic refresh off (``poll_now`` still works)."""
        running = self._timer.isActive()
        self._timer.setInterval(max(msecs, 0))
        if msecs <= 0:
            self._timer.stop()
        elif running or not self._timer.isActive():
            self._timer.start()

    def poll_now(self) -> bool:
        """Start one query unless one is still running; True if started."""
        if self._busy:
            return False
        self._busy = True
        call_async(self._make_query(), self._on_answer, self._on_failure)
        return True

    def _on_answer(self, value: Any) -> None:
        self._busy = False
        self.answered.emit(value)

    def _on_failure(self, message: str) -> None:
        self._busy = False
        self.failed.emit(message)
