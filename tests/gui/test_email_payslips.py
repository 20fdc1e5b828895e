"""Payslips by e-mail from the window: the settings' *Correo* tab with its test message, and the
Nómina page sending an approved run's payslips to a real SMTP server, each once."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader

from coati_desk import mail
from coati_desk.payroll import approval, payslip_mail, services
from coati_desk.payroll.db import session
from coati_desk.payroll.models import Empleado
from tests.payroll.conftest import make_planilla
from tests.smtp_server import smtp_server

JAN = ("2024-01-01", "2024-01-31")


def approved_run(count: int) -> tuple[str, list[str]]:
    """An approved run; employee n's address is ``empleado{n}@coati.test``."""
    planilla_id, ids = make_planilla([str(8000 + n) for n in range(count)])
    with session(write=True) as db:
        for n, empleado_id in enumerate(ids):
            db.get(Empleado, empleado_id).correo = f"empleado{n}@coati.test"  # type: ignore[union-attr]
    run_id = services.create_run(planilla_id, *JAN, "tester")
    for empleado_id in ids:
        services.calculate_employee(empleado_id, planilla_id, *JAN, "tester")
    approval.approve_run(run_id, "jefa")
    return run_id, ids


def test_the_window_sends_300_payslips_once_each_and_retries_the_failed(  # type: ignore[no-untyped-def]
    window, qtbot, message_boxes
) -> None:
    run_id, _ = approved_run(301)
    with smtp_server() as (server, port):
        payslip_mail.save_settings(
            payslip_mail.MailSettings(
                mail.MailServer("127.0.0.1", port, "none", "", "Planillas", "planillas@coati.test")
            )
        )
        server.unknown.add("empleado300@coati.test")
        server.busy["empleado7@coati.test"] = 1  # "try again later" once: the queue retries
        page = window.nomina_page
        panel = page.mail_panel
        window.tabs.setCurrentWidget(page)
        page.open_run(run_id)
        qtbot.waitUntil(lambda: page.state.text() == "Aprobada", timeout=10_000)
        qtbot.waitUntil(panel.send_button.isEnabled, timeout=10_000)
        assert not panel.retry_button.isEnabled()

        panel.send_button.click()  # (the question is answered Yes)
        assert "Las que ya se enviaron no se envían de nuevo" in message_boxes.texts["question"][0]
        qtbot.waitUntil(lambda: panel.progress.value() == 300, timeout=120_000)
        qtbot.waitUntil(lambda: panel.sends.rowCount() == 1, timeout=10_000)
        assert panel.progress.text() == "300 de 301 enviadas · 1 fallidas"
        (failed,) = panel.sends.records()
        assert failed["destinatario"] == "empleado300@coati.test"
        error = panel.sends.data(panel.sends.index(0, 4))
        assert error.startswith("El servidor de correo lo rechazó: 550 5.1.1")
        assert server.attempts["empleado7@coati.test"] == 2
        assert len(server.messages) == 300
        assert len({m["To"] for m in server.messages}) == 300

        # Asked again: nothing goes twice.
        panel.send_button.click()
        qtbot.waitUntil(lambda: "Nada que enviar" in window.statusBar().currentMessage())
        # The mailbox exists now: only the failed one goes.
        server.unknown.clear()
        qtbot.waitUntil(panel.retry_button.isEnabled, timeout=10_000)
        panel.retry_button.click()
        qtbot.waitUntil(lambda: panel.progress.value() == 301, timeout=60_000)
        qtbot.waitUntil(lambda: panel.sends.rowCount() == 0, timeout=10_000)
        assert panel.progress.text() == "301 de 301 enviadas"
        assert len(server.messages) == 301
        (last,) = server.to("empleado300@coati.test")
        (attachment,) = last.iter_attachments()
        text = PdfReader(io.BytesIO(attachment.get_content())).pages[0].extract_text()
        assert "Nombre300 Prueba" in text


def test_the_settings_mail_tab_sends_a_test_and_keeps_what_it_says(  # type: ignore[no-untyped-def]
    window, qtbot
) -> None:
    from coati_desk.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window, window.settings, window.runtime.prefs)
    qtbot.addWidget(dialog)
    box = dialog.mail
    qtbot.waitUntil(box.isEnabled, timeout=10_000)  # (read off the GUI thread)
    assert box.subject.text() == payslip_mail.DEFAULT_SUBJECT
    with smtp_server() as (server, port):
        box.host.setText("127.0.0.1")
        box.port.setValue(port)
        box.security.setCurrentIndex(box.security.findData("none"))
        box.sender_name.setText("Planillas")
        box.sender_address.setText("planillas@coati.test")
        box.test_to.setText("jefa@coati.test")
        box.send_test()
        qtbot.waitUntil(lambda: "Enviado" in box.test_result.text(), timeout=20_000)
        assert "250" in box.test_result.text()
        (test,) = server.to("jefa@coati.test")
        assert test["Subject"] == "Coati Desk: mensaje de prueba"

        server.unknown.add("nadie@coati.test")
        box.test_to.setText("nadie@coati.test")
        box.send_test()
        qtbot.waitUntil(lambda: "No se envió" in box.test_result.text(), timeout=20_000)
        assert "550 5.1.1" in box.test_result.text()

    box.subject.setText("Pago de {salario}")
    dialog.accept()
    assert dialog.isVisible() is False or dialog.result() == 0
    assert "campo desconocido {salario}" in box.problem.text()
    assert dialog.tabs.currentWidget() is box

    box.subject.setText("Su pago de {periodo}")
    assert box.changed()
    saved: list[Any] = []
    box.save(saved.append, saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    kept = payslip_mail.load_settings()
    assert kept.subject == "Su pago de {periodo}" and kept.server.host == "127.0.0.1"
    assert kept.ready
