"""One table model for every list in the window: records (dicts) keyed by an id.

``set_records`` compares the new records with the shown ones and signals only what changed:
changed rows get ``dataChanged``, new rows are inserted, vanished rows removed. The model sorts
its own records (fast); a :class:`RecordFilter` proxy on top filters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor

from coati_desk.gui.labels import WORKER_ACTIVE, WORKER_SILENT
from coati_desk.payroll.models import EstadoNomina
from coati_desk.queue.status import TaskStatus

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1

STATUS_COLOURS: dict[str, str] = {  # keyed by the enums (a StrEnum is found by its text too)
    TaskStatus.PENDING: "#e8eef7",
    TaskStatus.SCHEDULED: "#efe8f7",
    TaskStatus.PROCESSING: "#fff4cc",
    TaskStatus.COMPLETED: "#e3f4e1",
    TaskStatus.FAILED: "#f9dcdc",
    TaskStatus.CANCELLED: "#e6e6e6",
    EstadoNomina.CALCULANDO: "#fff4cc",
    EstadoNomina.CALCULADA: "#e3f4e1",
    EstadoNomina.CALCULADA_CON_ERRORES: "#f9dcdc",
    EstadoNomina.CANCELADA: "#e6e6e6",
    WORKER_ACTIVE: "#e3f4e1",
    WORKER_SILENT: "#f9dcdc",
}


def show_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return QCoreApplication.translate("coati", "Sí") if value else "No"
    return str(value)


def show_money(value: Any) -> str:
    """An amount, as a Decimal or as the number a table query read (``queries.run_rows``)."""
    return "" if value is None else f"{value:,.2f}"


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    show: Callable[[Any], str] = show_value
    numeric: bool = False
    status: bool = False  # coloured by value
    stretch: bool = False  # takes the width the other columns leave (else the last one does)


FILL_CHUNK = 2000  # rows appended per turn of the event loop (10,000 at once stalled it 100 ms)


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], key: str = "id", parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.key = key
        self._records: list[dict[str, Any]] = []
        self._rows: dict[Any, int] = {}
        self._waiting: dict[Any, dict[str, Any]] = {}  # new rows to append on the next turns

    # -- reading -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._records)):
            return None
        record = self._records[index.row()]
        column = self.columns[index.column()]
        value = record.get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.show(value)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column.status and value in STATUS_COLOURS:
            return QBrush(QColor(STATUS_COLOURS[value]))
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "error" and value:
            return column.show(value)  # (the whole text, translated like the cell)
        return None

    def record(self, row: int) -> dict[str, Any]:
        return self._records[row]

    def records(self) -> list[dict[str, Any]]:
        return list(self._records)

    # -- updating ----------------------------------------------------------------------------
    def set_records(self, records: Sequence[dict[str, Any]]) -> None:
        """Show ``records``: changed rows are updated in place, others inserted or removed."""
        new_keys = [r[self.key] for r in records]
        if [r[self.key] for r in self._records] != new_keys:
            wanted = set(new_keys)
            self._waiting = {k: r for k, r in self._waiting.items() if k in wanted}
            for row in reversed(range(len(self._records))):
                if self._records[row][self.key] not in wanted:
                    self.beginRemoveRows(QModelIndex(), row, row)
                    del self._records[row]
                    self.endRemoveRows()
            self._rows = {r[self.key]: i for i, r in enumerate(self._records)}
            if [r[self.key] for r in self._records] != new_keys[: len(self._records)]:
                # A different order: rebuild (rare; sorting is the proxy's job).
                self.beginResetModel()
                self._records = [dict(r) for r in records]
                self._rows = {k: i for i, k in enumerate(new_keys)}
                self._waiting = {}
                self.endResetModel()
                return
        self.update_records(records)

    def has(self, key: Any) -> bool:
        """Whether a record of this key is shown (or about to be)."""
        return key in self._rows or key in self._waiting

    def update_records(self, records: Sequence[dict[str, Any]]) -> None:
        """Update rows by key with the fields each record has (only rows that changed), and
        append records of new keys at the end (those must have every field)."""
        fresh: list[dict[str, Any]] = []
        first, last = len(self._records), -1
        for record in records:
            key = record[self.key]
            row = self._rows.get(key)
            if row is None:
                if key in self._waiting:
                    self._waiting[key] = {**self._waiting[key], **record}
                else:
                    fresh.append(record)
            elif not record.items() <= self._records[row].items():
                self._records[row] = {**self._records[row], **record}
                first, last = min(first, row), max(last, row)
        if last >= 0:  # one signal for the span: a signal per row cost a GIL round trip each
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
        self._append(fresh)

    def _append(self, fresh: list[dict[str, Any]]) -> None:
        """Append ``fresh`` rows, a chunk now and the rest on the next turns of the event loop
        (the view and the filter ask Python about every row inserted)."""
        fresh, later = fresh[:FILL_CHUNK], fresh[FILL_CHUNK:]
        if fresh:
            start = len(self._records)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            for offset, record in enumerate(fresh):
                self._records.append(dict(record))
                self._rows[record[self.key]] = start + offset
            self.endInsertRows()
        if later:
            if not self._waiting:
                QTimer.singleShot(0, self, self._append_waiting)  # (not after self is gone)
            self._waiting.update((record[self.key], record) for record in later)

    def _append_waiting(self) -> None:
        waiting, self._waiting = list(self._waiting.values()), {}
        self._append(waiting)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the records themselves (a Python sort: far faster than the proxy's)."""
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].key

        def sort_key(record: dict[str, Any]) -> Any:
            value = record[key]
            return value.isoformat() if isinstance(value, date | datetime) else value

        self.layoutAboutToBeChanged.emit()
        before = [record[self.key] for record in self._records]
        filled = [r for r in self._records if r.get(key) is not None]
        blank = [r for r in self._records if r.get(key) is None]  # last, either way
        filled.sort(key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._records = filled + blank
        self._rows = {record[self.key]: i for i, record in enumerate(self._records)}
        for index in self.persistentIndexList():
            row = self._rows[before[index.row()]]
            self.changePersistentIndex(index, self.index(row, index.column()))
        self.layoutChanged.emit()

    def clear(self) -> None:
        self.beginResetModel()
        self._records, self._rows, self._waiting = [], {}, {}
        self.endResetModel()


class RecordFilter(QSortFilterProxyModel):
    """Sort by value, filter by a status field and by text in any column."""

    def __init__(self, parent: Any = None, status_key: str = "estado") -> None:
        super().__init__(parent)
        self.status_key = status_key
        self._status: str | None = None
        self._text = ""
        self.setDynamicSortFilter(False)

    def set_status(self, status: str | None) -> None:
        self._refilter(lambda: setattr(self, "_status", status or None))

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_text", text.strip().lower()))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and newer
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done by the source model (see RecordTableModel.sort)."""
        model = self.sourceModel()
        if isinstance(model, RecordTableModel):
            model.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)
        record = model.record(source_row)
        if self._status and record.get(self.status_key) != self._status:
            return False
        if self._text:
            return any(self._text in show_value(record.get(c.key)).lower() for c in model.columns)
        return True
