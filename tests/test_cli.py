"""The ``coati-desk`` command and ``python -m coati_desk``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.redis_server import free_port


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coati_desk", *args], capture_output=True, text=True, timeout=60
    )


def test_info_names_the_backend_and_folder(isolated_env: Path) -> None:
    result = run("info")
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["driver"] == "huey" and stats["backend"] == "filesystem"
    assert stats["storage_path"] == str(isolated_env)
    assert "INFO: Using Huey driver with filesystem backend" in result.stderr


def test_info_falls_back_when_redis_is_down(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("REDIS_URL", f"redis://127.0.0.1:{free_port()}/0")
    result = run("info")
    assert result.returncode == 0
    assert "WARNING: Failed to connect to Redis for Dramatiq: [Errno 111] Connection refused" in (
        result.stderr
    )
    assert json.loads(result.stdout)["driver"] == "huey"


def test_info_on_dramatiq(redis_url: str) -> None:
    result = run("info")
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["driver"] == "dramatiq" and stats["backend"] == "redis"
    assert stats["queues"] == {"default": 0, "priority": 0}


def test_version_and_bad_arguments() -> None:
    assert run("--version").stdout.startswith("coati-desk ")
    bad = run("--threads", "-1", "info")
    assert bad.returncode == 2 and "--threads must be 0 or more" in bad.stderr


def test_demo_then_run_prints_totals_and_exits_0() -> None:
    demo = run("demo", "--employees", "30", "--seed", "5")
    assert demo.returncode == 0, demo.stderr
    planilla_id = demo.stdout.strip()
    assert planilla_id.startswith("pla_")
    result = run(
        "run",
        "--planilla",
        planilla_id,
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
        "--workers",
        "2",
    )
    assert result.returncode == 0, result.stderr
    assert "Estado: calculada" in result.stdout and "Total neto:" in result.stdout
    assert "/s  ETA" in result.stderr  # the progress bar
    # The same period again is refused: the run is finished.
    again = run("run", "--planilla", planilla_id, "--from", "2026-11-01", "--to", "2026-11-30")
    assert again.returncode == 2 and "already has run" in again.stderr


def test_run_exits_1_when_an_employee_fails() -> None:
    from sqlalchemy import update

    from coati_desk.payroll.db import session
    from coati_desk.payroll.models import Empleado
    from tests.payroll.conftest import make_planilla

    planilla_id, ids = make_planilla(["1000", "2000"])
    with session(write=True) as db:
        db.execute(update(Empleado).where(Empleado.id == ids[0]).values(salario_mensual=-1))
    result = run("run", "--planilla", planilla_id, "--from", "2024-01-01", "--to", "2024-01-31")
    assert result.returncode == 1
    assert "fallidos: 1" in result.stdout


def test_run_refuses_bad_input_with_exit_2() -> None:
    result = run("run", "--planilla", "nope", "--from", "2024-01-01", "--to", "2024-01-31")
    assert result.returncode == 2 and "Planilla not found" in result.stderr
    result = run("run", "--planilla", "x", "--from", "01/01/2024", "--to", "2024-01-31")
    assert result.returncode == 2


def test_run_with_no_workers_is_done_by_the_worker_command(spawn) -> None:  # type: ignore[no-untyped-def]
    planilla_id = run("demo", "--employees", "20").stdout.strip()
    spawn(
        sys.executable,
        "-m",
        "coati_desk",
        "worker",
        "--threads",
        "2",
        "--processes",
        "1",
        modules="",
    )
    result = run(
        "run",
        "--planilla",
        planilla_id,
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
        "--no-workers",
    )
    assert result.returncode == 0, result.stderr
    assert "completados: " in result.stdout


def test_every_command_explains_itself() -> None:
    for command in (
        "demo",
        "run",
        "stats",
        "worker",
        "import-novedades",
        "approve",
        "pay",
        "reopen",
    ):
        result = run(command, "--help")
        assert result.returncode == 0 and "usage: coati-desk" in result.stdout
    assert "--no-workers" in run("run", "--help").stdout
    assert "--aprobar" in run("run", "--help").stdout
    assert "horas_extra" in run("import-novedades", "--help").stdout


def test_import_employees_then_export_a_run(tmp_path: Path) -> None:
    source = tmp_path / "empleados.csv"
    source.write_text(
        "codigo,nombres,apellidos,identificacion,salario_mensual,fecha_ingreso,fecha_baja\n"
        "E-1,María,López,001,25000.00,2020-01-15,\nE-2,José,Pérez,,18000,2021-03-01,\n",
        encoding="utf-8",
    )
    imported = run("import-employees", str(source))
    assert imported.returncode == 0, imported.stderr
    planilla_id = imported.stdout.strip()
    result = run("run", "--planilla", planilla_id, "--from", "2024-01-01", "--to", "2024-01-31")
    assert result.returncode == 0, result.stderr
    run_id = result.stdout.split()[1]
    out = tmp_path / "nomina.csv"
    exported = run("export", "--run", run_id, str(out))
    assert exported.returncode == 0, exported.stderr
    assert "20683.33" in out.read_text(encoding="utf-8-sig")
    assert run("export", "--run", "nope", str(out)).returncode == 2


def test_import_with_a_bad_line_imports_nothing(tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(
        "codigo,nombres,apellidos,salario_mensual,fecha_ingreso\nE-1,A,B,abc,2020-01-01\n",
        encoding="utf-8",
    )
    result = run("import-employees", str(source))
    assert result.returncode == 1 and "line 2: salario_mensual" in result.stderr
    assert run("import-employees", str(tmp_path / "missing.csv")).returncode == 2


def test_run_refuses_a_redis_that_works_with_another_database(
    redis_url: str, tmp_path: Path
) -> None:
    """A desk or worker of another database holds this Redis: ``run`` writes no run, exit 2."""
    from coati_desk.jobs.identity import claim_database
    from coati_desk.payroll import queries
    from coati_desk.queue import get_queue_driver

    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    assert claim_database(get_queue_driver(force_backend="dramatiq"), other) is None  # held
    demo = run("demo", "--employees", "3")
    planilla_id = demo.stdout.strip()
    result = run("run", "--planilla", planilla_id, "--from", "2026-11-01", "--to", "2026-11-30")
    assert result.returncode == 2, result.stdout + result.stderr
    assert "works with the payroll database" in result.stderr
    assert str(tmp_path / "other.sqlite3") in result.stderr  # names the other one
    assert queries.list_runs(planilla_id) == []
