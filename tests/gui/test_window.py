"""The window as an office uses it: demo data, Calcular, watch it finish, fix a failure, switch
to Redis. Real widgets (offscreen), a real queue folder, database and Redis."""

from __future__ import annotations

import logging
import socket
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from sqlalchemy import update

from coati_desk.gui.background import wait_for_background
from coati_desk.gui.settings import Preferences
from coati_desk.gui.table_model import Column, RecordTableModel
from coati_desk.payroll.db import session
from coati_desk.payroll.models import Empleado
from tests.payroll.conftest import make_planilla

NOV = (date(2026, 11, 1), date(2026, 11, 30))


def progress_text(win) -> str:  # type: ignore[no-untyped-def]
    return win.nomina_page.progress.text()


def employed_in(planilla_id: str, start: date, end: date) -> int:
    from sqlalchemy import func, or_, select

    from coati_desk.payroll.db import session
    from coati_desk.payroll.models import Empleado, planilla_empleado

    with session() as db:
        return int(
            db.scalar(
                select(func.count())
                .select_from(Empleado)
                .join(planilla_empleado, planilla_empleado.c.empleado_id == Empleado.id)
                .where(
                    planilla_empleado.c.planilla_id == planilla_id,
                    Empleado.fecha_ingreso <= end,
                    or_(Empleado.fecha_baja.is_(None), Empleado.fecha_baja >= start),
                )
            )
            or 0
        )


def test_demo_calcular_and_watch_it_finish(window, qtbot, isolated_env: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.backend_label.text() == "Cola: Huey"
    assert window.location_label.text() == str(isolated_env)
    assert window.workers_label.text() == "Workers: 2 hilos"
    page = window.empleados_page
    window.tabs.setCurrentWidget(page)
    page.demo(50)
    # The demo's employees are saved first and its year after them (the leaver's exit last):
    # calculating before it is done would count the leaver in last month's run.
    assert wait_for_background(60_000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 50, timeout=15_000)
    window.tabs.setCurrentWidget(window.planillas_page)
    qtbot.waitUntil(lambda: window.planillas_page.planillas.rowCount() == 1, timeout=10_000)
    planilla = window.planillas_page.selected_planilla()
    assert planilla["empleados"] == 50
    # The demo has ten closed months approved; last month is the one to calculate.
    this_month = date.today().replace(day=1)
    last_month = ((this_month - timedelta(days=1)).replace(day=1), this_month - timedelta(days=1))
    window.planillas_page.calculate(planilla["id"], *last_month)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.nomina_page, timeout=10_000)
    qtbot.waitUntil(lambda: window.nomina_page.state.text() == "Calculada", timeout=60_000)
    total = window.nomina_page.progress.maximum()
    assert total == employed_in(planilla["id"], *last_month)  # (later hires, the leaver drop out)
    assert progress_text(window) == f"{total} de {total}"
    assert window.nomina_page.rows.rowCount() == total
    assert window.refresh_label.text().startswith("Actualizado")


