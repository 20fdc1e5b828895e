"""The window while a payroll runs: the Nómina page's poll tick and the event loop's stalls.

    python benchmarks/window_poll.py [--employees 10000] [--threads 4] [--in-window]
                                     [--json out.json]

It makes N demo employees in a fresh database and queue folder, opens the real main window
(offscreen) with its workers (in their process beside the window, as the app has them; with
``--in-window``, as threads of the window's process), and presses Calcular the way the
Planillas page does: the window switches to Nómina and shows the run's rows while the workers
process them.

- A poll tick is one refresh of the Nómina page: its queries (``poll_job``'s job, on a pool
  thread) plus the table update (``show_poll``, on the GUI thread). Both are timed; ``tick`` is
  their sum. Median and max over the ticks during the run, and one full (not incremental)
  refresh with the whole table after the run.
- A stall is how late a 10 ms precise QTimer on the GUI thread fires; max and 99th percentile
  from pressing Calcular until the page shows the run finished; ``stall_max_after_load_ms``
  leaves out the first tick, which fills the empty table.

Targets: a tick of at most 10 ms with 10,000 rows (issue 5); the query under 20 ms median and
no stall over 50 ms, first load included (issue 19).
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QEventLoop, Qt, QTimer

from benchmarks.common import report
from coati_desk.gui.app import make_app
from coati_desk.gui.background import wait_for_background
from coati_desk.gui.main_window import MainWindow
from coati_desk.gui.pages.nomina import NominaPage
from coati_desk.gui.settings import AppSettings, Preferences
from coati_desk.payroll import db, queries
from coati_desk.payroll.demo import create_demo_planilla
from coati_desk.queue import selector

PERIOD = (date(2026, 11, 1), date(2026, 11, 30))
COLUMNS = (
    "employees",
    "threads",
    "workers",
    "run_s",
    "ticks",
    "query_median_ms",
    "apply_median_ms",
    "tick_median_ms",
    "query_max_ms",
    "apply_max_ms",
    "tick_max_ms",
    "full_query_ms",
    "full_apply_ms",
    "full_refresh_ms",
    "stall_max_ms",
    "stall_p99_ms",
    "stall_max_after_load_ms",
)


class TickTimer:
    """Wraps the page's two poll hooks to time each tick: query (pool thread), apply (GUI)."""

    def __init__(self, page: NominaPage) -> None:
        self.ticks: list[dict[str, Any]] = []
        self._query_ms = 0.0  # set on the pool thread before the answer's signal is sent
        ask, show = page.poll_job, page.show_poll

        def poll_job() -> Callable[[], Any]:
            job = ask()

            def timed() -> Any:
                start = time.perf_counter()
                data = job()
                self._query_ms = (time.perf_counter() - start) * 1000
                return data

            return timed

        def show_poll(data: dict[str, Any]) -> None:
            start = time.perf_counter()
            show(data)
            end = time.perf_counter()
            run = data.get("run") or {}
            self.ticks.append(
                {
                    "query": self._query_ms,
                    "apply": (end - start) * 1000,
                    "full": data.get("full"),
                    "rows": len(data.get("rows", ())),
                    "estado": run.get("estado"),
                    "end": end,
                }
            )

        page.poll_job = poll_job  # type: ignore[method-assign]
        page.show_poll = show_poll  # type: ignore[method-assign]


class StallMeter:
    """A 10 ms precise timer on the GUI thread; records how late each timeout fires (ms)."""

    INTERVAL = 0.010

    def __init__(self) -> None:
        self.late: list[float] = []
        self.due_at: list[float] = []  # when each of those timeouts was due
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(int(self.INTERVAL * 1000))
        self.timer.timeout.connect(self._fired)

    def start(self) -> None:
        self.due = time.perf_counter() + self.INTERVAL
        self.timer.start()

    def _fired(self) -> None:
        now = time.perf_counter()
        self.late.append(max(now - self.due, 0.0) * 1000)
        self.due_at.append(self.due)
        # Qt's rule for a repeating precise timer: the next timeout is one interval after this
        # one was due, or one interval from now if that moment has already passed.
        self.due += self.INTERVAL
        if self.due < now:
            self.due = now + self.INTERVAL

    def stop(self) -> None:
        self.timer.stop()


