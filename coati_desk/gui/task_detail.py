"""One task, in full: its arguments, result, progress, every attempt and its timeline."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coati_desk.gui.errors import error_text, show_error
from coati_desk.gui.labels import show_status, show_time, tr


def _json(value: Any) -> str:
    return "" if value is None else json.dumps(value, indent=2, ensure_ascii=False)


def outcome_label(value: Any) -> str:
    labels = {
        "enqueued": tr("En cola"),
        "started": tr("Iniciada"),
        "completed": tr("Completado"),
        "error": tr("Error (se reintenta)"),
        "failed": tr("Fallido"),
        "cancelled": tr("Cancelado"),
        "lost": tr("Perdida (worker caído)"),
        "interrupted": tr("Interrumpida"),
        "running": tr("En curso"),
    }
    return labels.get(str(value), str(value or ""))


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class TaskDetailDialog(QDialog):
    """What ``driver.task_detail(task_id)`` answered, with ``who``: the person it calculates."""

    def __init__(self, parent: QWidget | None, detail: dict[str, Any], who: str = "") -> None:
        super().__init__(parent)
        self.detail = detail
        self.setWindowTitle(tr("Tarea {0}").format(detail["task_id"]))
        self.resize(900, 620)

        facts = QFormLayout()
        progress = detail.get("progress")
        retries = detail.get("max_retries")
        for label, value in (
            (tr("Tarea:"), detail.get("name") or ""),
            (tr("Estado:"), show_status(detail["status"])),
            (tr("Empleado:"), who),
            (tr("Id:"), detail["task_id"]),
            (tr("Cola:"), detail.get("queue") or ""),
            (
                tr("Intentos:"),
                f"{detail['attempts']}" + (f" / {retries + 1}" if retries is not None else ""),
            ),
            (tr("Progreso:"), f"{progress['done']} / {progress['total']}" if progress else ""),
            (tr("Worker:"), detail.get("worker") or ""),
            (tr("Encolada:"), show_time(detail.get("enqueued_at"))),
            (tr("Terminada:"), show_time(detail.get("finished_at"))),
        ):
            if value:
                shown = QLabel(str(value))
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                facts.addRow(label, shown)

        tabs = QTabWidget()
        self.arguments = QPlainTextEdit(_json(detail.get("args")))
        self.result = QPlainTextEdit(
            _json(detail.get("result")) or error_text(detail.get("error") or "")
        )
        for text in (self.arguments, self.result):
            text.setReadOnly(True)
        tabs.addTab(self.arguments, tr("Argumentos"))
        tabs.addTab(self.result, tr("Resultado"))

        attempts = detail.get("attempt_log") or []
        self.attempts = _table(
            [tr("N.º"), tr("Resultado"), tr("Inicio"), tr("Fin"), tr("Worker"), tr("Error")],
            [
                [
                    str(a.get("n") or ""),
                    outcome_label(a.get("outcome")),
                    show_time(a.get("started_at")),
                    show_time(a.get("finished_at")),
                    str(a.get("owner") or ""),
                    show_error(a.get("error")),
                ]
                for a in attempts
            ],
        )
        self.traceback = QPlainTextEdit()
        self.traceback.setReadOnly(True)
        self.traceback.setPlaceholderText(tr("Elija un intento para ver su traza"))
        self.attempts.currentCellChanged.connect(
            lambda row, *_: self.traceback.setPlainText(
                (attempts[row].get("traceback") or attempts[row].get("error") or "")
                if 0 <= row < len(attempts)
                else ""
            )
        )
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.attempts)
        split.addWidget(self.traceback)
        tabs.addTab(split, tr("Intentos ({0})").format(len(attempts)))

        self.timeline = _table(
            [tr("Momento"), tr("Evento"), tr("Detalle")],
            [
                [show_time(e["at"]), outcome_label(e["event"]), str(e.get("detail") or "")]
                for e in detail.get("timeline") or []
            ],
        )
        tabs.addTab(self.timeline, tr("Línea de tiempo"))
        if attempts and any(a.get("traceback") for a in attempts):
            tabs.setCurrentWidget(split)
            self.attempts.selectRow(len(attempts) - 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
