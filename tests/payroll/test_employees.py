"""Employees: validation, CSV import (all or nothing, errors by line), the run's CSV export."""

from __future__ import annotations

import csv
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from coati_desk.payroll import employees, queries, services
from coati_desk.payroll.employees import import_employees_csv, list_employees, save_employee
from coati_desk.payroll.reports import export_run_csv
from tests.payroll.conftest import make_planilla

HEADER = "codigo,nombres,apellidos,identificacion,salario_mensual,fecha_ingreso,fecha_baja\n"


def test_import_then_update_by_code() -> None:
    data = (
        HEADER + "E-1,María,López,001,25000.00,2020-01-15,\n\n"
        "E-2,José,Pérez,,18000,2021-03-01,2026-11-15\n"
    ).encode()
    result = import_employees_csv(data, planilla_nombre="Oficina")
    assert result.errors == [] and (result.created, result.updated) == (2, 0)
    assert [p["empleados"] for p in queries.list_planillas()] == [2]
    again = import_employees_csv(
        (HEADER + "E-1,María,López,001,26000,2020-01-15,\n").encode(), result.planilla_id
    )
    assert (again.created, again.updated) == (0, 1)
    salaries = {e["codigo"]: e["salario_mensual"] for e in employees.list_employees()}
    assert str(salaries["E-1"]) == "26000.00"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (HEADER + "E-1,A,B,,abc,2020-01-01,\n", "line 2: salario_mensual must be an amount like"),
        (HEADER + "E-1,A,B,,100,01/02/2020,\n", "line 2: fecha_ingreso must be a date"),
        (HEADER + "E-1,A,B,,100,2020-01-05,2020-01-01\n", "fecha_baja is before fecha_ingreso"),
        (HEADER + "E-1,A,B,,100,2020-01-01,\nE-1,C,D,,100,2020-01-01,\n", "line 3: codigo"),
        (HEADER + ",A,B,,100,2020-01-01,\n", "line 2: codigo is empty"),
        (HEADER + "E-1,A,B,,100,2020-01-01,,extra\n", "line 2: more cells than columns"),
        ("codigo,nombres\nE-1,A\n", "line 1: missing column(s): apellidos"),
        (HEADER.replace("\n", ",color\n") + "E-1,A,B,,1,2020-01-01,,red\n", "unknown column"),
        (HEADER, "no employees"),
    ],
)
def test_a_bad_file_imports_nothing(content: str, message: str) -> None:
    ok_line = "E-9,Ok,Row,,100,2020-01-01,\n"
    body = content if content.startswith("codigo,nombres\n") else content + ok_line
    if content == HEADER:
        body = HEADER
    result = import_employees_csv(body.encode())
    assert any(message in e for e in result.errors), result.errors
    assert employees.employee_count() == 0 and queries.list_planillas() == []


def test_broken_encodings_are_reported() -> None:
    latin1 = (HEADER + "E-1,José,Núñez,,100,2020-01-01,\n").encode("latin-1")
    assert "not UTF-8" in import_employees_csv(latin1).errors[0]
    assert "NUL" in import_employees_csv(b"codigo\x00,x\n").errors[0]
    semicolons = HEADER.replace(",", ";") + "E-1;José;Núñez;;1.500,50;2020-01-01;\n"
    assert import_employees_csv(semicolons.encode("utf-8-sig")).errors  # 1.500,50 is ambiguous


def test_save_employee_validates_every_field() -> None:
    with pytest.raises(services.PayrollInputError) as error:
        save_employee(
            {
                "codigo": "",
                "nombres": "A",
                "apellidos": "",
                "salario_mensual": "-1",
                "fecha_ingreso": "2020-02-30",
            }
        )
    text = str(error.value)
    for part in ("codigo is empty", "apellidos is empty", "salario_mensual", "fecha_ingreso"):
        assert part in text
    first = save_employee(
        {
            "codigo": "X-1",
            "nombres": "A",
            "apellidos": "B",
            "salario_mensual": "1000",
            "fecha_ingreso": "2020-01-01",
        }
    )
    with pytest.raises(services.PayrollInputError, match="belongs to another employee"):
        save_employee(
            {
                "codigo": "X-1",
                "nombres": "C",
                "apellidos": "D",
                "salario_mensual": "1",
                "fecha_ingreso": "2020-01-01",
            }
        )
    save_employee(
        {
            "codigo": "X-1",
            "nombres": "Ana",
            "apellidos": "B",
            "salario_mensual": "2000",
            "fecha_ingreso": "2020-01-01",
        },
        empleado_id=first,
    )
    assert employees.list_employees("ana")[0]["id"] == first


def test_export_has_every_amount_and_defuses_formulas(tmp_path: Path) -> None:
    planilla_id, ids = make_planilla(["25000", "1000"])
    save_employee(
        {
            "codigo": "=HYPERLINK(1)",
            "nombres": "+cmd",
            "apellidos": "@x",
            "salario_mensual": "1000",
            "fecha_ingreso": "2020-01-01",
        },
        empleado_id=ids[1],
    )
    run_id = services.create_run(planilla_id, "2024-01-01", "2024-01-31", "tester")
    for e in ids:
        services.calculate_employee(e, planilla_id, "2024-01-01", "2024-01-31")
    out = tmp_path / "run.csv"
    assert export_run_csv(run_id, out) == 2
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    first = next(r for r in rows if r["salario_bruto"] == "25000.00")
    assert (first["inss_laboral"], first["ir"], first["salario_neto"]) == (
        "1750.00",
        "2566.67",
        "20683.33",
    )
    assert first["inss_patronal"] == "5375.00" and first["inatec"] == "500.00"
    odd = next(r for r in rows if r is not first)
    assert odd["codigo"] == "'=HYPERLINK(1)" and odd["nombre"].startswith("'+cmd")
    assert not list(tmp_path.glob("*.tmp"))
    with pytest.raises(services.PayrollInputError):
        export_run_csv("nope", tmp_path / "x.csv")


