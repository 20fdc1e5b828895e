"""The Nómina page's inputs editor (novedades) and the run's approval, payment and reopening,
as an office uses them: real widgets (offscreen), a real queue folder and database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog

from coati_desk.payroll.calculation import TipoNovedad
from tests.gui.conftest import wait_for_reports
from tests.payroll.conftest import make_planilla

NOV = (date(2026, 11, 1), date(2026, 11, 30))


def row_of(page, empleado_id: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return next(r for r in page.rows.records() if r["empleado_id"] == empleado_id)


def shown(page, empleado_id: str, key: str) -> str:  # type: ignore[no-untyped-def]
    """The text the run's table shows for an employee's field (an amount: "8,854.17")."""
    model = page.rows
    row = next(i for i, r in enumerate(model.records()) if r["empleado_id"] == empleado_id)
    column = next(i for i, c in enumerate(model.columns) if c.key == key)
    return str(model.data(model.index(row, column)))


def calculated(window, qtbot, salaries: list[str]) -> tuple[Any, list[str]]:  # type: ignore[no-untyped-def]
    planilla_id, ids = make_planilla(salaries)
    window.planillas_page.calculate(planilla_id, *NOV)
    page = window.nomina_page
    qtbot.waitUntil(lambda: page.state.text() == "Calculada", timeout=30_000)
    qtbot.waitUntil(lambda: page.rows.rowCount() == len(salaries), timeout=10_000)
    return page, ids


def open_editor(page, qtbot):  # type: ignore[no-untyped-def]
    page.approval.inputs_button.click()
    dialog = page.approval.inputs_dialog
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=10_000)
    return dialog


def test_overtime_entered_in_the_editor_recalculates_only_that_employee(  # type: ignore[no-untyped-def]
    window, qtbot, message_boxes
) -> None:
    page, ids = calculated(window, qtbot, ["8500", "20000"])
    other_before = row_of(page, ids[1])
    assert shown(page, ids[0], "salario_bruto") == "8,500.00"
    dialog = open_editor(page, qtbot)
    assert not dialog.locked and dialog.note.isHidden()
    dialog.select_employee(ids[0])
    dialog.tipo.setCurrentIndex(dialog.tipo.findData(TipoNovedad.HORAS_EXTRA.value))
    assert dialog.value_label.text() == "Horas:"
    dialog.value.setText("5")
    dialog.descripcion.setText("Cierre de mes")
    dialog.add_button.click()
    assert dialog.lines.rowCount() == 1 and dialog.lines.item(0, 0).text() == "Horas extra"
    assert dialog.employees.item(0, 2).text() == "5"
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: shown(page, ids[0], "salario_bruto") == "8,854.17", timeout=30_000)
    qtbot.waitUntil(lambda: page.state.text() == "Calculada", timeout=30_000)
    assert shown(page, ids[0], "salario_neto") == "8,234.38"
    assert row_of(page, ids[1]) == other_before  # untouched: not even calculated again
    assert message_boxes.texts["warning"] == []  # 5 hours in a month: within the limits
    qtbot.waitUntil(lambda: not dialog.changed and not dialog.save_button.isEnabled())
    assert dialog.inputs[ids[0]][0]["cantidad"] == Decimal("5")

    page.table.selectRow([r["empleado_id"] for r in page.rows.records()].index(ids[0]))
    qtbot.waitUntil(lambda: "Horas extra" in page.detail.toPlainText(), timeout=10_000)


def test_approve_locks_the_run_reopen_needs_a_reason_then_pay(  # type: ignore[no-untyped-def]
    window, qtbot, message_boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, _ = calculated(window, qtbot, ["8500", "20000"])
    bar = page.approval
    assert bar.approve_button.isEnabled()
    assert not bar.pay_button.isEnabled() and not bar.reopen_button.isEnabled()
    bar.approve_button.click()
    assert "¿Aprobar esta nómina?" in message_boxes.texts["question"][-1]
    qtbot.waitUntil(lambda: page.state.text() == "Aprobada", timeout=10_000)
    qtbot.waitUntil(lambda: "Aprobada por" in bar.info.text(), timeout=10_000)
    for button in (page.recalc_button, page.retry_button, page.cancel_button, bar.approve_button):
        assert not button.isEnabled()
    assert bar.pay_button.isEnabled() and bar.reopen_button.isEnabled()

    dialog = open_editor(page, qtbot)
    assert dialog.locked and "está aprobada" in dialog.note.text() and dialog.note.isVisible()
    for widget in (dialog.add_button, dialog.save_button, dialog.value, dialog.tipo):
        assert not widget.isEnabled()
    dialog.close()

    monkeypatch.setattr(QInputDialog, "getText", lambda *_: ("   ", True))
    bar.reopen_button.click()
    assert message_boxes.texts["warning"][-1] == "Escriba el motivo para reabrir la nómina."
    monkeypatch.setattr(QInputDialog, "getText", lambda *_: ("Faltaron horas extra", True))
    bar.reopen_button.click()
    qtbot.waitUntil(lambda: page.state.text() == "Calculada", timeout=10_000)
    qtbot.waitUntil(lambda: bar.approve_button.isEnabled() and bar.info.text() == "")
    assert page.recalc_button.isEnabled()

    bar.approve_button.click()
    qtbot.waitUntil(lambda: page.state.text() == "Aprobada", timeout=10_000)
    qtbot.waitUntil(bar.pay_button.isEnabled)
    bar.pay_button.click()
    qtbot.waitUntil(lambda: page.state.text() == "Pagada", timeout=10_000)
    qtbot.waitUntil(lambda: "pagada por" in bar.info.text(), timeout=10_000)
    assert not bar.reopen_button.isEnabled() and not bar.pay_button.isEnabled()
    assert not page.recalc_button.isEnabled()
    dialog = open_editor(page, qtbot)
    assert dialog.locked and "ya está pagada" in dialog.note.text()


def test_inputs_entered_before_calcular_from_the_new_run_dialog(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from coati_desk.gui.pages.planillas import NewRunDialog

    planilla_id, ids = make_planilla(["8500"])
    planilla = {"id": planilla_id, "nombre": "Prueba", "periodicidad": "mensual"}
    new_run = NewRunDialog(window.planillas_page, planilla, NOV, window)
    qtbot.addWidget(new_run)
    new_run.inputs_button.click()
    dialog = new_run.inputs_dialog
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=10_000)
    assert dialog.data["run_id"] is None and "(aún sin calcular)" in dialog.title.text()
    dialog.select_employee(ids[0])
    dialog.tipo.setCurrentIndex(dialog.tipo.findData(TipoNovedad.BONO.value))
    dialog.value.setText("1,000.00")
    dialog.add_button.click()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.data is not None and not dialog.changed, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.employees.item(0, 5).text() == "1,000.00", timeout=10_000)
    window.planillas_page.calculate(planilla_id, *NOV)
    page = window.nomina_page
    qtbot.waitUntil(lambda: page.state.text() == "Calculada", timeout=30_000)
    qtbot.waitUntil(lambda: page.rows.rowCount() == 1, timeout=10_000)
    assert shown(page, ids[0], "salario_bruto") == "9,500.00"


def test_the_editor_warns_of_overtime_over_the_limit_and_keeps_what_it_refused(  # type: ignore[no-untyped-def]
    window, qtbot, message_boxes
) -> None:
    from coati_desk.gui.novedades_dialog import NovedadesDialog

    planilla_id, ids = make_planilla(["8500", "9000"])
    dialog = NovedadesDialog(window.nomina_page, window, planilla_id, *NOV)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=10_000)
    codes = [e["codigo"] for e in dialog.data["empleados"]]
    for empleado_id, fecha in ((ids[0], "2026-11-14"), (ids[1], "2026-11-14")):
        dialog.select_employee(empleado_id)
        dialog.value.setText("6")  # (the first kind: Horas extra) 6 hours in one day
        dialog.fecha.setText(fecha)
        dialog.add_button.click()
    dialog.value.setText("1")  # (the form is cleared after each one added)
    dialog.fecha.setText("2026-12-01")  # outside the period: refused when saved
    dialog.add_button.click()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: len(message_boxes.texts["warning"]) == 2, timeout=10_000)
    overtime, refused = message_boxes.texts["warning"]
    assert codes[0] in overtime and codes[1] not in overtime
    assert refused.startswith(codes[1]) and "2026-12-01" in refused
    qtbot.waitUntil(lambda: dialog.changed == {ids[1]}, timeout=10_000)
    assert len(dialog.inputs[ids[1]]) == 2 and dialog.save_button.isEnabled()
    assert [len(dialog.inputs[i]) for i in ids] == [1, 2]


def test_the_filings_are_report_tasks_of_an_approved_run(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """*Declaraciones…* waits for the approval; then the INSS report, the IR report and the bank
    file are made by the queue like the other reports, and read back with the run's totals."""
    import csv
    import io

    from coati_desk.payroll import approval
    from coati_desk.payroll.reports import report_files

    page, _ids = calculated(window, qtbot, ["8500", "15000"])
    panel = page.reports_panel
    qtbot.waitUntil(panel.summary_pdf_button.isEnabled, timeout=10_000)
    assert not panel.filings_button.isEnabled()  # calculated, not approved
    approval.approve_run(page.run_id, "maria")
    qtbot.waitUntil(panel.filings_button.isEnabled, timeout=10_000)
    for kind in ("inss", "ir", "banco"):
        panel.make_report(kind)
    wait_for_reports(qtbot, panel, 3)
    rows = {r["tipo"]: r for r in panel.reports.records()}
    files = dict(report_files(rows["inss"]["task_id"]))
    text = next(content for name, content in files.items() if name.endswith(".csv"))
    table = list(csv.reader(io.StringIO(text.decode("utf-8-sig"))))
    totals = next(cells for cells in table if cells and cells[0] == "Total")
    assert "23500.00" in totals and "1645.00" in totals  # gross and INSS laboral, as the run's
    assert len(dict(report_files(rows["banco"]["task_id"]))) >= 1
    # Another run's panel lists its own reports only, not those asked for this one.
    first = page.run_id
    other_planilla, _ = make_planilla(["9000"])
    window.planillas_page.calculate(other_planilla, *NOV)
    qtbot.waitUntil(
        lambda: page.run_id != first and page.state.text() == "Calculada", timeout=30_000
    )
    qtbot.wait(1500)  # a few polls of the new run's reports
    assert panel.reports.rowCount() == 0, panel.reports.records()
    window.show_run(first)
    qtbot.waitUntil(lambda: panel.reports.rowCount() == 3, timeout=10_000)