def wait_for(predicate: Callable[[], Any], timeout_s: float, what: str) -> None:
    """Run the event loop until ``predicate()`` is true."""
    if predicate():
        return
    loop = QEventLoop()
    check = QTimer()
    check.timeout.connect(lambda: predicate() and loop.quit())
    check.start(20)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    check.stop()
    if not predicate():
        raise SystemExit(f"Timed out after {timeout_s} s waiting for {what}")


def fresh(folder: Path, employees: int) -> str:
    """A new database and queue folder under ``folder`` with N demo employees: the planilla."""
    for name in ("REDIS_URL", "QUEUE_ENABLED", "COATI_TASK_MODULES"):
        os.environ.pop(name, None)
    os.environ["COATI_QUEUE_PATH"] = str(folder / "queue")
    os.environ["COATI_DATABASE_URL"] = f"sqlite:///{folder / 'coati.sqlite3'}"
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(folder / name.lower())
    selector.reset()
    db.reset_engines()
    return create_demo_planilla(employees, seed=1, today=date(2026, 11, 20))


def ms(value: float) -> float:
    return round(value, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=10_000)
    parser.add_argument("--threads", type=int, default=4, help="the window's worker threads")
    parser.add_argument(
        "--refresh",
        type=int,
        default=Preferences().refresh_seconds,
        help="the window's refresh interval in seconds (the app's default)",
    )
    parser.add_argument(
        "--in-window", action="store_true", help="the workers as threads of the window's process"
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if args.in_window:
        os.environ["COATI_WORKER_PROCESS"] = "0"
    with tempfile.TemporaryDirectory() as tmp:
        planilla_id = fresh(Path(tmp), args.employees)
        app = make_app([sys.argv[0]])
        settings = AppSettings(Path(tmp) / "settings" / "coati-desk.ini")
        settings.save(Preferences(worker_threads=args.threads, refresh_seconds=args.refresh))
        logging.getLogger("coati_desk").setLevel(logging.INFO)  # the log panel, as in the app
        window = MainWindow(settings)
        page = window.nomina_page
        ticks = TickTimer(page).ticks
        window.show()
        wait_for(lambda: window.runtime.workers_running, 60, "the window's workers")

        stalls = StallMeter()
        stalls.start()
        window.planillas_page.calculate(planilla_id, *PERIOD)  # Calcular: the window's path
        wait_for(
            lambda: ticks and ticks[-1]["estado"] not in (None, "calculando"),
            3600,
            "the run to finish",
        )
        stalls.stop()
        during = list(ticks)

        page.full_refresh()  # the next tick reads every row again
        wait_for(lambda: len(ticks) > len(during), 60, "a full refresh")
        full = ticks[-1]
        assert full["full"] and full["rows"] == page.rows.rowCount(), full
        run = next(r for r in queries.list_runs() if r["id"] == page.run_id)
        window.close()
        wait_for_background()
        app.processEvents()

    sums = [t["query"] + t["apply"] for t in during]
    # The first tick fills the empty table; the timeouts due after it:
    pairs = zip(stalls.due_at, stalls.late, strict=True)
    after_load = [late for due, late in pairs if due > during[0]["end"]]
    row = {
        "employees": args.employees,
        "rows": page.rows.rowCount(),
        "threads": args.threads,
        "workers": "in window" if args.in_window else "process",
        "run_s": round((run["finalizada_en"] - run["creada_en"]).total_seconds(), 2),
        "ticks": len(during),
        "query_median_ms": ms(statistics.median(t["query"] for t in during)),
        "apply_median_ms": ms(statistics.median(t["apply"] for t in during)),
        "tick_median_ms": ms(statistics.median(sums)),
        "query_max_ms": ms(max(t["query"] for t in during)),
        "apply_max_ms": ms(max(t["apply"] for t in during)),
        "tick_max_ms": ms(max(sums)),
        "full_query_ms": ms(full["query"]),
        "full_apply_ms": ms(full["apply"]),
        "full_refresh_ms": ms(full["query"] + full["apply"]),
        "stall_max_ms": ms(max(stalls.late)),
        "stall_p99_ms": ms(statistics.quantiles(stalls.late, n=100)[98]),
        "stall_max_after_load_ms": ms(max(after_load, default=0.0)),
        "ticks_detail": [
            {k: round(v, 1) if isinstance(v, float) else v for k, v in t.items() if k != "end"}
            for t in during
        ],
    }
    report([row], COLUMNS, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