def test_next_period_follows_the_last_run() -> None:
    from datetime import date

    planilla_id, _ = make_planilla(["1000"], periodicidad="quincenal")
    assert queries.next_period(planilla_id, date(2024, 1, 20)) == (
        date(2024, 1, 16),
        date(2024, 1, 31),
    )
    services.create_run(planilla_id, "2024-01-16", "2024-01-31", "tester")
    assert queries.next_period(planilla_id) == (date(2024, 2, 1), date(2024, 2, 15))


def test_run_rows_since_returns_only_what_changed() -> None:
    from datetime import timedelta

    from coati_desk.payroll.models import utcnow

    planilla_id, ids = make_planilla(["1000", "2000"])
    run_id = services.create_run(planilla_id, "2024-01-01", "2024-01-31", "tester")
    assert len(queries.run_rows(run_id)) == 2
    before = utcnow() - timedelta(milliseconds=1)
    services.calculate_employee(ids[0], planilla_id, "2024-01-01", "2024-01-31")
    changed = queries.run_rows(run_id, since=before)
    assert [r["empleado_id"] for r in changed] == [ids[0]]
    assert changed[0]["estado"] == "completed"
    assert queries.run_rows(run_id, since=utcnow() + timedelta(seconds=1)) == []


def test_the_window_table_reads_only_its_columns_and_says_where_to_ask_next() -> None:
    """The run table's poll: every row by code at first, then only the ones settled after the
    newest settling time it was told (the database's clock, not the window's)."""
    planilla_id, ids = make_planilla(["1000", "2000", "3000"])
    run_id = services.create_run(planilla_id, "2024-01-01", "2024-01-31", "tester")
    rows, newest = queries.table_rows(run_id)
    assert newest is None and [r["estado"] for r in rows] == ["pending"] * 3
    assert list(rows[0]) == list(queries.TABLE_FIELDS)
    assert [r["codigo"] for r in rows] == sorted(r["codigo"] for r in rows)

    services.calculate_employee(ids[1], planilla_id, "2024-01-01", "2024-01-31")
    changed, first = queries.table_rows(run_id, since=datetime(1970, 1, 1))
    row_of = {r["empleado_id"]: r["row_id"] for r in queries.run_rows(run_id)}
    assert [r["row_id"] for r in changed] == [row_of[ids[1]]]
    assert changed[0]["estado"] == "completed" and changed[0]["salario_neto"] > 0
    assert list(changed[0]) == list(queries.CHANGING_FIELDS)  # (not the name: it stays)
    assert first is not None
    assert queries.table_rows(run_id, since=first) == ([], None)

    services.calculate_employee(ids[2], planilla_id, "2024-01-01", "2024-01-31")
    changed, second = queries.table_rows(run_id, since=first)
    assert len(changed) == 1 and second is not None and second > first


def test_an_import_without_the_detail_columns_keeps_what_was_saved() -> None:
    """An office updates salaries with a short CSV: the INSS numbers, bank accounts and opening
    vacation balances it does not name stay as they were."""
    full = (
        b"codigo,nombres,apellidos,salario_mensual,fecha_ingreso,inss_numero,banco,"
        b"cuenta_bancaria,forma_pago,vacaciones_saldo,vacaciones_fecha\n"
        b"K-1,Ana,Ruiz,20000,2020-01-01,12345678,BANPRO,1001,cheque,7.5,2025-12-31\n"
    )
    created = import_employees_csv(full)
    assert created.errors == []
    short = (
        b"codigo,nombres,apellidos,salario_mensual,fecha_ingreso\nK-1,Ana,Ruiz,22000,2020-01-01\n"
    )
    assert import_employees_csv(short, created.planilla_id).errors == []
    (ana,) = [e for e in list_employees() if e["codigo"] == "K-1"]
    assert ana["salario_mensual"] == Decimal("22000.00")
    assert (ana["inss_numero"], ana["banco"], ana["cuenta_bancaria"], ana["forma_pago"]) == (
        "12345678",
        "BANPRO",
        "1001",
        "cheque",
    )
    assert ana["vacaciones_saldo_inicial"] == Decimal("7.50")


def test_the_payslip_address_comes_from_the_csv_checked_line_by_line() -> None:
    bad = (
        b"codigo,nombres,apellidos,salario_mensual,fecha_ingreso,correo\n"
        b"M-1,Ana,Ruiz,20000,2020-01-01,ana.ruiz@coati.test\n"
        b"M-2,Luis,Paz,21000,2020-01-01,luis en la oficina\n"
        b"M-3,Eva,Sol,22000,2020-01-01,\n"
    )
    refused = import_employees_csv(bad)
    assert len(refused.errors) == 1 and "line 3" in refused.errors[0].lower()
    assert "'luis en la oficina' is not an e-mail address" in refused.errors[0]
    assert not [e for e in list_employees() if e["codigo"].startswith("M-")]  # all or nothing

    good = bad.replace(b"luis en la oficina", b" luis.paz@coati.test ")
    assert import_employees_csv(good).errors == []
    by_code = {e["codigo"]: e["correo"] for e in list_employees()}
    assert (by_code["M-1"], by_code["M-2"], by_code["M-3"]) == (
        "ana.ruiz@coati.test",
        "luis.paz@coati.test",
        "",
    )
