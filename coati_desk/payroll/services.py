"""Payroll runs: create or resume a run, fan out, calculate one employee, retry, cancel, resume.

The queue is not imported here: the functions that fan out take a :class:`Dispatcher` (made
by ``coati_desk.queue.tasks``) to send employee tasks and to ask about them.

Every write that makes a result is one short transaction that writes the employee's row, its
detail lines and the run's counters together, guarded by a compare-and-set on the row's state:
however often a task runs, the row is written once and the run counts it once.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import CursorResult, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from coati_desk.payroll import calculation as calc
from coati_desk.payroll.db import session
from coati_desk.payroll.models import (
    Empleado,
    EstadoFila,
    EstadoNomina,
    Nomina,
    NominaEmpleado,
    NominaLinea,
    Planilla,
    planilla_empleado,
    utcnow,
)
from coati_desk.payroll.rules import RulesError, load_rules

log = logging.getLogger("coati_desk.payroll")

LEASE = timedelta(minutes=2)  # a row "processing" longer than this lost its worker
FINAL_ROW_STATES = (EstadoFila.COMPLETED, EstadoFila.FAILED, EstadoFila.CANCELLED)
ZERO = Decimal("0.00")


class PayrollInputError(ValueError):
    """Input that can never succeed (unknown id, bad date...): reported, not retried."""


class Dispatcher(Protocol):
    def send(self, nomina: PeriodKey, empleado_ids: Sequence[str]) -> list[str]:
        """Enqueue one employee task per id; the task ids, in the same order."""

    def statuses(self, task_ids: Sequence[str]) -> dict[str, str]:
        """The queue status of each task id."""

    def cancel(self, task_id: str) -> bool: ...


@dataclass(frozen=True)
class PeriodKey:
    planilla_id: str
    inicio: date
    fin: date
    usuario: str


# -- input checks ------------------------------------------------------------------------------
def parse_id(value: Any, field: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip() or len(value) > 64:
        raise PayrollInputError(
            f"{field} must be an id (text of 1 to 64 characters), not {value!r}"
        )
    return value.strip()


def parse_date(value: Any, field: str) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise PayrollInputError(f"{field} must be an ISO date (YYYY-MM-DD), not {value!r}")


def parse_period(planilla: Planilla, inicio: Any, fin: Any) -> tuple[date, date]:
    start, end = parse_date(inicio, "periodo_inicio"), parse_date(fin, "periodo_fin")
    try:
        calc.check_period(start, end, calc.Periodicidad(planilla.periodicidad))
    except calc.CalculationError as exc:
        raise PayrollInputError(str(exc)) from None
    return start, end


def _planilla(db: Session, planilla_id: str) -> Planilla:
    planilla = db.get(Planilla, planilla_id)
    if planilla is None:
        raise PayrollInputError("Planilla not found")
    return planilla


# -- runs --------------------------------------------------------------------------------------
def live_run(db: Session, planilla_id: str, inicio: date, fin: date) -> Nomina | None:
    """The run (not cancelled) of this planilla that overlaps the period, if any."""
    return db.scalars(
        select(Nomina).where(
            Nomina.planilla_id == planilla_id,
            Nomina.estado != EstadoNomina.CANCELADA,
            Nomina.periodo_inicio <= fin,
            Nomina.periodo_fin >= inicio,
        )
    ).first()


def _run_for(
    db: Session, planilla: Planilla, inicio: date, fin: date, usuario: str, resume: bool
) -> Nomina:
    existing = live_run(db, planilla.id, inicio, fin)
    if existing is not None:
        same = (existing.periodo_inicio, existing.periodo_fin) == (inicio, fin)
        if resume and same:
            return existing
        raise PayrollInputError(
            f"Planilla {planilla.id} already has run {existing.id} ({existing.estado}) for "
            f"{existing.periodo_inicio} to {existing.periodo_fin}; cancel it to run it again"
        )
    run = Nomina(planilla_id=planilla.id, periodo_inicio=inicio, periodo_fin=fin, usuario=usuario)
    db.add(run)
    db.flush()
    return run


def _eligible_employees(db: Session, planilla_id: str, inicio: date, fin: date) -> list[str]:
    """Active employees of the planilla employed at some point in the period."""
    return list(
        db.scalars(
            select(Empleado.id)
            .join(planilla_empleado, planilla_empleado.c.empleado_id == Empleado.id)
            .where(
                planilla_empleado.c.planilla_id == planilla_id,
                Empleado.activo.is_(True),
                Empleado.fecha_ingreso <= fin,
                or_(Empleado.fecha_baja.is_(None), Empleado.fecha_baja >= inicio),
            )
            .order_by(Empleado.codigo)
        )
    )


def create_run(planilla_id: Any, periodo_inicio: Any, periodo_fin: Any, usuario: str = "") -> str:
    """A new run for the planilla and period (refused if a live run overlaps it): its id."""
    with session(write=True) as db:
        planilla = _planilla(db, parse_id(planilla_id, "planilla_id"))
        inicio, fin = parse_period(planilla, periodo_inicio, periodo_fin)
        run = _run_for(db, planilla, inicio, fin, usuario, resume=False)
        _add_rows(db, run)
        return run.id


def open_run(planilla_id: Any, periodo_inicio: Any, periodo_fin: Any, usuario: str = "") -> str:
    """A new run for the period, or the unfinished one for exactly that period (resumed)."""
    with session(write=True) as db:
        planilla = _planilla(db, parse_id(planilla_id, "planilla_id"))
        inicio, fin = parse_period(planilla, periodo_inicio, periodo_fin)
        existing = live_run(db, planilla.id, inicio, fin)
        unfinished = existing is not None and existing.estado == EstadoNomina.CALCULANDO
        run = _run_for(db, planilla, inicio, fin, usuario, resume=unfinished)
        if run is existing:
            log.info("Resuming run %s, which had not finished", run.id)
        _add_rows(db, run)
        return run.id


def _add_rows(db: Session, run: Nomina) -> None:
    have = set(
        db.scalars(select(NominaEmpleado.empleado_id).where(NominaEmpleado.nomina_id == run.id))
    )
    wanted = _eligible_employees(db, run.planilla_id, run.periodo_inicio, run.periodo_fin)
    new = [e for e in wanted if e not in have]
    if new:
        db.execute(
            insert(NominaEmpleado),
            [
                {"nomina_id": run.id, "empleado_id": e, "estado": EstadoFila.PENDING, "intentos": 0}
                for e in new
            ],
        )
    run.total_empleados = len(have) + len(new)
    if new and run.estado != EstadoNomina.CANCELADA:
        run.estado = EstadoNomina.CALCULANDO
        run.finalizada_en = None


def start_run(
    planilla_id: Any, periodo_inicio: Any, periodo_fin: Any, usuario: str, dispatcher: Dispatcher
) -> dict[str, Any]:
    """Create or resume the run, and enqueue one task per employee that still needs one."""
    with session(write=True) as db:
        planilla = _planilla(db, parse_id(planilla_id, "planilla_id"))
        inicio, fin = parse_period(planilla, periodo_inicio, periodo_fin)
        run = _run_for(db, planilla, inicio, fin, usuario, resume=True)
        _add_rows(db, run)
        run_id = run.id
        key = PeriodKey(planilla.id, inicio, fin, usuario or run.usuario)
    sent = _dispatch_missing(run_id, key, dispatcher)
    with session() as db:
        total = db.scalar(select(Nomina.total_empleados).where(Nomina.id == run_id))
    log.info("Run %s: %d employee task(s) queued, %d employee(s) in all", run_id, sent, total)
    return {"success": True, "nomina_id": run_id, "total_empleados": total, "encolados": sent}


def _dispatch_missing(run_id: str, key: PeriodKey, dispatcher: Dispatcher) -> int:
    """Send tasks for rows that have none alive: new, lost by a dead worker, or dropped."""
    now = utcnow()
    with session() as db:
        rows = db.execute(
            select(
                NominaEmpleado.id,
                NominaEmpleado.empleado_id,
                NominaEmpleado.task_id,
                NominaEmpleado.estado,
                NominaEmpleado.lease_until,
            ).where(
                NominaEmpleado.nomina_id == run_id,
                NominaEmpleado.estado.in_([EstadoFila.PENDING, EstadoFila.PROCESSING]),
            )
        ).all()
    known = dispatcher.statuses([r.task_id for r in rows if r.task_id])
    alive = ("pending", "scheduled", "processing")
    todo = [
        r
        for r in rows
        if not r.task_id
        or known.get(r.task_id) not in alive
        or (r.estado == EstadoFila.PROCESSING and r.lease_until and r.lease_until < now)
    ]
    if not todo:
        return 0
    task_ids = dispatcher.send(key, [r.empleado_id for r in todo])
    with session(write=True) as db:
        db.execute(
            update(NominaEmpleado),
            [{"id": r.id, "task_id": t} for r, t in zip(todo, task_ids, strict=True)],
        )
    return len(todo)


def resume_stale(run_id: str, dispatcher: Dispatcher) -> int:
    """Queue again the rows whose worker died (lease expired) or whose task is gone."""
    with session() as db:
        run = db.get(Nomina, run_id)
        if run is None:
            raise PayrollInputError(f"Run {run_id!r} not found")
        key = PeriodKey(run.planilla_id, run.periodo_inicio, run.periodo_fin, run.usuario)
    return _dispatch_missing(run_id, key, dispatcher)


def retry_failed(run_id: str, dispatcher: Dispatcher) -> int:
    """Queue the failed employees of a run again; returns how many."""
    with session(write=True) as db:
        run = db.get(Nomina, run_id)
        if run is None:
            raise PayrollInputError(f"Run {run_id!r} not found")
        if run.estado == EstadoNomina.CANCELADA:
            raise PayrollInputError(f"Run {run_id} is cancelled")
        count = _rowcount(
            db.execute(
                update(NominaEmpleado)
                .where(
                    NominaEmpleado.nomina_id == run_id, NominaEmpleado.estado == EstadoFila.FAILED
                )
                .values(estado=EstadoFila.PENDING, error=None, task_id=None)
            )
        )
        if count:
            run.fallidos -= count
            run.estado = EstadoNomina.CALCULANDO
            run.finalizada_en = None
        key = PeriodKey(run.planilla_id, run.periodo_inicio, run.periodo_fin, run.usuario)
    return _dispatch_missing(run_id, key, dispatcher) if count else 0


def recalculate_row(row_id: int, dispatcher: Dispatcher) -> str:
    """Calculate one employee of a run again (after their data changed): the new task id."""
    with session(write=True) as db:
        row = db.get(NominaEmpleado, row_id)
        if row is None:
            raise PayrollInputError(f"Row {row_id} not found")
        run = row.nomina
        if run.estado == EstadoNomina.CANCELADA:
            raise PayrollInputError(f"Run {run.id} is cancelled")
        if row.estado in (EstadoFila.PENDING, EstadoFila.PROCESSING):
            raise PayrollInputError("This employee is being calculated already")
        if row.estado == EstadoFila.COMPLETED:
            run.completados -= 1
            run.total_bruto -= row.salario_bruto or ZERO
            run.total_deducciones -= row.total_deducciones or ZERO
            run.total_neto -= row.salario_neto or ZERO
            run.total_aportes -= (row.inss_patronal or ZERO) + (row.inatec or ZERO)
        elif row.estado == EstadoFila.FAILED:
            run.fallidos -= 1
        else:
            run.cancelados -= 1
        row.estado = EstadoFila.PENDING
        row.error = None
        run.estado = EstadoNomina.CALCULANDO
        run.finalizada_en = None
        row.task_id = None  # no live task until it is sent (a failed send is resent on resume)
        key = PeriodKey(run.planilla_id, run.periodo_inicio, run.periodo_fin, run.usuario)
        run_id = run.id
    _dispatch_missing(run_id, key, dispatcher)
    with session() as db:
        return str(db.scalar(select(NominaEmpleado.task_id).where(NominaEmpleado.id == row_id)))


def cancel_run(run_id: str, dispatcher: Dispatcher) -> int:
    """Cancel the run: its pending employees are not calculated. Returns how many were."""
    with session(write=True) as db:
        run = db.get(Nomina, run_id)
        if run is None:
            raise PayrollInputError(f"Run {run_id!r} not found")
        # Running ones too: a result that lands after this is not written (the row is final).
        pending = db.execute(
            select(NominaEmpleado.id, NominaEmpleado.task_id).where(
                NominaEmpleado.nomina_id == run_id,
                NominaEmpleado.estado.in_([EstadoFila.PENDING, EstadoFila.PROCESSING]),
            )
        ).all()
        db.execute(
            update(NominaEmpleado)
            .where(NominaEmpleado.id.in_([r.id for r in pending]))
            .values(estado=EstadoFila.CANCELLED, finalizado_en=utcnow(), lease_until=None)
        )
        run.cancelados += len(pending)
        run.estado = EstadoNomina.CANCELADA
        run.finalizada_en = utcnow()
    for row in pending:
        if row.task_id:
            dispatcher.cancel(row.task_id)
    log.info(
        "Run %s cancelled: %d pending employee(s) will not be calculated", run_id, len(pending)
    )
    return len(pending)


# -- one employee ------------------------------------------------------------------------------
@dataclass
class _Job:
    run_id: str
    row_id: int
    empleado_id: str
    empleado: calc.Empleado
    periodicidad: calc.Periodicidad
    reglas: str
    grande: bool
    inicio: date
    fin: date


def _rowcount(result: Any) -> int:
    assert isinstance(result, CursorResult)
    return int(result.rowcount)


def _failure(message: str, empleado_id: Any) -> dict[str, Any]:
    return {"success": False, "error": message, "empleado_id": empleado_id}


def calculate_employee(
    empleado_id: Any, planilla_id: Any, periodo_inicio: Any, periodo_fin: Any, usuario: str = ""
) -> dict[str, Any]:
    """Calculate one employee in the run for that planilla and period (made if missing).

    Bad input returns ``{"success": False, "error": ...}`` and marks the row failed when there
    is one; database faults raise, so the queue retries them.
    """
    try:
        job = _prepare(empleado_id, planilla_id, periodo_inicio, periodo_fin, usuario)
    except PayrollInputError as exc:
        return _failure(str(exc), empleado_id)
    if isinstance(job, dict):
        return job  # already done (or cancelled)
    try:
        rules = load_rules(job.reglas)
        ytd = _year_to_date(job)
        result = calc.calculate(
            job.empleado, job.inicio, job.fin, job.periodicidad, rules, ytd, job.grande
        )
    except (calc.CalculationError, RulesError) as exc:
        _fail_row(job, str(exc))
        return _failure(str(exc), empleado_id)
    return _store(job, result)


def _prepare(
    empleado_id: Any, planilla_id: Any, inicio_raw: Any, fin_raw: Any, usuario: str
) -> _Job | dict[str, Any]:
    emp_id = parse_id(empleado_id, "empleado_id")
    pla_id = parse_id(planilla_id, "planilla_id")
    with session(write=True) as db:
        empleado = db.get(Empleado, emp_id)  # checked first, as the seed does
        if empleado is None:
            raise PayrollInputError("Employee not found")
        planilla = _planilla(db, pla_id)
        inicio, fin = parse_period(planilla, inicio_raw, fin_raw)
        run = _run_for(db, planilla, inicio, fin, usuario, resume=True)
        row = db.scalars(
            select(NominaEmpleado).where(
                NominaEmpleado.nomina_id == run.id, NominaEmpleado.empleado_id == emp_id
            )
        ).first()
        problem = None
        if planilla not in empleado.planillas:
            problem = f"Employee {emp_id} is not in planilla {pla_id}"
        elif not empleado.activo:
            problem = f"Employee {emp_id} ({empleado.codigo}) is inactive"
        if problem and row is None:
            raise PayrollInputError(problem)
        if row is None:
            row = NominaEmpleado(nomina_id=run.id, empleado_id=emp_id, estado=EstadoFila.PENDING)
            db.add(row)
            run.total_empleados += 1
            db.flush()
        if row.estado == EstadoFila.COMPLETED:
            return _result_of(row, run.id)
        if row.estado == EstadoFila.FAILED:
            # Final until "retry failed" reopens it: a stale duplicate task must not run it
            # again (the run already counts it as failed).
            return _failure(row.error or "Failed", emp_id)
        if row.estado == EstadoFila.CANCELLED or run.estado == EstadoNomina.CANCELADA:
            return _failure(f"Run {run.id} was cancelled: employee not calculated", emp_id)
        if problem:
            _mark_failed(db, run, row, problem)  # committed as the session closes
            return _failure(problem, emp_id)
        row.estado = EstadoFila.PROCESSING
        row.intentos += 1
        row.iniciado_en = utcnow()
        row.lease_until = row.iniciado_en + LEASE
        rules = load_rules(planilla.reglas)
        conceptos = tuple(
            calc.Concepto(
                c.codigo, c.descripcion, calc.TipoLinea(c.tipo), c.valor, c.porcentaje, c.prioridad
            )
            for c in empleado.conceptos
            if c.activo
        )
        return _Job(
            run_id=run.id,
            row_id=row.id,
            empleado_id=emp_id,
            empleado=calc.Empleado(
                empleado.salario_mensual, empleado.fecha_ingreso, empleado.fecha_baja, conceptos
            ),
            periodicidad=calc.Periodicidad(planilla.periodicidad),
            reglas=planilla.reglas,
            # The employer's size: the employees in this run.
            grande=run.total_empleados >= rules.umbral_empleador_grande,
            inicio=inicio,
            fin=fin,
        )


def _year_to_date(job: _Job) -> calc.Acumulado:
    """The employee's completed earlier periods in the same fiscal year (January-December)."""
    with session() as db:
        row = db.execute(
            select(
                func.coalesce(func.sum(NominaEmpleado.salario_bruto), 0),
                func.coalesce(func.sum(NominaEmpleado.inss_laboral), 0),
                func.coalesce(func.sum(NominaEmpleado.ir), 0),
                func.count(),
            )
            .join(Nomina, Nomina.id == NominaEmpleado.nomina_id)
            .where(
                NominaEmpleado.empleado_id == job.empleado_id,
                NominaEmpleado.estado == EstadoFila.COMPLETED,
                Nomina.estado != EstadoNomina.CANCELADA,
                Nomina.periodo_fin < job.inicio,
                Nomina.periodo_inicio >= date(job.inicio.year, 1, 1),
            )
        ).one()
    bruto, inss, ir = (calc.money(Decimal(str(v))) for v in row[:3])
    return calc.Acumulado(bruto, inss, ir, int(row[3]))


