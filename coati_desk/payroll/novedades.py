"""The period's inputs (novedades) of a planilla: entered in the window per employee, or
imported from a CSV file (all or nothing, errors by line).

CSV columns: ``codigo, tipo, cantidad, monto, descripcion`` and, optionally, ``fecha`` (the day
overtime was worked: the law's limits are per day and week). ``tipo`` is one of
``horas_extra`` (cantidad: hours), ``ausencia`` (cantidad: days), ``comision``, ``bono``,
``deduccion`` (monto). An import replaces the inputs of the employees it names for that period,
so importing a corrected file again does not count anything twice.

An approved or paid run's inputs cannot change; an employee being calculated cannot either.
After a change, the employees affected are calculated again (``jobs.runs.apply_inputs``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coati_desk.payroll import messages as M
from coati_desk.payroll.calculation import TipoNovedad
from coati_desk.payroll.csv_input import read_csv_rows
from coati_desk.payroll.db import session
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.inputs import parse_decimal, parse_id, parse_period
from coati_desk.payroll.models import (
    Empleado,
    EstadoFila,
    EstadoNomina,
    Nomina,
    NominaEmpleado,
    Novedad,
    planilla_empleado,
)
from coati_desk.payroll.rules import RuleSet, load_rules
from coati_desk.payroll.runs import check_unlocked, find_planilla, live_run

REQUIRED = ("codigo", "tipo", "cantidad", "monto", "descripcion")
COLUMNS = (*REQUIRED, "fecha")


@dataclass
class InputsResult:
    """What a change of inputs did: the live run of the period (None before *Calcular*) and the
    employees whose inputs changed, to be calculated again; warnings (overtime over the legal
    limits) and, for an import, the errors by line (then nothing was saved)."""

    run_id: str | None = None
    empleados: list[str] = field(default_factory=list)
    saved: int = 0
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def validate_input(
    raw: dict[str, Any], inicio: date, fin: date
) -> tuple[dict[str, Any], list[str]]:
    """Clean values of one input (tipo, cantidad, monto, descripcion, fecha) and its problems."""
    errors: list[str] = []
    tipo_text = str(raw.get("tipo") or "").strip().lower()
    try:
        tipo = TipoNovedad(tipo_text)
    except ValueError:
        choices = ", ".join(t.value for t in TipoNovedad)
        return {}, [M.BAD_CHOICE(name="tipo", choices=choices, value=tipo_text)]
    cantidad = parse_decimal(raw.get("cantidad"), "cantidad", errors)
    monto = parse_decimal(raw.get("monto"), "monto", errors)
    if tipo.counted and not cantidad and not errors:
        errors.append(M.INPUT_NEEDS_QUANTITY(tipo=tipo.value))
    if not tipo.counted and not monto and not errors:
        errors.append(M.INPUT_NEEDS_AMOUNT(tipo=tipo.value))
    descripcion = str(raw.get("descripcion") or "").strip()
    if len(descripcion) > 200:
        errors.append(M.FIELD_TOO_LONG(name="descripcion"))
    fecha = None
    fecha_text = str(raw.get("fecha") or "").strip()
    if fecha_text:
        try:
            fecha = date.fromisoformat(fecha_text)
        except ValueError:
            errors.append(M.BAD_FIELD_DATE(name="fecha", value=fecha_text))
        else:
            if not inicio <= fecha <= fin:
                errors.append(M.INPUT_DATE_OUTSIDE(fecha=fecha, inicio=inicio, fin=fin))
    clean = {
        "tipo": tipo.value,
        "cantidad": cantidad if tipo.counted else None,
        "monto": None if tipo.counted else monto,
        "descripcion": descripcion,
        "fecha": fecha,
    }
    return clean, errors


def overtime_warnings(
    codigo: str, inputs: list[dict[str, Any]], inicio: date, fin: date, rules: RuleSet
) -> list[str]:
    """Overtime over the law's limits (accepted: what was worked is paid): a day over
    ``maximo_dia`` or a week over ``maximo_semana`` where the days are given; without days,
    more than ``maximo_semana`` a week on average over the period."""
    hours = [
        (i.get("fecha"), i["cantidad"]) for i in inputs if i["tipo"] == TipoNovedad.HORAS_EXTRA
    ]
    warnings: list[str] = []
    by_day: dict[date, Decimal] = defaultdict(Decimal)
    by_week: dict[date, Decimal] = defaultdict(Decimal)
    undated = Decimal(0)
    for day, amount in hours:
        if day is None:
            undated += amount
        else:
            by_day[day] += amount
            by_week[day - timedelta(days=day.weekday())] += amount
    for day, total in sorted(by_day.items()):
        if total > rules.maximo_horas_extra_dia:
            warnings.append(
                M.OVERTIME_DAY(
                    codigo=codigo, horas=total, fecha=day, max=rules.maximo_horas_extra_dia
                )
            )
    for monday, total in sorted(by_week.items()):
        if total > rules.maximo_horas_extra_semana:
            warnings.append(
                M.OVERTIME_WEEK(
                    codigo=codigo, horas=total, semana=monday, max=rules.maximo_horas_extra_semana
                )
            )
    weeks = Decimal((fin - inicio).days + 1) / 7
    if undated and undated > rules.maximo_horas_extra_semana * weeks:
        warnings.append(
            M.OVERTIME_WEEK(
                codigo=codigo, horas=undated, semana=inicio, max=rules.maximo_horas_extra_semana
            )
        )
    return warnings


def _members(db: Session, planilla_id: str) -> list[Empleado]:
    """The planilla's employees, by code."""
    return list(
        db.scalars(
            select(Empleado)
            .join(planilla_empleado, planilla_empleado.c.empleado_id == Empleado.id)
            .where(planilla_empleado.c.planilla_id == planilla_id)
            .order_by(Empleado.codigo)
        )
    )


