from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from coati_desk.payroll.db import session
from coati_desk.payroll.models import ConceptoEmpleado, Empleado, Planilla


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
        for n, salary in enumerate(salaries):
            empleado = Empleado(
                codigo=f"T-{planilla.nombre}-{id(planilla)}-{n}",
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
