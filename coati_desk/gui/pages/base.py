"""What every page shares: access to the window, polling hooks, a table helper, labels."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QTableView, QWidget

from coati_desk.gui.background import call_async
from coati_desk.gui.errors import error_text
from coati_desk.gui.table_model import Column, RecordFilter, RecordTableModel

if TYPE_CHECKING:
    from coati_desk.gui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("coati", text)


FIT_ROWS = 100  # rows measured to size a table's columns
ROW_STATUSES = ("pending", "scheduled", "processing", "completed", "failed", "cancelled")
_status_labels: dict[str, dict[str, str]] = {}  # per language (keyed by one translation)


def status_labels() -> dict[str, str]:
    """Row and task statuses, and run states, as the office reads them."""
    language = tr("En cola")  # called for every status cell shown: translated once per language
    labels = _status_labels.get(language)
    if labels is None:
        labels = _status_labels[language] = {
            "pending": tr("En cola"),
            "scheduled": tr("Programada"),
            "processing": tr("Calculando"),
            "completed": tr("Completado"),
            "failed": tr("Fallido"),
            "cancelled": tr("Cancelado"),
            "unknown": tr("Desconocida"),
            "calculando": tr("Calculando"),
            "calculada": tr("Calculada"),
            "calculada_con_errores": tr("Calculada con errores"),
            "cancelada": tr("Cancelada"),
            "activo": tr("Activo"),  # a worker's heartbeat
            "sin_senal": tr("Sin señal"),
        }
    return labels


def show_status(value: Any) -> str:
    return status_labels().get(str(value), str(value or ""))


def show_time(value: Any) -> str:
    """An epoch (today's clock time) or an ISO timestamp (local date and time)."""
    if isinstance(value, int | float):
        return datetime.fromtimestamp(float(value)).strftime("%H:%M:%S")
    if isinstance(value, str) and "T" in value:
        return datetime.fromisoformat(value).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    return str(value or "")


def periodicity_label(value: Any) -> str:
    labels = {"mensual": tr("Mensual"), "quincenal": tr("Quincenal"), "semanal": tr("Semanal")}
    return labels.get(str(value), str(value))


class Page(QWidget):
    """A page of the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window

    def poll_job(self) -> Callable[[], Any] | None:
        """What to ask on each refresh while this page is shown (runs off the GUI thread)."""
        return None

    def show_poll(self, data: Any) -> None:
        """Show what ``poll_job`` answered (on the GUI thread)."""

    def runtime_changed(self) -> None:
        """The queue driver or its workers changed."""

    # -- helpers ---------------------------------------------------------------------------------
    def make_table(
        self, columns: Sequence[Column], key: str = "id", status_key: str = "estado"
    ) -> tuple[QTableView, RecordTableModel, RecordFilter]:
        model = RecordTableModel(columns, key=key, parent=self)
        proxy = RecordFilter(self, status_key=status_key)
        proxy.setSourceModel(model)
        view = QTableView(self)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(24)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        stretched = [n for n, spec in enumerate(columns) if spec.stretch]
        header.setStretchLastSection(not stretched)
        for column in stretched:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)

        def fit_once() -> None:  # size the columns to the first data shown
            if view.property("fitted"):
                return
            view.setProperty("fitted", True)
            # Measured here, not by Qt's resizeColumnsToContents: that asks data() thousands
            # of times, each a trip into Python (a second's freeze while workers ran).
            cells, header = view.fontMetrics(), view.horizontalHeader().fontMetrics()
            sample = [model.record(row) for row in range(min(model.rowCount(), FIT_ROWS))]
            for column, spec in enumerate(model.columns):
                texts = [spec.show(record.get(spec.key)) for record in sample]
                if spec.status:  # a row's status changes after the first look
                    texts += [status_labels()[s] for s in ROW_STATUSES]
                widest = max((cells.horizontalAdvance(t) for t in set(texts)), default=0)
                width = min(max(widest, header.horizontalAdvance(spec.title) + 12) + 24, 260)
                view.setColumnWidth(column, max(width, 100) if spec.numeric else width)

        model.rowsInserted.connect(fit_once)
        model.modelReset.connect(lambda: model.rowCount() and fit_once())
        return view, model, proxy

    def selected_records(self, view: QTableView) -> list[dict[str, Any]]:
        proxy = view.model()
        assert isinstance(proxy, RecordFilter)
        source = proxy.sourceModel()
        assert isinstance(source, RecordTableModel)
        rows = sorted({proxy.mapToSource(i).row() for i in view.selectionModel().selectedRows()})
        return [source.record(r) for r in rows]

    def run(
        self, fn: Callable[[], Any], done: Callable[[Any], None] | None = None, what: str = ""
    ) -> None:
        """Run an action off the GUI thread; a failure is shown and logged."""

        def failed(message: str) -> None:
            self.window_.log_error(f"{what}: {message}" if what else message)
            QMessageBox.warning(self, tr("Coati Desk"), error_text(message))

        call_async(fn, done, failed)
