"""Loans with a balance: an amount repaid by instalments, deducted by each run; only approved
and paid runs lower the balance, which stops at zero (the calculation cuts the last instalment
to what is left, and to what the pay leaves; the rest carries over)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select

from coati_desk.payroll import messages as M
from coati_desk.payroll.db import session
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.inputs import parse_date, parse_decimal, parse_id
from coati_desk.payroll.models import (
    LOCKED_STATES,
    Empleado,
    Nomina,
    NominaEmpleado,
    NominaLinea,
    Prestamo,
)


def add_loan(empleado_id: Any, descripcion: str, monto: Any, cuota: Any, inicio: Any) -> int:
    """A new loan of the employee; its id. Raises PayrollInputError naming every problem."""
    errors: list[str] = []
    amount = parse_decimal(monto, "monto", errors)
    instalment = parse_decimal(cuota, "cuota", errors)
    start = parse_date(inicio, "inicio")
    text = (descripcion or "").strip() or "Préstamo"
    if len(text) > 200:
        errors.append(M.FIELD_TOO_LONG(name="descripcion"))
    if amount is None or instalment is None or not 0 < instalment <= amount:
        errors.append(M.LOAN_INSTALMENT(cuota=cuota, monto=monto))
    if errors:
        raise PayrollInputError("; ".join(errors))
    with session(write=True) as db:
        if db.get(Empleado, parse_id(empleado_id, "empleado_id")) is None:
            raise PayrollInputError(M.EMPLOYEE_NOT_FOUND())
        loan = Prestamo(
            empleado_id=empleado_id, descripcion=text, monto=amount, cuota=instalment, inicio=start
        )
        db.add(loan)
        db.flush()
        return loan.id


def stop_loan(prestamo_id: int) -> None:
    """No more instalments (forgiven, or settled apart); its history stays."""
    with session(write=True) as db:
        loan = db.get(Prestamo, prestamo_id)
        if loan is None:
            raise PayrollInputError(M.LOAN_NOT_FOUND(prestamo=prestamo_id))
        loan.activo = False


def list_loans(empleado_id: str) -> list[dict[str, Any]]:
    """The employee's loans, each with its balance and its history: per approved or paid run,
    the period, the instalment deducted and the balance after it."""
    with session() as db:
        loans = db.scalars(
            select(Prestamo)
            .where(Prestamo.empleado_id == empleado_id)
            .order_by(Prestamo.inicio, Prestamo.id)
        ).all()
        paid = db.execute(
            select(
                NominaLinea.prestamo_id,
                Nomina.id,
                Nomina.periodo_inicio,
                Nomina.periodo_fin,
                Nomina.estado,
                NominaLinea.monto,
            )
            .join(NominaEmpleado, NominaEmpleado.id == NominaLinea.fila_id)
            .join(Nomina, Nomina.id == NominaEmpleado.nomina_id)
            .where(
                NominaLinea.prestamo_id.in_([loan.id for loan in loans]),
                Nomina.estado.in_(LOCKED_STATES),
            )
            .order_by(Nomina.periodo_inicio)
        ).all()
        result = []
        for loan in loans:
            balance = loan.monto
            history = []
            for line in (p for p in paid if p.prestamo_id == loan.id):
                balance -= line.monto
                history.append(
                    {
                        "nomina_id": line.id,
                        "periodo_inicio": line.periodo_inicio,
                        "periodo_fin": line.periodo_fin,
                        "estado": line.estado,
                        "cuota": line.monto,
                        "saldo": balance,
                    }
                )
            result.append(
                {
                    "id": loan.id,
                    "descripcion": loan.descripcion,
                    "monto": loan.monto,
                    "cuota": loan.cuota,
                    "inicio": loan.inicio,
                    "activo": loan.activo,
                    "saldo": max(balance, Decimal("0.00")),
                    "historial": history,
                }
            )
        return result