def _store(job: _Job, result: calc.Resultado) -> dict[str, Any]:
    """Write the result once: row, lines and run counters in one transaction."""
    with session(write=True) as db:
        previous = db.scalar(select(NominaEmpleado.estado).where(NominaEmpleado.id == job.row_id))
        written = _rowcount(
            db.execute(
                update(NominaEmpleado)
                .where(
                    NominaEmpleado.id == job.row_id,
                    NominaEmpleado.estado.not_in([EstadoFila.COMPLETED, EstadoFila.CANCELLED]),
                )
                .values(
                    estado=EstadoFila.COMPLETED,
                    dias_trabajados=result.dias_trabajados,
                    salario_base=result.salario_base,
                    salario_bruto=result.salario_bruto,
                    inss_laboral=result.inss_laboral,
                    ir=result.ir,
                    otras_deducciones=result.otras_deducciones,
                    total_deducciones=result.total_deducciones,
                    salario_neto=result.salario_neto,
                    inss_patronal=result.inss_patronal,
                    inatec=result.inatec,
                    error=None,
                    lease_until=None,
                    finalizado_en=utcnow(),
                )
            )
        )
        run = db.get(Nomina, job.run_id)
        assert run is not None
        if written:
            db.execute(delete(NominaLinea).where(NominaLinea.fila_id == job.row_id))
            db.execute(
                insert(NominaLinea),
                [
                    {
                        "fila_id": job.row_id,
                        "orden": i,
                        "tipo": line.tipo.value,
                        "codigo": line.codigo,
                        "descripcion": line.descripcion[:200],
                        "monto": line.monto,
                    }
                    for i, line in enumerate(result.lineas)
                ],
            )
            run.completados += 1
            if previous == EstadoFila.FAILED:
                run.fallidos -= 1
            run.total_bruto += result.salario_bruto
            run.total_deducciones += result.total_deducciones
            run.total_neto += result.salario_neto
            run.total_aportes += result.aportes_patronales
            _finish_if_done(db, run)
        row = db.get(NominaEmpleado, job.row_id)
        assert row is not None
        return _result_of(row, job.run_id)


