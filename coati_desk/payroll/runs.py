"""Which run a planilla's period belongs to: the planilla, the live run, the overlap refusal,
the lock of an approved run.

Shared by the run lifecycle (:mod:`coati_desk.payroll.services`) and the per-employee task
(:mod:`coati_desk.payroll.employee_task`), which makes the run when a task comes first.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import CursorResult, select
from sqlalchemy.orm import Session

from coati_desk.payroll import messages as M
from coati_desk.payroll.empresa import company_size
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.models import EstadoNomina, Nomina, Planilla, TipoNomina


def find_planilla(db: Session, planilla_id: str) -> Planilla:
    planilla = db.get(Planilla, planilla_id)
    if planilla is None:
        raise PayrollInputError(M.PLANILLA_NOT_FOUND())
    return planilla


def live_run(
    db: Session,
    planilla_id: str,
    inicio: date,
    fin: date,
    tipo: str = TipoNomina.ORDINARIA,
    empleado_id: str | None = None,
) -> Nomina | None:
    """The run (not cancelled) of this planilla and kind that overlaps the period, if any; a
    final settlement is one employee's (``empleado_id``)."""
    whose = (
        Nomina.empleado_id.is_(None) if empleado_id is None else Nomina.empleado_id == empleado_id
    )
    return db.scalars(
        select(Nomina).where(
            Nomina.planilla_id == planilla_id,
            Nomina.tipo == tipo,
            whose,
            Nomina.estado != EstadoNomina.CANCELADA,
            Nomina.periodo_inicio <= fin,
            Nomina.periodo_fin >= inicio,
        )
    ).first()


def run_for(
    db: Session,
    planilla: Planilla,
    inicio: date,
    fin: date,
    usuario: str,
    resume: bool,
    tipo: str = TipoNomina.ORDINARIA,
    empleado_id: str | None = None,
) -> Nomina:
    """The live run of this kind for exactly this period when ``resume``, else a new one; an
    overlapping run is refused (:func:`overlap_error`). ``empleado_id``: a final settlement's."""
    existing = live_run(db, planilla.id, inicio, fin, tipo, empleado_id)
    if existing is not None:
        same = (existing.periodo_inicio, existing.periodo_fin) == (inicio, fin)
        if resume and same:
            check_unlocked(existing)
            return existing
        raise overlap_error(planilla.id, existing)
    run = Nomina(
        planilla_id=planilla.id,
        periodo_inicio=inicio,
        periodo_fin=fin,
        tipo=tipo,
        empleado_id=empleado_id,
        usuario=usuario,
        trabajadores_empresa=company_size(db, planilla, fin),
    )
    db.add(run)
    db.flush()
    return run


def check_unlocked(run: Any) -> None:
    """Refuse any change to an approved or paid run (``run``: a Nomina or a row with its id and
    estado)."""
    if EstadoNomina(run.estado).locked:
        raise PayrollInputError(M.RUN_LOCKED(run=run.id, estado=run.estado))


def overlap_error(planilla_id: str, run: Any) -> PayrollInputError:
    """The refusal for a period that overlaps ``run`` (a Nomina or a row with its columns)."""
    return PayrollInputError(
        M.RUN_OVERLAPS(
            planilla=planilla_id,
            run=run.id,
            estado=run.estado,
            inicio=run.periodo_inicio,
            fin=run.periodo_fin,
        )
    )


def rowcount(result: Any) -> int:
    """The rows an UPDATE or DELETE touched."""
    assert isinstance(result, CursorResult)
    return int(result.rowcount)
