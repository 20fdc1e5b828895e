from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text

from coati_desk.payroll.db import get_engine, reset_engines, session
from coati_desk.payroll.models import Base, ConceptoEmpleado, Empleado, Planilla
from tests.postgres import scratch_database, unreachable_reason


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """One database on this machine's PostgreSQL for the session, made and dropped here."""
    reason = unreachable_reason()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    with scratch_database() as url:
        yield url


@pytest.fixture(autouse=True, params=["sqlite", "postgresql"])
def database(
    request: pytest.FixtureRequest, isolated_env: object, monkeypatch: pytest.MonkeyPatch
) -> str:
    """Every payroll test runs on SQLite (a file of its own) and on PostgreSQL (emptied)."""
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres_database")
        monkeypatch.setenv("COATI_DATABASE_URL", url)
        reset_engines()
        tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        with get_engine(url).begin() as conn:
            conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    return str(request.param)


def make_planilla(
    salaries: list[str],
    periodicidad: str = "mensual",
    planilla_id: str | None = None,
    employee_ids: list[str] | None = None,
    hired: date = date(2020, 1, 1),
) -> tuple[str, list[str]]:
    """A planilla with one employee per salary; returns its id and the employees' ids."""
    with session(write=True) as db:
        planilla = Planilla(nombre="Prueba", periodicidad=periodicidad)
        if planilla_id:
            planilla.id = planilla_id
        db.add(planilla)
        ids = []
        batch = uuid.uuid4().hex[:10]  # codes unique across planillas in one database
        for n, salary in enumerate(salaries):
            empleado = Empleado(
                codigo=f"T-{batch}-{n}",
                nombres=f"Nombre{n}",
                apellidos="Prueba",
                salario_mensual=Decimal(salary),
                fecha_ingreso=hired,
            )
            if employee_ids:
                empleado.id = employee_ids[n]
            db.add(empleado)
            planilla.empleados.append(empleado)
            db.flush()
            ids.append(empleado.id)
        return planilla.id, ids


@pytest.fixture
def planilla() -> Callable[..., tuple[str, list[str]]]:
    return make_planilla


def add_loan(empleado_id: str, amount: str) -> None:
    with session(write=True) as db:
        db.add(
            ConceptoEmpleado(
                empleado_id=empleado_id,
                codigo="PRESTAMO",
                descripcion="Préstamo",
                tipo="deduccion",
                valor=Decimal(amount),
            )
        )
