"""*Nuevo aguinaldo…* on the Planillas page (issue 18): the run is started off the GUI thread,
the Nómina page watches it as any run and names it by its year; it has no inputs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import update

from coati_desk.payroll.db import session
from coati_desk.payroll.models import Empleado
from tests.gui.test_nomina_actions import shown
from tests.payroll.conftest import make_planilla


def test_new_aguinaldo_is_watched_live_and_named_by_its_year(  # type: ignore[no-untyped-def]
    window, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coati_desk.gui.pages.planillas import NewAguinaldoDialog

    planilla_id, ids = make_planilla(["18000.00", "15000.00"], hired=date(2019, 1, 1))
    with session(write=True) as db:
        db.execute(
            update(Empleado).where(Empleado.id == ids[1]).values(fecha_ingreso=date(2026, 6, 1))
        )
    planillas = window.planillas_page
    window.tabs.setCurrentWidget(planillas)
    qtbot.waitUntil(planillas.new_aguinaldo_button.isEnabled, timeout=10_000)
    row = [p["id"] for p in planillas.planillas.records()].index(planilla_id)
    planillas.planillas_view.selectRow(row)

    def choose_2026(dialog: NewAguinaldoDialog) -> QDialog.DialogCode:
        assert dialog.year.value() == date.today().year
        dialog.year.setValue(2026)
        assert dialog.period.text() == "del 2025-12-01 al 2026-11-30"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewAguinaldoDialog, "exec", choose_2026)
    planillas.new_aguinaldo_button.click()

    page = window.nomina_page
    qtbot.waitUntil(lambda: page.state.text() == "Calculada", timeout=30_000)
    qtbot.waitUntil(lambda: page.rows.rowCount() == 2, timeout=10_000)
    assert shown(page, ids[0], "salario_neto") == "18,000.00"
    assert shown(page, ids[1], "salario_neto") == "7,500.00"
    assert shown(page, ids[1], "inss_laboral") == "0.00"
    assert "Aguinaldo 2026" in page.run_picker.currentText()
    assert "2025-12-01" not in page.run_picker.currentText()
    assert not page.approval.inputs_button.isEnabled()  # no inputs in an aguinaldo
    assert page.approval.approve_button.isEnabled()

    window.tabs.setCurrentWidget(planillas)  # (a page is read while it shows)
    qtbot.waitUntil(
        lambda: any(r["periodo"] == "Aguinaldo 2026" for r in planillas.runs.records()),
        timeout=10_000,
    )
