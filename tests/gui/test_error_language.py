"""Errors from the payroll and the queue reach the window in its language (issue 15, item 4):
Spanish by default, English with "en"; the log and the API keep the English. Real window
(offscreen), real database, queue folder and CSV files."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from coati_desk.gui.background import wait_for_background
from coati_desk.gui.settings import Preferences
from coati_desk.payroll.db import session
from coati_desk.payroll.models import Empleado
from tests.gui.conftest import MessageBoxes
from tests.payroll.conftest import make_planilla

NOV = (date(2026, 11, 1), date(2026, 11, 30))

# What each case shows, per language: (Spanish, English).
BAD_LINE = (
    "línea 3: salario_mensual debe ser un monto como 25000.00 o 25,000.00, no '1.500,50'",
    "line 3: salario_mensual must be an amount like 25000.00 or 25,000.00, not '1.500,50'",
)
EMPTY_HIRE = ("línea 2: fecha_ingreso está vacío", "line 2: fecha_ingreso is empty")
BAD_PERIOD = (
    "El período del 2026-11-01 al 2026-11-20 no corresponde a una planilla mensual: "
    "debe ser un mes completo (del día 1 al último)",
    "The period 2026-11-01 to 2026-11-20 does not fit a mensual payroll: "
    "it must be a whole month (from the 1st to its last day)",
)
FAILED_ROW = (
    "La fecha de baja (2026-11-05) es anterior a la fecha de ingreso (2026-11-10)",
    "The termination date (2026-11-05) is before the hire date (2026-11-10)",
)
REDIS_DOWN = (
    "Redis no disponible: [Errno 111] Conexión rechazada",
    "Redis not available: [Errno 111] Connection refused",
)


@pytest.fixture(params=["es", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[int]:
    """The window's language for the test; yields the index into the (Spanish, English) pairs."""
    from coati_desk.gui.app import install_language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert install_language(app, request.param)
    try:
        yield 0 if request.param == "es" else 1
    finally:
        install_language(app, "es")


def open_window(qtbot: Any, app_settings: Any, **prefs: Any) -> Any:
    from coati_desk.gui.main_window import MainWindow

    app_settings.save(Preferences(worker_threads=2, refresh_seconds=1, **prefs))
    win = MainWindow(app_settings)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def window(qtbot: Any, app_settings: Any, language: int) -> Iterator[Any]:
    win = open_window(qtbot, app_settings)
    qtbot.waitUntil(lambda: win.runtime.driver is not None, timeout=15_000)
    yield win
    win.close()
    wait_for_background()


def test_a_bad_csv_import_lists_its_lines_in_the_window_language(
    window: Any, qtbot: Any, tmp_path: Path, language: int
) -> None:
    csv = tmp_path / "empleados.csv"
    csv.write_text(
        "codigo,nombres,apellidos,identificacion,salario_mensual,fecha_ingreso,fecha_baja\n"
        "E-001,María,López,,25000.00,,\n"
        'E-002,José,Pérez,,"1.500,50",2021-03-01,\n',
        encoding="utf-8",
    )
    page = window.empleados_page
    page.import_csv(str(csv))
    qtbot.waitUntil(lambda: getattr(page, "last_import_box", None) is not None, timeout=10_000)
    box = page.last_import_box
    assert box.informativeText().splitlines() == [EMPTY_HIRE[language], BAD_LINE[language]]
    assert BAD_LINE[language] in box.detailedText()
    box.close()


def test_an_invalid_period_is_refused_in_the_window_language(
    window: Any,
    qtbot: Any,
    message_boxes: MessageBoxes,
    language: int,
    caplog: pytest.LogCaptureFixture,
) -> None:
    warnings = message_boxes.texts["warning"]
    planilla_id, _ = make_planilla(["25000"])
    window.planillas_page.calculate(planilla_id, date(2026, 11, 1), date(2026, 11, 20))
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert warnings == [BAD_PERIOD[language]]
    assert BAD_PERIOD[1] in caplog.text  # the log stays English


def test_a_failed_employee_shows_its_error_in_the_window_language(
    window: Any, qtbot: Any, language: int
) -> None:
    planilla_id, ids = make_planilla(["10000", "20000"])
    with session(write=True) as db:  # termination before hire
        db.execute(
            update(Empleado)
            .where(Empleado.id == ids[1])
            .values(fecha_ingreso=date(2026, 11, 10), fecha_baja=date(2026, 11, 5))
        )
    window.planillas_page.calculate(planilla_id, *NOV)
    page = window.nomina_page
    qtbot.waitUntil(
        lambda: any(r["estado"] == "failed" for r in page.rows.records()), timeout=30_000
    )
    row = next(i for i, r in enumerate(page.rows.records()) if r["estado"] == "failed")
    assert page.rows.records()[row]["error"] == FAILED_ROW[1]  # stored in English
    column = next(i for i, c in enumerate(page.rows.columns) if c.key == "error")
    cell = page.rows.index(row, column)
    assert page.rows.data(cell, Qt.ItemDataRole.DisplayRole) == FAILED_ROW[language]
    assert page.rows.data(cell, Qt.ItemDataRole.ToolTipRole) == FAILED_ROW[language]
    page.status_filter.setCurrentIndex(page.status_filter.findData("failed"))
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: FAILED_ROW[language] in page.detail.toPlainText(), timeout=10_000)


def test_a_queue_fault_in_the_status_bar_is_in_the_window_language(
    qtbot: Any, app_settings: Any, language: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coati_desk.gui import runtime

    monkeypatch.setattr(runtime, "RETRY_START_MS", 60_000)  # one try is enough here
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    win = open_window(
        qtbot, app_settings, backend="dramatiq", redis_url=f"redis://127.0.0.1:{port}/0"
    )
    try:
        error = ("Cola: error (se reintenta)", "Queue: error (trying again)")[language]
        qtbot.waitUntil(lambda: win.backend_label.text() == error, timeout=20_000)
        assert win.location_label.text() == REDIS_DOWN[language]
        assert REDIS_DOWN[1] in win.log_view.toPlainText()  # the log stays English
    finally:
        win.close()
        wait_for_background()


def test_unknown_text_is_shown_as_it_is_and_the_api_keeps_the_seed_english(
    qapp: Any, language: int
) -> None:
    from coati_desk.gui.errors import error_text
    from coati_desk.payroll.employee_task import calculate_employee

    assert calculate_employee("nadie", "ninguna", "2026-11-01", "2026-11-30") == {
        "success": False,
        "error": "Employee not found",
        "empleado_id": "nadie",
    }
    assert (
        error_text("Employee not found")
        == ("Empleado no encontrado", "Employee not found")[language]
    )
    assert error_text("something only a plug-in says") == "something only a plug-in says"


def test_every_payroll_and_queue_message_has_its_spanish_text() -> None:
    import coati_desk.payroll.messages as payroll_messages
    import coati_desk.queue.messages as queue_messages
    from coati_desk.gui import errors
    from coati_desk.messages import Message

    codes = {
        m.code
        for module in (payroll_messages, queue_messages)
        for m in vars(module).values()
        if isinstance(m, Message)
    }
    assert sorted(codes - set(errors._spanish())) == []
