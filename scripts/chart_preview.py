"""Pictures of the queue monitor's charts with realistic made-up data, offscreen.

    python scripts/chart_preview.py [--out /tmp/charts] [--language es|en] [--employees 2000]

Saves throughput.png, depth.png, durations.png and timeline.png (a run of ``--employees`` on
4 workers), and prints how long the timeline took to take its data and to paint.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def throughput_data(now: float, rng: random.Random) -> tuple[list[float], list[int], list[int]]:
    """An hour: quiet, then a payroll run (a burst of thousands), then quiet again."""
    last = now // 60 * 60
    minutes = [last - 60 * i for i in range(59, -1, -1)]
    completed, failed = [], []
    for i in range(60):
        busy = 24 <= i <= 33
        completed.append(rng.randint(380, 470) if busy else rng.choice((0, 0, 0, 1, 2, 3)))
        failed.append(rng.choice((0, 0, 1, 2, 4)) if busy else rng.choice((0,) * 9 + (1,)))
    return minutes, completed, failed


def depth_samples(now: float) -> list[tuple[float, int, int]]:
    """One reading a second over the hour: 4,000 queued at minute 24, drained by 4 workers."""
    samples = []
    waiting = 0
    for second in range(3600, 0, -1):
        ts = now - second
        minute = (3600 - second) / 60
        if abs(minute - 24) < 1 / 120:
            waiting = 4000
        waiting = max(waiting - 7, 0)
        if 40 <= minute < 43:  # the window was on another page: the poller paused
            continue
        samples.append((ts, waiting, 4 if waiting else (1 if second % 300 < 20 else 0)))
    return samples


def duration_rows() -> list[dict[str, Any]]:
    return [
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
        {
            "name": "export_payroll_csv_task",
            "count": 12,
            "wait_p50": 12.0,
            "wait_p95": 95.5,
            "run_p50": 5.2,
            "run_p95": 11.9,
        },
    ]


NAMES = ("Juan", "María", "José", "Ana", "Luis", "Carmen", "Pedro", "Rosa", "Lucía", "Diego")
SURNAMES = ("Pérez", "López", "García", "Martínez", "Rodríguez", "Hernández", "Gómez", "Torres")


def timeline_rows(
    employees: int, workers: int, rng: random.Random, start: float, stop_after: float | None
) -> list[dict[str, Any]]:
    """A run of ``employees`` on ``workers``: all queued within a second, taken in order by
    the first free worker, 0.2 to 1.5 s each (a few slow ones, 2 % failed). With
    ``stop_after``, the picture at that many seconds: some still running or waiting."""
    free = [start + 0.3] * workers
    rows = []
    for i in range(employees):
        enqueued = start + i * 0.8 / employees
        duration = rng.uniform(0.2, 1.5) * (rng.choice((1,) * 60 + (6,)))
        worker = min(range(workers), key=free.__getitem__)
        started = max(free[worker], enqueued)
        finished = started + duration
        free[worker] = finished
        status = "failed" if rng.random() < 0.02 else "completed"
        row: dict[str, Any] = {
            "label": f"{i + 1:04d} {rng.choice(NAMES)} {rng.choice(SURNAMES)}",
            "enqueued": enqueued,
            "started": started,
            "finished": finished,
            "status": status,
        }
        if stop_after is not None:
            now = start + stop_after
            if started > now:
                row.update(started=None, finished=None, status="pending")
            elif finished > now:
                row.update(finished=None, status="processing")
        rows.append(row)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/charts"))
    parser.add_argument("--language", choices=("es", "en"), default="es")
    parser.add_argument("--employees", type=int, default=2000)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from coati_desk.gui.app import install_language, make_app

    app = make_app([])
    install_language(app, args.language)
    from coati_desk.gui.charts import DepthChart, DurationChart, RunTimeline, ThroughputChart

    rng = random.Random(9)
    now = time.time()

    def save(widget: Any, name: str, width: int, height: int) -> None:
        widget.resize(width, height)
        widget.show()
        app.processEvents()
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    throughput = ThroughputChart()
    throughput.show_data(*throughput_data(now, rng))
    save(throughput, "throughput", 900, 300)

    depth = DepthChart()
    for sample in depth_samples(now):
        depth.add_sample(*sample)
    save(depth, "depth", 900, 300)

    durations = DurationChart()
    durations.show_data(duration_rows())
    save(durations, "durations", 1100, 260)

    rows = timeline_rows(args.employees, 4, rng, now - 600, None)
    timeline = RunTimeline()
    save(timeline, "timeline_empty", 1100, 520)
    started = time.perf_counter()
    timeline.show_data(rows)
    took = time.perf_counter() - started
    save(timeline, "timeline", 1100, 520)
    started = time.perf_counter()
    timeline.grab()
    painted = time.perf_counter() - started
    print(
        f"timeline, {len(rows):,} rows: show_data {took * 1e3:.0f} ms, paint {painted * 1e3:.0f} ms"
    )

    live = RunTimeline()
    live.show_data(timeline_rows(args.employees, 4, rng, now - 600, 160.0), now=now - 440)
    save(live, "timeline_live", 1100, 520)

    few = RunTimeline()
    few.show_data(timeline_rows(12, 4, rng, now - 600, 3.0), now=now - 597)
    save(few, "timeline_few", 1100, 520)
    return 0


if __name__ == "__main__":
    sys.exit(main())