def period_inputs(planilla_id: Any, inicio: Any, fin: Any) -> dict[str, Any]:
    """What the inputs editor shows: the planilla's employees, the period's inputs by
    employee, and the period's live run (its id and state, or None before *Calcular*)."""
    with session() as db:
        planilla = find_planilla(db, parse_id(planilla_id, "planilla_id"))
        start, end = parse_period(planilla.periodicidad, inicio, fin)
        employees = [
            {"id": e.id, "codigo": e.codigo, "nombre": e.nombre_completo}
            for e in _members(db, planilla.id)
        ]
        run = live_run(db, planilla.id, start, end)
        nombre = planilla.nombre
        estado = EstadoNomina(run.estado) if run is not None else None
        run_id = run.id if run is not None else None
    inputs: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in list_inputs(planilla_id, start, end):
        inputs[row["empleado_id"]].append(
            {k: row[k] for k in ("tipo", "cantidad", "monto", "descripcion", "fecha")}
        )
    return {
        "planilla": nombre,
        "inicio": start,
        "fin": end,
        "empleados": employees,
        "inputs": dict(inputs),
        "run_id": run_id,
        "estado": estado,
    }


def _open_period(
    db: Session, planilla_id: Any, inicio: Any, fin: Any
) -> tuple[Any, date, date, Nomina | None]:
    planilla = find_planilla(db, parse_id(planilla_id, "planilla_id"))
    start, end = parse_period(planilla.periodicidad, inicio, fin)
    run = live_run(db, planilla.id, start, end)
    if run is not None:
        check_unlocked(run)
    return planilla, start, end, run


def _replace(
    db: Session,
    planilla_id: str,
    inicio: date,
    fin: date,
    run: Nomina | None,
    by_employee: dict[str, list[dict[str, Any]]],
    usuario: str,
) -> InputsResult:
    """Replace the inputs of these employees for the period (refused while one of them is being
    calculated)."""
    empleados = list(by_employee)
    same_period = run is not None and (run.periodo_inicio, run.periodo_fin) == (inicio, fin)
    if run is not None and same_period:
        busy = db.scalar(
            select(NominaEmpleado.id).where(
                NominaEmpleado.nomina_id == run.id,
                NominaEmpleado.empleado_id.in_(empleados),
                NominaEmpleado.estado.in_([EstadoFila.PENDING, EstadoFila.PROCESSING]),
            )
        )
        if busy is not None:
            raise PayrollInputError(M.ALREADY_CALCULATING())
    db.execute(
        delete(Novedad).where(
            Novedad.planilla_id == planilla_id,
            Novedad.periodo_inicio == inicio,
            Novedad.periodo_fin == fin,
            Novedad.empleado_id.in_(empleados),
        )
    )
    saved = 0
    for empleado_id, inputs in by_employee.items():
        for clean in inputs:
            db.add(
                Novedad(
                    planilla_id=planilla_id,
                    empleado_id=empleado_id,
                    periodo_inicio=inicio,
                    periodo_fin=fin,
                    usuario=usuario,
                    **clean,
                )
            )
            saved += 1
    return InputsResult(run.id if same_period and run else None, empleados, saved)


