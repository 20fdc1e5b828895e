"""What one employee's calculation reads, besides the run and the planilla: their own
perceptions and deductions, salary history, the period's inputs, loans with their balances and
the year-to-date figures. Core statements built once with bound parameters, each looking up by
index (``tests/payroll/test_services.py`` checks the plans), all in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, TypeVar, cast

from sqlalchemy import BindParameter, Connection, Table, bindparam, func, or_, select

from coati_desk.payroll import calculation as calc
from coati_desk.payroll.models import (
    LOCKED_STATES,
    AcumuladoInicial,
    ConceptoEmpleado,
    EstadoFila,
    Nomina,
    NominaEmpleado,
    NominaLinea,
    Novedad,
    Prestamo,
    SalarioEmpleado,
    TipoNomina,
)
from coati_desk.payroll.rules import RuleSet

_CON = cast(Table, ConceptoEmpleado.__table__)
_RUN = cast(Table, Nomina.__table__)
_ROW = cast(Table, NominaEmpleado.__table__)
_LINE = cast(Table, NominaLinea.__table__)
_SAL = cast(Table, SalarioEmpleado.__table__)
_NOV = cast(Table, Novedad.__table__)
_LOAN = cast(Table, Prestamo.__table__)
_OPENING = cast(Table, AcumuladoInicial.__table__)
# Approved or paid runs only (equalities, not IN: one plan for every call, see the index test).
T = TypeVar("T")
_COUNTS_AS_PAID = or_(*(_RUN.c.estado == state for state in LOCKED_STATES))

_EMPS: BindParameter[Any] = bindparam(
    "emps", expanding=True
)  # the employees read at once (a worker's batch)
_CONCEPTOS = (
    select(
        _CON.c.empleado_id,
        _CON.c.codigo,
        _CON.c.descripcion,
        _CON.c.tipo,
        _CON.c.valor,
        _CON.c.porcentaje,
        _CON.c.prioridad,
    )
    .where(_CON.c.empleado_id.in_(_EMPS), _CON.c.activo.is_(True))
    .order_by(_CON.c.id)
)
_SALARIOS = (
    select(_SAL.c.empleado_id, _SAL.c.vigente_desde, _SAL.c.salario_mensual)
    .where(_SAL.c.empleado_id.in_(_EMPS))
    .order_by(_SAL.c.vigente_desde)
)
_NOVEDADES = (
    select(_NOV.c.empleado_id, _NOV.c.tipo, _NOV.c.cantidad, _NOV.c.monto, _NOV.c.descripcion)
    .where(
        _NOV.c.planilla_id == bindparam("pla"),
        _NOV.c.empleado_id.in_(_EMPS),
        _NOV.c.periodo_inicio == bindparam("inicio"),
        _NOV.c.periodo_fin == bindparam("fin"),
    )
    .order_by(_NOV.c.id)
)
# A loan's balance: its amount minus what approved or paid runs (other than this one) deducted.
_REPAID = (
    select(func.coalesce(func.sum(_LINE.c.monto), 0))
    .select_from(
        _LINE.join(_ROW, _ROW.c.id == _LINE.c.fila_id).join(_RUN, _RUN.c.id == _ROW.c.nomina_id)
    )
    .where(_LINE.c.prestamo_id == _LOAN.c.id, _COUNTS_AS_PAID, _RUN.c.id != bindparam("run"))
    .scalar_subquery()
)
_CUOTAS = (
    select(
        _LOAN.c.empleado_id,
        _LOAN.c.id,
        _LOAN.c.descripcion,
        _LOAN.c.cuota,
        (_LOAN.c.monto - _REPAID).label("saldo"),
    )
    .where(
        _LOAN.c.empleado_id.in_(_EMPS),
        _LOAN.c.activo.is_(True),
        _LOAN.c.inicio <= bindparam("fin"),
    )
    .order_by(_LOAN.c.inicio, _LOAN.c.id)
)
_YEAR_TO_DATE = (
    select(
        _ROW.c.empleado_id,
        func.coalesce(
            func.sum(
                _ROW.c.salario_bruto
                - func.coalesce(_ROW.c.renta_ocasional, 0)
                - func.coalesce(_ROW.c.renta_exenta, 0)
            ),
            0,
        ),
        func.coalesce(func.sum(_ROW.c.inss_laboral), 0),
        func.coalesce(func.sum(_ROW.c.ir - func.coalesce(_ROW.c.ir_ocasional, 0)), 0),
        func.count(),
    )
    .select_from(_ROW.join(_RUN, _RUN.c.id == _ROW.c.nomina_id))
    .where(
        _ROW.c.empleado_id.in_(_EMPS),
        _ROW.c.estado == EstadoFila.COMPLETED,
        _COUNTS_AS_PAID,
        # (an aguinaldo is not part of the IR average; a settlement's salary and vacation are)
        _RUN.c.tipo != TipoNomina.AGUINALDO,
        _RUN.c.periodo_fin < bindparam("inicio"),
        _RUN.c.periodo_inicio >= bindparam("year_start"),
    )
    .group_by(_ROW.c.empleado_id)
)
# An aguinaldo on variable pay: the employee's approved monthly pay over the last six months.
_VARIABLE_INPUTS = select(func.count()).where(
    _NOV.c.empleado_id == bindparam("emp"),
    _NOV.c.tipo.in_(bindparam("kinds", expanding=True)),
    _NOV.c.periodo_fin > bindparam("since"),
    _NOV.c.periodo_fin <= bindparam("until"),
)
_RECENT_PAY = (
    select(_RUN.c.periodo_fin, _ROW.c.salario_bruto)
    .select_from(_ROW.join(_RUN, _RUN.c.id == _ROW.c.nomina_id))
    .where(
        _ROW.c.empleado_id == bindparam("emp"),
        _ROW.c.estado == EstadoFila.COMPLETED,
        _COUNTS_AS_PAID,
        _RUN.c.tipo == TipoNomina.ORDINARIA,
        _RUN.c.periodo_fin > bindparam("since"),
        _RUN.c.periodo_fin <= bindparam("until"),
    )
)
_OPENING_YTD = select(
    _OPENING.c.empleado_id, _OPENING.c.bruto, _OPENING.c.inss, _OPENING.c.ir, _OPENING.c.periodos
).where(_OPENING.c.empleado_id.in_(_EMPS), _OPENING.c.anio == bindparam("anio"))


@dataclass(frozen=True)
class EmployeeReads:
    empleado: calc.Empleado
    novedades: tuple[calc.Novedad, ...]
    cuotas: tuple[calc.Cuota, ...]
    ytd: calc.Acumulado


def read_employees(
    conn: Connection,
    empleados: Sequence[Any],
    planilla_id: str,
    inicio: date,
    fin: date,
    run_id: str,
) -> dict[str, EmployeeReads]:
    """What each employee's calculation reads, for many employees of one run at once (a
    worker's batch): one statement per kind of read, whatever their number. By employee id."""
    ids = {"emps": [e.id for e in empleados]}
    conceptos = _by_employee(
        (
            c.empleado_id,
            calc.Concepto(
                c.codigo, c.descripcion, calc.TipoLinea(c.tipo), c.valor, c.porcentaje, c.prioridad
            ),
        )
        for c in conn.execute(_CONCEPTOS, ids)
    )
    salarios = _salaries(conn, ids)
    period = {**ids, "pla": planilla_id, "inicio": inicio, "fin": fin}
    novedades = _by_employee(
        (
            n.empleado_id,
            calc.Novedad(
                calc.TipoNovedad(n.tipo),
                n.cantidad or calc.ZERO,
                n.monto or calc.ZERO,
                n.descripcion,
            ),
        )
        for n in conn.execute(_NOVEDADES, period)
    )
    cuotas = _by_employee(
        (q.empleado_id, calc.Cuota(q.id, q.descripcion, q.cuota, calc.money(Decimal(str(q.saldo)))))
        for q in conn.execute(_CUOTAS, {**ids, "fin": fin, "run": run_id})
        if Decimal(str(q.saldo)) > 0
    )
    ytd = _years_to_date(conn, ids, inicio)
    return {
        e.id: EmployeeReads(
            empleado=calc.Empleado(
                e.salario_mensual,
                e.fecha_ingreso,
                e.fecha_baja,
                conceptos.get(e.id, ()),
                salarios.get(e.id, ()),
            ),
            novedades=novedades.get(e.id, ()),
            cuotas=cuotas.get(e.id, ()),
            ytd=ytd.get(e.id, calc.Acumulado()),
        )
        for e in empleados
    }


