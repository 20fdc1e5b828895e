from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coati_desk.gui.background import wait_for_background


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
