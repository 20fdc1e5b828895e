"""What a page may ask of the window it sits in (Vorta's shape: a page is given this, never the
concrete window, and hears about the run being looked at through a signal)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from coati_desk.gui.runtime import QueueRuntime
    from coati_desk.queue import QueueDriver


class PageHost(Protocol):
    runtime: QueueRuntime  # the window's queue and its workers
    current_run_changed: SignalInstance  # (str) the run the Nómina page shows

    def refresh(self) -> None:
        """Poll again now."""

    def notify(self, message: str) -> None:
        """A short message in the status bar."""

    def log_error(self, message: str) -> None: ...

    def user_name(self) -> str:
        """Who acts, for runs and the audit log (user@machine)."""
        ...

    def show_run(self, run_id: str) -> None:
        """Open the Nómina page on ``run_id``."""

    def ready_driver(self) -> QueueDriver | None:
        """The queue to act on; None (said in a message box) while it cannot be used."""
        ...

    def toggle_workers(self) -> None:
        """Pause or resume this computer's workers."""

    def workers_can_pause(self) -> bool:
        """Whether this computer's workers can be paused or resumed now."""
        ...
