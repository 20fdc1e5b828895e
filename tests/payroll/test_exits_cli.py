"""Employees who leave, from the terminal: ``liquidacion`` (the art. 45 example, its PDF to sign,
recording the exit) and ``vacaciones``. Real processes on this test's database."""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from coati_desk.payroll import empresa
from coati_desk.payroll.db import session
from coati_desk.payroll.models import Empleado
from tests.payroll.conftest import make_planilla
from tests.test_cli import run

EXAMPLE = ("--baja", "2026-03-31", "--motivo", "despido")


def code_of(empleado_id: str) -> str:
    with session() as db:
        return db.get(Empleado, empleado_id).codigo  # type: ignore[union-attr]


def test_the_art_45_example_is_printed_and_written_to_sign(tmp_path: Path) -> None:
    planilla_id, (ana,) = make_planilla(["20000"], hired=date(2023, 1, 1))
    empresa.save_empresa(
        {"nombre": "Ferretería El Coyote, S.A.", "ruc": "J0310000012345", "numero_patronal": "55"},
        empresa.empresa_of(planilla_id)["id"],
    )
    codigo = code_of(ana)
    result = run(
        "liquidacion",
        "--planilla",
        planilla_id,
        "--codigo",
        codigo,
        *EXAMPLE,
        "--out",
        str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Indemnización por antigüedad, art. 45 (3.17 meses)" in out and "63,333.33" in out
    assert "Motivo: Despido sin causa justa" in out and "Total" in out
    assert "Vista previa: la baja no se registró" in out
    with session() as db:
        assert db.get(Empleado, ana).fecha_baja is None  # type: ignore[union-attr]
    (pdf,) = tmp_path.glob("*.pdf")
    assert str(pdf) in out and pdf.name.startswith(f"Liquidación {codigo}")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Ferretería El Coyote, S.A." in text and "J0310000012345" in text
    assert "63,333.33" in text and "Despido sin causa justa" in text
    assert "Por el empleador" in text and "Recibí conforme: el trabajador" in text

    recorded = run(
        "liquidacion", "--planilla", planilla_id, "--codigo", codigo, *EXAMPLE, "--registrar"
    )
    assert recorded.returncode == 0, recorded.stderr
    assert "Baja registrada" in recorded.stdout
    # calculated through the queue as a run of its own, with the preview's figures
    assert re.search(r"Nómina nom_\w+ \(huey\)", recorded.stdout), recorded.stdout
    assert "Estado: calculada" in recorded.stdout and "completados: 1" in recorded.stdout
    neto = re.search(r"^Total\s+([\d,.]+)\s+([\d,.]+)\s+([\d,.]+)\s+([\d,.]+)$", out, re.M)
    assert neto and f"Total neto: {neto[4].replace(',', '')}" in recorded.stdout
    with session() as db:
        row = db.get(Empleado, ana)
        assert row is not None and (row.fecha_baja, row.motivo_baja) == (
            date(2026, 3, 31),
            "despido",
        )


def test_bad_input_is_a_readable_error(tmp_path: Path) -> None:
    planilla_id, (ana,) = make_planilla(["20000"], hired=date(2023, 1, 1))
    codigo = code_of(ana)
    unknown = run("liquidacion", "--planilla", planilla_id, "--codigo", "NADIE", *EXAMPLE)
    assert unknown.returncode == 2 and unknown.stderr.startswith("error: ")
    early = run(
        "liquidacion", "--planilla", planilla_id, "--codigo", codigo, "--baja", "2020-01-01",
        "--motivo", "renuncia",
    )  # fmt: skip
    assert early.returncode == 2 and "before" in early.stderr
    bad_date = run("liquidacion", "--planilla", planilla_id, "--codigo", codigo, "--baja", "ayer",
                   "--motivo", "renuncia")  # fmt: skip
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in bad_date.stderr
    reason = run("liquidacion", "--planilla", planilla_id, "--codigo", codigo, "--baja",
                 "2026-03-31", "--motivo", "capricho")  # fmt: skip
    assert reason.returncode == 2 and "invalid choice" in reason.stderr
    assert "Traceback" not in unknown.stderr + early.stderr + bad_date.stderr


def test_vacaciones_prints_every_balance_with_totals(tmp_path: Path) -> None:
    _, ids = make_planilla(["20000", "30000"], hired=date(2025, 1, 1))
    result = run("vacaciones", "--fecha", "2025-12-31")
    assert result.returncode == 0, result.stderr
    # a year: 12 x 2.5 = 30 days, worth a month's salary
    line = next(x for x in result.stdout.splitlines() if x.startswith(code_of(ids[0])))
    assert line.split()[-4:] == ["30.00", "0.00", "30.00", "20,000.00"]
    assert "Total (2 empleados)" in result.stdout and "50,000.00" in result.stdout
    out = tmp_path / "vacaciones.csv"
    written = run("vacaciones", "--fecha", "2025-12-31", "--csv", str(out))
    assert written.returncode == 0, written.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert [r["saldo"] for r in rows] == ["30.00", "30.00"]
    assert run("vacaciones", "--fecha", "mañana").returncode == 2
