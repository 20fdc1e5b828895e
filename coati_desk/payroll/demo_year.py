"""Demo data with a year behind it: the demo planilla's monthly runs of the last ten closed
months calculated, approved and paid, with the month's inputs and some vacations taken, and one
employee who left (dismissed; the settlement calculated and approved), so a new user sees at
once an aguinaldo, a vacation balance and a settlement. Last month is left to calculate, with
its inputs entered."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from coati_desk.payroll import approval, services
from coati_desk.payroll.calculation import TipoNovedad
from coati_desk.payroll.db import session
from coati_desk.payroll.demo import _demo_inputs, create_demo_planilla
from coati_desk.payroll.liquidacion import open_settlement
from coati_desk.payroll.models import Empleado, Novedad, TipoNomina, planilla_empleado

MONTHS = 10  # closed months with approved runs


def _month(first: date, back: int) -> tuple[date, date]:
    index = first.year * 12 + first.month - 1 - back
    start = date(index // 12, index % 12 + 1, 1)
    end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return start, end


def create_demo_year(employees: int, seed: int | None = None, today: date | None = None) -> str:
    """The planilla's id. Those hired before the demo year carry the vacation days they had left
    then; each month some of them take a few days."""
    today = today or date.today()
    rng = random.Random(seed)
    last_month = _month(today.replace(day=1), 1)
    # the "current month" of the planilla's inputs is last month: the one to calculate now
    planilla_id = create_demo_planilla(
        employees, seed=seed, today=last_month[0] + timedelta(days=19), office_month=True
    )
    with session() as db:
        people = list(
            db.execute(
                select(Empleado.id, Empleado.fecha_ingreso)
                .join(planilla_empleado, planilla_empleado.c.empleado_id == Empleado.id)
                .where(planilla_empleado.c.planilla_id == planilla_id)
                .order_by(Empleado.codigo)
            )
        )
    opening_day = _month(today.replace(day=1), MONTHS + 2)[1]  # before the first demo month
    with session(write=True) as db:  # what each had left then (the office's own count)
        for empleado_id, hired in people:
            if hired <= opening_day:
                row = db.get(Empleado, empleado_id)
                assert row is not None
                row.vacaciones_saldo_inicial = Decimal(rng.choice((0, 5, 7.5, 10, 15)))
                row.vacaciones_saldo_fecha = opening_day
    for back in range(MONTHS + 1, 1, -1):  # oldest first, up to the month before last
        start, end = _month(today.replace(day=1), back)
        with session(write=True) as db:
            for empleado_id, hired in people:
                inputs = _demo_inputs(rng)
                # vacations for those with a year behind them (their balance covers them)
                if hired < start - timedelta(days=366) and rng.random() < 0.08:
                    inputs.append(
                        {
                            "tipo": TipoNovedad.VACACIONES.value,
                            "cantidad": Decimal(rng.choice((3, 5, 7))),
                            "descripcion": "Vacaciones",
                        }
                    )
                for raw in inputs:
                    db.add(
                        Novedad(
                            planilla_id=planilla_id,
                            empleado_id=empleado_id,
                            periodo_inicio=start,
                            periodo_fin=end,
                            usuario="demo",
                            **raw,
                        )
                    )
        run_id = services.create_run(planilla_id, start, end, "demo")
        for empleado_id in services.run_employees(run_id):
            services.calculate_employee(empleado_id, planilla_id, start, end, "demo")
        try:
            approval.approve_run(run_id, "demo")
            if back > 2:
                approval.pay_run(run_id, "demo")
        except services.PayrollInputError:
            pass  # (a demo employee hired mid-month who fails stays visible as failed)
    leaver = people[len(people) // 2][0] if len(people) > 2 else None
    if leaver is not None:
        with session() as db:
            codigo = db.get(Empleado, leaver).codigo  # type: ignore[union-attr]
        exit_day = _month(today.replace(day=1), 2)[1]  # the end of the last closed month
        run_id, _ = open_settlement(planilla_id, codigo, exit_day, "despido", "demo")
        # (paid to its exit day: nothing pending, a period of that one day)
        services.calculate_employee(
            leaver, planilla_id, exit_day, exit_day, "demo", TipoNomina.LIQUIDACION
        )
        approval.approve_run(run_id, "demo")
    return planilla_id
