"""Charts for the queue monitor: throughput, queue depth, wait and run times, a run's timeline.

Plain widgets fed with plain Python data (the queue layer computes it; nothing here asks the
queue or the database), redrawn in place when fed again: every chart keeps a fixed set of
plot items and only replaces their data, so a poller may call it every second.

pyqtgraph (and numpy with it) takes about 0.3 s to import, more than the app's first window
should wait for, so this module does not import it: a chart builds its plot, importing
pyqtgraph, the first time it is shown or given data.
"""

from __future__ import annotations

import html
import logging
import math
import os
import time
from collections import deque
from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import cache
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QCursor, QFont, QFontMetrics, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from coati_desk.gui.pages.base import status_labels, tr
from coati_desk.gui.table_model import Column, RecordTableModel

log = logging.getLogger("coati_desk.gui")

# The light theme: a white plot, dark readable axes, the status hues of the tables' row colours.
BACKGROUND = "#ffffff"
TEXT = "#24292f"
AXIS = "#57606a"
MUTED = "#57606a"
COMPLETED = "#2da44e"
FAILED = "#cf222e"
PROCESSING = "#bf8700"
WAITING = "#0969da"
WAITING_LIGHT = "#a9c9f5"
CANCELLED = "#8c959f"
OTHER = "#6e7781"
RUN_LIGHT = "#a6e3b5"
HIGHLIGHT = "#24292f"
RUN_COLOURS = {  # a run's bar by its status; anything else is OTHER
    "completed": COMPLETED,
    "failed": FAILED,
    "processing": PROCESSING,
    "cancelled": CANCELLED,
    "other": OTHER,
}
HOUR_S = 3600
MINUTE_S = 60
GAP_S = 15.0  # readings further apart than this are not joined by a line (the poller paused)
SLOWEST = 10  # the slowest runs listed beside the timeline (and outlined in it)


@cache
def _pg() -> Any:
    """pyqtgraph, on PySide6 (imported on first use: see the module's docstring)."""
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    import pyqtgraph as pg

    if pg.Qt.QT_LIB != "PySide6":  # PYQTGRAPH_QT_LIB named another binding
        raise ImportError(f"pyqtgraph uses {pg.Qt.QT_LIB}, not PySide6 (PYQTGRAPH_QT_LIB)")
    return pg


# -- formatting ----------------------------------------------------------------------------------
def format_seconds(value: Any) -> str:
    """A duration for people: 0.04 s, 3.25 s, 12.5 s, 2 min 05 s, 1 h 02 min."""
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        return ""
    if value < 10:
        return f"{value:.2f} s"
    if value < 60:
        return f"{value:.1f} s"
    seconds = round(value)
    if seconds < HOUR_S:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // HOUR_S} h {seconds % HOUR_S // 60:02d} min"


def clock_ticks(start: float, end: float, most: int) -> list[tuple[float, str]]:
    """Ticks for epoch seconds ``start``..``end`` in local clock time, at most ``most`` of them,
    on round minutes (HH:MM) or, for short spans, seconds (HH:MM:SS)."""
    span = max(end - start, 1.0)
    steps = (10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200)
    step = next((s for s in steps if span / s <= max(most, 1)), steps[-1])
    offset = datetime.fromtimestamp(start).astimezone().utcoffset()
    shift = offset.total_seconds() if offset else 0.0
    tick = math.ceil((start + shift) / step) * step - shift
    fmt = "%H:%M:%S" if step < MINUTE_S else "%H:%M"
    ticks = []
    while tick <= end:
        ticks.append((tick, datetime.fromtimestamp(tick).strftime(fmt)))
        tick += step
    return ticks


def count_ticks(highest: float, most: int) -> tuple[int, list[tuple[float, str]]]:
    """Whole-number ticks from 0 covering ``highest``: (the axis' top, ticks)."""
    highest = max(float(highest), 1.0)
    raw = highest / max(most, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = max(1, math.ceil(next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)))
    top = math.ceil(highest / step) * step
    return top, [(float(v), f"{v:,}") for v in range(0, top + 1, step)]


