"""What every chart shares: the theme, tick and number helpers, the chart widget (built on
first show, pyqtgraph imported then), bars and plots."""

from __future__ import annotations

import html
import logging
import math
import os
from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import cache
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QCursor, QFont, QFontMetrics, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from coati_desk.gui.labels import tr

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


def _table_view(model: Any, parent: QWidget, row_height: int) -> QTableView:
    """A read-only table beside a chart: whole rows, no focus frame, no row numbers."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(row_height)
    return view
