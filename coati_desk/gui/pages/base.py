"""What every page shares: its host, polling hooks, a table helper, a background action."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QTableView, QWidget

from coati_desk.gui.background import call_async
from coati_desk.gui.errors import error_text
from coati_desk.gui.labels import ROW_STATUSES, status_labels, tr
from coati_desk.gui.table_model import Column, RecordFilter, RecordTableModel

if TYPE_CHECKING:
    from coati_desk.gui.pages.host import PageHost


FIT_ROWS = 100  # rows measured to size a table's columns


class Page(QWidget):
    """A page of the main window: given the small host it needs, never the window itself."""

    def __init__(self, host: PageHost) -> None:
        super().__init__()
        self.host = host

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
            self.host.log_error(f"{what}: {message}" if what else message)
            QMessageBox.warning(self, tr("Coati Desk"), error_text(message))

        call_async(fn, done, failed)
