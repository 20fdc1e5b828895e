"""Demo data: one planilla with N plausible employees, so a new user sees a real run at once."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from coati_desk.payroll.db import session
from coati_desk.payroll.models import ConceptoEmpleado, Empleado, Planilla, planilla_empleado

NOMBRES = (
    "María",
    "José",
    "Ana",
    "Carlos",
    "Lucía",
    "Juan",
    "Sofía",
    "Luis",
    "Carmen",
    "Jorge",
    "Rosa",
    "Miguel",
    "Elena",
    "Pedro",
    "Isabel",
    "Francisco",
    "Patricia",
    "Roberto",
    "Marta",
    "Andrés",
    "Gabriela",
    "Fernando",
    "Daniela",
    "Ricardo",
    "Valeria",
    "Óscar",
    "Claudia",
    "Ernesto",
    "Mariela",
    "Héctor",
    "Yolanda",
    "Álvaro",
    "Karla",
    "Sergio",
    "Ruth",
    "Julio",
)
APELLIDOS = (
    "García",
    "Martínez",
    "López",
    "Hernández",
    "González",
    "Pérez",
    "Rodríguez",
    "Sánchez",
    "Ramírez",
    "Cruz",
    "Flores",
    "Gómez",
    "Morales",
    "Vásquez",
    "Reyes",
    "Jiménez",
    "Torres",
    "Díaz",
    "Rivera",
    "Mendoza",
    "Castillo",
    "Ortiz",
    "Rocha",
    "Espinoza",
    "Úbeda",
    "Chamorro",
    "Membreño",
    "Obando",
    "Zelaya",
    "Aguirre",
    "Castro",
    "Solórzano",
    "Lacayo",
    "Arana",
)


def _salary(rng: random.Random) -> Decimal:
    """Most salaries between 9,000 and 40,000 a month, a few managers far above."""
    base = rng.lognormvariate(9.9, 0.45)
    return Decimal(int(min(max(base, 9000), 250000) / 50) * 50).quantize(Decimal("0.01"))


def create_demo_planilla(
    employees: int,
    periodicidad: str = "mensual",
    nombre: str | None = None,
    seed: int | None = None,
    today: date | None = None,
) -> str:
    """Make a planilla with ``employees`` demo employees; returns its id.

    About 2 % are hired and 1 % leave during the current month, a tenth repay a loan and a
    fifth earn a bonus, so a run shows prorations, capped loans and perceptions.
    """
    if employees < 1:
        raise ValueError("employees must be at least 1")
    rng = random.Random(seed)
    today = today or date.today()
    month_start = today.replace(day=1)
    with session(write=True) as db:
        start = int(db.scalar(select(func.count()).select_from(Empleado)) or 0)
        planilla = Planilla(
            nombre=nombre or f"Planilla de demostración ({employees} empleados)",
            periodicidad=periodicidad,
        )
        db.add(planilla)
        db.flush()
        rows = []
        for n in range(start + 1, start + employees + 1):
            hired = today - timedelta(days=rng.randint(40, 365 * 12))
            left = None
            roll = rng.random()
            if roll < 0.02:
                hired = month_start + timedelta(days=rng.randint(1, 12))
            elif roll < 0.03:
                left = month_start + timedelta(days=rng.randint(5, 20))
            empleado = Empleado(
                codigo=f"E-{n:05d}",
                nombres=f"{rng.choice(NOMBRES)}",
                apellidos=f"{rng.choice(APELLIDOS)} {rng.choice(APELLIDOS)}",
                identificacion=f"{rng.randint(1, 999):03d}-{rng.randint(10180, 311299):06d}-"
                f"{rng.randint(0, 9999):04d}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXY')}",
                salario_mensual=_salary(rng),
                fecha_ingreso=hired,
                fecha_baja=left,
            )
            if rng.random() < 0.2:
                empleado.conceptos.append(
                    ConceptoEmpleado(
                        codigo="BONO",
                        descripcion="Bono de productividad",
                        tipo="percepcion",
                        valor=Decimal(rng.choice((5, 10))),
                        porcentaje=True,
                    )
                )
            if rng.random() < 0.1:
                empleado.conceptos.append(
                    ConceptoEmpleado(
                        codigo="PRESTAMO",
                        descripcion="Préstamo personal",
                        tipo="deduccion",
                        valor=Decimal(rng.choice((500, 1500, 4000))),
                        prioridad=10,
                    )
                )
            rows.append(empleado)
        db.add_all(rows)
        db.flush()
        db.execute(
            planilla_empleado.insert(),
            [{"planilla_id": planilla.id, "empleado_id": e.id} for e in rows],
        )
        return planilla.id
