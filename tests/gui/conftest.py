from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from coati_desk.gui.background import wait_for_background


@pytest.fixture(autouse=True)
def workers_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's workers as threads of the test process, where the tests register their
    own tasks (the worker process beside the window has tests of its own)."""
    monkeypatch.setenv("COATI_WORKER_PROCESS", "0")


@pytest.fixture
def app_settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The window's own settings file for this test (never the user's)."""
    from coati_desk.gui.settings import AppSettings

    return AppSettings(tmp_path / "settings" / "coati-desk.ini")


@pytest.fixture
def window(qtbot, app_settings) -> Iterator:  # type: ignore[no-untyped-def]
    from coati_desk.gui.main_window import MainWindow

    prefs = app_settings.load()
    prefs.refresh_seconds = 1
    prefs.worker_threads = 2
    app_settings.save(prefs)
    win = MainWindow(app_settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.runtime.driver is not None, timeout=15_000)
    yield win
    win.close()
    wait_for_background()


class MessageBoxes:
    """Qt's static message boxes, replaced: each one's text is kept by kind, and a question is
    answered ``answer`` (Yes unless a test says otherwise), the others Ok."""

    KINDS = ("warning", "question", "information", "critical")

    def __init__(self) -> None:
        self.answer = QMessageBox.StandardButton.Yes
        self.texts: dict[str, list[str]] = {kind: [] for kind in self.KINDS}

    def box(self, kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def shown(_parent: Any, _title: str, text: str, *_: Any) -> QMessageBox.StandardButton:
            self.texts[kind].append(text)
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return shown


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """The message boxes the window opens, recorded and answered instead of shown."""
    boxes = MessageBoxes()
    for kind in MessageBoxes.KINDS:
        monkeypatch.setattr(QMessageBox, kind, boxes.box(kind))
    return boxes


def wait_for_reports(qtbot, panel, count: int) -> None:  # type: ignore[no-untyped-def]
    """Until the Nómina page's reports panel lists ``count`` reports, every one completed."""
    qtbot.waitUntil(
        lambda: (
            panel.reports.rowCount() == count
            and all(r["estado"] == "completed" for r in panel.reports.records())
        ),
        timeout=30_000,
    )
