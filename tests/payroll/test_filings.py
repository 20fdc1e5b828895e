"""The month's filings and payment file (INSS, IR, bank transfers) and the yearly IR
certificates, from approved runs only: the worked examples to the cent, in Python and through
the command line (a real process on this test's database)."""

from __future__ import annotations

import csv
import io
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import update

from coati_desk.payroll import approval, empresa, novedades, reports, services
from coati_desk.payroll.db import session
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.models import Empleado, NominaEmpleado
from tests.payroll.conftest import make_planilla
from tests.test_cli import run as cli

JAN = ("2024-01-01", "2024-01-31")
FEB = ("2024-02-01", "2024-02-29")


def month_run(planilla_id: str, ids: list[str], period: tuple[str, str], approve: bool) -> str:
    run_id = services.create_run(planilla_id, *period, "tester")
    for empleado_id in ids:
        services.calculate_employee(empleado_id, planilla_id, *period, "tester")
    if approve:
        approval.approve_run(run_id, "jefa")
    return run_id


def worked_examples(approve: bool = True) -> tuple[str, str, list[str]]:
    """8,500.00 with 5 overtime hours (paid by transfer) and 15,000.00 (paid in cash), January
    2024; the company with its RUC and employer number."""
    planilla_id, ids = make_planilla(["8500.00", "15000.00"])
    with session(write=True) as db:
        paid = zip(ids, ("transferencia", "efectivo"), strict=True)
        for n, (empleado_id, forma) in enumerate(paid):
            db.execute(
                update(Empleado)
                .where(Empleado.id == empleado_id)
                .values(
                    identificacion=f"001-010190-000{n}A",
                    inss_numero=f"1234567{n}",
                    banco="BANPRO",
                    cuenta_bancaria=f"1001000{n}",
                    forma_pago=forma,
                )
            )
    empresa.save_empresa(
        {"nombre": "Coati S.A.", "ruc": "J0310000012345", "numero_patronal": "7654321"},
        empresa.empresa_of(planilla_id)["id"],
    )
    novedades.save_employee_inputs(
        planilla_id, *JAN, ids[0], [{"tipo": "horas_extra", "cantidad": "5"}]
    )
    return planilla_id, month_run(planilla_id, ids, JAN, approve), ids


def table(content: bytes) -> tuple[dict[str, str], list[list[str]]]:
    """A filing CSV: its header lines, and the table (heading, rows, totals)."""
    text = content.decode("utf-8-sig")
    head, _, body = text.partition("\r\n\r\n")
    lines = dict(csv.reader(io.StringIO(head)))
    return lines, list(csv.reader(io.StringIO(body)))


def test_inss_report_has_the_worked_example_and_the_company() -> None:
    _, run_id, _ = worked_examples()
    files = reports.inss_report(run_id)
    assert [name.rsplit(".", 1)[1] for name, _ in files] == ["csv", "xlsx"]
    head, rows = table(files[0][1])
    assert head["Empresa"] == "Coati S.A." and head["RUC"] == "J0310000012345"
    assert head["N.º patronal INSS"] == "7654321" and head["Período"] == "01/01/2024 al 31/01/2024"
    heading, first, second, total = rows
    assert heading == [
        "N.º INSS", "Nombre", "Cédula", "Días", "Salario", "INSS laboral", "INSS patronal", "INATEC"
    ]  # fmt: skip
    assert first[:3] == ["12345670", "Nombre0 Prueba", "001-010190-0000A"]
    assert first[4:] == ["8854.17", "619.79", "1903.65", "177.08"]
    assert second[4:6] == ["15000.00", "1050.00"]
    assert total[0] == "Total" and D(total[4]) == D("23854.17") and D(total[5]) == D("1669.79")

    sheet = openpyxl.load_workbook(io.BytesIO(files[1][1])).active
    values = [[c.value for c in r] for r in sheet.iter_rows()]
    found = next(r for r in values if r[0] == "12345670")
    assert found[4:] == [8854.17, 619.79, 1903.65, 177.08]
    assert values[1][:2] == ["Empresa", "Coati S.A."]


def test_ir_report_has_taxable_income_and_withholding() -> None:
    _, run_id, _ = worked_examples()
    csv_file, xlsx_file = reports.ir_report(run_id)
    _, (heading, first, second, total) = table(csv_file[1])
    assert heading == [
        "Cédula", "Nombre", "Ingreso bruto", "INSS laboral", "Renta gravable", "IR retenido"
    ]  # fmt: skip
    assert first == ["001-010190-0000A", "Nombre0 Prueba", "8854.17", "619.79", "8234.38", "0.00"]
    assert second[4] == "13950.00" and D(second[5]) > 0
    assert D(total[5]) == D(second[5]) and D(total[4]) == D("22184.38")
    assert xlsx_file[0].endswith(".xlsx")


