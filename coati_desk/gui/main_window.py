"""The main window: four pages, a log panel, and a status bar that says where the queue is."""

from __future__ import annotations

import contextlib
import gc
import getpass
import logging
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QToolButton,
    QWidget,
)

from coati_desk import __version__
from coati_desk.gui.background import call_async
from coati_desk.gui.errors import error_text
from coati_desk.gui.labels import tr
from coati_desk.gui.pages.base import Page
from coati_desk.gui.pages.cola import ColaPage
from coati_desk.gui.pages.empleados import EmpleadosPage
from coati_desk.gui.pages.nomina import NominaPage
from coati_desk.gui.pages.planillas import PlanillasPage
from coati_desk.gui.poller import Poller
from coati_desk.gui.runtime import QueueRuntime
from coati_desk.gui.settings import AppSettings
from coati_desk.logs import RedactingFormatter
from coati_desk.queue import QueueDriver
from coati_desk.queue.contract import who
from coati_desk.redaction import redact

log = logging.getLogger("coati_desk.gui")
RESUME_SWEEP_MS = 60_000
HISTORY_PRUNE_MS = 3_600_000  # finished tasks past the days kept are forgotten hourly


class LogBridge(QObject, logging.Handler):
    """Sends the app's log lines (queue warnings included) to the log panel."""

    line = Signal(str)

    def __init__(self) -> None:
        QObject.__init__(self)
        logging.Handler.__init__(self, logging.INFO)
        self.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s: %(message)s", "%H:%M:%S"))

    def emit(self, record: logging.LogRecord) -> None:  # type: ignore[override]
        with contextlib.suppress(RuntimeError):  # the panel is gone (closing)
            self.line.emit(self.format(record))


WINDOW_SIZE = (1200, 780)  # what the pages are laid out for
FRAME_ALLOWANCE_PX = 40  # the window manager's title bar, outside the size we set


def initial_size(window: QWidget) -> QSize:
    """The window's size, shrunk to the screen's free area: on a 1366×768 laptop (a panel
    and a title bar take 70 px) the status bar must stay on the screen."""
    width, height = WINDOW_SIZE
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width())
        height = min(height, room.height() - FRAME_ALLOWANCE_PX)
    return QSize(width, height)