def _count_range(top: float, pixels: float) -> tuple[float, float]:
    """A count axis' range: from a little under 0 (room for the "0" label) to a little over
    ``top`` (room for its label)."""
    room = top * 8 / max(pixels - 16, 40)  # about 8 pixels each side
    return -room, top + room


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        return None
    return float(value)


def _legend_html(entries: Iterable[tuple[str, str]]) -> str:
    return "&nbsp;&nbsp;&nbsp;".join(
        f'<span style="color:{colour}">&#9632;</span>&nbsp;{html.escape(text)}'
        for colour, text in entries
    )


def _width(widget: QWidget, *texts: str) -> int:
    metrics = QFontMetrics(widget.font())
    return max((metrics.horizontalAdvance(t) for t in texts), default=0)


# -- the common frame ----------------------------------------------------------------------------
class _Summary(QLabel):
    """One line of muted text that ends in "…" when the chart is too narrow for all of it (the
    whole text is its tooltip), rather than widening the page or losing its start."""

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet(f"color: {MUTED}")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.width()
        )
        painter.drawText(
            self.rect(), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), shown
        )


class _Chart(QWidget):
    """A title, a legend and a one-line summary above a plot that is built on first use."""

    def __init__(
        self,
        title: str,
        legend: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._built = False  # tried to build the plot
        self._ready = False  # ... and it is there
        self.unavailable: str | None = None  # why it could not be built
        self._stale = False  # data came that is not drawn yet
        self.title_label = QLabel(title)
        font = QFont(self.title_label.font())
        font.setBold(True)
        self.title_label.setFont(font)
        self.legend_label = QLabel(_legend_html(legend))
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label = _Summary()
        header = QHBoxLayout()
        header.setContentsMargins(4, 0, 4, 0)
        header.addWidget(self.title_label)
        header.addSpacing(16)
        header.addWidget(self.legend_label)
        header.addWidget(self.summary_label, 1)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addLayout(self.body, 1)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._built:
            self._ensure_built()
        elif self._stale:
            self._draw()
        super().showEvent(event)

    def _refresh(self) -> None:
        """Draw the new data now if the chart is on screen, else when it is shown: a chart on
        a hidden tab costs nothing, and pyqtgraph is not imported for it."""
        self._stale = True
        if self.isVisible():
            self._ensure_built()
            if self._stale:
                self._draw()

    def _ensure_built(self) -> None:
        if self._built:
            return
        self._built = True
        try:
            pg = _pg()
        except Exception as exc:  # an installation without pyqtgraph or numpy: say so
            self.unavailable = f"{type(exc).__name__}: {exc}"
            log.error("Charts are not available: %s", self.unavailable)
            missing = QLabel(tr("Gráfico no disponible: {0}").format(exc))
            missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
            missing.setStyleSheet(f"color: {MUTED}")
            self.body.addWidget(missing)
            return
        self._build(pg)
        self._ready = True
        self._draw()

    def _build(self, pg: Any) -> None:
        raise NotImplementedError

    def _draw(self) -> None:
        raise NotImplementedError

    def _style(self, pg: Any, plot: Any, interactive: bool = False) -> Any:
        """A PlotItem in the light theme, without pyqtgraph's menus (not translated) or SI
        prefixes on the axes; a dashboard chart does not pan or zoom."""
        plot.setMenuEnabled(False)
        if not interactive:
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.getViewBox().disableAutoRange()
        plot.showGrid(x=False, y=True, alpha=0.12)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(AXIS))
            axis.setTextPen(pg.mkPen(TEXT))
            axis.enableAutoSIPrefix(False)
        return plot

    def _count_axis_width(self) -> int:
        """One width for every count axis, so charts stacked on a page line up."""
        return _width(self, "888,888") + 16

    def _axes(self) -> None:
        """Fit the axes to the plot's size (charts made with :meth:`_count_plot`)."""

    def _count_plot(self, pg: Any, *items: Any) -> None:
        """One plot of counts over time (``self.view``, ``self.plot``) holding ``items``,
        its axes fitted by ``self._axes`` on every resize, with hover text."""
        self.view = _plot_widget(pg)
        self.plot = self._style(pg, self.view.getPlotItem())
        self.plot.getAxis("left").setWidth(self._count_axis_width())
        for item in items:
            self.plot.addItem(item)
        self.plot.getViewBox().sigResized.connect(self._axes)
        self._hover(self.view, self.plot)
        self.body.addWidget(self.view)

    def _hover(self, view: Any, *plots: Any) -> None:
        """Show ``tooltip_at`` for the point under the mouse, over any of ``plots``."""

        def moved(pos: QPointF) -> None:
            text = ""
            for plot in plots:
                box = plot.getViewBox()
                if box.sceneBoundingRect().contains(pos):
                    point = box.mapSceneToView(pos)
                    text = self.tooltip_at(point.x(), point.y())
            if text:
                QToolTip.showText(QCursor.pos(), text, view)
            else:
                QToolTip.hideText()

        view.scene().sigMouseMoved.connect(moved)

    def tooltip_at(self, x: float, y: float) -> str:
        """The tooltip at plot coordinates (x, y); empty for none."""
        return ""


