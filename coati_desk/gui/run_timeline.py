"""A payroll run's timeline: when each employee was queued, started and finished."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from coati_desk.gui.background import call_async
from coati_desk.gui.labels import tr
from coati_desk.payroll import queries
from coati_desk.queue import QueueDriver
from coati_desk.queue.records import epoch


def timeline_rows(run_id: str, driver: QueueDriver | None) -> list[dict[str, Any]]:
    """One row per employee of the run. Start and finish come from the payroll (they outlive
    the queue's history); the time each was queued, from the queue's journal while it has it."""
    rows = queries.run_rows(run_id)
    tasks: dict[str, dict[str, Any]] = {}
    if driver is not None:
        ids = [str(r["task_id"]) for r in rows if r["task_id"]]
        tasks = driver.get_bulk_results(ids)["tasks"]
    found = []
    for row in rows:
        task = tasks.get(str(row["task_id"]), {})
        found.append(
            {
                "label": f"{row['codigo']} {row['nombre']}",
                "status": row["estado"],
                "enqueued": epoch(task.get("enqueued_at")),
                "started": epoch(row["iniciado_en"]) or epoch(task.get("started_at")),
                "finished": epoch(row["finalizado_en"]) or epoch(task.get("finished_at")),
            }
        )
    return found


class RunTimelineDialog(QDialog):
    def __init__(self, parent: QWidget, run_id: str, title: str, driver: QueueDriver | None):
        from coati_desk.gui.charts import RunTimeline

        super().__init__(parent)
        self.run_id, self.driver = run_id, driver
        self.setWindowTitle(tr("Línea de tiempo: {0}").format(title))
        self.resize(1100, 680)
        self.chart = RunTimeline()
        self.summary = QLabel(tr("Leyendo la nómina…"))
        refresh = QPushButton(tr("Actualizar"))
        refresh.clicked.connect(self.load)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(refresh, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 1)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        run_id, driver = self.run_id, self.driver
        call_async(lambda: timeline_rows(run_id, driver), self.show_rows, self.summary.setText)

    def show_rows(self, rows: list[dict[str, Any]]) -> None:
        calculating = any(r["status"] in ("pending", "processing") for r in rows)
        self.chart.show_data(rows, now=time.time() if calculating else None)
        self.summary.setVisible(not rows)
        self.summary.setText(tr("Esta nómina no tiene empleados") if not rows else "")