def _mark_failed(db: Session, run: Nomina, row: NominaEmpleado, message: str) -> None:
    if row.estado in (EstadoFila.COMPLETED, EstadoFila.FAILED, EstadoFila.CANCELLED):
        if row.estado == EstadoFila.FAILED:
            row.error = message
        return
    row.estado = EstadoFila.FAILED
    row.error = message
    row.lease_until = None
    row.finalizado_en = utcnow()
    run.fallidos += 1
    _finish_if_done(db, run)


def _fail_row(job: _Job, message: str) -> None:
    with session(write=True) as db:
        run = db.get(Nomina, job.run_id)
        row = db.get(NominaEmpleado, job.row_id)
        assert run is not None and row is not None
        _mark_failed(db, run, row, message)


def _finish_if_done(db: Session, run: Nomina) -> None:
    """When every row is final, the run is calculada (or con errores), totals from the rows."""
    db.flush()
    if run.estado == EstadoNomina.CANCELADA:
        return
    if run.completados + run.fallidos + run.cancelados < run.total_empleados:
        return
    sums = db.execute(
        select(
            func.coalesce(func.sum(NominaEmpleado.salario_bruto), 0),
            func.coalesce(func.sum(NominaEmpleado.total_deducciones), 0),
            func.coalesce(func.sum(NominaEmpleado.salario_neto), 0),
            func.coalesce(func.sum(NominaEmpleado.inss_patronal + NominaEmpleado.inatec), 0),
        ).where(NominaEmpleado.nomina_id == run.id, NominaEmpleado.estado == EstadoFila.COMPLETED)
    ).one()
    run.total_bruto, run.total_deducciones, run.total_neto, run.total_aportes = (
        calc.money(Decimal(str(v))) for v in sums
    )
    run.estado = EstadoNomina.CALCULADA_CON_ERRORES if run.fallidos else EstadoNomina.CALCULADA
    run.finalizada_en = utcnow()
    log.info(
        "Run %s %s: %d completed, %d failed", run.id, run.estado, run.completados, run.fallidos
    )


