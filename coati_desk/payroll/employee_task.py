"""One employee of a run: the per-employee task's hot path, from its input to the stored result.

The queue is not imported here: a task of the app's calls :func:`calculate_employee`. Every
write that makes a result is one short transaction that writes the employee's row, its detail
lines and the run's counters together, guarded by a compare-and-set on the row's state: however
often a task runs, the row is written once and the run counts it once.

One read transaction (what the employee's calculation reads is
:mod:`coati_desk.payroll.employee_reads`), then one write. A row is not marked "processing" in
between (a third transaction, for a state that lasts about a millisecond): the queue's journal
says which tasks are running, and a dead worker's task is given back by the queue. The
statements are Core, built once with bound parameters: building ORM queries per call cost about
five times what the rest of a task costs (profiled with py-spy; see benchmarks/README.md).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Connection, Table, and_, bindparam, delete, func, insert, or_, select, update

from coati_desk.payroll import calculation as calc
from coati_desk.payroll import messages as M
from coati_desk.payroll.aguinaldo import calculate_aguinaldo
from coati_desk.payroll.amounts import RESULT_FIELDS
from coati_desk.payroll.db import connect, session
from coati_desk.payroll.employee_reads import (
    EmployeeReads,
    highest_variable_month,
    read_employees,
)
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.inputs import parse_id, parse_period
from coati_desk.payroll.liquidacion import calculate_settlement, pending_from
from coati_desk.payroll.models import (
    Empleado,
    EstadoFila,
    EstadoNomina,
    MotivoBaja,
    Nomina,
    NominaEmpleado,
    NominaLinea,
    Planilla,
    TipoNomina,
    planilla_empleado,
    utcnow,
)
from coati_desk.payroll.rules import RulesError, RuleSet, load_rules
from coati_desk.payroll.runs import find_planilla, overlap_error, rowcount, run_for
from coati_desk.payroll.vacaciones import vacation_balance

log = logging.getLogger("coati_desk.payroll")

_EMP = cast(Table, Empleado.__table__)
_PLA = cast(Table, Planilla.__table__)
_RUN = cast(Table, Nomina.__table__)
_ROW = cast(Table, NominaEmpleado.__table__)
_LINE = cast(Table, NominaLinea.__table__)
_ROW_IS_OPEN = or_(_ROW.c.estado == EstadoFila.PENDING, _ROW.c.estado == EstadoFila.PROCESSING)
_ROW_ID = _ROW.c.id == bindparam("row_id")
_FIND_EMPLEADO = select(
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
).where(_EMP.c.id == bindparam("emp"))
_FIND_PLANILLA = select(_PLA.c.periodicidad, _PLA.c.reglas).where(_PLA.c.id == bindparam("pla"))
_FIND_RUN = (
    select(
        _RUN.c.id,
        _RUN.c.estado,
        _RUN.c.periodo_inicio,
        _RUN.c.periodo_fin,
        _RUN.c.total_empleados,
        _RUN.c.trabajadores_empresa,
        _ROW.c.id.label("row_id"),
        _ROW.c.estado.label("row_estado"),
        _ROW.c.error,
        *(_ROW.c[name] for name in RESULT_FIELDS),
    )
    .select_from(
        _RUN.outerjoin(
            _ROW, and_(_ROW.c.nomina_id == _RUN.c.id, _ROW.c.empleado_id == bindparam("emp"))
        )
    )
    .where(
        _RUN.c.planilla_id == bindparam("pla"),
        _RUN.c.tipo == bindparam("tipo"),
        # (a final settlement is one employee's run)
        or_(_RUN.c.empleado_id.is_(None), _RUN.c.empleado_id == bindparam("emp")),
        _RUN.c.estado != EstadoNomina.CANCELADA,
        _RUN.c.periodo_inicio <= bindparam("fin"),
        _RUN.c.periodo_fin >= bindparam("inicio"),
    )
)
# Updates of a row take its new column values as parameters, beside ``row_id``.
_SETTLE_ROW = update(_ROW).where(_ROW_ID, _ROW_IS_OPEN).values(intentos=_ROW.c.intentos + 1)
_FAILED_AGAIN = update(_ROW).where(_ROW_ID, _ROW.c.estado == EstadoFila.FAILED)
_ROW_OUTCOME = select(
    _ROW.c.estado.label("row_estado"),
    _ROW.c.error,
    _ROW.c.nomina_id.label("id"),
    *(_ROW.c[name] for name in RESULT_FIELDS),
).where(_ROW_ID)
_DELETE_LINES = delete(_LINE).where(_LINE.c.fila_id == bindparam("row_id"))
_INSERT_LINES = insert(_LINE)
_RUN_ID = _RUN.c.id == bindparam("run_id")
_PROGRESS = (
    _RUN.c.estado,
    _RUN.c.total_empleados,
    _RUN.c.completados,
    _RUN.c.fallidos,
    _RUN.c.cancelados,
)
_COUNT_COMPLETED = (
    update(_RUN)
    .where(_RUN_ID)
    .values(
        completados=_RUN.c.completados + 1,
        total_bruto=_RUN.c.total_bruto + bindparam("bruto", type_=_RUN.c.total_bruto.type),
        total_deducciones=_RUN.c.total_deducciones
        + bindparam("deducciones", type_=_RUN.c.total_deducciones.type),
        total_neto=_RUN.c.total_neto + bindparam("neto", type_=_RUN.c.total_neto.type),
        total_aportes=_RUN.c.total_aportes + bindparam("aportes", type_=_RUN.c.total_aportes.type),
    )
    .returning(*_PROGRESS)
)
_COUNT_FAILED = (
    update(_RUN).where(_RUN_ID).values(fallidos=_RUN.c.fallidos + 1).returning(*_PROGRESS)
)
_RUN_SUMS = select(
    func.coalesce(func.sum(_ROW.c.salario_bruto), 0),
    func.coalesce(func.sum(_ROW.c.total_deducciones), 0),
    func.coalesce(func.sum(_ROW.c.salario_neto), 0),
    func.coalesce(func.sum(_ROW.c.inss_patronal + _ROW.c.inatec), 0),
).where(_ROW.c.nomina_id == bindparam("run_id"), _ROW.c.estado == EstadoFila.COMPLETED)
_SETTLE_RUN = update(_RUN).where(_RUN_ID)


@dataclass
class _Found:
    """What the database says about one employee's task, read in one transaction."""

    empleado_id: str
    empleado: Any  # the _FIND_EMPLEADO row
    planilla_id: str
    periodicidad: str
    inicio: date
    fin: date
    problem: str | None  # why this employee cannot be calculated, if so
    rules: RuleSet | None
    run: Any  # the live run joined with the employee's row (None: no run yet)
    tipo: str