def test_a_run_left_unfinished_is_resumed_when_the_window_starts(  # type: ignore[no-untyped-def]
    qtbot, app_settings, isolated_env: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The app stopped after making the run and before its tasks were queued (or Redis lost
    them): the next start sends what is missing, and the run finishes by itself."""
    from coati_desk.gui.main_window import MainWindow
    from coati_desk.payroll import services

    planilla_id, _ = make_planilla(["10000", "20000", "30000"])
    run_id = services.open_run(planilla_id, "2024-01-01", "2024-01-31", "tester")
    assert services.run_summary(run_id)["estado"] == "calculando"
    app_settings.save(Preferences(backend="huey", worker_threads=1, refresh_seconds=1))
    caplog.set_level(logging.INFO, logger="coati_desk")  # as the app logs
    win = MainWindow(app_settings)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(
            lambda: services.run_summary(run_id)["estado"] == "calculada", timeout=30_000
        )
        assert services.run_summary(run_id)["completados"] == 3
        qtbot.waitUntil(lambda: "resumed: 3 employee" in win.log_view.toPlainText())
    finally:
        win.close()
        wait_for_background()


def test_a_failure_shows_its_message_then_retry_fixes_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    planilla_id, ids = make_planilla(["10000", "20000", "30000"])
    with session(write=True) as db:  # termination before hire
        db.execute(
            update(Empleado)
            .where(Empleado.id == ids[1])
            .values(fecha_ingreso=date(2026, 11, 10), fecha_baja=date(2026, 11, 5))
        )
    window.planillas_page.calculate(planilla_id, *NOV)
    page = window.nomina_page
    qtbot.waitUntil(lambda: page.state.text() == "Calculada con errores", timeout=30_000)
    qtbot.waitUntil(
        lambda: any(r["estado"] == "failed" for r in page.rows.records()), timeout=10_000
    )
    failed = next(r for r in page.rows.records() if r["estado"] == "failed")
    assert "termination date (2026-11-05) is before the hire date" in failed["error"]
    assert page.failed.text() == "1" and page.retry_button.isEnabled()
    page.status_filter.setCurrentIndex(page.status_filter.findData("failed"))
    assert page.filter.rowCount() == 1
    page.table.selectRow(0)
    detail = "es anterior a la fecha de ingreso"  # (stored in English, shown in Spanish)
    qtbot.waitUntil(lambda: detail in page.detail.toPlainText(), timeout=10_000)

    with session(write=True) as db:
        db.execute(update(Empleado).where(Empleado.id == ids[1]).values(fecha_baja=None))
    page.retry_failed()
    qtbot.waitUntil(lambda: page.state.text() == "Calculada", timeout=30_000)
    qtbot.waitUntil(lambda: page.failed.text() == "0", timeout=10_000)


@pytest.mark.usefixtures("message_boxes")  # the confirmation is answered Yes
def test_cancelar_stops_the_pending_employees(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.runtime.set_workers(False)
    qtbot.waitUntil(lambda: not window.runtime.workers_running, timeout=30_000)
    # (the label follows the runtime's "changed" signal, which may come a moment later)
    qtbot.waitUntil(lambda: window.workers_label.text() == "Workers: en pausa", timeout=10_000)
    planilla_id, _ = make_planilla(["1000", "2000", "3000"])
    window.planillas_page.calculate(planilla_id, *NOV)
    page = window.nomina_page
    qtbot.waitUntil(
        lambda: page.rows.rowCount() == 3 and page.cancel_button.isEnabled(), timeout=15_000
    )
    page.cancel()
    qtbot.waitUntil(lambda: page.state.text() == "Cancelada", timeout=15_000)
    qtbot.waitUntil(
        lambda: all(r["estado"] == "cancelled" for r in page.rows.records()), timeout=10_000
    )


def test_export_from_the_window(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    planilla_id, _ = make_planilla(["25000"])
    window.planillas_page.calculate(planilla_id, *NOV)
    qtbot.waitUntil(lambda: window.nomina_page.state.text() == "Calculada", timeout=30_000)
    target = tmp_path / "out.csv"
    window.nomina_page.export(str(target))
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert "20683.33" in target.read_text(encoding="utf-8-sig")


def test_an_unreachable_redis_is_reported_while_the_window_keeps_turning(  # type: ignore[no-untyped-def]
    window, qtbot
) -> None:
    import socket

    from coati_desk.gui.settings_dialog import SettingsDialog

    with socket.socket() as silent:  # accepts, never answers: the 2 s timeout applies
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        dialog = SettingsDialog(window, window.settings, window.runtime.prefs)
        qtbot.addWidget(dialog)
        dialog.redis_url.setText(f"redis://127.0.0.1:{silent.getsockname()[1]}/0")
        ticks = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(50)
        dialog.test_connection()
        assert dialog.test_result.text() == "Probando…"
        qtbot.waitUntil(lambda: "No se pudo conectar" in dialog.test_result.text(), timeout=10_000)
        timer.stop()
        assert len(ticks) >= 20  # ~2 s of 50 ms ticks: the event loop never stopped


def test_switching_to_the_private_redis_and_running_there(  # type: ignore[no-untyped-def]
    window, qtbot, redis_url: str, monkeypatch
) -> None:
    monkeypatch.delenv("REDIS_URL")  # the window's settings choose Redis, not the environment
    prefs = Preferences(
        backend="dramatiq", redis_url=redis_url, worker_threads=2, refresh_seconds=1
    )
    window.settings.save(prefs)
    window.runtime.start(prefs)
    qtbot.waitUntil(lambda: window.backend_label.text() == "Cola: Dramatiq + Redis", timeout=30_000)
    assert window.location_label.text() == redis_url
    planilla_id, _ = make_planilla(["1000", "2000"])
    window.planillas_page.calculate(planilla_id, *NOV)
    qtbot.waitUntil(lambda: window.nomina_page.state.text() == "Calculada", timeout=60_000)


def test_redis_going_away_shows_unavailable_not_zero(  # type: ignore[no-untyped-def]
    window, qtbot, redis_server, redis_url: str
) -> None:
    window.runtime.start(
        Preferences(backend="dramatiq", redis_url=redis_url, start_workers=False, refresh_seconds=1)
    )
    qtbot.waitUntil(lambda: window.backend_label.text() == "Cola: Dramatiq + Redis", timeout=30_000)
    window.tabs.setCurrentWidget(window.cola_page)
    qtbot.waitUntil(lambda: window.cola_page.summary.rowCount() == 6, timeout=10_000)
    redis_server.stop()
    qtbot.waitUntil(lambda: "Redis no disponible" in window.refresh_label.text(), timeout=20_000)
    assert window.cola_page.summary.record(0)["todas"] == "Redis no disponible"


def test_the_password_never_reaches_the_settings_file(app_settings) -> None:  # type: ignore[no-untyped-def]
    prefs = Preferences(redis_url="redis://:hunter2@example.org:6379/0")
    app_settings.save(prefs)
    stored = app_settings.set_password(prefs.redis_url, "hunter2")
    text = app_settings.path.read_text()
    assert "hunter2" not in text and "example.org" in text
    assert app_settings.password(prefs.redis_url) == "hunter2"
    assert stored is app_settings.keyring_available()


def test_settings_survive_and_bad_values_are_not_trusted(app_settings) -> None:  # type: ignore[no-untyped-def]
    kept = Preferences(backend="huey", refresh_seconds=5, worker_threads=3, history_days=90)
    app_settings.save(kept)
    assert app_settings.load() == kept
    app_settings.path.write_text(
        "[queue]\nbackend=rabbit\nhistory_days=-4\n[window]\nrefresh_seconds=abc\n"
    )
    from coati_desk.gui.settings import AppSettings

    fresh = AppSettings(app_settings.path).load()
    assert fresh.backend == "auto" and fresh.refresh_seconds == 2 and fresh.history_days == 30


@pytest.mark.parametrize("rows", [0, 3])
def test_the_table_model_passes_qt_model_tests(qtmodeltester, rows: int) -> None:  # type: ignore[no-untyped-def]
    model = RecordTableModel([Column("codigo", "Código"), Column("estado", "Estado", status=True)])
    model.set_records([{"id": i, "codigo": f"E-{i}", "estado": "completed"} for i in range(rows)])
    qtmodeltester.check(model)
    model.set_records([{"id": 9, "codigo": "E-9", "estado": "failed"}])
    qtmodeltester.check(model)


def test_table_updates_only_changed_rows(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = RecordTableModel([Column("codigo", "Código"), Column("estado", "Estado")])
    model.set_records([{"id": i, "codigo": f"E-{i}", "estado": "pending"} for i in range(100)])
    changed = []
    model.dataChanged.connect(lambda top, bottom, *_: changed.append((top.row(), bottom.row())))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    # (an update brings the fields that change; the others stay as they were)
    model.update_records([{"id": 42, "estado": "completed"}, {"id": 7, "estado": "pending"}])
    assert changed == [(42, 42)] and resets == []
    assert model.record(42) == {"id": 42, "codigo": "E-42", "estado": "completed"}
    assert model.has(99) and not model.has(100)


def test_many_new_rows_arrive_in_chunks_between_paints(qtbot) -> None:  # type: ignore[no-untyped-def]
    """10,000 rows inserted at once stalled the window; they come 2,000 per turn of the event
    loop, in order, and a row changed while it waits is shown with its last values."""
    from coati_desk.gui.table_model import FILL_CHUNK

    model = RecordTableModel([Column("codigo", "Código"), Column("estado", "Estado")])
    total = 2 * FILL_CHUNK + 500
    model.set_records([{"id": i, "codigo": f"E-{i}", "estado": "pending"} for i in range(total)])
    assert model.rowCount() == FILL_CHUNK
    assert model.has(total - 1)
    model.update_records([{"id": total - 1, "estado": "completed"}])
    qtbot.waitUntil(lambda: model.rowCount() == total, timeout=5_000)
    assert [r["id"] for r in model.records()] == list(range(total))
    assert model.record(total - 1) == {
        "id": total - 1,
        "codigo": f"E-{total - 1}",
        "estado": "completed",
    }
    model.clear()
    model.set_records([{"id": i, "codigo": f"E-{i}", "estado": "pending"} for i in range(total)])
    model.set_records([{"id": 1, "codigo": "E-1", "estado": "pending"}])  # before they all came
    qtbot.wait(50)
    assert [r["id"] for r in model.records()] == [1]


def test_sorting_and_filtering_the_table(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from decimal import Decimal

    from coati_desk.gui.table_model import RecordFilter

    model = RecordTableModel(
        [
            Column("codigo", "Código"),
            Column("neto", "Neto", numeric=True),
            Column("estado", "Estado"),
        ]
    )
    model.set_records(
        [
            {"id": 1, "codigo": "E-1", "neto": Decimal("900.00"), "estado": "completed"},
            {"id": 2, "codigo": "E-2", "neto": Decimal("15000.50"), "estado": "failed"},
            {"id": 3, "codigo": "E-3", "neto": None, "estado": "pending"},
            {"id": 4, "codigo": "E-4", "neto": Decimal("2000.00"), "estado": "completed"},
        ]
    )
    proxy = RecordFilter()
    proxy.setSourceModel(model)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert shown == ["E-2", "E-4", "E-1", "E-3"]  # by amount, not as text; blanks last
    proxy.set_status("completed")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["E-4", "E-1"]
    proxy.set_status(None)
    proxy.set_text("e-3")
    assert proxy.rowCount() == 1
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_first_start_offers_demo_data(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: getattr(window, "welcome_box", None) is not None, timeout=10_000)
    box = window.welcome_box
    assert box.isVisible() and "no hay empleados" in box.text()
    demo = next(b for b in box.buttons() if b.text() == "Generar demostración")
    demo.click()
    page = window.empleados_page
    assert window.tabs.currentWidget() is page
    qtbot.waitUntil(lambda: page.model.rowCount() == 50, timeout=20_000)


def test_english_window(qtbot, app_settings) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from coati_desk.gui.app import install_language
    from coati_desk.gui.main_window import MainWindow

    app = QApplication.instance()
    assert install_language(app, "en")
    try:
        win = MainWindow(app_settings)
        qtbot.addWidget(win)
        titles = [win.tabs.tabText(i) for i in range(win.tabs.count())]
        assert titles == ["Payrolls", "Run", "Queue", "Employees"]
        assert win.nomina_page.retry_button.text() == "Retry failed"
        qtbot.waitUntil(lambda: win.runtime.driver is not None, timeout=15_000)
        win.close()
    finally:
        install_language(app, "es")


def test_the_cola_page_lists_workers_by_host_with_their_tasks_and_marks_silent_ones(  # type: ignore[no-untyped-def]
    window, qtbot, redis_url: str, tmp_path: Path
) -> None:
    """This machine's own workers (real), and the heartbeats two other machines would leave
    in the shared Redis: one beating now, one silent for two minutes."""
    import tests.sample_tasks  # noqa: F401
    from coati_desk.queue.records import now_ts

    window.runtime.start(
        Preferences(backend="dramatiq", redis_url=redis_url, worker_threads=2, refresh_seconds=1)
    )
    qtbot.waitUntil(lambda: window.backend_label.text() == "Cola: Dramatiq + Redis", timeout=30_000)
    driver = window.runtime.driver
    journal = driver.journal
    journal.beat(
        "contabilidad-2:4242:aa", {"host": "contabilidad-2", "pid": 4242, "threads": 8}, 120
    )
    journal.beat("caja-1:77:bb", {"host": "caja-1", "pid": 77, "threads": 4}, 120)
    journal.client.zadd("coati:workers", {"caja-1:77:bb": now_ts() - 120})
    driver.enqueue("sample.slow", seconds=5, marker=str(tmp_path / "slow"))
    window.tabs.setCurrentWidget(window.cola_page)

    def rows() -> dict[str, dict]:
        model = window.cola_page.workers
        return {model.record(i)["host"]: model.record(i) for i in range(model.rowCount())}

    qtbot.waitUntil(lambda: "sample.slow" in str(rows()), timeout=20_000)
    shown = rows()
    assert set(shown) == {"caja-1", "contabilidad-2", socket.gethostname()}
    assert (
        shown["caja-1"]["estado"] == "sin_senal" and shown["contabilidad-2"]["estado"] == "activo"
    )
    mine = shown[socket.gethostname()]
    assert mine["estado"] == "activo" and mine["running_tasks"] == "sample.slow"
    view = window.cola_page.workers_view
    status_column = [c.key for c in window.cola_page.workers.columns].index("estado")
    caja_row = [window.cola_page.workers.record(i)["host"] for i in range(len(shown))].index(
        "caja-1"
    )
    assert view.model().index(caja_row, status_column).data() == "Sin señal"
