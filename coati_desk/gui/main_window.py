"""The main window (for now: the queue's backend, location, workers and task counts)."""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from coati_desk import __version__
from coati_desk.gui.poller import Poller
from coati_desk.queue import QueueDriver, get_queue_driver, start_workers
from coati_desk.queue.driver import TaskStatus, WorkerGroup

log = logging.getLogger("coati_desk.gui")

STATUS_LABELS = {
    TaskStatus.PENDING: "En cola",
    TaskStatus.SCHEDULED: "Programadas",
    TaskStatus.PROCESSING: "En proceso",
    TaskStatus.COMPLETED: "Completadas",
    TaskStatus.FAILED: "Fallidas",
    TaskStatus.CANCELLED: "Canceladas",
}
BACKEND_LABELS = {
    "huey": "Huey (carpeta local)",
    "dramatiq": "Dramatiq + Redis",
    "inline": "Sin cola (en línea)",
}


class MainWindow(QMainWindow):
    driver_ready = Signal(object, object)  # (driver, workers) or (None, error text)

    def __init__(self, worker_threads: int = 4) -> None:
        super().__init__()
        self.setWindowTitle(f"Coati Desk {__version__}")
        self.resize(720, 440)
        self.driver: QueueDriver | None = None
        self.workers: WorkerGroup | None = None
        self._worker_threads = worker_threads

        queue_box = QGroupBox(self.tr("Cola de procesos"))
        form = QFormLayout(queue_box)
        self.backend_label = QLabel(self.tr("Conectando…"))
        self.location_label = QLabel("—")
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.workers_label = QLabel("—")
        form.addRow(self.tr("Backend:"), self.backend_label)
        form.addRow(self.tr("Ubicación:"), self.location_label)
        form.addRow(self.tr("Workers:"), self.workers_label)

        counts_box = QGroupBox(self.tr("Tareas"))
        counts_form = QFormLayout(counts_box)
        self.count_labels: dict[str, QLabel] = {}
        for status, text in STATUS_LABELS.items():
            self.count_labels[status.value] = QLabel("—")
            counts_form.addRow(f"{text}:", self.count_labels[status.value])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(queue_box)
        layout.addWidget(counts_box)
        layout.addStretch(1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Iniciando…"))

        self.poller = Poller(self._query_stats, interval_ms=2000, parent=self)
        self.poller.answered.connect(self._show_stats)
        self.poller.failed.connect(self._show_poll_error)
        self.driver_ready.connect(self._on_driver_ready)
        threading.Thread(target=self._choose_driver, name="coati-start", daemon=True).start()

    # -- start-up off the GUI thread (a Redis check may take up to 2 s) ------------------------
    def _choose_driver(self) -> None:
        try:
            driver = get_queue_driver()
            workers = start_workers(self._worker_threads, driver) if self._worker_threads else None
        except Exception as exc:
            log.error("Could not start the queue: %s", exc)
            self.driver_ready.emit(None, str(exc))
            return
        self.driver_ready.emit(driver, workers)

    def _on_driver_ready(self, driver: QueueDriver | None, workers: Any) -> None:
        if driver is None:
            self.backend_label.setText(self.tr("Error: {0}").format(workers))
            self.statusBar().showMessage(self.tr("La cola no pudo iniciar"))
            return
        self.driver, self.workers = driver, workers
        self.backend_label.setText(BACKEND_LABELS.get(driver.backend, driver.backend))
        self.location_label.setText(driver.location)
        self._show_workers()
        self.poller.start()

    def _show_workers(self) -> None:
        if self.workers is not None and self.workers.is_alive():
            text = self.tr("{0} hilos en este equipo").format(self.workers.threads)
        else:
            text = self.tr("Detenidos")
        self.workers_label.setText(text)

    # -- polling -----------------------------------------------------------------------------
    def _query_stats(self) -> dict[str, Any]:
        assert self.driver is not None
        return self.driver.get_stats()

    def _show_stats(self, stats: dict[str, Any]) -> None:
        for status, count in stats["tasks_by_status"].items():
            if status in self.count_labels:
                self.count_labels[status].setText(str(count))
        self._show_workers()
        self.statusBar().showMessage(self.tr("Actualizado {0}").format(time.strftime("%H:%M:%S")))

    def _show_poll_error(self, error: str) -> None:
        unreachable = self.driver is not None and self.driver.backend == "dramatiq"
        text = self.tr("Redis no disponible") if unreachable else self.tr("Sin respuesta")
        for label in self.count_labels.values():
            label.setText(text)
        self.statusBar().showMessage(
            self.tr("Actualización fallida {0}: {1}").format(time.strftime("%H:%M:%S"), error)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.poller.stop()
        if self.workers is not None:
            # Workers finish the task in hand; anything left is picked up on the next start.
            self.workers.stop(timeout=10)
        super().closeEvent(event)
