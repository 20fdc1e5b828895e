"""The queue monitor's charts, fed as the poller feeds them: what they draw, what they say,
and that redrawing every second neither leaks plot items nor gets slow."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from coati_desk.gui.charts import (
    DepthChart,
    DurationChart,
    RunTimeline,
    ThroughputChart,
    clock_ticks,
    count_ticks,
    format_seconds,
)

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 11, 20, 9, 0).timestamp()  # a round local minute


def shown(qtbot: Any, widget: Any, width: int = 900, height: int = 320) -> Any:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def item_counts(chart: Any) -> list[int]:
    """Every item in the chart's plots and scene (bars, curves, axes, labels...)."""
    plots = [getattr(chart, name, None) for name in ("plot", "parallel_plot")]
    plots += getattr(chart, "panels", [])
    return [len(p.items) for p in plots if p is not None] + [len(chart.view.scene().items())]


def timeline_rows(count: int, workers: int = 4) -> list[dict[str, Any]]:
    """``count`` employees queued at once and taken in order by ``workers``: employee i runs
    for 1 + (i % 7) / 10 + i / 10,000 seconds (no two alike); every tenth fails."""
    free = [T0 + 1.0] * workers
    rows = []
    for i in range(count):
        worker = min(range(workers), key=free.__getitem__)
        started = free[worker]
        finished = started + 1 + (i % 7) / 10 + i / 10_000
        free[worker] = finished
        rows.append(
            {
                "label": f"{i + 1:04d} Empleado {i + 1}",
                "enqueued": T0 + i / 1000,
                "started": started,
                "finished": finished,
                "status": "failed" if i % 10 == 9 else "completed",
            }
        )
    return rows


def bar_count(items: Any) -> int:
    return sum(len(item.opts["x0"]) for item in items)


# -- the module ----------------------------------------------------------------------------------
def test_importing_the_module_does_not_import_pyqtgraph() -> None:
    code = "import sys, coati_desk.gui.charts; print('pyqtgraph' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_pyqtgraph_runs_on_pyside6(qtbot: Any) -> None:
    import pyqtgraph as pg

    shown(qtbot, ThroughputChart())
    assert pg.Qt.QT_LIB == "PySide6"


def test_formatting() -> None:
    assert format_seconds(0.04) == "0.04 s"
    assert format_seconds(12.54) == "12.5 s"
    assert format_seconds(125) == "2 min 05 s"
    assert format_seconds(3720) == "1 h 02 min"
    assert format_seconds(None) == ""
    assert count_ticks(0, 5) == (1, [(0.0, "0"), (1.0, "1")])
    top, ticks = count_ticks(4209, 5)
    assert top == 5000
    assert [label for _, label in ticks] == ["0", "1,000", "2,000", "3,000", "4,000", "5,000"]
    assert all(value == int(value) for value, _ in count_ticks(3, 8)[1])  # whole counts only
    ticks = clock_ticks(T0 - 3600, T0, 8)
    assert [label for _, label in ticks] == [
        "08:00", "08:10", "08:20", "08:30", "08:40", "08:50", "09:00"
    ]  # fmt: skip
    assert [label for _, label in clock_ticks(T0, T0 + 120, 6)][:3] == [
        "09:00:00", "09:00:30", "09:01:00"
    ]  # fmt: skip


# -- 1. throughput -------------------------------------------------------------------------------
def test_throughput_draws_each_minutes_counts(qtbot: Any) -> None:
    chart = shown(qtbot, ThroughputChart())
    minutes = [T0 + 60 * i for i in range(60)]
    completed = [(i * 7) % 50 for i in range(60)]
    failed = [3 if i % 6 == 0 else 0 for i in range(60)]
    chart.show_data(minutes, completed, failed)
    series = chart.series()
    assert series["completed"] == [(m, c) for m, c in zip(minutes, completed, strict=True) if c]
    assert series["failed"] == [(m, f) for m, f in zip(minutes, failed, strict=True) if f]
    # failed stacked on completed: a minute's bar is as tall as all its tasks
    bars = chart.failed_bars.opts
    assert list(bars["y0"]) == [completed[i] for i in range(60) if failed[i]]
    assert chart.summary_label.text() == (
        f"Última hora: {sum(completed):,} completadas, {sum(failed)} fallidas"
    )
    assert "Completadas" in chart.legend_label.text()
    assert "Fallidas" in chart.legend_label.text()
    assert chart.tooltip_at(-60 + 30, 1) == (
        f"09:59\nCompletadas: {completed[-1]}\nFallidas: {failed[-1]}"
    )
    # the y axis: whole counts from 0 past the tallest minute; the x axis: clock times
    left = [label for _, label in chart.plot.getAxis("left")._tickLevels[0]]
    assert left[0] == "0"
    assert int(left[-1].replace(",", "")) >= max(
        c + f for c, f in zip(completed, failed, strict=True)
    )
    bottom = [label for _, label in chart.plot.getAxis("bottom")._tickLevels[0]]
    assert bottom and all(len(label) == 5 and label[2] == ":" for label in bottom)


