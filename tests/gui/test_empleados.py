"""The Empleados page and the Empresa dialog as an office uses them: the company's details and
logo, an employee's details and a salary change, a loan and its balance, the CSV import. Real
widgets (offscreen), a real SQLite database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

from PySide6.QtCore import QDate, QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from coati_desk.payroll import approval, employees, prestamos, queries, services
from coati_desk.payroll.empresa import empresa_of
from tests.payroll.conftest import make_planilla

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def save(dialog: QDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # type: ignore[attr-defined]


def a_logo(path: Path) -> Path:
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d6b44"))
    painter = QPainter(image)
    painter.fillRect(QRect(10, 10, 30, 20), QColor("#f2c94c"))
    painter.end()
    assert image.save(str(path), "PNG")
    return path


def test_the_company_is_edited_with_its_logo_and_its_size(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_planilla(["20000", "25000", "30000"])
    window.open_empresa()
    dialog = window.empresa_dialog
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=10_000)
    assert "contados: 3" in dialog.rate.text() and "21.5 %" in dialog.rate.text()
    dialog.nombre.setText("Ferretería El Coyote, S.A.")
    dialog.ruc.setText("J0310000012345")
    dialog.numero_patronal.setText("123456-7")
    dialog.direccion.setPlainText("De la rotonda 2 c. al sur, Managua")
    dialog.trabajadores.setText("60")  # the company is larger than this database knows
    assert "INSS patronal: 22.5 %" in dialog.rate.text()

    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("esto no es una imagen")
    assert not dialog.choose_logo(str(not_an_image))
    assert dialog.problems.text() == "El logo debe ser una imagen PNG o JPEG de 1 MB como máximo"
    assert dialog.logo is None and not dialog.remove_button.isEnabled()
    assert dialog.choose_logo(str(a_logo(tmp_path / "coyote.png")))
    assert dialog.problems.text() == "" and not dialog.preview.pixmap().isNull()
    save(dialog)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    saved = empresa_of()
    assert saved["nombre"] == "Ferretería El Coyote, S.A."
    assert (saved["ruc"], saved["numero_patronal"]) == ("J0310000012345", "123456-7")
    assert saved["direccion"] == "De la rotonda 2 c. al sur, Managua"
    assert saved["trabajadores"] == 60 and saved["logo"].startswith(PNG_MAGIC)

    # Opened again: what was saved, then the logo removed and the size counted again.
    window.open_empresa()
    again = window.empresa_dialog
    qtbot.waitUntil(lambda: again.loaded is not None, timeout=10_000)
    assert again.nombre.text() == "Ferretería El Coyote, S.A." and again.logo == saved["logo"]
    again.remove_logo()
    again.trabajadores.setText("")
    again.nombre.setText("")
    save(again)
    qtbot.waitUntil(lambda: again.problems.text() != "Guardando…", timeout=10_000)
    assert again.problems.text() == "nombre está vacío"
    assert empresa_of()["logo"] == saved["logo"]  # nothing saved
    again.nombre.setText("Ferretería El Coyote")
    save(again)
    qtbot.waitUntil(lambda: again.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert empresa_of()["logo"] is None and empresa_of()["trabajadores"] is None


def test_an_employee_with_its_details_opening_figures_and_a_salary_change(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    make_planilla([])
    page = window.empleados_page
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: bool(page._planillas), timeout=10_000)
    page.add()
    dialog = page.employee_dialog
    dialog.codigo.setText("E-100")
    dialog.nombres.setText("María José")
    dialog.apellidos.setText("Pérez López")
    dialog.identificacion.setText("001-010190-0001A")
    dialog.salario.setText("24000")
    dialog.ingreso.setDate(QDate(2024, 1, 15))
    dialog.inss_numero.setText("12345678")
    dialog.cargo.setText("Contadora")
    dialog.banco.setText("BANPRO")
    dialog.cuenta.setText("100-200-300")
    dialog.forma_pago.setCurrentIndex(dialog.forma_pago.findData("cheque"))
    assert dialog.forma_pago.currentText() == "Cheque"
    dialog.opening.setChecked(True)
    dialog.ytd_anio.setValue(2024)
    dialog.ytd_periodos.setValue(5)
    dialog.ytd_bruto.setText("120000")
    dialog.ytd_inss.setText("")  # missing: refused, in Spanish, nothing saved
    dialog.ytd_ir.setText("9000")
    save(dialog)
    qtbot.waitUntil(lambda: "ytd_inss" in dialog.problems.text(), timeout=10_000)
    assert "vacío" in dialog.problems.text() and employees.employee_count() == 0
    dialog.ytd_inss.setText("8400")
    save(dialog)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    (record,) = employees.list_employees()
    assert record["cargo"] == "Contadora" and record["forma_pago"] == "cheque"
    assert (record["inss_numero"], record["banco"]) == ("12345678", "BANPRO")
    assert record["cuenta_bancaria"] == "100-200-300"
    assert employees.opening_figures(record["id"]) == [
        {"anio": 2024, "periodos": 5, "bruto": D("120000"), "inss": D("8400"), "ir": D("9000")}
    ]
    assert page.model.record(0)["cargo"] == "Contadora"

    # A raise from June: earlier periods keep the old salary; the page shows the history.
    page.table.selectRow(0)
    page.edit()
    edit = page.employee_dialog
    assert edit.cargo.text() == "Contadora" and edit.forma_pago.currentData() == "cheque"
    qtbot.waitUntil(lambda: edit.opening.isChecked(), timeout=10_000)  # read back
    assert edit.ytd_bruto.text() == "120000.00"
    edit.salario.setText("27000")
    edit.has_salary_since.setChecked(True)
    edit.salary_since.setDate(QDate(2024, 6, 1))
    save(edit)
    qtbot.waitUntil(lambda: edit.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert employees.salary_history(record["id"]) == [
        {"vigente_desde": date(2024, 1, 15), "salario_mensual": D("24000.00")},
        {"vigente_desde": date(2024, 6, 1), "salario_mensual": D("27000.00")},
    ]
    qtbot.waitUntil(lambda: page.detail.salaries.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(  # (the next refresh, when one was under way while saving)
        lambda: page.model.record(0)["salario_mensual"] == D("27000.00"), timeout=10_000
    )
    assert [p["empleados"] for p in queries.list_planillas()] == [1]  # added to the planilla


def test_a_loan_added_from_the_page_and_its_balance(window, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    planilla_id, (empleado_id,) = make_planilla(["12000"], hired=date(2023, 1, 1))
    page = window.empleados_page
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert not page.detail.new_button.isEnabled()
    page.table.selectRow(0)
    assert page.detail.new_button.isEnabled()
    page.detail.new_loan()
    dialog = page.detail.loan_dialog
    dialog.descripcion.setText("Préstamo personal")
    dialog.monto.setText("2500")
    dialog.cuota.setText("3000")  # more than the loan: refused in Spanish
    dialog.inicio.setDate(QDate(2024, 1, 1))
    save(dialog)
    qtbot.waitUntil(lambda: "cuota" in dialog.problems.text(), timeout=10_000)
    assert not prestamos.list_loans(empleado_id)
    dialog.cuota.setText("1000")
    save(dialog)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    loans = page.detail.loans
    qtbot.waitUntil(lambda: loans.rowCount() == 1, timeout=10_000)
    loan = loans.record(0)
    assert (loan["monto"], loan["cuota"], loan["saldo"]) == (
        D("2500.00"),
        D("1000.00"),
        D("2500.00"),
    )
    assert loan["inicio"] == date(2024, 1, 1) and loan["estado_texto"] == "Activo"

    # An approved run deducts an instalment: the balance and the loan's history follow.
    run_id = services.create_run(planilla_id, "2024-01-01", "2024-01-31", "tester")
    assert services.calculate_employee(empleado_id, planilla_id, "2024-01-01", "2024-01-31")[
        "success"
    ]
    approval.approve_run(run_id, "jefa")
    qtbot.waitUntil(lambda: loans.record(0)["saldo"] == D("1500.00"), timeout=10_000)
    history = page.detail.history
    qtbot.waitUntil(lambda: history.rowCount() == 1, timeout=10_000)
    line = history.record(0)
    assert line["periodo"] == "2024-01-01 – 2024-01-31"
    assert (line["cuota"], line["saldo"]) == (D("1000.00"), D("1500.00"))

    page.detail.loans_view.selectRow(0)
    assert page.detail.stop_button.isEnabled()
    page.detail.stop_loan()
    assert "Préstamo personal" in message_boxes.texts["question"][0]
    qtbot.waitUntil(lambda: loans.record(0)["estado_texto"] == "Detenido", timeout=10_000)
    assert not prestamos.list_loans(empleado_id)[0]["activo"]
    assert not page.detail.stop_button.isEnabled()


def test_the_csv_import_from_the_window_takes_the_new_columns(
    window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "oficina.csv"
    source.write_text(
        "codigo,nombres,apellidos,salario_mensual,fecha_ingreso,cargo,forma_pago,banco\n"
        "C-1,Ana,Ruiz,18000,2024-02-01,Cajera,efectivo,\n"
        "C-2,Luis,Mena,22000.50,2023-07-15,Bodeguero,transferencia,LAFISE\n",
        encoding="utf-8",
    )
    page = window.empleados_page
    window.tabs.setCurrentWidget(page)
    page.import_csv(str(source))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=15_000)
    by_code = {e["codigo"]: e for e in employees.list_employees()}
    assert by_code["C-1"]["cargo"] == "Cajera" and by_code["C-1"]["forma_pago"] == "efectivo"
    assert by_code["C-2"]["banco"] == "LAFISE"
    assert sorted(page.model.record(r)["cargo"] for r in range(2)) == ["Bodeguero", "Cajera"]
