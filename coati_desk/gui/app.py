"""Start the desktop app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from coati_desk import APP_NAME, __version__


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Coati")
    app.setApplicationVersion(__version__)
    return app


def run_app(argv: list[str] | None = None, worker_threads: int | None = None) -> int:
    from coati_desk.gui.main_window import MainWindow
    from coati_desk.gui.settings import AppSettings

    app = make_app(argv)
    settings = AppSettings()
    if worker_threads is not None:
        prefs = settings.load()
        prefs.start_workers = worker_threads > 0
        prefs.worker_threads = max(worker_threads, 1)
        settings.save(prefs)
    window = MainWindow(settings)
    window.show()
    return int(app.exec())
