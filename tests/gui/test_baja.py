"""An employee leaves, from the Empleados page: the *Dar de baja…* dialog previews the final
settlement (the art. 45 example), saves its PDF and records the exit after a confirmation; the
employee's detail shows the vacation balance and the periods taken; *Vacaciones…* lists every
balance with totals. Real widgets (offscreen), a real SQLite database."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal as D
from pathlib import Path

from pypdf import PdfReader

from coati_desk.payroll import approval, novedades, services
from coati_desk.payroll.db import session
from coati_desk.payroll.models import Empleado
from tests.payroll.conftest import make_planilla

JUNE = ("2025-06-01", "2025-06-30")


def open_page(window, qtbot, rows: int):  # type: ignore[no-untyped-def]
    page = window.empleados_page
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == rows, timeout=10_000)
    return page


def test_the_baja_dialog_previews_and_records_the_settlement(
    window, qtbot, message_boxes, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _, (ana,) = make_planilla(["20000"], hired=date(2023, 1, 1))
    page = open_page(window, qtbot, 1)
    page.dar_de_baja()
    assert message_boxes.texts == {k: [] for k in message_boxes.texts}  # none chosen: a notice
    assert page.baja_dialog is None
    page.table.selectRow(0)
    page.dar_de_baja()
    dialog = page.baja_dialog
    qtbot.waitUntil(lambda: dialog.liquidacion is not None, timeout=10_000)  # today, dismissed
    dialog.set_motivo("justificado")
    dialog.set_baja(date(2026, 3, 31))
    assert dialog.liquidacion is None and not dialog.record_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.liquidacion is not None, timeout=10_000)
    cells = lambda: [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]  # noqa: E731
    assert not any("art. 45" in text for text in cells())  # dismissed with cause: none
    dialog.set_motivo("despido")
    qtbot.waitUntil(lambda: dialog.liquidacion is not None, timeout=10_000)
    assert dialog.liquidacion.baja == date(2026, 3, 31)
    row = next(r for r, text in enumerate(cells()) if "art. 45" in text)
    assert dialog.table.item(row, 1).text() == "63,333.33"
    assert dialog.table.item(dialog.table.rowCount() - 1, 0).text() == "Total"
    assert "Vista previa" in dialog.status.text()

    out = tmp_path / "liquidacion.pdf"
    dialog.save_pdf(str(out))
    qtbot.waitUntil(lambda: "PDF guardado" in dialog.status.text(), timeout=10_000)
    text = PdfReader(out).pages[0].extract_text()
    assert "63,333.33" in text and "Por el empleador" in text

    message_boxes.answer = message_boxes.answer.No
    dialog.register()
    assert "¿Registrar la baja de" in message_boxes.texts["question"][0]
    with session() as db:
        assert db.get(Empleado, ana).fecha_baja is None  # type: ignore[union-attr]
    message_boxes.answer = message_boxes.answer.Yes
    dialog.register()
    qtbot.waitUntil(lambda: dialog.recorded, timeout=10_000)
    assert "Baja registrada" in dialog.status.text() and not dialog.record_button.isEnabled()
    with session() as db:
        row_ = db.get(Empleado, ana)
        assert row_ is not None and (row_.fecha_baja, row_.motivo_baja) == (
            date(2026, 3, 31),
            "despido",
        )
    qtbot.waitUntil(lambda: page.model.record(0)["fecha_baja"] == date(2026, 3, 31), timeout=10_000)
    # The settlement is a run of its own, calculated by the window's queue with the preview's
    # figures; *Ver en Nómina* opens it there, to approve and pay.
    run_id = dialog.run_id
    assert run_id and run_id in dialog.status.text() and dialog.run_button.isVisible()
    qtbot.waitUntil(lambda: services.run_summary(run_id).estado == "calculada", timeout=20_000)
    assert D(services.run_summary(run_id).total_neto) == dialog.liquidacion.neto
    dialog.run_button.click()
    qtbot.waitUntil(lambda: window.nomina_page.run_id == run_id, timeout=10_000)
    assert window.tabs.currentWidget() is window.nomina_page


def test_bad_input_shows_in_the_dialog(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    make_planilla(["20000"], hired=date(2023, 1, 1))
    page = open_page(window, qtbot, 1)
    page.table.selectRow(0)
    page.dar_de_baja()
    dialog = page.baja_dialog
    qtbot.waitUntil(lambda: dialog.liquidacion is not None, timeout=10_000)
    dialog.set_baja(date(2022, 12, 31))  # before the hire date
    qtbot.waitUntil(lambda: "anterior" in dialog.status.text(), timeout=10_000)
    assert dialog.liquidacion is None and not dialog.pdf_button.isEnabled()


def test_the_detail_and_the_report_show_vacation_balances(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    planilla_id, (ana, luis) = make_planilla(["15000", "30000"], hired=date(2025, 1, 1))
    novedades.save_employee_inputs(
        planilla_id, *JUNE, ana, [{"tipo": "vacaciones", "cantidad": "5"}]
    )
    run_id = services.create_run(planilla_id, *JUNE, "x")
    for empleado_id in (ana, luis):
        assert services.calculate_employee(empleado_id, planilla_id, *JUNE)["success"]
    approval.approve_run(run_id, "jefa")
    page = open_page(window, qtbot, 2)
    page.table.selectRow(0)
    detail = page.detail
    qtbot.waitUntil(lambda: detail.vacation_history.rowCount() == 1, timeout=10_000)
    assert detail.vacation_history.record(0)["periodo"] == "2025-06-01 – 2025-06-30"
    assert detail.vacation_history.record(0)["dias"] == D("5.00")
    shown = detail.vacation_label.text()
    assert "Tomados: 5.00 días" in shown and "Saldo:" in shown and "Valor:" in shown

    page.vacaciones()
    report = page.vacaciones_dialog
    qtbot.waitUntil(lambda: report.rows is not None, timeout=10_000)
    assert report.model.rowCount() == 2 and "Total (2 empleados)" in report.totals.text()
    out = tmp_path / "vacaciones.csv"
    report.export_csv(str(out))
    qtbot.waitUntil(lambda: "exportados" in report.status.text(), timeout=10_000)
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert [r["tomados"] for r in rows] == ["5.00", "0.00"]