@dataclass
class _Job:
    run_id: str
    row_id: int
    empleado_id: str
    empleado: calc.Empleado
    periodicidad: calc.Periodicidad
    rules: RuleSet
    ytd: calc.Acumulado
    grande: bool
    inicio: date
    fin: date
    novedades: tuple[calc.Novedad, ...]
    cuotas: tuple[calc.Cuota, ...]
    tipo: str
    highest_month: Decimal | None  # an aguinaldo on variable pay: the best of the last six
    # a settlement's exit reason, first day of pay owed, and vacation days left
    settlement: tuple[MotivoBaja, date, Decimal] | None
    started: datetime
    recalculated: bool  # the row holds an earlier result (and its lines)


def _failure(message: str, empleado_id: Any) -> dict[str, Any]:
    return {"success": False, "error": message, "empleado_id": empleado_id}


def calculate_employee(
    empleado_id: Any,
    planilla_id: Any,
    periodo_inicio: Any,
    periodo_fin: Any,
    usuario: str = "",
    tipo: str = TipoNomina.ORDINARIA,
) -> dict[str, Any]:
    """Calculate one employee in the run for that planilla and period (made if missing); with
    ``tipo`` aguinaldo, their aguinaldo in that year's aguinaldo run.

    Bad input returns ``{"success": False, "error": ...}`` and marks the row failed when there
    is one; database faults raise, so the queue retries them.
    """
    try:
        job = _prepare(empleado_id, planilla_id, periodo_inicio, periodo_fin, usuario, tipo)
    except PayrollInputError as exc:
        return _failure(str(exc), empleado_id)
    if isinstance(job, dict):
        return job  # settled already (done, failed or cancelled)
    try:
        result = _compute(job)
    except calc.CalculationError as exc:
        with connect(write=True) as conn:
            _fail_row(conn, job.run_id, job.row_id, str(exc))
        return _failure(str(exc), job.empleado_id)
    with connect(write=True) as conn:
        return _write_result(conn, job, result)


