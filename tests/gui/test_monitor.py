"""The queue monitor in the window (issue 9): search, pages, each action, a task's detail,
history after a restart, its pruning, the charts and a run's timeline. Real widgets
(offscreen), a real queue folder and database."""

from __future__ import annotations

import logging
import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import update

from coati_desk.gui.background import wait_for_background
from coati_desk.gui.settings import Preferences
from coati_desk.payroll import reports
from coati_desk.payroll.db import session
from coati_desk.payroll.models import InformeArchivo, utcnow
from coati_desk.queue.records import now_ts
from tests.gui.conftest import MessageBoxes, wait_for_reports
from tests.payroll.conftest import make_planilla
from tests.payroll.test_reports import calculated_run

NOV = (date(2026, 11, 1), date(2026, 11, 30))


def tasks_tab(window):  # type: ignore[no-untyped-def]
    page = window.cola_page
    window.tabs.setCurrentWidget(page)
    page.tabs.setCurrentIndex(1)
    return page


def shown_tasks(page) -> list[dict]:  # type: ignore[no-untyped-def]
    return [page.tasks.record(i) for i in range(page.tasks.rowCount())]


def select_tasks(page, task_ids: set[str]) -> None:  # type: ignore[no-untyped-def]
    view = page.tasks_view
    view.clearSelection()
    proxy = view.model()
    for row in range(proxy.rowCount()):
        record = page.tasks.record(proxy.mapToSource(proxy.index(row, 0)).row())
        if record["task_id"] in task_ids:
            view.selectionModel().select(
                proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def pause_workers(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.cola_page.pause_button.click()
    qtbot.waitUntil(lambda: not window.runtime.workers_running, timeout=30_000)
    qtbot.waitUntil(lambda: window.workers_label.text() == "Workers: en pausa", timeout=10_000)


def test_search_by_employee_code_name_and_task_id_and_filter(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    planilla_id, _ = make_planilla(["10000", "20000", "30000"])
    window.planillas_page.calculate(planilla_id, *NOV)
    qtbot.waitUntil(lambda: window.nomina_page.state.text() == "Calculada", timeout=30_000)
    page = tasks_tab(window)
    qtbot.waitUntil(lambda: len(shown_tasks(page)) == 4, timeout=10_000)  # the run + 3 people
    person = next(t for t in shown_tasks(page) if "Nombre1 Prueba" in t["argumentos"])
    code = person["argumentos"].split()[0]  # "T-<batch>-1"

    for text, expected in (
        ("Nombre1", {person["task_id"]}),
        (code, {person["task_id"]}),
        ("nombre1 prueba", {person["task_id"]}),  # the full name, any case
        (person["task_id"][:10], {person["task_id"]}),
        ("Prueba", {t["task_id"] for t in shown_tasks(page) if "Prueba" in t["argumentos"]}),
    ):
        page.search.setText(text)
        page.search.returnPressed.emit()
        qtbot.waitUntil(
            lambda e=expected: {t["task_id"] for t in shown_tasks(page)} == e, timeout=10_000
        )
    assert page.page_label.text() == "1–3 de 3 tareas"
    page.search.clear()
    page.name_filter.setCurrentIndex(page.name_filter.findData("process_payroll_parallel"))
    qtbot.waitUntil(lambda: len(shown_tasks(page)) == 1, timeout=10_000)
    page.name_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("failed"))
    qtbot.waitUntil(lambda: page.page_label.text() == "0–0 de 0 tareas", timeout=10_000)


def test_pages_of_a_hundred_tasks(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    import tests.sample_tasks  # noqa: F401

    pause_workers(window, qtbot)
    window.runtime.driver.enqueue_many("sample.add", ({"a": n, "b": 0} for n in range(250)))
    page = tasks_tab(window)
    qtbot.waitUntil(lambda: page.page_label.text() == "1–100 de 250 tareas", timeout=10_000)
    assert not page.previous_button.isEnabled() and page.next_button.isEnabled()
    assert shown_tasks(page)[0]["args"] == {"a": 249, "b": 0}  # newest first
    page.next_button.click()
    qtbot.waitUntil(lambda: page.page_label.text() == "101–200 de 250 tareas", timeout=10_000)
    page.next_button.click()
    qtbot.waitUntil(lambda: page.page_label.text() == "201–250 de 250 tareas", timeout=10_000)
    assert not page.next_button.isEnabled()
    assert {t["args"]["a"] for t in shown_tasks(page)} == set(range(50))


def test_actions_retry_all_cancel_delete_purge_pause_are_confirmed_and_logged(  # type: ignore[no-untyped-def]
    window, qtbot, tmp_path: Path, message_boxes: MessageBoxes, caplog: pytest.LogCaptureFixture
) -> None:
    import tests.sample_tasks  # noqa: F401

    answers = message_boxes.texts["question"]  # every confirmation is answered Yes
    caplog.set_level(logging.WARNING, logger="coati_desk")
    driver = window.runtime.driver
    page = tasks_tab(window)
    paths = [str(tmp_path / f"t{n}") for n in range(3)]
    failing = [driver.enqueue("sample.fail_until", path=p) for p in paths]
    qtbot.waitUntil(lambda: driver.get_bulk_results(failing)["failed"] == 3, timeout=20_000)

    # Retry all failed: the confirmation says how many.
    for p in paths:
        Path(p + ".ok").touch()
    page.retry_all_button.click()
    qtbot.waitUntil(lambda: driver.get_bulk_results(failing)["completed"] == 3, timeout=20_000)
    assert answers == ["¿Reintentar las 3 tareas fallidas?"]

    # Pause this app's workers; queue some; cancel two, purge the rest.
    pause_workers(window, qtbot)
    marker = tmp_path / "ran"
    waiting = [driver.enqueue("sample.record", path=str(marker), value=str(n)) for n in range(5)]
    qtbot.waitUntil(
        lambda: {t["task_id"] for t in shown_tasks(page)} >= set(waiting), timeout=10_000
    )
    select_tasks(page, set(waiting[:2]))
    page.cancel_button.click()
    qtbot.waitUntil(lambda: driver.get_bulk_results(waiting)["cancelled"] == 2, timeout=10_000)
    page.purge_button.click()
    qtbot.waitUntil(lambda: driver.get_bulk_results(waiting)["cancelled"] == 5, timeout=10_000)
    assert "«default»" in answers[-1]

    # Delete: finished tasks go; the confirmation counts the selection.
    qtbot.waitUntil(
        lambda: all(t["status"] != "pending" for t in shown_tasks(page)), timeout=10_000
    )
    select_tasks(page, set(waiting[:3]))
    page.delete_button.click()
    qtbot.waitUntil(lambda: driver.get_bulk_results(waiting)["unknown"] == 3, timeout=10_000)
    assert answers[-1].startswith("¿Eliminar 3 tarea(s) del historial?")
    qtbot.waitUntil(lambda: not set(waiting[:3]) & {t["task_id"] for t in shown_tasks(page)})

    # Resume: nothing cancelled or purged runs.
    page.pause_button.click()
    qtbot.waitUntil(lambda: window.runtime.workers_running, timeout=30_000)
    time.sleep(1)
    assert not marker.exists()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for action in ("cancelled by", "purged from queue default by", "deleted by"):
        assert action in logged, logged
    assert "This app's workers paused by" in logged and "resumed by" in logged


def test_a_task_detail_shows_every_attempt_with_its_traceback(
    window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import tests.sample_tasks  # noqa: F401

    driver = window.runtime.driver
    path = str(tmp_path / "flaky")
    task_id = driver.enqueue("sample.flaky", path=path)
    qtbot.waitUntil(
        lambda: Path(path).exists() and len(Path(path).read_text().splitlines()) >= 2,
        timeout=20_000,
    )
    Path(path + ".ok").touch()
    qtbot.waitUntil(
        lambda: driver.get_task_result(task_id)["status"] == "completed", timeout=20_000
    )
    page = tasks_tab(window)
    qtbot.waitUntil(lambda: task_id in {t["task_id"] for t in shown_tasks(page)}, timeout=10_000)
    select_tasks(page, {task_id})
    page.detail_button.click()
    qtbot.waitUntil(lambda: getattr(page, "detail_dialog", None) is not None, timeout=10_000)
    dialog = page.detail_dialog
    attempts = dialog.attempts
    outcomes = [attempts.item(r, 1).text() for r in range(attempts.rowCount())]
    assert outcomes[-1] == "Completado" and outcomes.count("Error (se reintenta)") >= 2
    attempts.selectRow(0)
    assert "RuntimeError: flaky failure on purpose" in dialog.traceback.toPlainText()
    assert "Traceback" in dialog.traceback.toPlainText()
    events = [dialog.timeline.item(r, 1).text() for r in range(dialog.timeline.rowCount())]
    assert events[0] == "En cola" and events[-1] == "Completado"
    assert '"path"' in dialog.arguments.toPlainText()
    assert "recovered" in dialog.result.toPlainText()
    dialog.close()


def test_history_is_there_after_a_restart_and_old_tasks_are_pruned(  # type: ignore[no-untyped-def]
    qtbot, app_settings, isolated_env: Path
) -> None:
    import tests.sample_tasks  # noqa: F401
    from coati_desk.gui.main_window import MainWindow

    app_settings.save(Preferences(worker_threads=2, refresh_seconds=1, history_days=30))
    first = MainWindow(app_settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.runtime.driver is not None, timeout=15_000)
    driver = first.runtime.driver
    ids = [driver.enqueue("sample.add", a=n, b=1) for n in range(3)]
    qtbot.waitUntil(lambda: driver.get_bulk_results(ids)["completed"] == 3, timeout=20_000)
    run_id = calculated_run(["10000"])[0]
    reports.generate("resumen_pdf", run_id, task_id="old-report")
    with session(write=True) as db:  # a report made 40 days ago
        db.execute(update(InformeArchivo).values(creado_en=utcnow() - timedelta(days=40)))
    first.close()
    wait_for_background()
    # One task finished 40 days ago, one 10 days ago (the queue file is the app's own).
    queue_file = isolated_env / "coati-queue.sqlite3"
    with sqlite3.connect(queue_file) as db:
        db.execute("UPDATE tasks SET finished_at=? WHERE id=?", (now_ts() - 40 * 86_400, ids[0]))
        db.execute("UPDATE tasks SET finished_at=? WHERE id=?", (now_ts() - 10 * 86_400, ids[1]))

    second = MainWindow(app_settings)
    qtbot.addWidget(second)
    second.show()
    try:
        page = tasks_tab(second)
        qtbot.waitUntil(
            lambda: {t["task_id"] for t in shown_tasks(page)} == set(ids[1:]), timeout=20_000
        )
        assert all(t["status"] == "completed" for t in shown_tasks(page))
        qtbot.waitUntil(lambda: reports.report_files("old-report") == [], timeout=10_000)
    finally:
        second.close()
        wait_for_background()


def test_charts_show_the_last_hour(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    import tests.sample_tasks  # noqa: F401

    driver = window.runtime.driver
    ids = driver.enqueue_many("sample.add", ({"a": n, "b": n} for n in range(30)))
    qtbot.waitUntil(lambda: driver.get_bulk_results(ids)["completed"] == 30, timeout=20_000)
    page = window.cola_page
    window.tabs.setCurrentWidget(page)
    page.tabs.setCurrentIndex(2)

    def drawn(kind: str) -> int:
        return sum(count for _, count in page.throughput_chart.series()[kind])

    qtbot.waitUntil(lambda: drawn("completed") == 30, timeout=15_000)
    assert drawn("failed") == 0
    table = page.durations.table
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=10_000)
    add = next(
        table.record(i) for i in range(table.rowCount()) if table.record(i)["name"] == "sample.add"
    )
    assert add["count"] == 30 and 0 <= add["run_p50"] <= add["run_p95"]
    assert page.depth_chart.samples()  # sampled on every poll


def test_a_runs_timeline_has_every_employee(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    planilla_id, _ = make_planilla(["10000", "20000", "30000", "40000"])
    window.planillas_page.calculate(planilla_id, *NOV)
    page = window.nomina_page
    qtbot.waitUntil(lambda: page.state.text() == "Calculada", timeout=30_000)
    page.timeline_button.click()
    dialog = page.timeline_dialog
    qtbot.waitUntil(lambda: len(dialog.chart.slowest(10)) == 4, timeout=10_000)
    slowest = dialog.chart.slowest(4)
    assert len(slowest) == 4 and all(r["duration"] >= 0 for r in slowest)
    assert {r["label"].split()[1] for r in slowest} == {f"Nombre{n}" for n in range(4)}
    assert all(r["wait"] is not None and r["wait"] >= 0 for r in slowest)
    dialog.close()


def test_reports_are_made_in_the_background_and_opened_from_the_window(  # type: ignore[no-untyped-def]
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each report is a task with its progress; *Abrir* writes its files to the user's
    reports folder, and they read back with the run's names and amounts."""
    from pypdf import PdfReader
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "documentos"))
    planilla_id, _ = make_planilla(["25000", "10000", "12000"])
    window.planillas_page.calculate(planilla_id, *NOV)
    page = window.nomina_page
    qtbot.waitUntil(lambda: page.state.text() == "Calculada", timeout=30_000)
    panel = page.reports_panel
    qtbot.waitUntil(panel.summary_pdf_button.isEnabled, timeout=10_000)

    panel.make_report("resumen_pdf")
    panel.make_report("colillas_pdf", combined=False)
    panel.make_report("xlsx")
    wait_for_reports(qtbot, panel, 3)
    rows = {r["tipo"]: r for r in panel.reports.records()}
    assert rows["colillas_pdf"]["archivos"] == 3 and rows["resumen_pdf"]["archivos"] == 1
    driver = window.runtime.driver
    payslips = driver.get_task_result(rows["colillas_pdf"]["task_id"])
    assert payslips["progress"] == {"done": 3, "total": 3}

    panel.open_report(str(rows["resumen_pdf"]["task_id"]))
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
    summary = Path(opened[0])
    assert summary.parent == tmp_path / "documentos" / "Coati Desk" / "Informes"
    text = "".join(p.extract_text() for p in PdfReader(summary).pages)
    assert "Nombre0 Prueba" in text and "20,683.33" in text
    panel.open_report(str(rows["colillas_pdf"]["task_id"]))
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10_000)
    assert Path(opened[1]) == summary.parent  # several files: the folder opens
    slips = sorted(summary.parent.glob("*.pdf"))
    assert len(slips) == 4  # the summary and one payslip per employee
    panel.open_report(str(rows["resumen_pdf"]["task_id"]))  # again: the same file, not a copy
    qtbot.waitUntil(lambda: len(opened) == 3, timeout=10_000)
    assert opened[2] == opened[0] and len(list(summary.parent.iterdir())) == 4
