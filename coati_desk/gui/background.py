"""Run slow work (database, queue, Redis) off the GUI thread and get the answer back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from coati_desk.sqlite_writer import storage_fault


def describe(exc: Exception) -> str:
    """One readable line for the window: the disk's fault in words, or the error's first line
    (SQLAlchemy appends the statement and a link on lines of their own)."""
    fault = storage_fault(exc)
    if fault:
        return fault
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Call(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            value = self.fn()
        except Exception as exc:  # shown to the user, never raised into Qt
            self.relay.failed.emit(describe(exc))
        else:
            self.relay.done.emit(value)


_pool = QThreadPool()
_pool.setMaxThreadCount(4)
_live: set[_Relay] = set()


def call_async(
    fn: Callable[[], Any],
    done: Callable[[Any], None] | None = None,
    failed: Callable[[str], None] | None = None,
) -> None:
    """Run ``fn()`` on a pool thread; ``done(value)`` or ``failed(message)`` on the GUI thread."""
    relay = _Relay()
    _live.add(relay)  # kept alive until it has answered

    def finish(*_: Any) -> None:
        _live.discard(relay)
        relay.deleteLater()

    if done is not None:
        relay.done.connect(done)
    if failed is not None:
        relay.failed.connect(failed)
    relay.done.connect(finish)
    relay.failed.connect(finish)
    _pool.start(_Call(fn, relay))


def wait_for_background(msecs: int = 30_000) -> bool:
    """Wait until every background call has finished (tests, and closing the app)."""
    return _pool.waitForDone(msecs)