def _compute(job: _Job) -> calc.Resultado:
    """The pure calculation of the job's kind: a period's pay, an aguinaldo, a settlement."""
    if job.tipo == TipoNomina.AGUINALDO:
        return calculate_aguinaldo(job.empleado, job.fin.year, job.rules, job.highest_month)
    if job.settlement is not None:
        motivo, desde, vacation_days = job.settlement
        return calculate_settlement(
            job.empleado,
            desde,
            job.fin,
            motivo,
            vacation_days,
            job.ytd,
            job.periodicidad,
            job.rules,
            job.grande,
        )
    return calc.calculate(
        job.empleado,
        job.inicio,
        job.fin,
        job.periodicidad,
        job.rules,
        job.ytd,
        job.grande,
        job.novedades,
        job.cuotas,
    )


def _prepare(
    empleado_id: Any, planilla_id: Any, inicio_raw: Any, fin_raw: Any, usuario: str, tipo: str
) -> _Job | dict[str, Any]:
    emp_id = parse_id(empleado_id, "empleado_id")
    pla_id = parse_id(planilla_id, "planilla_id")
    for _ in range(2):  # again after making the row
        job = None
        with connect() as conn:
            found = _find(conn, emp_id, pla_id, inicio_raw, fin_raw, tipo)
            run = found.run
            has_row = run is not None and run.row_id is not None
            settled = _settled(run, emp_id) if has_row else None
            if has_row and settled is None and found.problem is None:
                job = _job(conn, found)
        if has_row:
            if settled is not None:
                return settled
            if found.problem is not None:
                with connect(write=True) as conn:
                    _fail_row(conn, run.id, run.row_id, found.problem)
                return _failure(found.problem, emp_id)
            assert job is not None
            return job
        _open_row(found, usuario)  # sent directly rather than by start_run
    raise RuntimeError(f"Employee {emp_id}: the row made for this task is missing")


def _find(
    conn: Connection, emp_id: str, pla_id: str, inicio_raw: Any, fin_raw: Any, tipo: str
) -> _Found:
    ids = {"emp": emp_id, "pla": pla_id}
    empleado = conn.execute(_FIND_EMPLEADO, ids).first()
    if empleado is None:  # checked first, as the seed does
        raise PayrollInputError(M.EMPLOYEE_NOT_FOUND())
    planilla = conn.execute(_FIND_PLANILLA, ids).first()
    if planilla is None:
        raise PayrollInputError(M.PLANILLA_NOT_FOUND())
    inicio, fin = parse_period(planilla.periodicidad, inicio_raw, fin_raw, tipo)
    run = conn.execute(_FIND_RUN, {**ids, "inicio": inicio, "fin": fin, "tipo": tipo}).first()
    if run is not None and (run.periodo_inicio, run.periodo_fin) != (inicio, fin):
        raise overlap_error(pla_id, run)
    problem, rules = None, None
    if not empleado.miembro:
        problem = M.NOT_IN_PLANILLA(empleado=emp_id, planilla=pla_id)
    elif tipo == TipoNomina.LIQUIDACION and (
        empleado.fecha_baja != fin or not empleado.motivo_baja
    ):
        problem = M.SETTLEMENT_EXIT_CHANGED(fin=fin)
    elif not empleado.activo:
        problem = M.INACTIVE(empleado=emp_id, codigo=empleado.codigo)
    else:
        try:
            rules = load_rules(planilla.reglas)
        except RulesError as exc:
            problem = str(exc)
    return _Found(
        emp_id, empleado, pla_id, planilla.periodicidad, inicio, fin, problem, rules, run, tipo
    )


