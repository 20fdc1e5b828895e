"""Issue 6, item 8: three 5,000-employee runs in a row with the window polling once a second.

The real main window (offscreen) on the default embedded queue (Huey on the test's folder) with
its own in-process worker threads and a refresh every second. Calcular is pressed three times,
for three consecutive months of the same 5,000 demo employees, each after the previous run has
finished; the window shows each run on its Nómina page while it is calculated.

- Memory: resident memory (VmRSS) after the third run is within 10 % of after the first, both
  read after a full collection and a short settle with the window still polling.
- Pace: during each run the poller answers at least once every two seconds on average, and no
  two answers (nor Calcular and the first answer) are more than ``MAX_GAP_S`` apart. A poller
  that stops, or stalls for several seconds behind a slow query or a busy GUI thread, fails.

``-s`` prints the figures: RSS per run, run times, the number of answers and the longest gap.
"""

from __future__ import annotations

import gc
import itertools
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from coati_desk.gui.background import wait_for_background
from coati_desk.payroll import services
from coati_desk.payroll.db import session
from coati_desk.payroll.demo import create_demo_planilla
from coati_desk.payroll.models import Empleado

EMPLOYEES = 5000
# The same 5,000 employees in all three months: the demo's mid-month hires fall in August, and
# its few leavers are kept on (a leaver in August would drop out of September's run).
DEMO_TODAY = date(2026, 8, 20)
PERIODS = [
    (date(2026, 9, 1), date(2026, 9, 30)),
    (date(2026, 10, 1), date(2026, 10, 31)),
    (date(2026, 11, 1), date(2026, 11, 30)),
]
RUN_TIMEOUT_MS = 300_000
SETTLE_MS = 3000
MAX_GROWTH = 1.10
MIN_ANSWERS_PER_S = 0.5
MAX_GAP_S = 5.0  # the refresh is 1 s; see the module docstring


def rss_bytes() -> int:
    """This process's resident memory, from /proc/self/status."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS in /proc/self/status")


def mb(value: float) -> str:
    return f"{value / 2**20:.1f} MB"


class AnswerLog:
    """Every answer of the window's poller: when, and which run in which state it showed."""

    def __init__(self) -> None:
        self.answers: list[tuple[float, str | None, str | None]] = []

    def __call__(self, answer: tuple[Any, Any, Any]) -> None:
        _page, data, _counts = answer
        run = (data or {}).get("run") if isinstance(data, dict) else None
        run_id = run["nomina_id"] if run else None
        self.answers.append((time.monotonic(), run_id, run["estado"] if run else None))

    def quiet_since(self, start: float) -> float:
        """Seconds since the last answer after ``start`` (or since ``start``)."""
        return time.monotonic() - max(start, self.answers[-1][0] if self.answers else start)

    def finished(self, run_id: str) -> float | None:
        """When the first answer that showed ``run_id`` finished came in."""
        for at, shown, estado in self.answers:
            if shown == run_id and estado not in (None, "calculando"):
                return at
        return None


def settle(qtbot) -> int:  # type: ignore[no-untyped-def]
    """Collect, let the window poll a few times, collect again: the RSS then."""
    gc.collect()
    qtbot.wait(SETTLE_MS)
    gc.collect()
    qtbot.wait(200)
    return rss_bytes()


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_three_runs_in_a_row_keep_memory_and_poll_pace(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from coati_desk.gui.main_window import MainWindow
    from coati_desk.gui.settings import AppSettings

    app_settings = AppSettings(tmp_path / "settings" / "coati-desk.ini")  # never the user's

    planilla_id = create_demo_planilla(EMPLOYEES, seed=8, today=DEMO_TODAY)
    with session(write=True) as db:
        db.execute(update(Empleado).values(fecha_baja=None))
    prefs = app_settings.load()
    prefs.refresh_seconds = 1
    app_settings.save(prefs)  # the default queue (automatic: Huey here) and worker threads
    win = MainWindow(app_settings)
    qtbot.addWidget(win)
    log = AnswerLog()
    win.poller.answered.connect(log)
    win.show()
    figures: list[dict[str, Any]] = []
    try:
        qtbot.waitUntil(lambda: win.runtime.workers_running, timeout=30_000)
        assert win.runtime.driver is not None and win.runtime.driver.backend == "huey"
        page = win.nomina_page
        for n, (inicio, fin) in enumerate(PERIODS, start=1):
            pressed = time.monotonic()
            first = len(log.answers)
            previous = page.run_id
            win.planillas_page.calculate(planilla_id, inicio, fin)  # Calcular
            qtbot.waitUntil(lambda: page.run_id not in (None, previous), timeout=30_000)  # noqa: B023
            qtbot.waitUntil(lambda: win.tabs.currentWidget() is page, timeout=30_000)
            run_id = page.run_id
            assert run_id is not None

            # Until the page shows the run finished, or the poller has been quiet too long (a
            # poller that stopped fails here in seconds, not at the timeout).
            qtbot.waitUntil(
                lambda: log.finished(run_id) is not None or log.quiet_since(pressed) > MAX_GAP_S,  # noqa: B023
                timeout=RUN_TIMEOUT_MS,
            )
            ended = log.finished(run_id)
            if ended is None:
                quiet = log.quiet_since(pressed)
                pytest.fail(f"run {n}: no poll answer for {quiet:.1f} s while it calculated")
            summary = services.run_summary(run_id)
            assert summary["estado"] == "calculada", summary
            assert page.state.text() == "Calculada"
            assert page.rows.rowCount() == summary["total_empleados"] == EMPLOYEES

            times = [at for at, *_ in log.answers[first:] if at <= ended]
            marks = [pressed, *times]
            gaps = [b - a for a, b in itertools.pairwise(marks)]
            rss = settle(qtbot)
            figures.append(
                {
                    "run": n,
                    "period": f"{inicio:%Y-%m}",
                    "employees": summary["total_empleados"],
                    "seconds": ended - pressed,
                    "answers": len(times),
                    "max_gap": max(gaps),
                    "rss": rss,
                    "blocks": sys.getallocatedblocks(),
                }
            )
            f = figures[-1]
            print(
                f"\nrun {n} ({f['period']}, {f['employees']} employees): "
                f"{f['seconds']:.1f} s, {f['answers']} poll answers, "
                f"longest gap {f['max_gap']:.2f} s, RSS after {mb(rss)}, "
                f"Python blocks {f['blocks']}"
            )
    finally:
        win.close()
        wait_for_background()

    first_rss, last_rss = figures[0]["rss"], figures[-1]["rss"]
    print(
        f"RSS run 1 -> run 3: {mb(first_rss)} -> {mb(last_rss)} "
        f"({(last_rss / first_rss - 1) * 100:+.1f} %)"
    )
    for f in figures:
        assert f["answers"] >= f["seconds"] * MIN_ANSWERS_PER_S, f
        assert f["max_gap"] <= MAX_GAP_S, f
    assert last_rss <= first_rss * MAX_GROWTH, figures
