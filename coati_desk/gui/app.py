"""Start the desktop app."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon, QWindow
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from coati_desk import APP_NAME, __version__
from coati_desk.logs import install_crash_hooks

ASSETS = Path(__file__).parent / "assets"
# The in-process workers share the interpreter lock with the window, and every signal the window
# sends or receives lets the lock go and must win it back. At Python's default 5 ms switch
# interval 1,200 table signals took 12.4 s with four busy workers; at 0.5 ms, 0.3 s. A
# 10,000-employee run took as long at 0.1, 0.5 and 5 ms (benchmarks/window_poll.py).
SWITCH_INTERVAL_S = 0.0005
_translator: QTranslator | None = None
_qt_translator: QTranslator | None = None


def install_language(app: QApplication, language: str) -> bool:
    """Spanish is the window's own language; others come from a compiled translation. Qt's
    own words (the Close, Cancel, Yes and No buttons) are Qt's translation, in Spanish."""
    global _translator, _qt_translator
    for old in (_translator, _qt_translator):
        if old is not None:
            app.removeTranslator(old)
    _translator = _qt_translator = None
    if language == "es":
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load("qtbase_es", folder):
            app.installTranslator(qt)
            _qt_translator = qt
        return True
    translator = QTranslator(app)
    if not translator.load(str(ASSETS / f"coati_desk_{language}.qm")):
        return False
    app.installTranslator(translator)
    _translator = translator
    return True


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Coati")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(ASSETS / "coati-desk.svg")))
    app.setDesktopFileName("coati-desk")
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    return app


STARTUP_PROBE = "COATI_STARTUP_PROBE"  # benchmarks/startup.py: say when the window is painted
PROBE_MARKER = "coati-desk: first window shown"


class _FirstPaint(QObject):
    """With ``COATI_STARTUP_PROBE=1``: print a line once the main window's first frame is
    painted, then close it (the same measurement for the source tree and the built app)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        app = QApplication.instance()
        if (
            event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
            and isinstance(app, QApplication)
            and any(isinstance(w, QMainWindow) and w.windowHandle() is watched
                    for w in app.topLevelWidgets())
        ):  # fmt: skip
            app.removeEventFilter(self)
            QTimer.singleShot(0, lambda: self._shown(app))  # after the frame is painted
        return False

    @staticmethod
    def _shown(app: QApplication) -> None:
        print(PROBE_MARKER, flush=True)
        for widget in app.topLevelWidgets():
            widget.close()
        QTimer.singleShot(0, app.quit)


def _show_crash(report: Path | None, message: str) -> None:
    """An unexpected error: the window says so (on its own thread) and where the report is."""
    if threading.current_thread() is not threading.main_thread():
        return  # the log panel shows it; widgets belong to the main thread
    from coati_desk.gui.labels import tr

    QMessageBox.critical(
        None,
        tr("Error inesperado"),
        tr("Coati Desk encontró un error inesperado:\n{0}\n\nInforme guardado en:\n{1}").format(
            message, report or tr("(no se pudo guardar)")
        ),
    )


def run_app(argv: list[str] | None = None, worker_threads: int | None = None) -> int:
    from coati_desk.gui.main_window import MainWindow
    from coati_desk.gui.platform_check import (
        EXIT_NO_WINDOW,
        problem,
        release_display,
        translator,
    )
    from coati_desk.gui.settings import AppSettings

    settings = AppSettings()
    cannot_open = problem(tr=translator(settings.load().language))
    if cannot_open:  # Qt would abort (exit 134) with a line about plugins: say what to do
        print(cannot_open, file=sys.stderr)
        return EXIT_NO_WINDOW
    app = make_app(argv)
    release_display()  # (held until Qt had its own connection)
    if os.environ.get(STARTUP_PROBE):
        probe = _FirstPaint(app)
        app.installEventFilter(probe)
    install_crash_hooks(_show_crash)
    if worker_threads is not None:
        prefs = settings.load()
        prefs.start_workers = worker_threads > 0
        prefs.worker_threads = max(worker_threads, 1)
        settings.save(prefs)
    install_language(app, settings.load().language)
    window = MainWindow(settings)
    window.show()
    return int(app.exec())