def test_throughput_empty_and_redrawn_every_second(qtbot: Any) -> None:
    chart = shown(qtbot, ThroughputChart())
    chart.show_data([], [], [])
    assert chart.series() == {"completed": [], "failed": []}
    assert chart.summary_label.text() == "Sin datos"
    assert chart.tooltip_at(-30, 1) == ""
    before = item_counts(chart)
    for second in range(60):
        minutes = [T0 + second + 60 * i for i in range(60)]
        chart.show_data(minutes, [second % 9] * 60, [second % 2] * 60)
    assert item_counts(chart) == before


def test_a_chart_on_a_hidden_tab_draws_only_when_shown(qtbot: Any) -> None:
    """The page feeds its charts on every poll, whichever tab is open: a hidden chart keeps
    the data, builds nothing (no pyqtgraph at the app's start) and draws once shown."""
    from PySide6.QtWidgets import QLabel, QTabWidget

    tabs = QTabWidget()
    throughput, depth, timeline = ThroughputChart(), DepthChart(), RunTimeline()
    tabs.addTab(QLabel("otra"), "otra")
    for chart in (throughput, depth, timeline):
        tabs.addTab(chart, "")
    shown(qtbot, tabs)
    throughput.show_data([T0], [4], [1])
    for second in range(100):
        depth.add_sample(T0 + second, second, 2)
    timeline.show_data(timeline_rows(30))
    assert not any(chart._built for chart in (throughput, depth, timeline))
    assert [r["label"] for r in timeline.slowest(1)] == ["0028 Empleado 28"]  # from the data
    tabs.setCurrentWidget(throughput)
    assert throughput.series() == {"completed": [(T0, 4)], "failed": [(T0, 1)]}
    tabs.setCurrentWidget(depth)
    assert list(depth.waiting_curve.getData()[1]) == list(range(100))
    tabs.setCurrentWidget(timeline)
    assert bar_count(timeline.run_bars.values()) == 30
    depth.add_sample(T0 + 100, 100, 2)  # hidden again: kept, drawn when shown again
    assert len(depth.waiting_curve.getData()[1]) == 100
    tabs.setCurrentWidget(depth)
    assert len(depth.waiting_curve.getData()[1]) == 101


