"""The queue monitor's charts: throughput, queue depth, wait and run times."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHeaderView,
    QWidget,
)

from coati_desk.gui.charts.base import (
    BACKGROUND,
    COMPLETED,
    FAILED,
    GAP_S,
    HOUR_S,
    MINUTE_S,
    PROCESSING,
    RUN_LIGHT,
    TEXT,
    WAITING,
    WAITING_LIGHT,
    _bars,
    _Chart,
    _count_range,
    _number,
    _table_view,
    _width,
    clock_ticks,
    count_ticks,
    format_seconds,
)
from coati_desk.gui.labels import tr
from coati_desk.gui.table_model import Column, RecordTableModel


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
        self.table_view = _table_view(self.table, self, row_height=24)
        self.table_view.setAlternatingRowColors(True)
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
