"""The run lifecycle: create or resume a run, fan it out, retry, recalculate, cancel, summarise.

The queue is not imported here: the functions that fan out take a :class:`Dispatcher` (made
by the app's task module) to send employee tasks and to ask about them. One employee's
calculation, the hot path each task runs, is :mod:`coati_desk.payroll.employee_task`
(``calculate_employee`` is named here too, for callers that use this module as the payroll's
front door).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import func, insert, or_, select, update
from sqlalchemy.orm import Session, aliased

from coati_desk.payroll import messages as M
from coati_desk.payroll.db import session
from coati_desk.payroll.employee_task import calculate_employee as calculate_employee
from coati_desk.payroll.errors import PayrollInputError as PayrollInputError
from coati_desk.payroll.inputs import parse_id, parse_period
from coati_desk.payroll.models import (
    Empleado,
    EstadoFila,
    EstadoNomina,
    Nomina,
    NominaEmpleado,
    TipoNomina,
    planilla_empleado,
    utcnow,
)
from coati_desk.payroll.models import Planilla as Planilla
from coati_desk.payroll.runs import check_unlocked, find_planilla, live_run, rowcount, run_for

log = logging.getLogger("coati_desk.payroll")

ZERO = Decimal("0.00")


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
    tipo: str = TipoNomina.ORDINARIA

    @classmethod
    def of(cls, run: Nomina, usuario: str = "") -> PeriodKey:
        return cls(
            run.planilla_id, run.periodo_inicio, run.periodo_fin, usuario or run.usuario, run.tipo
        )


def _eligible_employees(db: Session, planilla_id: str, inicio: date, fin: date) -> list[str]:
    """Active employees of the planilla employed at some point in the period, but those whose
    final settlement pays them for it (their pending days, their proportional aguinaldo)."""
    settlement = aliased(Nomina)
    settled = (
        select(settlement.id)
        .where(
            settlement.planilla_id == planilla_id,
            settlement.tipo == TipoNomina.LIQUIDACION,
            settlement.empleado_id == Empleado.id,
            settlement.estado != EstadoNomina.CANCELADA,
            settlement.periodo_inicio <= fin,
            settlement.periodo_fin >= inicio,
        )
        .exists()
    )
    return list(
        db.scalars(
            select(Empleado.id)
            .join(planilla_empleado, planilla_empleado.c.empleado_id == Empleado.id)
            .where(
                planilla_empleado.c.planilla_id == planilla_id,
                Empleado.activo.is_(True),
                Empleado.fecha_ingreso <= fin,
                or_(Empleado.fecha_baja.is_(None), Empleado.fecha_baja >= inicio),
                ~settled,
            )
            .order_by(Empleado.codigo)
        )
    )


def create_run(
    planilla_id: Any,
    periodo_inicio: Any,
    periodo_fin: Any,
    usuario: str = "",
    tipo: str = TipoNomina.ORDINARIA,
) -> str:
    """A new run for the planilla and period (refused if a live run overlaps it): its id."""
    with session(write=True) as db:
        planilla = find_planilla(db, parse_id(planilla_id, "planilla_id"))
        inicio, fin = parse_period(planilla.periodicidad, periodo_inicio, periodo_fin, tipo)
        run = run_for(db, planilla, inicio, fin, usuario, resume=False, tipo=tipo)
        _add_rows(db, run)
        return run.id


def open_run(
    planilla_id: Any,
    periodo_inicio: Any,
    periodo_fin: Any,
    usuario: str = "",
    tipo: str = TipoNomina.ORDINARIA,
) -> str:
    """A new run for the period, or the unfinished one for exactly that period (resumed)."""
    with session(write=True) as db:
        planilla = find_planilla(db, parse_id(planilla_id, "planilla_id"))
        inicio, fin = parse_period(planilla.periodicidad, periodo_inicio, periodo_fin, tipo)
        existing = live_run(db, planilla.id, inicio, fin, tipo)
        if existing is not None:
            check_unlocked(existing)
        unfinished = existing is not None and existing.estado == EstadoNomina.CALCULANDO
        run = run_for(db, planilla, inicio, fin, usuario, resume=unfinished, tipo=tipo)
        if run is existing:
            log.info("Resuming run %s, which had not finished", run.id)
        _add_rows(db, run)
        return run.id


def _add_rows(db: Session, run: Nomina) -> None:
    if run.tipo == TipoNomina.LIQUIDACION:
        return  # one employee's, made with its row (liquidacion.open_settlement)
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
    planilla_id: Any,
    periodo_inicio: Any,
    periodo_fin: Any,
    usuario: str,
    dispatcher: Dispatcher,
    tipo: str = TipoNomina.ORDINARIA,
) -> dict[str, Any]:
    """Create or resume the run, and enqueue one task per employee that still needs one."""
    with session(write=True) as db:
        planilla = find_planilla(db, parse_id(planilla_id, "planilla_id"))
        inicio, fin = parse_period(planilla.periodicidad, periodo_inicio, periodo_fin, tipo)
        run = run_for(db, planilla, inicio, fin, usuario, resume=True, tipo=tipo)
        _add_rows(db, run)
        run_id = run.id
        key = PeriodKey.of(run, usuario)
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
        # (rows are no longer marked "processing"; a database of the first release may hold some)
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
            raise PayrollInputError(M.RUN_NOT_FOUND(run=run_id))
        key = PeriodKey.of(run)
    return _dispatch_missing(run_id, key, dispatcher)


def retry_failed(run_id: str, dispatcher: Dispatcher) -> int:
    """Queue the failed employees of a run again; returns how many."""
    with session(write=True) as db:
        run = db.get(Nomina, run_id)
        if run is None:
            raise PayrollInputError(M.RUN_NOT_FOUND(run=run_id))
        if run.estado == EstadoNomina.CANCELADA:
            raise PayrollInputError(M.RUN_CANCELLED(run=run_id))
        check_unlocked(run)
        count = rowcount(
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
        key = PeriodKey.of(run)
    return _dispatch_missing(run_id, key, dispatcher) if count else 0


def recalculate_row(row_id: int, dispatcher: Dispatcher) -> str:
    """Calculate one employee of a run again (after their data changed): the new task id."""
    with session() as db:
        row = db.get(NominaEmpleado, row_id)
        if row is None:
            raise PayrollInputError(M.ROW_NOT_FOUND(row=row_id))
        run_id, empleado_id = row.nomina_id, row.empleado_id
    recalculate_employees(run_id, [empleado_id], dispatcher)
    with session() as db:
        return str(db.scalar(select(NominaEmpleado.task_id).where(NominaEmpleado.id == row_id)))


def recalculate_employees(run_id: str, empleado_ids: Sequence[str], dispatcher: Dispatcher) -> int:
    """Calculate these employees of a run again, through the queue (after their data or the
    period's inputs changed); the others keep their results. Returns how many were sent.

    Refused for a cancelled or approved run, and while one of them is being calculated."""
    with session(write=True) as db:
        run = db.get(Nomina, run_id)
        if run is None:
            raise PayrollInputError(M.RUN_NOT_FOUND(run=run_id))
        if run.estado == EstadoNomina.CANCELADA:
            raise PayrollInputError(M.RUN_CANCELLED(run=run.id))
        check_unlocked(run)
        rows = db.scalars(
            select(NominaEmpleado).where(
                NominaEmpleado.nomina_id == run_id,
                NominaEmpleado.empleado_id.in_(list(empleado_ids)),
            )
        ).all()
        if any(r.estado in (EstadoFila.PENDING, EstadoFila.PROCESSING) for r in rows):
            raise PayrollInputError(M.ALREADY_CALCULATING())
        for row in rows:
            _reopen_row(run, row)
        if rows:
            run.estado = EstadoNomina.CALCULANDO
            run.finalizada_en = None
        key = PeriodKey.of(run)
    return _dispatch_missing(run_id, key, dispatcher) if rows else 0


def _reopen_row(run: Nomina, row: NominaEmpleado) -> None:
    """Take a final row back to pending, out of the run's counters and totals."""
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
    row.task_id = None  # no live task until it is sent (a failed send is resent on resume)


def cancel_run(run_id: str, dispatcher: Dispatcher) -> int:
    """Cancel the run: its pending employees are not calculated. Returns how many were."""
    with session(write=True) as db:
        run = db.get(Nomina, run_id)
        if run is None:
            raise PayrollInputError(M.RUN_NOT_FOUND(run=run_id))
        check_unlocked(run)
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


def run_employees(run_id: str) -> list[str]:
    """The employees of a run whose row is still to calculate, by code."""
    with session() as db:
        return list(
            db.scalars(
                select(NominaEmpleado.empleado_id)
                .join(Empleado, Empleado.id == NominaEmpleado.empleado_id)
                .where(
                    NominaEmpleado.nomina_id == run_id,
                    NominaEmpleado.estado == EstadoFila.PENDING,
                )
                .order_by(Empleado.codigo)
            )
        )


# -- reading -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class RunSummary:
    """A run's state and counts (:func:`run_summary`). Fields read as attributes, or by name as
    the dict it once was (``summary["completados"]``). Amounts are strings (exact decimals)."""

    nomina_id: str
    planilla_id: str
    periodo_inicio: str  # ISO dates
    periodo_fin: str
    estado: EstadoNomina
    total_empleados: int
    completados: int
    fallidos: int
    cancelados: int
    filas: dict[str, int]  # rows by state (every EstadoFila value)
    total_bruto: str
    total_deducciones: str
    total_neto: str
    total_aportes: str
    tipo: str = TipoNomina.ORDINARIA  # a TipoNomina: ordinaria, aguinaldo

    @property
    def settled(self) -> int:
        """Employees whose row is final: completed, failed or cancelled."""
        return self.completados + self.fallidos + self.cancelados

    def __getitem__(self, name: str) -> Any:
        if name not in _SUMMARY_FIELDS:
            raise KeyError(name)
        return getattr(self, name)

    def get(self, name: str, default: Any = None) -> Any:
        return getattr(self, name) if name in _SUMMARY_FIELDS else default

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _SUMMARY_FIELDS}


_SUMMARY_FIELDS = frozenset(f.name for f in fields(RunSummary))


def run_summary(run_id: str) -> RunSummary:
    with session() as db:
        run = db.get(Nomina, run_id)
        if run is None:
            raise PayrollInputError(M.RUN_NOT_FOUND(run=run_id))
        counts = dict(
            db.execute(
                select(NominaEmpleado.estado, func.count())
                .where(NominaEmpleado.nomina_id == run_id)
                .group_by(NominaEmpleado.estado)
            ).all()
        )
        return RunSummary(
            nomina_id=run.id,
            planilla_id=run.planilla_id,
            periodo_inicio=run.periodo_inicio.isoformat(),
            periodo_fin=run.periodo_fin.isoformat(),
            estado=EstadoNomina(run.estado),
            total_empleados=run.total_empleados,
            completados=run.completados,
            fallidos=run.fallidos,
            cancelados=run.cancelados,
            filas={s.value: int(counts.get(s.value, 0)) for s in EstadoFila},
            total_bruto=str(run.total_bruto),
            total_deducciones=str(run.total_deducciones),
            total_neto=str(run.total_neto),
            total_aportes=str(run.total_aportes),
            tipo=run.tipo,
        )