def save_employee_inputs(
    planilla_id: Any,
    inicio: Any,
    fin: Any,
    empleado_id: Any,
    inputs: list[dict[str, Any]],
    usuario: str = "",
) -> InputsResult:
    """Replace one employee's inputs for the period (the window's editor); raises
    PayrollInputError listing every problem."""
    emp_id = parse_id(empleado_id, "empleado_id")
    with session(write=True) as db:
        planilla, start, end, run = _open_period(db, planilla_id, inicio, fin)
        empleado = db.get(Empleado, emp_id)
        if empleado is None or empleado not in planilla.empleados:
            raise PayrollInputError(M.NOT_IN_PLANILLA(empleado=emp_id, planilla=planilla.id))
        clean_inputs, errors = [], []
        for raw in inputs:
            clean, problems = validate_input(raw, start, end)
            clean_inputs.append(clean)
            errors += problems
        if errors:
            raise PayrollInputError("; ".join(errors))
        result = _replace(db, planilla.id, start, end, run, {emp_id: clean_inputs}, usuario)
        result.warnings = overtime_warnings(
            empleado.codigo, clean_inputs, start, end, load_rules(planilla.reglas)
        )
        return result


def import_inputs_csv(
    planilla_id: Any, inicio: Any, fin: Any, source: Path | bytes, usuario: str = ""
) -> InputsResult:
    """Import the period's inputs from a CSV file: every problem is reported by line, and if
    there is any, nothing is saved."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    rows, errors = read_csv_rows(data, REQUIRED, COLUMNS)
    with session(write=True) as db:
        planilla, start, end, run = _open_period(db, planilla_id, inicio, fin)
        members = {e.codigo: e.id for e in _members(db, planilla.id)}
        by_employee: dict[str, list[dict[str, Any]]] = defaultdict(list)
        codes: dict[str, str] = {}
        for row in rows:
            codigo = (row.get("codigo") or "").strip()
            clean, problems = validate_input(row, start, end)
            if codigo not in members:
                problems.insert(0, M.INPUT_UNKNOWN_EMPLOYEE(codigo=codigo))
            errors += [M.CSV_LINE(line=row["__line__"], problem=p) for p in problems]
            if not problems:
                by_employee[members[codigo]].append(clean)
                codes[members[codigo]] = codigo
        if not rows and not errors:
            errors.append(M.CSV_EMPTY())
        if errors:
            return InputsResult(errors=errors)
        result = _replace(db, planilla.id, start, end, run, dict(by_employee), usuario)
        rules = load_rules(planilla.reglas)
        for empleado_id, inputs in by_employee.items():
            result.warnings += overtime_warnings(codes[empleado_id], inputs, start, end, rules)
        return result


def list_inputs(planilla_id: Any, inicio: Any, fin: Any) -> list[dict[str, Any]]:
    """The period's inputs, by employee code then as entered."""
    with session() as db:
        planilla = find_planilla(db, parse_id(planilla_id, "planilla_id"))
        start, end = parse_period(planilla.periodicidad, inicio, fin)
        rows = db.execute(
            select(Novedad, Empleado.codigo, Empleado.nombres, Empleado.apellidos)
            .join(Empleado, Empleado.id == Novedad.empleado_id)
            .where(
                Novedad.planilla_id == planilla.id,
                Novedad.periodo_inicio == start,
                Novedad.periodo_fin == end,
            )
            .order_by(Empleado.codigo, Novedad.id)
        ).all()
        return [
            {
                "empleado_id": n.empleado_id,
                "codigo": codigo,
                "nombre": f"{nombres} {apellidos}",
                "tipo": n.tipo,
                "cantidad": n.cantidad,
                "monto": n.monto,
                "descripcion": n.descripcion,
                "fecha": n.fecha,
            }
            for n, codigo, nombres, apellidos in rows
        ]
