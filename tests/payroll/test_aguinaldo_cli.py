"""The aguinaldo from the terminal (issue 18): ``aguinaldo --year`` -> ``export`` -> ``report``,
each a real process on this test's database (SQLite and PostgreSQL) and the real queue."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import update

from coati_desk.payroll.db import session
from coati_desk.payroll.models import Empleado
from tests.payroll.conftest import make_planilla
from tests.payroll.test_office_cli import employee_codes, exported, run_id_of
from tests.test_cli import run

TITLE = "Aguinaldo 2026 (1 de diciembre de 2025 al 30 de noviembre de 2026)"


def a_year_and_half_a_year() -> tuple[str, list[str]]:
    """18,000.00 all year; 15,000.00 hired on 1 June 2026."""
    planilla_id, ids = make_planilla(["18000.00", "15000.00"], hired=date(2019, 1, 1))
    with session(write=True) as db:
        db.execute(
            update(Empleado).where(Empleado.id == ids[1]).values(fecha_ingreso=date(2026, 6, 1))
        )
    return planilla_id, employee_codes(ids)


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_aguinaldo_run_export_and_reports(tmp_path: Path) -> None:
    planilla_id, (whole, june) = a_year_and_half_a_year()
    calculated = run(
        "aguinaldo", "--planilla", planilla_id, "--year", "2026", "--workers", "2", "--aprobar"
    )
    assert calculated.returncode == 0, calculated.stderr
    run_id = run_id_of(calculated.stdout)
    assert "Estado: calculada" in calculated.stdout
    assert "Total neto: 25500.00" in calculated.stdout
    assert "Total deducciones: 0.00" in calculated.stdout
    assert f"Nómina {run_id} aprobada por" in calculated.stdout

    rows = exported(tmp_path, run_id)
    first, second = rows[whole], rows[june]
    assert (first["salario_bruto"], first["salario_neto"]) == ("18000.00", "18000.00")
    assert (second["salario_bruto"], second["salario_neto"]) == ("7500.00", "7500.00")
    assert (first["dias_trabajados"], second["dias_trabajados"]) == ("360", "180")
    assert second["salario_base"] == "15000.00"
    for column in ("horas_extra", "ausencia", "comision", "bono", "deduccion", "prestamo"):
        assert first[column] == second[column] == "0.00"
    for column in ("inss_laboral", "ir", "inss_patronal", "inatec", "total_deducciones"):
        assert first[column] == second[column] == "0.00"

    out = tmp_path / "colillas"
    made = run("report", "--run", run_id, "--kind", "colillas", "--combined", "--out", str(out))
    assert made.returncode == 0, made.stderr
    (payslips,) = out.iterdir()
    assert "Aguinaldo 2026" in payslips.name
    text = pdf_text(payslips.read_bytes())
    assert "Aguinaldo 2026" in text and TITLE in text and "Colilla de pago" not in text
    assert "Días contados" in text and "180" in text and "7,500.00" in text
    assert "Salario base" in text and "15,000.00" in text and "Aguinaldo a pagar" in text

    made = run("report", "--run", run_id, "--kind", "resumen", "--out", str(tmp_path / "res"))
    assert made.returncode == 0, made.stderr
    (summary,) = (tmp_path / "res").iterdir()
    text = pdf_text(summary.read_bytes())
    assert "Resumen del aguinaldo 2026" in text and TITLE in text
    assert "25,500.00" in text and "Periodo del" not in text


def test_a_bad_year_or_planilla_is_refused() -> None:
    refused = run("aguinaldo", "--planilla", "pla_nothere", "--year", "2026", "--no-workers")
    assert refused.returncode == 2
    assert "error:" in refused.stderr