def _by_employee(pairs: Iterable[tuple[str, T]]) -> dict[str, tuple[T, ...]]:
    """``(empleado_id, item)`` pairs, in the order read, as each employee's tuple of items."""
    grouped: dict[str, list[T]] = {}
    for empleado_id, item in pairs:
        grouped.setdefault(empleado_id, []).append(item)
    return {k: tuple(v) for k, v in grouped.items()}


def _salaries(conn: Connection, ids: dict[str, list[str]]) -> dict[str, tuple[calc.Salario, ...]]:
    rows = conn.execute(_SALARIOS, ids)
    return _by_employee(
        (s.empleado_id, calc.Salario(s.vigente_desde, s.salario_mensual)) for s in rows
    )


def salary_history_of(conn: Connection, empleado_id: str) -> tuple[calc.Salario, ...]:
    """The employee's salaries by the date each came into force (empty: never changed)."""
    return _salaries(conn, {"emps": [empleado_id]}).get(empleado_id, ())


def _years_to_date(
    conn: Connection, ids: dict[str, list[str]], inicio: date
) -> dict[str, calc.Acumulado]:
    """Each employee's approved earlier periods in the fiscal year (January-December) of
    ``inicio``, plus the opening figures of that year, if any (none: not in the answer)."""
    found: dict[str, tuple[list[Decimal], int]] = {}
    params = {**ids, "inicio": inicio, "year_start": date(inicio.year, 1, 1)}
    for row in conn.execute(_YEAR_TO_DATE, params):
        found[row[0]] = ([Decimal(str(v)) for v in row[1:4]], int(row[4]))
    for opening in conn.execute(_OPENING_YTD, {**ids, "anio": inicio.year}):
        totals, periods = found.get(opening.empleado_id, ([calc.ZERO] * 3, 0))
        totals = [t + Decimal(str(o)) for t, o in zip(totals, opening[1:4], strict=True)]
        found[opening.empleado_id] = (totals, periods + opening.periodos)
    return {
        empleado_id: calc.Acumulado(
            calc.money(totals[0]), calc.money(totals[1]), calc.money(totals[2]), periods
        )
        for empleado_id, (totals, periods) in found.items()
    }


