"""Vacation balances (Código del Trabajo art. 76): each employee earns ``dias_por_mes`` days per
month worked (2.5: 15 per six months), counted in commercial days from the hire date, or from
an opening balance on a date (an office that starts with the app mid-career); the days taken
are the ``vacaciones`` inputs of approved or paid runs after it. The balance is valued at the
salary in force on the day asked (what an exit would pay for it)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, select

from coati_desk.payroll import calculation as calc
from coati_desk.payroll import messages as M
from coati_desk.payroll.db import session
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.models import (
    LOCKED_STATES,
    Empleado,
    Nomina,
    Novedad,
    SalarioEmpleado,
    TipoNomina,
)
from coati_desk.payroll.rules import load_rules

DAYS = Decimal("0.01")


def _balances(db: Any, empleados: list[Empleado], on: date) -> list[dict[str, Any]]:
    rules = load_rules()
    ids = [e.id for e in empleados]
    taken = db.execute(
        select(Novedad.empleado_id, Nomina.periodo_inicio, Nomina.periodo_fin, Novedad.cantidad)
        .join(
            Nomina,
            and_(
                Nomina.planilla_id == Novedad.planilla_id,
                Nomina.periodo_inicio == Novedad.periodo_inicio,
                Nomina.periodo_fin == Novedad.periodo_fin,
                Nomina.tipo == TipoNomina.ORDINARIA,
                Nomina.estado.in_(LOCKED_STATES),
            ),
        )
        .where(Novedad.empleado_id.in_(ids), Novedad.tipo == calc.TipoNovedad.VACACIONES)
        .order_by(Nomina.periodo_inicio)
    ).all()
    salaries = db.execute(
        select(
            SalarioEmpleado.empleado_id,
            SalarioEmpleado.vigente_desde,
            SalarioEmpleado.salario_mensual,
        )
        .where(SalarioEmpleado.empleado_id.in_(ids))
        .order_by(SalarioEmpleado.vigente_desde)
    ).all()
    result = []
    for e in empleados:
        end = min(on, e.fecha_baja) if e.fecha_baja else on
        opening, since = Decimal("0.00"), e.fecha_ingreso
        if e.vacaciones_saldo_fecha is not None:  # a balance carried in from before the app
            opening = e.vacaciones_saldo_inicial or Decimal("0.00")
            since = e.vacaciones_saldo_fecha + timedelta(days=1)
        months = Decimal(calc.commercial_days(since, end, rules.dias_mes)) / rules.dias_mes
        earned = opening + (
            (months * rules.vacaciones_por_mes).quantize(DAYS) if end >= since else Decimal(0)
        )
        history = [
            {"periodo_inicio": t.periodo_inicio, "periodo_fin": t.periodo_fin, "dias": t.cantidad}
            for t in taken
            if t.empleado_id == e.id and t.periodo_fin >= since
        ]
        used = sum((h["dias"] for h in history), Decimal("0.00"))
        own = tuple(
            calc.Salario(s.vigente_desde, s.salario_mensual)
            for s in salaries
            if s.empleado_id == e.id
        )
        salary = calc.Empleado(
            e.salario_mensual, e.fecha_ingreso, e.fecha_baja, salarios=own
        ).salary_on(end)
        balance = earned - used
        result.append(
            {
                "empleado_id": e.id,
                "codigo": e.codigo,
                "nombre": e.nombre_completo,
                "acumulados": earned,
                "tomados": used,
                "saldo": balance,
                "salario_mensual": salary,
                "valor": calc.money(balance * salary / rules.dias_mes),
                "historial": history,
            }
        )
    return result


def vacation_balance(empleado_id: str, on: date | None = None) -> dict[str, Any]:
    """One employee's days earned, taken (with the periods), left, and what they are worth."""
    with session() as db:
        empleado = db.get(Empleado, empleado_id)
        if empleado is None:
            raise PayrollInputError(M.EMPLOYEE_NOT_FOUND())
        return _balances(db, [empleado], on or date.today())[0]


def vacation_report(on: date | None = None) -> list[dict[str, Any]]:
    """Every active employee's balance and its value at their salary, by code."""
    with session() as db:
        empleados = list(
            db.scalars(select(Empleado).where(Empleado.activo.is_(True)).order_by(Empleado.codigo))
        )
        return _balances(db, empleados, on or date.today())