def _plot_widget(pg: Any) -> Any:
    view = pg.PlotWidget(background=BACKGROUND)
    view.setAntialiasing(True)
    view.setMinimumHeight(150)
    return view


def _bars(pg: Any, colour: str, outline: bool = False, **opts: Any) -> Any:
    """Bars of one colour (pyqtgraph draws those with one call). ``outline``: a hairline of
    the same colour around each, so a bar thinner than a pixel still shows."""
    pen = pg.mkPen(colour, width=1, cosmetic=True) if outline else pg.mkPen(None)
    return pg.BarGraphItem(x0=[], width=[], y0=0, height=[], brush=colour, pen=pen, **opts)


# -- 1. throughput -------------------------------------------------------------------------------
class ThroughputChart(_Chart):
    """Tasks completed and failed per minute over the last hour, as stacked bars (failed on
    top); the clock time of each minute on the x axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Tareas por minuto (última hora)"),
            [(COMPLETED, tr("Completadas")), (FAILED, tr("Fallidas"))],
            parent,
        )
        self._minutes: list[float] = []
        self._completed: list[int] = []
        self._failed: list[int] = []
        self._end = 0.0  # the epoch second at x = 0: the end of the last minute shown

    def show_data(
        self, minutes: Sequence[float], completed: Sequence[int], failed: Sequence[int]
    ) -> None:
        """``minutes``: each minute's start (epoch seconds), oldest first; ``completed`` and
        ``failed``: the tasks that ended in it."""
        size = min(len(minutes), len(completed), len(failed))
        self._minutes = [float(m) for m in minutes[:size]]
        self._completed = [int(c) for c in completed[:size]]
        self._failed = [int(f) for f in failed[:size]]
        self._refresh()

    def series(self) -> dict[str, list[tuple[float, int]]]:
        """What the bars show: (minute's start, count) for every minute with a bar."""
        shown: dict[str, list[tuple[float, int]]] = {"completed": [], "failed": []}
        if not self._ready:
            return shown
        for name, item in (("completed", self.completed_bars), ("failed", self.failed_bars)):
            x0, heights = item.opts["x0"], item.opts["height"]
            shown[name] = [
                (float(x) - 5 + self._end, round(h)) for x, h in zip(x0, heights, strict=True)
            ]
        return shown

    def _build(self, pg: Any) -> None:
        self.completed_bars = _bars(pg, COMPLETED, outline=True)
        self.failed_bars = _bars(pg, FAILED, outline=True)
        self._count_plot(pg, self.completed_bars, self.failed_bars)

    def _draw(self) -> None:
        if not self._ready:
            return
        self._stale = False
        import numpy as np  # loaded with pyqtgraph

        minutes = np.asarray(self._minutes, dtype=float)
        completed = np.asarray(self._completed, dtype=float)
        failed = np.asarray(self._failed, dtype=float)
        if minutes.size:
            self._end = float(minutes.max()) + MINUTE_S
        else:
            self._end = (time.time() // MINUTE_S + 1) * MINUTE_S
        x0 = minutes - self._end + 5  # 50 s wide: a gap between minutes
        done, lost = completed > 0, failed > 0  # no hairline for an empty minute
        self.completed_bars.setOpts(x0=x0[done], width=MINUTE_S - 10, y0=0, height=completed[done])
        self.failed_bars.setOpts(
            x0=x0[lost], width=MINUTE_S - 10, y0=completed[lost], height=failed[lost]
        )
        self.summary_label.setText(
            tr("Última hora: {0} completadas, {1} fallidas").format(
                f"{sum(self._completed):,}", f"{sum(self._failed):,}"
            )
            if minutes.size
            else tr("Sin datos")
        )
        self._axes()

    def _axes(self) -> None:
        box = self.plot.getViewBox()
        highest = max(
            (c + f for c, f in zip(self._completed, self._failed, strict=True)), default=0
        )
        top, ticks = count_ticks(highest, max(2, int(box.height() / 40)))
        box.setRange(xRange=(-HOUR_S, 0), yRange=_count_range(top, box.height()), padding=0)
        self.plot.getAxis("left").setTicks([ticks, []])
        clock = clock_ticks(self._end - HOUR_S, self._end, int(box.width() / 70))
        self.plot.getAxis("bottom").setTicks([[(t - self._end, s) for t, s in clock], []])

    def tooltip_at(self, x: float, y: float) -> str:
        for minute, done, failed in zip(self._minutes, self._completed, self._failed, strict=True):
            if minute - self._end <= x < minute - self._end + MINUTE_S:
                clock = datetime.fromtimestamp(minute).strftime("%H:%M")
                return f"{clock}\n{tr('Completadas')}: {done:,}\n{tr('Fallidas')}: {failed:,}"
        return ""


# -- 2. queue depth ------------------------------------------------------------------------------
class DepthChart(_Chart):
    """Tasks waiting and running, read by the poller, over the last hour (a rolling window)."""

    def __init__(self, window_seconds: float = HOUR_S, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Profundidad de la cola"),
            [(WAITING, tr("En cola")), (PROCESSING, tr("En proceso"))],
            parent,
        )
        self.window_seconds = float(window_seconds)
        # bounded whatever the caller does: the window at two readings a second
        self._samples: deque[tuple[float, int, int]] = deque(maxlen=int(window_seconds * 2) + 1)

    def add_sample(self, ts: float, waiting: int, running: int) -> None:
        """A reading at epoch second ``ts``; readings older than the window are dropped."""
        samples = self._samples
        if samples and ts < samples[-1][0]:  # the clock went back: start again
            samples.clear()
        if samples and ts == samples[-1][0]:
            samples.pop()
        samples.append((float(ts), int(waiting), int(running)))
        while samples[0][0] < ts - self.window_seconds:
            samples.popleft()
        self._refresh()

    def clear(self) -> None:
        self._samples.clear()
        self._refresh()

    def samples(self) -> list[tuple[float, int, int]]:
        """The readings kept: (ts, waiting, running), oldest first."""
        return list(self._samples)

    def _build(self, pg: Any) -> None:
        self.waiting_curve = pg.PlotDataItem(
            [], [], pen=pg.mkPen(WAITING, width=2), antialias=True, name=tr("En cola")
        )
        self.running_curve = pg.PlotDataItem(
            [], [], pen=pg.mkPen(PROCESSING, width=2), antialias=True, name=tr("En proceso")
        )
        self._count_plot(pg, self.waiting_curve, self.running_curve)

    def _draw(self) -> None:
        if not self._ready:
            return
        self._stale = False
        import numpy as np

        if not self._samples:
            self.waiting_curve.setData([], [])
            self.running_curve.setData([], [])
            self.summary_label.setText(tr("Sin datos"))
            self._axes()
            return
        data = np.asarray(self._samples, dtype=float)
        ts = data[:, 0]
        x = ts - ts[-1]
        joined = np.append(np.diff(ts) <= GAP_S, False)  # no line across a pause of the poller
        self.waiting_curve.setData(x, data[:, 1], connect=joined)
        self.running_curve.setData(x, data[:, 2], connect=joined)
        _, waiting, running = self._samples[-1]
        self.summary_label.setText(
            tr("Ahora: {0} en cola, {1} en proceso").format(f"{waiting:,}", f"{running:,}")
        )
        self._axes()

    def _axes(self) -> None:
        box = self.plot.getViewBox()
        samples = self._samples
        end = samples[-1][0] if samples else time.time()
        # at least five minutes wide: the first readings grow from the right edge
        span = min(max(end - samples[0][0] if samples else 0.0, 300.0), self.window_seconds)
        highest = max((max(w, r) for _, w, r in samples), default=0)
        top, ticks = count_ticks(highest, max(2, int(box.height() / 40)))
        box.setRange(xRange=(-span, 0), yRange=_count_range(top, box.height()), padding=0)
        self.plot.getAxis("left").setTicks([ticks, []])
        clock = clock_ticks(end - span, end, int(box.width() / 70))
        self.plot.getAxis("bottom").setTicks([[(t - end, s) for t, s in clock], []])

    def tooltip_at(self, x: float, y: float) -> str:
        if not self._samples:
            return ""
        end = self._samples[-1][0]
        ts, waiting, running = min(self._samples, key=lambda s: abs(s[0] - end - x))
        if abs(ts - end - x) > GAP_S:
            return ""
        clock = datetime.fromtimestamp(ts).strftime("%H:%M:%S")
        return f"{clock}\n{tr('En cola')}: {waiting:,}\n{tr('En proceso')}: {running:,}"


# -- 3. wait and run times -----------------------------------------------------------------------
class DurationChart(_Chart):
    """Time in the queue and run time per task name, p50 and p95: a table of the numbers and,
    under it, two bar panels (each on its own scale: waits are often minutes, runs fractions
    of a second). In each bar the dark part is p50 (half the tasks took less), the whole bar
    p95 (all but one in twenty took less)."""

    KEYS = ("wait_p50", "wait_p95", "run_p50", "run_p95")
    TABLE_ROWS = 6  # rows shown before the table scrolls

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Tiempo en cola y de ejecución (p50, p95)"),
            [
                (WAITING, tr("En cola p50")),
                (WAITING_LIGHT, tr("En cola p95")),
                (COMPLETED, tr("Ejecución p50")),
                (RUN_LIGHT, tr("Ejecución p95")),
            ],
            parent,
        )
        self._rows: list[dict[str, Any]] = []
        self.table = RecordTableModel(
            [
                Column("name", tr("Tarea")),
                Column("count", tr("Cantidad"), numeric=True),
                Column("wait_p50", tr("En cola p50"), format_seconds, numeric=True),
                Column("wait_p95", tr("En cola p95"), format_seconds, numeric=True),
                Column("run_p50", tr("Ejecución p50"), format_seconds, numeric=True),
                Column("run_p95", tr("Ejecución p95"), format_seconds, numeric=True),
            ],
            key="name",
            parent=self,
        )
        self.table_view = QTableView(self)
        self.table_view.setModel(self.table)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table_view.verticalHeader().setVisible(False)
        self.table_view.verticalHeader().setDefaultSectionSize(24)
        header = self.table_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fit_table()
        self.body.addWidget(self.table_view)

    def show_data(self, rows: Sequence[dict[str, Any]]) -> None:
        """One row per task name: name, count, wait_p50, wait_p95, run_p50, run_p95 (seconds;
        None when unknown)."""
        self._rows = [dict(row) for row in rows]
        self.table.set_records(self._rows)
        self._fit_table()
        self._refresh()

    def _fit_table(self) -> None:
        shown = min(max(len(self._rows), 1), self.TABLE_ROWS)
        header = self.table_view.horizontalHeader().sizeHint().height()
        self.table_view.setFixedHeight(header + 24 * shown + 2 * self.table_view.frameWidth())

    def _build(self, pg: Any) -> None:
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground(BACKGROUND)
        self.view.setAntialiasing(True)
        self.view.setMinimumHeight(130)
        self.bars = {}
        self.panels = []
        for column, (kind, title, dark, light) in enumerate(
            (
                ("wait", tr("En cola"), WAITING, WAITING_LIGHT),
                ("run", tr("Ejecución"), COMPLETED, RUN_LIGHT),
            )
        ):
            plot = self._style(pg, self.view.addPlot(row=0, col=column))
            plot.setTitle(title, color=TEXT, size="9pt")
            plot.showGrid(x=True, y=False, alpha=0.12)
            plot.setLabel("bottom", tr("segundos"), color=TEXT)
            plot.getViewBox().invertY(True)  # the first task on top, as in the table
            for key, colour in ((f"{kind}_p95", light), (f"{kind}_p50", dark)):  # p50 over p95
                self.bars[key] = _bars(pg, colour, outline=True)  # 0.03 s of 9 min still shows
                plot.addItem(self.bars[key])
            self.panels.append(plot)
        self._hover(self.view, *self.panels)
        self.panels[1].setYLink(self.panels[0])
        self.panels[1].getAxis("left").setStyle(showValues=False)
        self.panels[1].getAxis("left").setWidth(8)
        self.body.addWidget(self.view, 1)

    def _draw(self) -> None:
        if not self._ready:
            return
        self._stale = False
        import numpy as np

        rows = self._rows
        rows_y = np.arange(len(rows), dtype=float)
        for key, item in self.bars.items():
            values = np.asarray([_number(r.get(key)) or 0.0 for r in rows], dtype=float)
            height = 0.6 if key.endswith("95") else 0.3
            item.setOpts(x0=0, width=values, y0=rows_y - height / 2, height=height)
        names = [
            QFontMetrics(self.view.font()).elidedText(
                str(r.get("name", "")), Qt.TextElideMode.ElideMiddle, 200
            )
            for r in rows
        ]
        left = self.panels[0].getAxis("left")
        left.setTicks([[(float(i), name) for i, name in enumerate(names)], []])
        left.setWidth(_width(self.view, "", *names) + 14)
        for plot, kind in zip(self.panels, ("wait", "run"), strict=True):
            highest = max(
                (_number(r.get(f"{kind}_p95")) or _number(r.get(f"{kind}_p50")) or 0.0)
                for r in rows or [{}]
            )
            highest = highest or 1.0
            plot.getViewBox().setRange(
                xRange=(-highest * 0.015, highest * 1.05),  # a little room for the "0" label
                yRange=(-0.5, max(len(rows), 1) - 0.5),
                padding=0,
            )

    def tooltip_at(self, x: float, y: float) -> str:
        row = round(y)
        if not 0 <= row < len(self._rows) or x < 0:
            return ""
        r = self._rows[row]
        wait = f"p50 {format_seconds(r.get('wait_p50'))}, p95 {format_seconds(r.get('wait_p95'))}"
        run = f"p50 {format_seconds(r.get('run_p50'))}, p95 {format_seconds(r.get('run_p95'))}"
        count = int(r.get("count") or 0)
        return f"{r.get('name', '')} ({count:,})\n{tr('En cola')}: {wait}\n{tr('Ejecución')}: {run}"


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
        self.slowest_view = QTableView(self)
        self.slowest_view.setModel(self.slowest_model)
        self.slowest_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.slowest_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.slowest_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.slowest_view.verticalHeader().setVisible(False)
        self.slowest_view.verticalHeader().setDefaultSectionSize(22)
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


__all__ = [
    "DepthChart",
    "DurationChart",
    "RunTimeline",
    "ThroughputChart",
    "clock_ticks",
    "count_ticks",
    "format_seconds",
]
