"""A payroll run's timeline: each employee's wait and calculation, and how many ran at once."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coati_desk.gui.charts.base import (
    BACKGROUND,
    CANCELLED,
    COMPLETED,
    FAILED,
    HIGHLIGHT,
    PROCESSING,
    RUN_COLOURS,
    SLOWEST,
    TEXT,
    WAITING_LIGHT,
    _bars,
    _Chart,
    _count_range,
    _number,
    _table_view,
    _width,
    count_ticks,
    format_seconds,
)
from coati_desk.gui.labels import status_labels, tr
from coati_desk.gui.table_model import Column, RecordTableModel


# -- 4. a payroll run's timeline -----------------------------------------------------------------
class RunTimeline(_Chart):
    """One row per employee: waiting in the queue (thin, light), then calculating (coloured by
    status), in seconds since the first task was queued. Above it, how many employees were
    calculating at once; beside it, the slowest (outlined in the chart: click one to zoom onto
    it). A fixed handful of plot items whatever the number of rows. The mouse wheel zooms;
    the small "A" button in the corner shows everything again.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        labels = status_labels()
        super().__init__(
            tr("Línea de tiempo de la nómina"),
            [
                (WAITING_LIGHT, tr("Esperando")),
                (PROCESSING, labels["processing"]),
                (COMPLETED, labels["completed"]),
                (FAILED, labels["failed"]),
                (CANCELLED, labels["cancelled"]),
            ],
            parent,
        )
        self._clear_data()
        self._pending: tuple[list[dict[str, Any]], float | None] | None = None
        self.slowest_model = RecordTableModel(
            [
                Column("label", tr("Empleado")),
                Column("duration", tr("Cálculo"), format_seconds, numeric=True),
            ],
            key="row",
            parent=self,
        )
        self.slowest_view = _table_view(self.slowest_model, self, row_height=22)
        header = self.slowest_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.slowest_view.clicked.connect(
            lambda index: self.focus_row(self.slowest_model.record(index.row())["row"])
        )
        self.slowest_title = QLabel(tr("Los {0} más lentos (con borde)").format(SLOWEST))
        self.side = QWidget(self)
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.slowest_title)
        side.addWidget(self.slowest_view, 1)
        self.side.setFixedWidth(
            _width(self, "0000 Carmen Hernández R.") + _width(self, "8 min 88 s") + 48
        )
        self.split = QHBoxLayout()
        self.split.addWidget(self.side)
        self.body.addLayout(self.split, 1)

    def _clear_data(self) -> None:
        self._rows: list[dict[str, Any]] = []  # drawn top to bottom
        self._labels: list[str] = []
        self._status: list[str] = []
        self._t0 = 0.0
        self._end = 0.0  # "now", in seconds since t0
        self._arrays: dict[str, Any] = {}  # enqueued, started, finished: seconds since t0
        self._peak = 0

    # -- data ----------------------------------------------------------------------------------
    def show_data(self, rows: Sequence[dict[str, Any]], now: float | None = None) -> None:
        """One dict per employee: ``label``, ``status`` and ``enqueued``, ``started``,
        ``finished`` (epoch seconds or None). A task still waiting or running is drawn up to
        ``now`` (default: the latest time in the rows; pass ``time.time()`` while the run is
        open). Rows never queued nor started are left out."""
        self._pending = (list(rows), now)
        self._refresh()

    def _take_pending(self) -> bool:
        """Sort out the rows last given (once): False if numpy is missing."""
        if self._pending is None:
            return True
        try:
            import numpy as np
        except ImportError:
            return False
        rows, now = self._pending
        self._pending = None
        self._clear_data()
        kept, times = [], []
        for row in rows:
            enqueued, started = _number(row.get("enqueued")), _number(row.get("started"))
            if enqueued is None and started is None:
                continue
            kept.append(row)
            times.append((enqueued, started, _number(row.get("finished"))))
        if kept:
            nan = math.nan
            table = np.asarray(
                [[nan if t is None else t for t in three] for three in times], dtype=float
            )
            enqueued, started, _ = table.T
            first = np.where(np.isnan(enqueued), started, enqueued)
            # queued first on top; then by start (not yet started last); else as given
            order = np.lexsort((np.where(np.isnan(started), np.inf, started), first))
            self._t0 = float(np.nanmin(table))
            latest = float(np.nanmax(table))
            self._end = max(latest, now if now is not None else latest) - self._t0
            table = table[order] - self._t0
            self._arrays = dict(zip(("enqueued", "started", "finished"), table.T, strict=True))
            self._rows = [kept[i] for i in order]
            self._labels = [str(r.get("label", "")) for r in self._rows]
            self._status = [str(r.get("status", "")) for r in self._rows]
        return True

    def _spans(self) -> tuple[Any, Any, Any, Any]:
        """Per row: wait start, wait end, run start, run end (NaN where there is none)."""
        import numpy as np

        a, end = self._arrays, self._end
        enqueued, started, finished = a["enqueued"], a["started"], a["finished"]
        stop = np.where(np.isnan(finished), end, finished)
        run_end = np.where(np.isnan(started), np.nan, np.maximum(stop, started))
        wait_end = np.where(np.isnan(started), stop, started)
        return enqueued, wait_end, started, run_end

    def slowest(self, n: int = SLOWEST) -> list[dict[str, Any]]:
        """The ``n`` longest calculations, longest first: each row given to ``show_data``
        plus ``duration`` (seconds calculating; up to now for one still running), ``wait``
        (seconds in the queue, None if unknown) and ``row`` (its place in the chart)."""
        if not self._take_pending() or not self._rows or n <= 0:
            return []
        import numpy as np

        wait_start, wait_end, run_start, run_end = self._spans()
        duration = run_end - run_start
        ran = np.flatnonzero(~np.isnan(duration))
        top = ran[np.argsort(-duration[ran], kind="stable")][:n]
        found = []
        for i in top:
            wait = wait_end[i] - wait_start[i]
            found.append(
                {
                    **self._rows[i],
                    "duration": float(duration[i]),
                    "wait": None if math.isnan(wait) else float(wait),
                    "row": int(i),
                }
            )
        return found

    # -- drawing -------------------------------------------------------------------------------
    def _build(self, pg: Any) -> None:
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground(BACKGROUND)
        self.view.setAntialiasing(True)
        self.view.setMinimumHeight(260)
        self.view.ci.layout.setSpacing(2)
        self.parallel_plot = self._style(pg, self.view.addPlot(row=0, col=0))
        self.parallel_plot.setTitle(
            tr("Empleados calculando a la vez"), color=TEXT, size="9pt", justify="left"
        )
        self.parallel_plot.hideAxis("bottom")
        self.parallel_plot.getViewBox().setMouseEnabled(x=True, y=False)
        self.parallel_curve = pg.PlotDataItem(
            [],
            [],
            pen=pg.mkPen(PROCESSING, width=1.5),
            fillLevel=0,
            brush=pg.mkBrush(PROCESSING + "55"),
            antialias=True,
        )
        self.parallel_plot.addItem(self.parallel_curve)
        self.plot = self._style(pg, self.view.addPlot(row=1, col=0), interactive=True)
        self.view.ci.layout.setRowStretchFactor(0, 1)
        self.view.ci.layout.setRowStretchFactor(1, 4)
        self.parallel_plot.setXLink(self.plot)
        box = self.plot.getViewBox()
        box.invertY(True)  # the first queued on top
        box.setMouseEnabled(x=True, y=True)
        box.setDefaultPadding(0.01)
        box.enableAutoRange()  # follows the data until the user zooms ("A" goes back)
        self.plot.showGrid(x=True, y=False, alpha=0.12)
        self.plot.setLabel("bottom", tr("segundos desde la primera tarea encolada"), color=TEXT)
        self.wait_bars = _bars(pg, WAITING_LIGHT)
        self.plot.addItem(self.wait_bars)
        self.run_bars = {}  # one item per colour: drawn in one call each, a fixed item count
        for status, colour in RUN_COLOURS.items():
            self.run_bars[status] = _bars(pg, colour, outline=True)
            self.plot.addItem(self.run_bars[status])
        self.slow_bars = pg.BarGraphItem(
            x0=[], width=[], y0=0, height=[], brush=pg.mkBrush(None),
            pen=pg.mkPen(HIGHLIGHT, width=1.5, cosmetic=True),
        )  # fmt: skip
        self.plot.addItem(self.slow_bars)
        box.sigYRangeChanged.connect(self._row_ticks)
        box.sigXRangeChanged.connect(self._draw_parallel)
        box.sigResized.connect(self._row_ticks)
        self.parallel_plot.getViewBox().sigResized.connect(self._parallel_axis)
        self.parallel_plot.getAxis("left").setWidth(self._count_axis_width())
        self._hover(self.view, self.plot)
        self.split.insertWidget(0, self.view, 1)

    def _draw(self) -> None:
        if not self._ready:
            return
        self._stale = False
        self._take_pending()
        import numpy as np

        count = len(self._rows)
        if count:
            wait_start, wait_end, run_start, run_end = self._spans()
        else:
            wait_start = wait_end = run_start = run_end = np.zeros(0)
        rows_y = np.arange(count, dtype=float)
        waited = wait_end > wait_start  # False where either is NaN
        self.wait_bars.setOpts(
            x0=wait_start[waited],
            width=(wait_end - wait_start)[waited],
            y0=rows_y[waited] - 0.15,
            height=0.3,
        )
        ran = ~np.isnan(run_start)
        status = np.asarray(self._status, dtype=object)
        unknown = ~np.isin(status, list(RUN_COLOURS)) if count else np.zeros(0, dtype=bool)
        for name, item in self.run_bars.items():
            which = ran & ((status == name) | (unknown if name == "other" else False))
            item.setOpts(
                x0=run_start[which],
                width=(run_end - run_start)[which],
                y0=rows_y[which] - 0.4,
                height=0.8,
            )
        slow = self.slowest(SLOWEST)
        self.slowest_model.set_records(slow)
        outlined = [r["row"] for r in slow[: min(SLOWEST, int(ran.sum()) // 10)]]
        self.slow_bars.setOpts(
            x0=run_start[outlined],
            width=(run_end - run_start)[outlined],
            y0=rows_y[outlined] - 0.45,
            height=0.9,
        )
        # employees calculating at once: +1 at each start, -1 at each end (ends first)
        starts, ends = np.sort(run_start[ran]), np.sort(run_end[ran])
        self._starts, self._ends = starts, ends
        self._starts_sum = np.concatenate(([0.0], np.cumsum(starts)))
        self._ends_sum = np.concatenate(([0.0], np.cumsum(ends)))
        if starts.size:
            at = np.concatenate((starts, ends))
            step = np.concatenate((np.ones(starts.size), -np.ones(ends.size)))
            self._peak = int(np.cumsum(step[np.lexsort((step, at))]).max())
        self._parallel_axis()
        self._draw_parallel()
        self.plot.getAxis("left").setLabel(
            tr("{0} empleados").format(f"{count:,}") if count else "", color=TEXT
        )
        self._label_width = min(_width(self.view, *sorted(self._labels, key=len)[-20:]), 220)
        self._row_ticks()
        done = self._status.count("completed")
        failed = self._status.count("failed")
        self.summary_label.setText(
            tr("{0} de {1} calculados · {2} fallidos · {3} · hasta {4} a la vez").format(
                f"{done:,}", f"{count:,}", f"{failed:,}", format_seconds(self._end), self._peak
            )
            if count
            else tr("Sin datos")
        )

    def _busy(self, at: Any) -> Any:
        """Employee-seconds spent calculating from the first start up to each time in ``at``."""
        import numpy as np

        started = np.searchsorted(self._starts, at, side="right")
        ended = np.searchsorted(self._ends, at, side="right")
        return (started * at - self._starts_sum[started]) - (ended * at - self._ends_sum[ended])

    def _draw_parallel(self) -> None:
        """The average number calculating in each of a few hundred slices of the time shown:
        a task ending a millisecond before the next starts is not a dip to draw."""
        import numpy as np

        if not self._ready:
            return
        box = self.plot.getViewBox()
        low, high = box.viewRange()[0]
        if box.autoRangeEnabled()[0]:  # the range pyqtgraph is about to set (on the next paint)
            low, high = 0.0, self._end
        low, high = max(low, 0.0), min(high, self._end)
        if not self._starts.size or high <= low:
            self.parallel_curve.setData([], [])
            return
        slices = int(min(max(box.width() / 3, 20), 600))
        edges = np.linspace(low, high, slices + 1)
        average = np.diff(self._busy(edges)) / np.diff(edges)
        self.parallel_curve.setData(np.repeat(edges, 2)[1:-1], np.repeat(average, 2))

    def _parallel_axis(self) -> None:
        box = self.parallel_plot.getViewBox()
        _, ticks = count_ticks(max(self._peak, 1), max(2, int(box.height() / 28)))
        box.setYRange(*_count_range(max(self._peak, 1), box.height()), padding=0)
        self.parallel_plot.getAxis("left").setTicks([ticks, []])

    def _row_ticks(self) -> None:
        """Employee labels on the rows when each row shown has room for one; then the left
        axis widens to fit them (both plots, so their time axes stay aligned)."""
        if not self._ready:
            return
        box = self.plot.getViewBox()
        low, high = box.viewRange()[1]
        if box.autoRangeEnabled()[1]:  # the range pyqtgraph is about to set (on the next paint)
            low, high = -0.5, len(self._rows) - 0.5
        first, last = max(math.ceil(low), 0), min(math.floor(high), len(self._rows) - 1)
        line = QFontMetrics(self.view.font()).height() + 2
        labels = []
        if last >= first and (high - low) * line <= box.height():
            labels = [(float(i), self._labels[i]) for i in range(first, last + 1)]
        axis = self.plot.getAxis("left")
        axis.setTicks([labels, []])
        axis.showLabel(not labels)
        width = self._label_width + 14 if labels else self._count_axis_width()
        if axis.width() != width:
            axis.setWidth(width)
            self.parallel_plot.getAxis("left").setWidth(width)

    def focus_row(self, row: int) -> None:
        """Zoom onto a row (e.g. one picked in the list of the slowest)."""
        if not (self._ready and 0 <= row < len(self._rows)):
            return
        wait_start, wait_end, run_start, run_end = (a[row] for a in self._spans())
        left = wait_start if not math.isnan(wait_start) else run_start
        right = run_end if not math.isnan(run_end) else wait_end
        margin = max((right - left) * 0.5, 1.0)
        self.plot.getViewBox().setRange(
            xRange=(left - margin, right + margin), yRange=(row - 8, row + 8), padding=0
        )

    def tooltip_at(self, x: float, y: float) -> str:
        row = round(y)
        if not 0 <= row < len(self._rows):
            return ""
        wait_start, wait_end, run_start, run_end = (float(a[row]) for a in self._spans())
        left = wait_start if not math.isnan(wait_start) else run_start
        right = run_end if not math.isnan(run_end) else wait_end
        if not left <= x <= right:  # False for NaN
            return ""
        status = self._status[row]
        lines = [self._labels[row], status_labels().get(status, status)]
        if not math.isnan(wait_start):
            lines.append(f"{tr('En cola')}: {format_seconds(wait_end - wait_start)}")
        if not math.isnan(run_start):
            lines.append(f"{tr('Cálculo')}: {format_seconds(run_end - run_start)}")
        return "\n".join(lines)