def _result_of(row: NominaEmpleado, run_id: str) -> dict[str, Any]:
    def amount(value: Decimal | None) -> str | None:
        return None if value is None else str(value)

    return {
        "success": True,
        "empleado_id": row.empleado_id,
        "nomina_id": run_id,
        "salario_bruto": amount(row.salario_bruto),
        "inss_laboral": amount(row.inss_laboral),
        "ir": amount(row.ir),
        "otras_deducciones": amount(row.otras_deducciones),
        "total_deducciones": amount(row.total_deducciones),
        "salario_neto": amount(row.salario_neto),
        "inss_patronal": amount(row.inss_patronal),
        "inatec": amount(row.inatec),
    }


# -- reading -----------------------------------------------------------------------------------
def run_summary(run_id: str) -> dict[str, Any]:
    with session() as db:
        run = db.get(Nomina, run_id)
        if run is None:
            raise PayrollInputError(f"Run {run_id!r} not found")
        counts = dict(
            db.execute(
                select(NominaEmpleado.estado, func.count())
                .where(NominaEmpleado.nomina_id == run_id)
                .group_by(NominaEmpleado.estado)
            ).all()
        )
        return {
            "nomina_id": run.id,
            "planilla_id": run.planilla_id,
            "periodo_inicio": run.periodo_inicio.isoformat(),
            "periodo_fin": run.periodo_fin.isoformat(),
            "estado": run.estado,
            "total_empleados": run.total_empleados,
            "completados": run.completados,
            "fallidos": run.fallidos,
            "cancelados": run.cancelados,
            "filas": {s.value: int(counts.get(s.value, 0)) for s in EstadoFila},
            "total_bruto": str(run.total_bruto),
            "total_deducciones": str(run.total_deducciones),
            "total_neto": str(run.total_neto),
            "total_aportes": str(run.total_aportes),
        }
