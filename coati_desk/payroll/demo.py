"""Demo data: one planilla with N plausible employees, so a new user sees a real run at once.

The planilla belongs to a named demo company; employees have a job title, an INSS number and a
bank account. With ``office_month`` (``coati-desk demo``) the month also has inputs (overtime,
absences, commissions, one-off bonuses) and some employees repay a loan with a balance."""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coati_desk.payroll.calculation import TipoNovedad
from coati_desk.payroll.db import session
from coati_desk.payroll.models import (
    ConceptoEmpleado,
    Empleado,
    Empresa,
    FormaPago,
    Novedad,
    Planilla,
    Prestamo,
    planilla_empleado,
)

DEMO_EMPRESA = {
    "nombre": "Distribuidora El Coatí, S.A.",
    "ruc": "J0310000012345",
    "numero_patronal": "27000451",
    "direccion": "Km 4½ Carretera a Masaya, Managua, Nicaragua",
}
CARGOS = (
    "Auxiliar contable",
    "Bodeguero",
    "Cajera",
    "Conductor",
    "Vendedor de ruta",
    "Asistente administrativa",
    "Ejecutivo de ventas",
    "Recepcionista",
    "Técnico de mantenimiento",
    "Supervisor de bodega",
    "Analista de sistemas",
    "Contador general",
)
DEMO_MAIL_DOMAIN = "distribuidora-coati.example"  # (.example: reserved, never delivered)
BANCOS = ("BANPRO", "LAFISE Bancentro", "BAC Credomatic", "BDF", "Ficohsa", "Avanz")

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


def _demo_address(nombres: str, apellidos: str, n: int) -> str | None:
    """``oscar.castro.12@distribuidora-coati.example`` (a domain that never receives mail); one
    employee in 25 has none, as in an office."""
    if n % 25 == 0:
        return None
    ascii_name = unicodedata.normalize("NFKD", f"{nombres.split()[0]}.{apellidos.split()[0]}")
    local = "".join(c for c in ascii_name.lower() if c.isascii() and (c.isalnum() or c == "."))
    return f"{local}.{n}@{DEMO_MAIL_DOMAIN}"


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
    office_month: bool = False,
) -> str:
    """Make a planilla with ``employees`` demo employees; returns its id.

    About 2 % are hired and 1 % leave during the current month, a tenth repay a loan and a
    fifth earn a bonus, so a run shows prorations, capped loans and perceptions. With
    ``office_month`` the loans have a balance (``Prestamo``) and, for a monthly planilla, the
    current month has inputs: overtime, absences, commissions and one-off bonuses.
    """
    if employees < 1:
        raise ValueError("employees must be at least 1")
    rng = random.Random(seed)
    # details and inputs from their own stream: a seed gives the same salaries as before
    extra = random.Random(None if seed is None else seed + 1_000_003)
    today = today or date.today()
    month_start = today.replace(day=1)
    month_end = (month_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    with session(write=True) as db:
        start = int(db.scalar(select(func.count()).select_from(Empleado)) or 0)
        planilla = Planilla(
            nombre=nombre or f"Planilla de demostración ({employees} empleados)",
            periodicidad=periodicidad,
            empresa_id=_demo_company(db),
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
            nombres = rng.choice(NOMBRES)
            apellidos = f"{rng.choice(APELLIDOS)} {rng.choice(APELLIDOS)}"
            empleado = Empleado(
                codigo=f"E-{n:05d}",
                nombres=nombres,
                apellidos=apellidos,
                identificacion=f"{rng.randint(1, 999):03d}-{rng.randint(10180, 311299):06d}-"
                f"{rng.randint(0, 9999):04d}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXY')}",
                salario_mensual=_salary(rng),
                fecha_ingreso=hired,
                fecha_baja=left,
                cargo=extra.choice(CARGOS),
                inss_numero=f"{extra.randint(10_000_000, 99_999_999)}",
                banco=extra.choice(BANCOS),
                cuenta_bancaria=f"{extra.randint(10**9, 10**10 - 1)}",
                forma_pago=FormaPago.TRANSFERENCIA,
                correo=_demo_address(nombres, apellidos, n),
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
            loans: list[Prestamo] = []
            if rng.random() < 0.1:
                cuota = Decimal(rng.choice((500, 1500, 4000)))
                if office_month:
                    loans.append(
                        Prestamo(
                            descripcion="Préstamo personal",
                            monto=cuota * extra.choice((6, 10, 12)),
                            cuota=cuota,
                            inicio=month_start,
                        )
                    )
                else:
                    empleado.conceptos.append(
                        ConceptoEmpleado(
                            codigo="PRESTAMO",
                            descripcion="Préstamo personal",
                            tipo="deduccion",
                            valor=cuota,
                            prioridad=10,
                        )
                    )
            rows.append((empleado, loans))
        db.add_all(e for e, _ in rows)
        db.flush()
        db.execute(
            planilla_empleado.insert(),
            [{"planilla_id": planilla.id, "empleado_id": e.id} for e, _ in rows],
        )
        for empleado, loans in rows:
            for loan in loans:
                loan.empleado_id = empleado.id
                db.add(loan)
        if office_month and periodicidad == "mensual":
            whole_month = [
                e
                for e, _ in rows
                if e.fecha_ingreso < month_start
                and (e.fecha_baja is None or e.fecha_baja > month_end)
            ]
            for empleado in whole_month:
                for raw in _demo_inputs(extra):
                    db.add(
                        Novedad(
                            planilla_id=planilla.id,
                            empleado_id=empleado.id,
                            periodo_inicio=month_start,
                            periodo_fin=month_end,
                            usuario="demo",
                            **raw,
                        )
                    )
        return planilla.id


def _demo_company(db: Session) -> str:
    """The demo company, made the first time."""
    found = db.scalars(select(Empresa).where(Empresa.nombre == DEMO_EMPRESA["nombre"])).first()
    if found is None:
        found = Empresa(**DEMO_EMPRESA)
        db.add(found)
        db.flush()
    return found.id


def _demo_inputs(rng: random.Random) -> list[dict[str, Any]]:
    """One employee's inputs for the month: a sixth work overtime, one in twenty misses days,
    one in eight earns a commission, one in twenty a one-off bonus."""
    inputs: list[dict[str, Any]] = []
    if rng.random() < 0.16:
        hours = Decimal(rng.choice((2, 4, 5, 6, 8, 10)))
        inputs.append(
            {"tipo": TipoNovedad.HORAS_EXTRA.value, "cantidad": hours, "descripcion": "Inventario"}
        )
    if rng.random() < 0.05:
        days = Decimal(rng.choice((1, 2)))
        inputs.append(
            {
                "tipo": TipoNovedad.AUSENCIA.value,
                "cantidad": days,
                "descripcion": "Permiso sin goce",
            }
        )
    if rng.random() < 0.125:
        amount = Decimal(rng.randint(10, 60) * 50)
        inputs.append(
            {
                "tipo": TipoNovedad.COMISION.value,
                "monto": amount,
                "descripcion": "Comisión por ventas",
            }
        )
    if rng.random() < 0.05:
        amount = Decimal(rng.choice((1000, 1500, 2500)))
        inputs.append(
            {"tipo": TipoNovedad.BONO.value, "monto": amount, "descripcion": "Bono por desempeño"}
        )
    return inputs