# -- 2. queue depth ------------------------------------------------------------------------------
def test_depth_keeps_the_last_hour_and_draws_both_lines(qtbot: Any) -> None:
    chart = shown(qtbot, DepthChart())
    for second in range(0, 2 * 3600, 2):  # two hours, a reading every two seconds
        chart.add_sample(T0 + second, waiting=second // 2, running=second % 5)
    samples = chart.samples()
    last = T0 + 2 * 3600 - 2
    assert samples[-1] == (last, 3599, (2 * 3600 - 2) % 5)
    assert samples[0][0] >= last - 3600
    assert len(samples) == 1801
    waiting_x, waiting_y = chart.waiting_curve.getData()
    _, running_y = chart.running_curve.getData()
    assert list(waiting_y) == [w for _, w, _ in samples]
    assert list(running_y) == [r for _, _, r in samples]
    assert waiting_x[-1] == 0 and waiting_x[0] == pytest.approx(-3600)
    assert chart.summary_label.text() == "Ahora: 3,599 en cola, 3 en proceso"
    assert chart.tooltip_at(0, 0).endswith("En cola: 3,599\nEn proceso: 3")


def test_depth_memory_is_bounded_whatever_the_rate(qtbot: Any) -> None:
    chart = DepthChart(window_seconds=60)
    qtbot.addWidget(chart)
    for i in range(1000):  # ten readings a second
        chart.add_sample(T0 + i / 10, i, 1)
    assert len(chart.samples()) <= 121
    assert chart.samples()[-1] == (T0 + 99.9, 999, 1)


def test_depth_clear_clock_going_back_and_pauses(qtbot: Any) -> None:
    chart = shown(qtbot, DepthChart())
    chart.add_sample(T0, 5, 1)
    chart.add_sample(T0 + 1, 6, 1)
    chart.add_sample(T0 + 1, 7, 2)  # the same second again: the newer reading
    assert chart.samples() == [(T0, 5, 1), (T0 + 1, 7, 2)]
    chart.add_sample(T0 + 600, 9, 0)  # the page was hidden ten minutes: no line across that
    assert list(chart.waiting_curve.opts["connect"]) == [True, False, False]
    chart.add_sample(T0 - 10, 1, 1)  # the clock went back
    assert chart.samples() == [(T0 - 10, 1, 1)]
    before = item_counts(chart)
    chart.clear()
    assert chart.samples() == []
    assert len(chart.waiting_curve.getData()[0] or []) == 0
    assert chart.summary_label.text() == "Sin datos"
    for second in range(60):
        chart.add_sample(T0 + second, second, 4)
    assert item_counts(chart) == before


# -- 3. wait and run times -----------------------------------------------------------------------
DURATIONS = [
    {
        "name": "calculate_employee_payroll_task",
        "count": 3998,
        "wait_p50": 281.4,
        "wait_p95": 540.2,
        "run_p50": 0.48,
        "run_p95": 1.92,
    },
    {
        "name": "process_payroll_parallel_task",
        "count": 2,
        "wait_p50": 0.03,
        "wait_p95": 0.05,
        "run_p50": 3.1,
        "run_p95": 3.4,
    },
]


def test_durations_table_and_bars(qtbot: Any) -> None:
    chart = shown(qtbot, DurationChart(), 1000, 300)
    chart.show_data(DURATIONS)
    table = chart.table
    assert table.rowCount() == 2
    cells = [[table.index(r, c).data() for c in range(6)] for r in range(2)]
    assert cells[0] == [
        "calculate_employee_payroll_task", "3998", "4 min 41 s", "9 min 00 s", "0.48 s", "1.92 s"
    ]  # fmt: skip
    assert cells[1][2:] == ["0.03 s", "0.05 s", "3.10 s", "3.40 s"]
    for key, item in chart.bars.items():
        assert list(item.opts["width"]) == [row[key] for row in DURATIONS]
    names = [label for _, label in chart.panels[0].getAxis("left")._tickLevels[0]]
    assert names == [row["name"] for row in DURATIONS]
    assert "p95 9 min 00 s" in chart.tooltip_at(100, 0)
    before = item_counts(chart)
    for _ in range(60):
        chart.show_data(DURATIONS[::-1])
    assert item_counts(chart) == before
    chart.show_data([])
    assert table.rowCount() == 0
    assert all(len(item.opts["width"]) == 0 for item in chart.bars.values())


# -- 4. a run's timeline -------------------------------------------------------------------------
def test_timeline_bars_slowest_and_parallelism(qtbot: Any) -> None:
    chart = shown(qtbot, RunTimeline(), 1100, 520)
    rows = timeline_rows(40)
    rows += [
        {"label": "0041 Sin tiempos", "enqueued": None, "started": None, "finished": None,
         "status": "pending"},
        {"label": "0042 En cola", "enqueued": T0 + 0.5, "started": None, "finished": None,
         "status": "pending"},
        {"label": "0043 Calculando", "enqueued": T0 + 0.6, "started": T0 + 20, "finished": None,
         "status": "processing"},
    ]  # fmt: skip
    chart.show_data(rows, now=T0 + 21)
    with_start = [r for r in rows if r["started"] is not None]
    assert bar_count(chart.run_bars.values()) == len(with_start) == 41
    assert len(chart.run_bars["failed"].opts["x0"]) == 4
    assert len(chart.run_bars["processing"].opts["x0"]) == 1
    assert len(chart.wait_bars.opts["x0"]) == 42  # every row queued before it started
    # drawn in seconds since the first enqueue; the one still calculating up to "now"
    running = chart.run_bars["processing"].opts
    assert running["x0"][0] == pytest.approx(20) and running["width"][0] == pytest.approx(1)
    slowest = chart.slowest(3)
    durations = sorted(((r["finished"] or T0 + 21) - r["started"], r["label"]) for r in with_start)
    assert [r["label"] for r in slowest] == [label for _, label in durations[::-1][:3]]
    assert [r["duration"] for r in slowest] == pytest.approx([d for d, _ in durations[::-1][:3]])
    assert chart.slowest_model.rowCount() == 10
    assert chart.slowest_model.record(0)["label"] == slowest[0]["label"]
    assert chart._peak == 4  # four workers
    assert "hasta 4 a la vez" in chart.summary_label.text()
    assert chart.summary_label.text().startswith("36 de 42 calculados · 4 fallidos")
    _, ys = chart.parallel_curve.getData()
    assert 3.5 < max(ys) < 4 + 1e-9  # an average over each slice of time
    assert chart.plot.getAxis("left")._tickLevels[0] == []  # 42 rows: no room for labels
    chart.show_data(rows[:12])  # few rows: each labelled
    labels = [label for _, label in chart.plot.getAxis("left")._tickLevels[0]]
    assert labels == [f"{i:04d} Empleado {i}" for i in range(1, 13)]
    first = chart._labels.index("0001 Empleado 1")
    tip = chart.tooltip_at(1.5, first)
    assert tip == "0001 Empleado 1\nCompletado\nEn cola: 1.00 s\nCálculo: 1.00 s"
    assert chart.tooltip_at(-5, first) == ""


def test_timeline_empty_and_rows_without_times(qtbot: Any) -> None:
    chart = shown(qtbot, RunTimeline(), 1100, 520)
    chart.show_data([])
    assert bar_count([*chart.run_bars.values(), chart.wait_bars]) == 0
    assert chart.slowest(3) == []
    assert chart.summary_label.text() == "Sin datos"
    chart.show_data([{"label": "0001 Nadie", "status": "pending"}])
    assert bar_count([*chart.run_bars.values(), chart.wait_bars]) == 0
    assert chart.tooltip_at(0, 0) == ""
    assert len(chart.parallel_curve.getData()[0] or []) == 0


def test_timeline_redrawn_every_second_keeps_its_items(qtbot: Any) -> None:
    chart = shown(qtbot, RunTimeline(), 1100, 520)
    rows = timeline_rows(300)
    chart.show_data(rows[:10], now=T0 + 2)
    before = item_counts(chart)
    for second in range(60):
        now = T0 + 2 + second
        live = [
            {**r, "finished": None, "status": "processing"} if r["finished"] > now else r
            for r in rows
            if r["started"] <= now
        ]
        chart.show_data(live, now=now)
    assert item_counts(chart) == before


def test_timeline_of_5000_rows_is_quick_and_unlabelled(qtbot: Any) -> None:
    chart = shown(qtbot, RunTimeline(), 1100, 520)
    rows = timeline_rows(5000)
    started = time.perf_counter()
    chart.show_data(rows)
    took = time.perf_counter() - started
    started = time.perf_counter()
    chart.view.grab()
    painted = time.perf_counter() - started
    print(f"5,000 rows: show_data {took * 1000:.0f} ms, paint {painted * 1000:.0f} ms")
    assert bar_count(chart.run_bars.values()) == 5000
    assert took < 0.5 and painted < 0.5  # measured about 10 ms each
    assert chart.plot.getAxis("left")._tickLevels[0] == []  # no room for 5,000 labels
    assert chart.plot.getAxis("left").labelText == "5,000 empleados"
    assert len(chart.parallel_curve.getData()[0]) <= 1200  # a few hundred slices, not 10,000
    chart.focus_row(chart.slowest(1)[0]["row"])  # zoomed in: the rows get their labels
    qtbot.waitUntil(lambda: len(chart.plot.getAxis("left")._tickLevels[0]) > 0)


def test_without_pyqtgraph_a_chart_says_so(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """E.g. a build that left numpy out: the page still opens, the chart explains."""
    from coati_desk.gui.charts import base as charts

    def missing() -> None:
        raise ImportError("No module named 'numpy'")

    monkeypatch.setattr(charts, "_pg", missing)
    timeline = RunTimeline()
    for chart in (ThroughputChart(), DepthChart(), DurationChart(), timeline):
        shown(qtbot, chart)
        texts = [label.text() for label in chart.findChildren(type(chart.title_label))]
        assert "Gráfico no disponible: No module named 'numpy'" in texts
    timeline.show_data(timeline_rows(3))
    assert len(timeline.slowest(3)) == 3  # the data is still there, for a list
