"""Start the desktop app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from coati_desk import APP_NAME, __version__


def run_app(argv: list[str] | None = None, worker_threads: int = 4) -> int:
    from coati_desk.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Coati")
    app.setApplicationVersion(__version__)
    window = MainWindow(worker_threads=worker_threads)
    window.show()
    return int(app.exec())