def test_bank_file_has_the_net_of_transfers_and_lists_the_others_apart() -> None:
    _, run_id, ids = worked_examples()
    result = reports.bank_transfers(run_id)
    assert (result.transfers, result.apart, result.total) == (1, 1, D("8234.38"))
    (_, transfers), (_, apart) = result.files
    lines = list(csv.DictReader(io.StringIO(transfers.decode("utf-8-sig"))))
    assert lines == [
        {
            "cuenta": "10010000",
            "nombre": "Nombre0 Prueba",
            "cedula": "001-010190-0000A",
            "monto": "8234.38",
            "referencia": lines[0]["referencia"],
            "banco": "BANPRO",
        }
    ]
    assert "2024-01" in lines[0]["referencia"]
    with session() as db:
        neto = db.query(NominaEmpleado.salario_neto).filter_by(empleado_id=ids[1]).scalar()
    (other,) = csv.DictReader(io.StringIO(apart.decode("utf-8-sig")))
    assert (other["forma_pago"], D(other["monto"])) == ("efectivo", neto)
    assert other["motivo"] == "se paga por efectivo"


def test_a_run_not_approved_is_refused() -> None:
    _, run_id, _ = worked_examples(approve=False)
    for kind in reports.FILING_KINDS:
        with pytest.raises(PayrollInputError, match="approved or paid run only"):
            reports.build_filing(kind, run_id)
    with pytest.raises(PayrollInputError, match="not found"):
        reports.build_filing("inss", "nom_missing")
    with pytest.raises(PayrollInputError, match="Unknown filing"):
        reports.build_filing("sie", run_id)


def test_yearly_certificate_has_each_month_and_the_years_ir() -> None:
    planilla_id, _, ids = worked_examples()
    month_run(planilla_id, ids, FEB, approve=True)
    month_run(planilla_id, ids, ("2024-03-01", "2024-03-31"), approve=False)  # not counted
    with session() as db:
        withheld = [
            r.ir
            for r in db.query(NominaEmpleado)
            .filter(NominaEmpleado.empleado_id == ids[1])
            .order_by(NominaEmpleado.id)
        ]
    year_ir = withheld[0] + withheld[1]
    assert year_ir > 0
    files = reports.ir_certificates(planilla_id, 2024)
    assert len(files) == 2 and all(name.startswith("Constancia IR 2024") for name, _ in files)
    text = PdfReader(io.BytesIO(files[1][1])).pages[0].extract_text()
    assert "Nombre1 Prueba" in text and "001-010190-0001A" in text and "J0310000012345" in text
    assert "Enero" in text and "Febrero" in text and "Marzo" not in text
    assert "Total 2024" in text and f"{year_ir:,.2f}" in text and "27,900.00" in text
    assert "Firma y sello del empleador" in text
    (combined,) = reports.ir_certificates(planilla_id, "2024", combined=True)
    assert len(PdfReader(io.BytesIO(combined[1])).pages) == 2
    with pytest.raises(PayrollInputError, match="no approved or paid ordinary run ending in 2023"):
        reports.ir_certificates(planilla_id, 2023)
    with pytest.raises(PayrollInputError, match="year must be"):
        reports.ir_certificates(planilla_id, "dos mil")


def test_the_command_line_writes_the_filings_and_certificates(tmp_path: Path) -> None:
    planilla_id, run_id, _ = worked_examples()
    out = tmp_path / "declaraciones"
    made = cli("report", "--run", run_id, "--kind", "inss", "--out", str(out))
    assert made.returncode == 0, made.stderr
    paths = [Path(line) for line in made.stdout.splitlines()]
    assert [p.suffix for p in paths] == [".csv", ".xlsx"] and all(p.exists() for p in paths)
    _, rows = table(paths[0].read_bytes())
    assert rows[1][4:] == ["8854.17", "619.79", "1903.65", "177.08"]

    made = cli("report", "--planilla", planilla_id, "--year", "2024", "--kind", "constancias",
               "--combined", "--out", str(tmp_path / "constancias"))  # fmt: skip
    assert made.returncode == 0, made.stderr
    (path,) = [Path(line) for line in made.stdout.splitlines()]
    assert "Nombre0 Prueba" in PdfReader(path).pages[0].extract_text()

    banco = cli("report", "--run", run_id, "--kind", "banco", "--out", str(tmp_path / "b"))
    assert banco.returncode == 0 and len(banco.stdout.splitlines()) == 2
    assert "Pagos aparte" in banco.stderr

    missing = cli("report", "--planilla", planilla_id, "--kind", "constancias", "--out", "x")
    assert missing.returncode == 2 and "needs --planilla ID and --year" in missing.stderr
    no_run = cli("report", "--kind", "ir", "--out", str(tmp_path))
    assert no_run.returncode == 2 and "needs --run ID" in no_run.stderr
    _, open_run, _ = worked_examples(approve=False)
    refused = cli("report", "--run", open_run, "--kind", "ir", "--out", str(tmp_path))
    assert refused.returncode == 2 and "approved or paid run only" in refused.stderr
