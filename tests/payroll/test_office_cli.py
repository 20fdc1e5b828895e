"""The office month from the terminal: ``import-novedades`` -> ``run`` -> ``export``, with the
two worked examples to the cent; ``approve``, ``pay``, ``reopen`` and ``run --aprobar``; the
company on the reports. Each command is a real process on this test's database (SQLite and
PostgreSQL) and the real queue."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import openpyxl
from pypdf import PdfReader

from coati_desk.payroll import approval, empresa, novedades, reports
from tests.payroll.conftest import make_planilla
from tests.test_cli import run

JAN = ("--from", "2024-01-01", "--to", "2024-01-31")
HEADER = "codigo,tipo,cantidad,monto,descripcion\n"


def employee_codes(ids: list[str]) -> list[str]:
    from coati_desk.payroll.db import session
    from coati_desk.payroll.models import Empleado

    with session() as db:
        return [db.get(Empleado, i).codigo for i in ids]  # type: ignore[union-attr]


def write_inputs(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "novedades.csv"
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def exported(tmp_path: Path, run_id: str) -> dict[str, dict[str, str]]:
    out = tmp_path / "nomina.csv"
    result = run("export", "--run", run_id, str(out))
    assert result.returncode == 0, result.stderr
    return {r["codigo"]: r for r in csv.DictReader(io.StringIO(out.read_text("utf-8-sig")))}


def run_id_of(result_stdout: str) -> str:
    match = re.search(r"Nómina (nom_\w+)", result_stdout)
    assert match, result_stdout
    return match.group(1)


def test_worked_examples_through_import_run_and_export(tmp_path: Path) -> None:
    """The run exists first; the import recalculates the two employees through the queue."""
    planilla_id, ids = make_planilla(["8500.00", "15000.00"])
    overtime, absent = employee_codes(ids)
    calculated = run("run", "--planilla", planilla_id, *JAN, "--workers", "2")
    assert calculated.returncode == 0, calculated.stderr
    run_id = run_id_of(calculated.stdout)
    before = exported(tmp_path, run_id)
    assert before[overtime]["horas_extra"] == "0.00" and before[overtime]["salario_bruto"] == (
        "8500.00"
    )

    source = write_inputs(
        tmp_path,
        f"{overtime},horas_extra,5,,Inventario",
        f"{absent},ausencia,2,,Permiso sin goce",
    )
    imported = run("import-novedades", "--planilla", planilla_id, *JAN, str(source))
    assert imported.returncode == 0, imported.stderr
    assert "2 novedad(es) guardada(s) para 2 empleado(s)" in imported.stdout
    assert f"Nómina {run_id}: recalculando 2 empleado(s)" in imported.stdout
    assert "Estado: calculada" in imported.stdout

    rows = exported(tmp_path, run_id)
    first, second = rows[overtime], rows[absent]
    assert {k: first[k] for k in ("horas_extra", "ausencia", "salario_bruto")} == {
        "horas_extra": "354.17",
        "ausencia": "0.00",
        "salario_bruto": "8854.17",
    }
    assert (first["inss_laboral"], first["ir"], first["salario_neto"]) == (
        "619.79",
        "0.00",
        "8234.38",
    )
    assert second["ausencia"] == "-1000.00" and second["horas_extra"] == "0.00"
    assert (second["salario_bruto"], second["inss_laboral"], second["ir"]) == (
        "14000.00",
        "980.00",
        "703.00",
    )
    assert second["salario_neto"] == "12317.00"
    for column in ("comision", "bono", "deduccion", "prestamo"):
        assert first[column] == second[column] == "0.00"


def test_import_before_the_run_then_run_approves_and_the_period_is_locked(
    tmp_path: Path,
) -> None:
    planilla_id, ids = make_planilla(["8500.00", "15000.00"])
    overtime, absent = employee_codes(ids)
    source = write_inputs(
        tmp_path, f"{overtime},horas_extra,5,,", f"{absent},ausencia,2,,", f"{absent},bono,,500,"
    )
    imported = run("import-novedades", "--planilla", planilla_id, *JAN, str(source))
    assert imported.returncode == 0, imported.stderr
    assert "3 novedad(es) guardada(s)" in imported.stdout and "aún no existe" in imported.stdout

    calculated = run("run", "--planilla", planilla_id, *JAN, "--aprobar", "--usuario", "ana")
    assert calculated.returncode == 0, calculated.stderr
    run_id = run_id_of(calculated.stdout)
    assert f"Nómina {run_id} aprobada por ana" in calculated.stdout
    rows = exported(tmp_path, run_id)
    assert rows[overtime]["salario_neto"] == "8234.38"
    assert rows[absent]["bono"] == "500.00"

    # approved: the period's inputs cannot change
    refused = run("import-novedades", "--planilla", planilla_id, *JAN, str(source))
    assert refused.returncode == 2
    assert f"Run {run_id} is aprobada: it cannot change (reopen it first)" in refused.stderr
    assert "Traceback" not in refused.stderr

    reopened = run("reopen", "--run", run_id, "--motivo", "falta una comisión", "--usuario", "ana")
    assert reopened.returncode == 0, reopened.stderr
    assert f"Nómina {run_id} reabierta por ana" in reopened.stdout
    assert run("import-novedades", "--planilla", planilla_id, *JAN, str(source)).returncode == 0
    assert run("approve", "--run", run_id).returncode == 0
    paid = run("pay", "--run", run_id, "--usuario", "caja")
    assert paid.returncode == 0 and f"Nómina {run_id} pagada por caja" in paid.stdout
    events = [(e["accion"], e["usuario"], e["motivo"]) for e in approval.run_events(run_id)]
    assert events[0] == ("aprobar", "ana", "") and events[1] == (
        "reabrir",
        "ana",
        "falta una comisión",
    )
    assert [e[0] for e in events[2:]] == ["aprobar", "pagar"]

    # a paid run cannot be reopened nor approved again; an unknown one is named
    again = run("reopen", "--run", run_id, "--motivo", "x")
    assert again.returncode == 2 and "pagada" in again.stderr
    assert run("approve", "--run", run_id).returncode == 2
    unknown = run("pay", "--run", "nom_nope")
    assert unknown.returncode == 2 and "nom_nope" in unknown.stderr
    no_reason = run("reopen", "--run", run_id, "--motivo", "  ")
    assert no_reason.returncode == 2


def test_run_aprobar_refuses_a_run_with_failures() -> None:
    from sqlalchemy import update

    from coati_desk.payroll.db import session
    from coati_desk.payroll.models import Empleado

    planilla_id, ids = make_planilla(["1000", "2000"])
    with session(write=True) as db:
        db.execute(update(Empleado).where(Empleado.id == ids[0]).values(salario_mensual=-1))
    result = run("run", "--planilla", planilla_id, *JAN, "--aprobar")
    assert result.returncode == 1
    assert "no se aprueba la nómina" in result.stderr and "1 fallidos" in result.stderr
    run_id = run_id_of(result.stdout)
    refused = run("approve", "--run", run_id)
    assert refused.returncode == 2 and "only a run calculated without errors" in refused.stderr


def test_a_bad_inputs_file_saves_nothing_and_names_every_line(tmp_path: Path) -> None:
    planilla_id, ids = make_planilla(["8500.00"])
    (code,) = employee_codes(ids)
    source = write_inputs(
        tmp_path,
        f"{code},horas_extra,5,,",
        "NOPE,comision,,100,",
        f"{code},propina,,100,",
        f"{code},ausencia,abc,,",
    )
    result = run("import-novedades", "--planilla", planilla_id, *JAN, str(source))
    assert result.returncode == 1
    assert "no se guardó ninguna novedad; 3 problema(s)" in result.stderr
    for line in ("line 3", "line 4", "line 5"):
        assert line in result.stderr
    assert novedades.list_inputs(planilla_id, "2024-01-01", "2024-01-31") == []
    missing = run("import-novedades", "--planilla", planilla_id, *JAN, str(tmp_path / "no.csv"))
    assert missing.returncode == 2 and "no.csv" in missing.stderr
    unknown = run("import-novedades", "--planilla", "pla_nope", *JAN, str(source))
    assert unknown.returncode == 2 and "Planilla not found" in unknown.stderr


def test_overtime_over_the_limit_is_saved_with_a_warning(tmp_path: Path) -> None:
    planilla_id, ids = make_planilla(["8500.00"])
    (code,) = employee_codes(ids)
    source = tmp_path / "horas.csv"
    source.write_text(
        "codigo,tipo,cantidad,monto,descripcion,fecha\n"
        f"{code},horas_extra,5,,Inventario,2024-01-10\n",
        encoding="utf-8",
    )
    result = run("import-novedades", "--planilla", planilla_id, *JAN, str(source))
    assert result.returncode == 0, result.stderr
    assert "aviso:" in result.stderr and "1 novedad(es) guardada(s)" in result.stdout


def test_reports_show_the_company(tmp_path: Path) -> None:
    planilla_id, _ = make_planilla(["8500.00"])
    company = empresa.empresa_of(planilla_id)
    empresa.save_empresa(
        {
            "nombre": "Distribuidora El Coatí, S.A.",
            "ruc": "J0310000012345",
            "numero_patronal": "27000451",
        },
        company["id"],
    )
    calculated = run("run", "--planilla", planilla_id, *JAN)
    assert calculated.returncode == 0, calculated.stderr
    run_id = run_id_of(calculated.stdout)
    for _, data in reports.payslips(run_id, combined=False) + reports.payslips(run_id, True):
        (page,) = [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]
        assert "Distribuidora El Coatí, S.A." in page and "RUC J0310000012345" in page
        assert "N.º patronal INSS 27000451" in page
    summary = PdfReader(io.BytesIO(reports.run_summary_pdf(run_id))).pages[0].extract_text()
    assert "Distribuidora El Coatí, S.A." in summary and "J0310000012345" in summary
    book = openpyxl.load_workbook(io.BytesIO(reports.run_xlsx(run_id)))
    facts = {r[0]: r[1] for r in book["Resumen"].iter_rows(min_row=3, values_only=True)}
    assert facts["Empresa"] == "Distribuidora El Coatí, S.A." and facts["RUC"] == "J0310000012345"
    assert facts["N.º patronal INSS"] == "27000451"


def test_the_demo_is_an_office_month() -> None:
    from datetime import date

    from sqlalchemy import func, select

    from coati_desk.payroll.db import session
    from coati_desk.payroll.demo import create_demo_planilla
    from coati_desk.payroll.models import Empleado, Novedad, Planilla, Prestamo

    planilla_id = create_demo_planilla(120, seed=3, today=date(2026, 11, 20), office_month=True)
    assert empresa.empresa_of(planilla_id)["ruc"] == "J0310000012345"
    with session() as db:
        kinds = set(db.scalars(select(Novedad.tipo).where(Novedad.planilla_id == planilla_id)))
        assert {"horas_extra", "ausencia", "comision", "bono"} <= kinds
        periods = set(db.execute(select(Novedad.periodo_inicio, Novedad.periodo_fin)).all())
        assert periods == {(date(2026, 11, 1), date(2026, 11, 30))}
        assert db.scalar(select(func.count()).select_from(Prestamo)) > 0
        planilla = db.get(Planilla, planilla_id)
        assert planilla is not None
        assert all(e.cargo and e.inss_numero and e.banco for e in planilla.empleados)
        assert db.scalar(select(func.count()).select_from(Empleado)) == 120
    calculated = run("run", "--planilla", planilla_id, "--from", "2026-11-01", "--to", "2026-11-30")
    assert calculated.returncode == 0 and "fallidos: 0" in calculated.stdout, calculated.stderr
    # a second demo shares the company
    other = create_demo_planilla(3, seed=4, office_month=True)
    assert empresa.empresa_of(other)["id"] == empresa.empresa_of(planilla_id)["id"]