class MainWindow(QMainWindow):
    current_run_changed = Signal(str)  # the run the Nómina page shows (pages listen)

    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.setWindowTitle(f"Coati Desk {__version__}")
        self.resize(initial_size(self))
        self.settings = settings or AppSettings()
        self.runtime = QueueRuntime(self.settings, self)

        self.planillas_page = PlanillasPage(self)
        self.nomina_page = NominaPage(self)
        self.nomina_page.run_changed.connect(self.current_run_changed)
        self.cola_page = ColaPage(self)
        self.empleados_page = EmpleadosPage(self)
        self.tabs = QTabWidget()
        for page, title in (
            (self.planillas_page, tr("Planillas")),
            (self.nomina_page, tr("Nómina")),
            (self.cola_page, tr("Cola")),
            (self.empleados_page, tr("Empleados")),
        ):
            self.tabs.addTab(page, title)
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        self.setCentralWidget(self.tabs)

        self.log_view = QPlainTextEdit()
        self.log_view.setReadOnly(True)
        self.log_view.setMaximumBlockCount(5000)
        dock = QDockWidget(tr("Registro"), self)
        dock.setObjectName("log")
        dock.setWidget(self.log_view)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        log_height = 140 if self.height() >= WINDOW_SIZE[1] else 100  # a short screen
        self.resizeDocks([dock], [log_height], Qt.Orientation.Vertical)
        self.log_bridge = LogBridge()
        self.log_bridge.line.connect(self.log_view.appendPlainText)
        logging.getLogger("coati_desk").addHandler(self.log_bridge)

        self.backend_label = QLabel(tr("Cola: iniciando…"))
        self.location_label = QLabel("")
        self.workers_label = QLabel("")
        self.refresh_label = QLabel("")
        self.workers_button = QToolButton()
        self.workers_button.clicked.connect(self.toggle_workers)
        bar = self.statusBar()
        for widget in (
            self.backend_label,
            self.location_label,
            self.workers_label,
            self.workers_button,
        ):
            bar.addWidget(widget)
        bar.addPermanentWidget(self.refresh_label)

        menu = self.menuBar().addMenu(tr("&Archivo"))
        empresa_action = QAction(tr("&Empresa…"), self)
        empresa_action.triggered.connect(self.open_empresa)
        menu.addAction(empresa_action)
        settings_action = QAction(tr("&Configuración…"), self)
        settings_action.triggered.connect(self.open_settings)
        refresh_action = QAction(tr("&Actualizar"), self)
        refresh_action.setShortcut("F5")
        refresh_action.triggered.connect(self.refresh)
        quit_action = QAction(tr("&Salir"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)  # Ctrl+Q
        quit_action.triggered.connect(self.close)
        menu.addActions([settings_action, refresh_action])
        menu.addSeparator()
        menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(tr("A&yuda"))
        about = QAction(tr("&Acerca de Coati Desk"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

        self.poller = Poller(self._poll_job, self._interval_ms(), self)
        self.poller.answered.connect(self._show_poll)
        self.poller.failed.connect(self._poll_failed)
        self.runtime.changed.connect(self._runtime_changed)
        self.runtime.failed.connect(self._runtime_failed)
        self._first_start_checked = False
        self._queue_down = False  # the last poll failed: the next answer means it is back
        # Tasks lost while nobody was looking (retries used up on a full disk, a Redis that
        # restarted empty) are sent again by a sweep, not left for the user to notice.
        self.resume_timer = QTimer(self)
        self.resume_timer.setInterval(RESUME_SWEEP_MS)
        self.resume_timer.timeout.connect(self._resume_unfinished)
        self.history_timer = QTimer(self)
        self.history_timer.setInterval(HISTORY_PRUNE_MS)
        self.history_timer.timeout.connect(self.prune_history)
        self.runtime.start()
        # What is loaded by now (Qt, SQLAlchemy, the pages) lives as long as the window; left to
        # Python's collector, every full collection walked it again: 70 to 145 ms pauses of
        # every thread, the window included, during a 10,000-employee run.
        gc.freeze()

    # -- polling (one query at a time, off the GUI thread, paused while hidden) ---------------
    def _interval_ms(self) -> int:
        return self.runtime.prefs.refresh_seconds * 1000

    def current_page(self) -> Page:
        page = self.tabs.currentWidget()
        assert isinstance(page, Page)
        return page

    def _poll_job(self) -> Any:
        page = self.current_page()
        job = page.poll_job()
        driver = self.runtime.driver

        def run() -> tuple[Page, Any, dict[str, int] | None]:
            counts = None
            if driver is not None:
                driver.check()  # whatever the page, an unreachable queue is noticed
                counts = driver.journal.status_counts()  # the depth chart, whatever the page
            return page, job() if job else None, counts

        return run

    def refresh(self) -> None:
        """Ask now (if nothing is being asked already)."""
        self.poller.poll_now()

    def _show_poll(self, answer: tuple[Page, Any, dict[str, int] | None]) -> None:
        page, data, counts = answer
        if self._queue_down:
            self._queue_down = False
            self._runtime_changed()  # the status bar as it was; unfinished runs resume
            log.info("The queue answers again; unfinished runs resume")
        if data is not None:
            page.show_poll(data)
        if counts is not None:
            self.cola_page.record_depth(counts)
        self.refresh_label.setText(tr("Actualizado {0}").format(time.strftime("%H:%M:%S")))
        self.refresh_label.setStyleSheet("")

    def _poll_failed(self, message: str) -> None:
        driver = self.runtime.driver
        text = (
            tr("Redis no disponible")
            if driver is not None and driver.backend == "dramatiq"
            else tr("no disponible")
        )
        self.cola_page.show_unavailable(text)
        self.refresh_label.setText(
            tr("Actualización fallida {0}: {1}").format(time.strftime("%H:%M:%S"), text)
        )
        self.refresh_label.setStyleSheet("color: #a40000")
        if not self._queue_down:  # once per outage, not once a second
            self._queue_down = True
            self.backend_label.setText(tr("Cola: {0}").format(text))
            self.backend_label.setStyleSheet("color: #a40000")
            shown = error_text(redact(message))
            self.location_label.setText(shown.rsplit(": ", 1)[-1])  # the cause
            self.location_label.setToolTip(shown)
            log.error("Refresh failed: %s", message)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.runtime.driver is not None:
            self.poller.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.poller.stop()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            if self.isMinimized():
                self.poller.stop()
            elif self.isVisible() and self.runtime.driver is not None:
                self.poller.start()

    # -- the queue -----------------------------------------------------------------------------
    def _runtime_changed(self) -> None:
        info = self.runtime.describe()
        backend = info["backend"]
        labels = {"huey": "Huey", "dramatiq": "Dramatiq + Redis", "inline": tr("En línea")}
        self.backend_label.setText(tr("Cola: {0}").format(labels.get(backend, tr("sin iniciar"))))
        self.backend_label.setStyleSheet("")
        self.location_label.setText(info["location"])
        self.location_label.setToolTip("")
        if self.runtime.workers_running:
            self.workers_label.setText(tr("Workers: {0} hilos").format(info["threads"]))
            self.workers_button.setText(tr("Pausar workers"))
        else:
            self.workers_label.setText(tr("Workers: en pausa"))
            self.workers_button.setText(tr("Reanudar workers"))
        self.workers_button.setEnabled(backend not in (None, "inline"))
        for page in (self.planillas_page, self.nomina_page, self.cola_page, self.empleados_page):
            page.runtime_changed()
        if backend is not None and self.isVisible():
            self.poller.start()
        if backend is not None:
            self._resume_unfinished()
            self.resume_timer.start()
            if not self.history_timer.isActive():
                self.prune_history()
                self.history_timer.start()
        if backend is not None and not self._first_start_checked:
            self._first_start_checked = True
            self._offer_first_data()

    def _resume_unfinished(self) -> None:
        """Runs left calculating (the app, its workers or Redis stopped mid-run) get the tasks
        they lost sent again; tasks the queue still holds are left to it."""
        driver = self.runtime.driver
        if driver is None:
            return

        def job() -> dict[str, int]:
            from coati_desk.jobs.runs import resume_unfinished

            return resume_unfinished(driver)

        def done(sent: dict[str, int]) -> None:
            for run_id, count in sent.items():
                if count:
                    log.info("Run %s resumed: %d employee task(s) sent again", run_id, count)

        call_async(job, done, self.log_error)

    def ready_driver(self) -> QueueDriver | None:
        """The queue this window works on; None, said in a message box, while it cannot be
        used (not started yet, Redis down, another database's queue)."""
        driver = self.runtime.driver
        if driver is None:
            reason = self.runtime.last_error
            QMessageBox.warning(
                self,
                tr("Coati Desk"),
                tr("La cola no está lista: {0}").format(error_text(redact(reason)))
                if reason
                else tr("La cola todavía se está iniciando; inténtelo en un momento."),
            )
        return driver

    def _runtime_failed(self, message: str) -> None:
        self.backend_label.setText(tr("Cola: error (se reintenta)"))
        self.backend_label.setStyleSheet("color: #a40000")
        self.location_label.setText(error_text(redact(message)))
        if self.runtime.failures == 1:  # once per outage; the runtime tries again by itself
            self.log_error(message)

    def prune_history(self) -> None:
        """Forget, in the background, finished tasks and report files older than the days the
        settings keep."""
        driver, days = self.runtime.driver, self.runtime.prefs.history_days
        if driver is None or days <= 0:
            return

        def prune() -> None:
            from coati_desk.jobs.runs import prune_history

            prune_history(driver, days)

        call_async(prune, None, self.log_error)

    def workers_can_pause(self) -> bool:
        return self.workers_button.isEnabled()

    def toggle_workers(self) -> None:
        """Pause this app's workers (tasks in hand finish; the rest wait in the queue for
        other workers or for the resume) or resume them."""
        running = self.runtime.workers_running
        log.warning("This app's workers %s by %s", "paused" if running else "resumed", who())
        self.runtime.set_workers(not running)

    def open_empresa(self) -> None:
        """The company's details and logo (opened without blocking the window)."""
        from coati_desk.gui.empresa_dialog import EmpresaDialog

        self.empresa_dialog = EmpresaDialog(self)
        self.empresa_dialog.accepted.connect(lambda: self.notify(tr("Empresa guardada")))
        self.empresa_dialog.open()

    def open_settings(self) -> None:
        from coati_desk.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self, self.settings, self.runtime.prefs)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        old, new = self.runtime.prefs, dialog.preferences()
        stored = self.settings.set_password(new.redis_url, dialog.password_text())
        if dialog.password_text() and not stored:
            self.notify(tr("Sin llavero en este equipo: la contraseña se usa solo en esta sesión"))
        database_changed = dialog.database.changed()
        if new.database == "postgresql" and database_changed:
            self.settings.set_database_password(new, dialog.database_password_text())
        self.settings.save(new)
        mail_session_only = dialog.mail.changed() and not dialog.mail.save(
            lambda _: self.notify(tr("Correo configurado")), self.log_error
        )
        if mail_session_only:
            self.notify(tr("Sin llavero en este equipo: la contraseña se usa solo en esta sesión"))
        self.poller.set_interval(new.refresh_seconds * 1000)
        if new.language != old.language:
            self.notify(tr("El idioma cambiará al volver a abrir la aplicación"))
        queue_fields = ("backend", "redis_url", "queue_path", "worker_threads", "start_workers")
        if (
            any(getattr(old, f) != getattr(new, f) for f in queue_fields)
            or dialog.password_text()
            or database_changed
            or mail_session_only  # (a worker process started again takes the password)
        ):
            self.notify(tr("Cambiando la cola…"))
            self.runtime.start(new)
        else:
            self.runtime.prefs = new

    # -- first start ---------------------------------------------------------------------------
    def _offer_first_data(self) -> None:
        from coati_desk.payroll.employees import employee_count

        call_async(employee_count, self._maybe_offer, lambda m: self.log_error(m))

    def _maybe_offer(self, count: int) -> None:
        if count:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Bienvenido a Coati Desk"),
            tr(
                "Todavía no hay empleados. ¿Quiere generar datos de demostración "
                "o importar sus empleados desde un archivo CSV?"
            ),
            parent=self,
        )
        demo = box.addButton(tr("Generar demostración"), QMessageBox.ButtonRole.AcceptRole)
        imp = box.addButton(tr("Importar CSV…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(tr("Más tarde"), QMessageBox.ButtonRole.RejectRole)
        self.welcome_box = box

        def chosen(button: Any) -> None:
            if button is demo:
                self.tabs.setCurrentWidget(self.empleados_page)
                self.empleados_page.demo(50)
            elif button is imp:
                self.tabs.setCurrentWidget(self.empleados_page)
                self.empleados_page.import_csv()

        box.buttonClicked.connect(chosen)
        box.open()

    # -- helpers for the pages -----------------------------------------------------------------
    def show_run(self, run_id: str) -> None:
        self.tabs.setCurrentWidget(self.nomina_page)
        self.nomina_page.open_run(run_id)

    def notify(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        log.info("%s", message)

    def log_error(self, message: str) -> None:
        log.error("%s", message)

    def user_name(self) -> str:
        try:
            return getpass.getuser()
        except Exception:
            return "coati-desk"

    def about(self) -> None:
        QMessageBox.about(
            self,
            tr("Acerca de Coati Desk"),
            tr(
                "Coati Desk {0}\nPlanillas calculadas en segundo plano, una tarea por empleado."
            ).format(__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.poller.stop()
        self.resume_timer.stop()
        self.history_timer.stop()
        self.hide()  # the window goes at once; workers finish the task in hand meanwhile
        self.runtime.shutdown(timeout=10)
        logging.getLogger("coati_desk").removeHandler(self.log_bridge)
        super().closeEvent(event)