def _settled(run: Any, emp_id: str) -> dict[str, Any] | None:
    """The answer for a row that is final already; None while it still needs calculating."""
    if run.row_estado == EstadoFila.COMPLETED:
        return _result_of(run._mapping, emp_id, run.id)
    if run.row_estado == EstadoFila.FAILED:
        # Final until "retry failed" reopens it: a stale duplicate task must not run it
        # again (the run already counts it as failed).
        return _failure(run.error or M.FAILED(), emp_id)
    if run.row_estado == EstadoFila.CANCELLED:
        return _failure(M.ROW_CANCELLED(run=run.id), emp_id)
    return None


def _open_row(found: _Found, usuario: str) -> None:
    """Make the run and the employee's row for a task that came without them."""
    empleado_id = found.empleado_id
    if found.tipo == TipoNomina.LIQUIDACION:  # made with the employee's exit, never by a task
        raise PayrollInputError(M.SETTLEMENT_NOT_FOUND(fin=found.fin))
    with session(write=True) as db:
        planilla = find_planilla(db, found.planilla_id)
        run = run_for(db, planilla, found.inicio, found.fin, usuario, True, found.tipo)
        row_id = db.scalar(
            select(NominaEmpleado.id).where(
                NominaEmpleado.nomina_id == run.id,
                NominaEmpleado.empleado_id == empleado_id,
            )
        )
        if row_id is None:
            if found.problem:
                raise PayrollInputError(found.problem)  # and no run is made for it
            db.add(
                NominaEmpleado(nomina_id=run.id, empleado_id=empleado_id, estado=EstadoFila.PENDING)
            )
            run.total_empleados += 1


def _job(conn: Connection, found: _Found) -> _Job:
    return _jobs(conn, [found])[0]


def _jobs(conn: Connection, founds: Sequence[_Found]) -> list[_Job]:
    """The jobs of employees whose rows are open (``found.run`` has their row), with what each
    calculation reads: one read of each kind per run, however many employees (a batch)."""
    reads: dict[tuple[str, int], EmployeeReads] = {}
    by_run: dict[str, list[_Found]] = {}
    for found in founds:
        by_run.setdefault(found.run.id, []).append(found)
    for run_id, same in by_run.items():
        first = same[0]
        found_reads = read_employees(
            conn, [f.empleado for f in same], first.planilla_id, first.inicio, first.fin, run_id
        )
        for found in same:
            reads[(run_id, found.run.row_id)] = found_reads[found.empleado_id]
    return [_make_job(conn, found, reads[(found.run.id, found.run.row_id)]) for found in founds]


def _make_job(conn: Connection, found: _Found, read: EmployeeReads) -> _Job:
    assert found.rules is not None
    run = found.run
    # The employer's size: the company's workers when the run was made (older runs: the run's).
    size = run.trabajadores_empresa if run.trabajadores_empresa is not None else run.total_empleados
    return _Job(
        run_id=run.id,
        row_id=run.row_id,
        empleado_id=found.empleado_id,
        empleado=read.empleado,
        periodicidad=calc.Periodicidad(found.periodicidad),
        rules=found.rules,
        ytd=read.ytd,
        grande=size >= found.rules.umbral_empleador_grande,
        inicio=found.inicio,
        fin=found.fin,
        novedades=read.novedades,
        cuotas=read.cuotas,
        tipo=found.tipo,
        highest_month=(
            highest_variable_month(conn, found.empleado_id, found.fin, found.rules)
            if found.tipo == TipoNomina.AGUINALDO
            else None
        ),
        settlement=(
            (
                MotivoBaja(found.empleado.motivo_baja),
                pending_from(conn, found.empleado_id, found.empleado.fecha_ingreso, found.fin),
                vacation_balance(found.empleado_id, found.fin)["saldo"],
            )
            if found.tipo == TipoNomina.LIQUIDACION
            else None
        ),
        started=utcnow(),
        recalculated=run.salario_bruto is not None,
    )