def year_to_date(conn: Connection, empleado_id: str, inicio: date) -> calc.Acumulado:
    """The employee's approved earlier periods in the same fiscal year (January-December), plus
    the opening figures of that year, if any."""
    found = _years_to_date(conn, {"emps": [empleado_id]}, inicio)
    return found.get(empleado_id, calc.Acumulado())


def highest_variable_month(
    conn: Connection, empleado_id: str, until: date, rules: RuleSet
) -> Decimal | None:
    """For an employee paid variably (inputs of the rules' ``pago_variable`` kinds in the six
    months up to ``until``), the highest month of approved pay in those months; None for a
    fixed salary."""
    first = until.year * 12 + until.month - 1 - 5  # the first of the six months, counted
    since = date(first // 12, first % 12 + 1, 1) - timedelta(days=1)
    window = {"emp": empleado_id, "since": since, "until": until}
    kinds = sorted(rules.pago_variable)
    if not kinds or not conn.execute(_VARIABLE_INPUTS, {**window, "kinds": kinds}).scalar():
        return None
    months: dict[tuple[int, int], Decimal] = {}
    for fin, bruto in conn.execute(_RECENT_PAY, window):
        key = (fin.year, fin.month)
        months[key] = months.get(key, Decimal(0)) + Decimal(str(bruto or 0))
    return calc.money(max(months.values())) if months else None
