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

:mod:`coati_desk.payroll.employee_batch` does many employees at once with the same steps:
:func:`make_jobs`, :func:`compute`, :func:`write_results`, :func:`settled_answer`,
:func:`fail_row` and :func:`failure`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, delete, func, insert, or_, select, update

from coati_desk.payroll import calculation as calc
from coati_desk.payroll import messages as M
from coati_desk.payroll.aguinaldo import calculate_aguinaldo
from coati_desk.payroll.amounts import RESULT_FIELDS
from coati_desk.payroll.db import connect, session
from coati_desk.payroll.employee_lookup import Found, find
from coati_desk.payroll.employee_reads import (
    EmployeeReads,
    highest_variable_month,
    read_employees,
)
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.inputs import parse_id
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
    utcnow,
)
from coati_desk.payroll.rules import RuleSet
from coati_desk.payroll.runs import find_planilla, rowcount, run_for
from coati_desk.payroll.vacaciones import vacation_balance

log = logging.getLogger("coati_desk.payroll")

_EMP = cast(Table, Empleado.__table__)
_PLA = cast(Table, Planilla.__table__)
_RUN = cast(Table, Nomina.__table__)
_ROW = cast(Table, NominaEmpleado.__table__)
_LINE = cast(Table, NominaLinea.__table__)
_ROW_IS_OPEN = or_(_ROW.c.estado == EstadoFila.PENDING, _ROW.c.estado == EstadoFila.PROCESSING)
_ROW_ID = _ROW.c.id == bindparam("row_id")
_SETTLE_ROW = update(_ROW).where(_ROW_ID, _ROW_IS_OPEN).values(intentos=_ROW.c.intentos + 1)
_FAILED_AGAIN = update(_ROW).where(_ROW_ID, _ROW.c.estado == EstadoFila.FAILED)
_ROW_OUTCOME = select(
    _ROW.c.estado.label("row_estado"),
    _ROW.c.error,
    _ROW.c.nomina_id.label("id"),
    *(_ROW.c[name] for name in RESULT_FIELDS),
).where(_ROW_ID)
_DELETE_LINES = delete(_LINE).where(_LINE.c.fila_id.in_(bindparam("row_ids", expanding=True)))
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
        completados=_RUN.c.completados + bindparam("n", type_=_RUN.c.completados.type),
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
class Job:
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


def failure(message: str, empleado_id: Any) -> dict[str, Any]:
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
        return failure(str(exc), empleado_id)
    if isinstance(job, dict):
        return job  # settled already (done, failed or cancelled)
    try:
        result = compute(job)
    except calc.CalculationError as exc:
        with connect(write=True) as conn:
            fail_row(conn, job.run_id, job.row_id, str(exc))
        return failure(str(exc), job.empleado_id)
    with connect(write=True) as conn:
        return write_results(conn, [(job, result)])[0]


def compute(job: Job) -> calc.Resultado:
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
) -> Job | dict[str, Any]:
    emp_id = parse_id(empleado_id, "empleado_id")
    pla_id = parse_id(planilla_id, "planilla_id")
    for _ in range(2):  # again after making the row
        job = None
        with connect() as conn:
            found = find(conn, emp_id, pla_id, inicio_raw, fin_raw, tipo)
            run = found.run
            has_row = run is not None
            settled = settled_answer(run, emp_id) if has_row else None
            if has_row and settled is None and found.problem is None:
                job = _job(conn, found)
        if has_row:
            if settled is not None:
                return settled
            if found.problem is not None:
                with connect(write=True) as conn:
                    fail_row(conn, run.id, run.row_id, found.problem)
                return failure(found.problem, emp_id)
            assert job is not None
            return job
        _open_row(found, usuario)  # sent directly rather than by start_run
    raise RuntimeError(f"Employee {emp_id}: the row made for this task is missing")


def settled_answer(run: Any, emp_id: str) -> dict[str, Any] | None:
    """The answer for a row that is final already; None while it still needs calculating."""
    if run.row_estado == EstadoFila.COMPLETED:
        return _result_of(run._mapping, emp_id, run.id)
    if run.row_estado == EstadoFila.FAILED:
        # Final until "retry failed" reopens it: a stale duplicate task must not run it
        # again (the run already counts it as failed).
        return failure(run.error or M.FAILED(), emp_id)
    if run.row_estado == EstadoFila.CANCELLED:
        return failure(M.ROW_CANCELLED(run=run.id), emp_id)
    return None


def _open_row(found: Found, usuario: str) -> None:
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


def _job(conn: Connection, found: Found) -> Job:
    return make_jobs(conn, [found])[0]


def make_jobs(conn: Connection, founds: Sequence[Found]) -> list[Job]:
    """The jobs of employees whose rows are open (``found.run`` has their row), with what each
    calculation reads: one read of each kind per run, however many employees (a batch)."""
    reads: dict[tuple[str, int], EmployeeReads] = {}
    by_run: dict[str, list[Found]] = {}
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


def _make_job(conn: Connection, found: Found, read: EmployeeReads) -> Job:
    assert found.rules is not None
    run = found.run
    # The employer's size: the company's workers when the run was made (older runs: the run's).
    size = run.trabajadores_empresa if run.trabajadores_empresa is not None else run.total_empleados
    return Job(
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


def write_results(
    conn: Connection, results: Sequence[tuple[Job, calc.Resultado]]
) -> list[dict[str, Any]]:
    """Write each result once, in the caller's write transaction: its row (compare-and-set),
    then every new line in one statement and each run's counters once; the answer to each.
    A row another copy of its task settled first keeps what that copy wrote."""
    answers: list[dict[str, Any]] = []
    written: list[tuple[Job, calc.Resultado]] = []
    for job, result in results:
        amounts = {name: getattr(result, name) for name in RESULT_FIELDS}
        if rowcount(conn.execute(_SETTLE_ROW, _row_values(job, result, amounts))):
            written.append((job, result))
            answers.append(_result_of(amounts, job.empleado_id, job.run_id))
        else:  # another copy of the task settled the row first: answer what it wrote
            row = conn.execute(_ROW_OUTCOME, {"row_id": job.row_id}).one()
            answers.append(
                settled_answer(row, job.empleado_id) or failure(M.NOT_CALCULATED(), job.empleado_id)
            )
    again = [job.row_id for job, _ in written if job.recalculated]
    if again:
        conn.execute(_DELETE_LINES, {"row_ids": again})  # the earlier results' lines
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
        for job, result in written
        for i, line in enumerate(result.lineas)
    ]
    if lines:
        conn.execute(_INSERT_LINES, lines)
    by_run: dict[str, list[calc.Resultado]] = {}
    for job, result in written:
        by_run.setdefault(job.run_id, []).append(result)
    for run_id, same in by_run.items():
        totals = {
            "run_id": run_id,
            "n": len(same),
            "bruto": sum((r.salario_bruto for r in same), calc.ZERO),
            "deducciones": sum((r.total_deducciones for r in same), calc.ZERO),
            "neto": sum((r.salario_neto for r in same), calc.ZERO),
            "aportes": sum((r.aportes_patronales for r in same), calc.ZERO),
        }
        _finish_if_done(conn, run_id, conn.execute(_COUNT_COMPLETED, totals).one())
    return answers


def _row_values(job: Job, result: calc.Resultado, amounts: dict[str, Any]) -> dict[str, Any]:
    return {
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


def fail_row(conn: Connection, run_id: str, row_id: int, message: str) -> None:
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