def _write_result(conn: Connection, job: _Job, result: calc.Resultado) -> dict[str, Any]:
    """Write the result once, in the caller's write transaction: row, lines and run counters
    (a batch writes many this way in one transaction)."""
    amounts = {name: getattr(result, name) for name in RESULT_FIELDS}
    row_values = {
        "row_id": job.row_id,
        "estado": EstadoFila.COMPLETED,
        "dias_trabajados": result.dias_trabajados,
        "salario_base": result.salario_base,
        "iniciado_en": job.started,
        "error": None,
        "lease_until": None,
        "finalizado_en": utcnow(),
        "renta_ocasional": result.renta_ocasional,
        "ir_ocasional": result.ir_ocasional,
        "renta_exenta": result.renta_exenta,
        **amounts,
    }
    lines = [
        {
            "fila_id": job.row_id,
            "orden": i,
            "tipo": line.tipo.value,
            "codigo": line.codigo,
            "descripcion": line.descripcion[:200],
            "monto": line.monto,
            "prestamo_id": line.prestamo_id,
        }
        for i, line in enumerate(result.lineas)
    ]
    totals = {
        "run_id": job.run_id,
        "bruto": result.salario_bruto,
        "deducciones": result.total_deducciones,
        "neto": result.salario_neto,
        "aportes": result.aportes_patronales,
    }
    if rowcount(conn.execute(_SETTLE_ROW, row_values)):
        if job.recalculated:
            conn.execute(_DELETE_LINES, {"row_id": job.row_id})  # the earlier result's
        if lines:
            conn.execute(_INSERT_LINES, lines)
        _finish_if_done(conn, job.run_id, conn.execute(_COUNT_COMPLETED, totals).one())
        return _result_of(amounts, job.empleado_id, job.run_id)
    # Another copy of the task settled the row first: answer what it wrote.
    row = conn.execute(_ROW_OUTCOME, {"row_id": job.row_id}).one()
    return _settled(row, job.empleado_id) or _failure(M.NOT_CALCULATED(), job.empleado_id)


def _fail_row(conn: Connection, run_id: str, row_id: int, message: str) -> None:
    """Mark the row failed and count it (once); a row failed already gets the new message."""
    failed = conn.execute(
        _SETTLE_ROW,
        {
            "row_id": row_id,
            "estado": EstadoFila.FAILED,
            "error": message,
            "lease_until": None,
            "finalizado_en": utcnow(),
        },
    )
    if rowcount(failed):
        _finish_if_done(conn, run_id, conn.execute(_COUNT_FAILED, {"run_id": run_id}).one())
    else:
        conn.execute(_FAILED_AGAIN, {"row_id": row_id, "error": message})


def _finish_if_done(conn: Connection, run_id: str, run: Any) -> None:
    """When every row is final (``run``: its counters, just updated), the run is calculada (or
    con errores), with totals summed from the rows."""
    if run.estado == EstadoNomina.CANCELADA:
        return
    if run.completados + run.fallidos + run.cancelados < run.total_empleados:
        return
    sums = conn.execute(_RUN_SUMS, {"run_id": run_id}).one()
    bruto, deducciones, neto, aportes = (calc.money(Decimal(str(v))) for v in sums)
    estado = EstadoNomina.CALCULADA_CON_ERRORES if run.fallidos else EstadoNomina.CALCULADA
    conn.execute(
        _SETTLE_RUN,
        {
            "run_id": run_id,
            "total_bruto": bruto,
            "total_deducciones": deducciones,
            "total_neto": neto,
            "total_aportes": aportes,
            "estado": estado,
            "finalizada_en": utcnow(),
        },
    )
    log.info("Run %s %s: %d completed, %d failed", run_id, estado, run.completados, run.fallidos)


def _result_of(amounts: Mapping[str, Any], empleado_id: str, run_id: str) -> dict[str, Any]:
    return {
        "success": True,
        "empleado_id": empleado_id,
        "nomina_id": run_id,
        **{name: None if amounts[name] is None else str(amounts[name]) for name in RESULT_FIELDS},
    }
