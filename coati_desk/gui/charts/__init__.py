"""Charts for the queue monitor: throughput, queue depth, wait and run times, a run's timeline.

Plain widgets fed with plain Python data (the queue layer computes it; nothing here asks the
queue or the database), redrawn in place when fed again: every chart keeps a fixed set of
plot items and only replaces their data, so a poller may call it every second.

pyqtgraph (and numpy with it) takes about 0.3 s to import, more than the app's first window
should wait for, so this module does not import it: a chart builds its plot, importing
pyqtgraph, the first time it is shown or given data.
"""

from coati_desk.gui.charts.base import clock_ticks, count_ticks, format_seconds
from coati_desk.gui.charts.queue_charts import DepthChart, DurationChart, ThroughputChart
from coati_desk.gui.charts.timeline import RunTimeline

__all__ = [
    "DepthChart",
    "DurationChart",
    "RunTimeline",
    "ThroughputChart",
    "clock_ticks",
    "count_ticks",
    "format_seconds",
]
