"""Which run and row an employee's task belongs to, and whether it can run: the employee, the
planilla and its rules, the period, the live run of that kind with the employee's row. For one
task or for a worker's batch (one statement of each kind for all its employees), in the
caller's read transaction. Core statements built once with bound parameters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import Connection, Table, and_, bindparam, or_, select

from coati_desk.payroll import messages as M
from coati_desk.payroll.amounts import RESULT_FIELDS
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.inputs import parse_period
from coati_desk.payroll.models import (
    Empleado,
    EstadoNomina,
    Nomina,
    NominaEmpleado,
    Planilla,
    TipoNomina,
    planilla_empleado,
)
from coati_desk.payroll.rules import RulesError, RuleSet, load_rules
from coati_desk.payroll.runs import overlap_error

_EMP = cast(Table, Empleado.__table__)
_PLA = cast(Table, Planilla.__table__)
_RUN = cast(Table, Nomina.__table__)
_ROW = cast(Table, NominaEmpleado.__table__)

FIND_EMPLEADO = select(
    _EMP.c.id,
    _EMP.c.codigo,
    _EMP.c.activo,
    _EMP.c.salario_mensual,
    _EMP.c.fecha_ingreso,
    _EMP.c.fecha_baja,
    _EMP.c.motivo_baja,
    select(planilla_empleado.c.empleado_id)
    .where(
        planilla_empleado.c.planilla_id == bindparam("pla"),
        planilla_empleado.c.empleado_id == _EMP.c.id,
    )
    .exists()
    .label("miembro"),
).where(_EMP.c.id.in_(bindparam("emps", expanding=True)))
FIND_PLANILLA = select(_PLA.c.periodicidad, _PLA.c.reglas).where(_PLA.c.id == bindparam("pla"))
FIND_RUN = (
    select(
        _RUN.c.id,
        _RUN.c.estado,
        _RUN.c.periodo_inicio,
        _RUN.c.periodo_fin,
        _RUN.c.total_empleados,
        _RUN.c.trabajadores_empresa,
        _ROW.c.id.label("row_id"),
        _ROW.c.empleado_id.label("row_empleado_id"),
        _ROW.c.estado.label("row_estado"),
        _ROW.c.error,
        *(_ROW.c[name] for name in RESULT_FIELDS),
    )
    .select_from(
        _RUN.outerjoin(
            _ROW,
            and_(
                _ROW.c.nomina_id == _RUN.c.id,
                _ROW.c.empleado_id.in_(bindparam("emps", expanding=True)),
            ),
        )
    )
    .where(
        _RUN.c.planilla_id == bindparam("pla"),
        _RUN.c.tipo == bindparam("tipo"),
        # (a final settlement is one employee's run: found for one employee at a time)
        or_(
            _RUN.c.empleado_id.is_(None), _RUN.c.empleado_id.in_(bindparam("emps", expanding=True))
        ),
        _RUN.c.estado != EstadoNomina.CANCELADA,
        _RUN.c.periodo_inicio <= bindparam("fin"),
        _RUN.c.periodo_fin >= bindparam("inicio"),
    )
)
# Updates of a row take its new column values as parameters, beside ``row_id``.


@dataclass
class Found:
    """What the database says about one employee's task, read in one transaction."""

    empleado_id: str
    empleado: Any  # the FIND_EMPLEADO row
    planilla_id: str
    periodicidad: str
    inicio: date
    fin: date
    problem: str | None  # why this employee cannot be calculated, if so
    rules: RuleSet | None
    run: Any  # the live run joined with the employee's row (None: no run, or no row yet)
    tipo: str


def find(
    conn: Connection, emp_id: str, pla_id: str, inicio_raw: Any, fin_raw: Any, tipo: str
) -> Found:
    found = find_many(conn, [emp_id], pla_id, inicio_raw, fin_raw, tipo)[emp_id]
    if isinstance(found, PayrollInputError):
        raise found
    return found


def find_many(
    conn: Connection, emp_ids: Sequence[str], pla_id: str, inicio_raw: Any, fin_raw: Any, tipo: str
) -> dict[str, Found | PayrollInputError]:
    """What the database says about each employee's task in one planilla and period (a batch:
    one statement of each kind for all of them), or why the task cannot run, by employee id."""
    if tipo == TipoNomina.LIQUIDACION and len(emp_ids) > 1:  # each settlement is its own run
        return {
            emp: found
            for emp in emp_ids
            for found in find_many(conn, [emp], pla_id, inicio_raw, fin_raw, tipo).values()
        }
    ids = {"emps": list(emp_ids), "pla": pla_id}
    empleados = {e.id: e for e in conn.execute(FIND_EMPLEADO, ids)}
    answers: dict[str, Found | PayrollInputError] = {
        emp: PayrollInputError(M.EMPLOYEE_NOT_FOUND()) for emp in emp_ids if emp not in empleados
    }  # (checked first, as the seed does)
    if not empleados:
        return answers
    try:
        planilla = conn.execute(FIND_PLANILLA, ids).first()
        if planilla is None:
            raise PayrollInputError(M.PLANILLA_NOT_FOUND())
        inicio, fin = parse_period(planilla.periodicidad, inicio_raw, fin_raw, tipo)
        found_rows = conn.execute(
            FIND_RUN, {**ids, "emps": list(empleados), "inicio": inicio, "fin": fin, "tipo": tipo}
        ).all()
        run = found_rows[0] if found_rows else None
        if run is not None and (run.periodo_inicio, run.periodo_fin) != (inicio, fin):
            raise overlap_error(pla_id, run)
    except PayrollInputError as exc:
        return {**answers, **{emp: exc for emp in empleados}}
    rows = {r.row_empleado_id: r for r in found_rows if r.id == run.id} if run else {}
    rules, rules_problem = None, None
    for emp_id, empleado in empleados.items():
        problem = None
        if not empleado.miembro:
            problem = M.NOT_IN_PLANILLA(empleado=emp_id, planilla=pla_id)
        elif tipo == TipoNomina.LIQUIDACION and (
            empleado.fecha_baja != fin or not empleado.motivo_baja
        ):
            problem = M.SETTLEMENT_EXIT_CHANGED(fin=fin)
        elif not empleado.activo:
            problem = M.INACTIVE(empleado=emp_id, codigo=empleado.codigo)
        elif rules is None and rules_problem is None:
            try:
                rules = load_rules(planilla.reglas)
            except RulesError as exc:
                rules_problem = str(exc)
        problem = problem or rules_problem
        answers[emp_id] = Found(
            emp_id,
            empleado,
            pla_id,
            planilla.periodicidad,
            inicio,
            fin,
            problem,
            rules if problem is None else None,
            rows.get(emp_id),
            tipo,
        )
    return answers
