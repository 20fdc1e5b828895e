"""One database for every desk, set up from the settings dialog: this PC's SQLite file or a
PostgreSQL server, checked off the GUI thread, switched without a restart, and refused where
the queue already works with another database. Real widgets (offscreen), a real PostgreSQL
server and a real redis-server; real worker processes."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy.engine import URL, make_url

from coati_desk.gui.background import wait_for_background
from coati_desk.gui.settings import AppSettings
from coati_desk.payroll.db import database_id, database_url
from tests.conftest import dramatiq_cli
from tests.payroll.conftest import make_planilla
from tests.postgres import scratch_database, unreachable_reason

NOV = (date(2026, 11, 1), date(2026, 11, 30))
PASSWORD = "s3cret-db-pw"  # the local server trusts; the password must still never be written

needs_postgres = pytest.mark.skipif(
    unreachable_reason() is not None, reason=f"PostgreSQL: {unreachable_reason()}"
)


def open_desk(qtbot, folder: Path):  # type: ignore[no-untyped-def]
    from coati_desk.gui.main_window import MainWindow

    settings = AppSettings(folder / "coati-desk.ini")
    prefs = settings.load()
    prefs.refresh_seconds = 1
    settings.save(prefs)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.runtime.driver is not None, timeout=15_000)
    return win


def through_the_dialog(win, qtbot, act: Callable[[Any], None]) -> None:  # type: ignore[no-untyped-def]
    """*Archivo → Configuración…* with ``act(dialog)`` done by hand while it is open."""
    from coati_desk.gui.settings_dialog import SettingsDialog

    problems: list[BaseException] = []

    def when_open() -> None:
        dialogs = [d for d in win.findChildren(SettingsDialog) if d.isVisible()]
        if not dialogs:
            QTimer.singleShot(50, when_open)
            return
        try:
            act(dialogs[0])
        except BaseException as exc:  # closed, so the test goes on to report it
            problems.append(exc)
            dialogs[0].reject()

    QTimer.singleShot(0, when_open)
    win.open_settings()  # returns when the dialog closes
    if problems:
        raise problems[0]


def press_ok(dialog) -> None:  # type: ignore[no-untyped-def]
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def choose_server(dialog, qtbot, redis_url: str, server: URL, workers: bool) -> None:  # type: ignore[no-untyped-def]
    dialog.backend.setCurrentIndex(dialog.backend.findData("dramatiq"))
    dialog.redis_url.setText(redis_url)
    dialog.start_workers.setChecked(workers)
    box = dialog.database
    box.kind.setCurrentIndex(box.kind.findData("postgresql"))
    box.host.setText(server.host or "")
    box.port.setValue(server.port or 5432)
    box.name.setText(server.database or "")
    box.user.setText(server.username or "")
    box.password.setText(PASSWORD)
    box.test_button.click()
    qtbot.waitUntil(lambda: box.result.text() == "Conexión correcta", timeout=15_000)
    press_ok(dialog)  # closes once the database is checked (and migrated, on first use)


def dialog_says(win, qtbot, fill: Callable[[Any], None]) -> str:  # type: ignore[no-untyped-def]
    """Fill the dialog, press OK, and read what the database part says (the dialog stays)."""
    said: list[str] = []

    def act(dialog) -> None:  # type: ignore[no-untyped-def]
        fill(dialog)
        press_ok(dialog)
        qtbot.waitUntil(lambda: "No se puede usar" in dialog.database.result.text(), timeout=20_000)
        said.append(dialog.database.result.text())
        dialog.reject()

    through_the_dialog(win, qtbot, act)
    return said[0]


@pytest.fixture
def desk(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    win = open_desk(qtbot, tmp_path / "desk")
    yield win
    win.close()
    wait_for_background()


def test_probar_conexion_says_why_in_words_off_the_gui_thread(desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    from coati_desk.gui.settings_dialog import SettingsDialog
    from tests.redis_server import free_port

    dialog = SettingsDialog(desk, desk.settings, desk.runtime.prefs)
    qtbot.addWidget(dialog)
    box = dialog.database
    assert not box.host.isEnabled()  # this PC's file: nothing to fill in
    box.test_button.click()
    qtbot.waitUntil(lambda: box.result.text() == "Se usa el archivo de este equipo")
    box.kind.setCurrentIndex(box.kind.findData("postgresql"))
    assert box.host.isEnabled()
    box.user.setText("postgres")
    cases = {
        ("127.0.0.1", free_port(), "coati"): "nada responde en 127.0.0.1:",
        ("no-such-host.invalid", 5432, "coati"): "no se encuentra el servidor «no-such-host",
        ("127.0.0.1", 5432, "coati_no_such_db"): "no tiene una base de datos «coati_no_such_db»",
    }
    if unreachable_reason() is not None:
        cases.popitem()
    for (host, port, name), expected in cases.items():
        box.host.setText(host)
        box.port.setValue(port)
        box.name.setText(name)
        box.test_button.click()  # returns at once: the check runs on a pool thread
        assert box.result.text() == "Probando…" and not box.test_button.isEnabled()
        qtbot.waitUntil(lambda: box.test_button.isEnabled(), timeout=15_000)
        assert expected in box.result.text(), box.result.text()
        assert box.result.text().startswith("No se pudo conectar: ")


@needs_postgres
def test_a_user_the_server_does_not_know_is_said_so(desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    from coati_desk.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(desk, desk.settings, desk.runtime.prefs)
    qtbot.addWidget(dialog)
    box = dialog.database
    box.kind.setCurrentIndex(box.kind.findData("postgresql"))
    for widget, value in ((box.host, "127.0.0.1"), (box.name, "postgres"), (box.user, "nadie")):
        widget.setText(value)
    box.test_button.click()
    qtbot.waitUntil(lambda: box.test_button.isEnabled() and box.result.text() != "Probando…")
    assert box.result.text() == "No se pudo conectar: usuario o contraseña incorrectos"


def test_saving_a_database_that_cannot_be_reached_keeps_the_old_one(desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.redis_server import free_port

    before_url, before_driver = database_url(), desk.runtime.driver
    port = free_port()

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        box = dialog.database
        box.kind.setCurrentIndex(box.kind.findData("postgresql"))
        box.host.setText("127.0.0.1")
        box.port.setValue(port)
        box.user.setText("postgres")
        box.password.setText(PASSWORD)

    said = dialog_says(desk, qtbot, fill)
    expected = f"No se puede usar esta base de datos: nada responde en 127.0.0.1:{port} "
    assert said.startswith(expected)
    assert said.endswith("No se guardó nada; se sigue usando la anterior.")
    assert database_url() == before_url and desk.runtime.driver is before_driver
    assert desk.settings.load().database == "sqlite"  # nothing saved
    assert desk.runtime.prefs.database == "sqlite"


@needs_postgres
@pytest.mark.redis
@pytest.mark.slow
def test_two_desks_and_a_worker_share_one_postgresql_and_redis_set_up_from_the_dialog(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, redis_url: str, monkeypatch, spawn
) -> None:
    monkeypatch.delenv("REDIS_URL")  # the desks' settings choose Redis, not the environment
    with scratch_database() as office_url, scratch_database() as other_url:
        office = make_url(office_url)
        desks = []
        for n in (1, 2):
            win = open_desk(qtbot, tmp_path / f"desk{n}")
            through_the_dialog(
                win, qtbot, lambda d: choose_server(d, qtbot, redis_url, office, workers=False)
            )
            qtbot.waitUntil(
                lambda w=win: w.backend_label.text() == "Cola: Dramatiq + Redis", timeout=30_000
            )
            desks.append(win)
        desk1, desk2 = desks
        # Saved without the password; the desks now work on the office's database, migrated.
        for win in desks:
            ini = win.settings.path.read_text()
            assert "database\\host" in ini or "host=127.0.0.1" in ini
            assert PASSWORD not in ini
            assert PASSWORD not in win.log_view.toPlainText()
        assert make_url(database_url()).database == office.database
        office_id = database_id(office_url)
        assert len(office_id) == 32
        # A worker on the same database and Redis (the environment an office gives it).
        monkeypatch.setenv("COATI_DATABASE_URL", office_url)
        monkeypatch.setenv("REDIS_URL", redis_url)
        worker = spawn(
            sys.executable, "-m", "coati_desk", "worker", "--processes", "1", "--threads", "4"
        )
        planilla_id, _ = make_planilla(["25000", "18000", "9000"])
        desk1.planillas_page.calculate(planilla_id, *NOV)
        qtbot.waitUntil(lambda: desk1.nomina_page.state.text() == "Calculada", timeout=90_000)
        assert not desk1.runtime.workers_running and not desk2.runtime.workers_running
        assert worker.poll() is None  # it did the work
        # A worker on another database is refused, naming both.
        monkeypatch.setenv("COATI_DATABASE_URL", other_url)
        other_id = database_id(other_url)
        refused = spawn(sys.executable, "-m", "coati_desk", "worker", "--processes", "1")
        assert refused.wait(60) == 2
        said = (tmp_path / "worker-1.log").read_text()
        assert office_id in said and other_id in said and "refusing to work on it" in said
        assert f"/{office.database}" in said and f"/{make_url(other_url).database}" in said
        # Dramatiq's own command, on that database: it does not start (exit 2), and says why.
        raw = dramatiq_cli(spawn, "--processes", "1", "--threads", "1")
        assert raw.wait(60) == 2
        said = (tmp_path / "worker-2.log").read_text()
        assert office_id in said and other_id in said
        # A desk switched to the other database is refused too: status bar and log; no workers.
        desk2.close()
        other = make_url(other_url)
        through_the_dialog(
            desk1, qtbot, lambda d: choose_server(d, qtbot, redis_url, other, workers=True)
        )
        qtbot.waitUntil(lambda: desk1.runtime.failures > 0, timeout=30_000)
        shown = desk1.location_label.text()
        assert desk1.backend_label.text() == "Cola: error (se reintenta)"
        assert office_id in shown and other_id in shown and "no se usa" in shown
        assert office_id in desk1.log_view.toPlainText()
        assert not desk1.runtime.workers_running and desk1.runtime.driver is None
        desk1.close()
        wait_for_background()
        assert os.environ["COATI_DATABASE_URL"]  # (restored by the test's monkeypatch)
