"""The window's workers in a process beside it, as a user's window has them (the other GUI
tests keep them as threads of the test process, where they register tasks of their own)."""

from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path

import pytest

from coati_desk.gui.settings import Preferences
from coati_desk.jobs.worker_process import WorkerProcess
from tests.payroll.conftest import make_planilla


def test_the_window_calculates_in_its_worker_process_which_ends_with_it(  # type: ignore[no-untyped-def]
    qtbot,
    app_settings,
    isolated_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from coati_desk.gui.main_window import MainWindow

    monkeypatch.delenv("COATI_WORKER_PROCESS")
    planilla_id, _ = make_planilla(["10000", "20000", "30000", "45000"])
    app_settings.save(Preferences(backend="huey", worker_threads=2, refresh_seconds=1))
    caplog.set_level(logging.INFO, logger="coati_desk")  # as the app logs
    win = MainWindow(app_settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.runtime.workers_running, timeout=15_000)
    workers = win.runtime.workers
    assert isinstance(workers, WorkerProcess) and workers.pid != os.getpid()
    assert win.workers_label.text() == "Workers: 2 hilos"
    # The child's own log line reaches the window's log panel.
    qtbot.waitUntil(
        lambda: f"Worker process {workers.pid}: 2 thread(s) on huey" in win.log_view.toPlainText(),
        timeout=15_000,
    )

    win.planillas_page.calculate(planilla_id, date(2024, 1, 1), date(2024, 1, 31))
    qtbot.waitUntil(lambda: win.nomina_page.state.text() == "Calculada", timeout=60_000)
    assert win.nomina_page.progress.text() == "4 de 4"
    rows = win.nomina_page.rows.records()
    assert [r["estado"] for r in rows] == ["completed"] * 4
    assert sorted(r["salario_neto"] for r in rows)[0] > 0

    pid = workers.pid
    win.close()
    qtbot.waitUntil(lambda: not workers.is_alive(), timeout=15_000)
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # stopped and reaped, not left behind
