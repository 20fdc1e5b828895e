"""A run's approval and payment: *calculada* -> *aprobada* (who, when) -> *pagada*.

An approved or paid run is locked: nothing recalculates, retries, cancels or changes its inputs
(``EstadoNomina.locked``; the run lifecycle and the per-employee task check it), and only such
runs count toward the year-to-date figures and loan balances of later runs. *Reabrir* takes an
approved run back to *calculada*, with a reason. Every step is a compare-and-set on the run's
state, logged as a ``NominaEvento``.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select, update

from coati_desk.messages import Message
from coati_desk.payroll import messages as M
from coati_desk.payroll.db import session
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.models import AccionNomina, EstadoNomina, Nomina, NominaEvento, utcnow
from coati_desk.payroll.runs import rowcount

log = logging.getLogger("coati_desk.payroll")

# action -> (the state it needs, the state it gives, the refusal otherwise)
_STEPS: dict[AccionNomina, tuple[EstadoNomina, EstadoNomina, Message]] = {
    AccionNomina.APROBAR: (EstadoNomina.CALCULADA, EstadoNomina.APROBADA, M.NOT_APPROVABLE),
    AccionNomina.PAGAR: (EstadoNomina.APROBADA, EstadoNomina.PAGADA, M.NOT_PAYABLE),
    AccionNomina.REABRIR: (EstadoNomina.APROBADA, EstadoNomina.CALCULADA, M.NOT_REOPENABLE),
}


def approve_run(run_id: str, usuario: str) -> None:
    _step(run_id, AccionNomina.APROBAR, usuario)


def pay_run(run_id: str, usuario: str) -> None:
    _step(run_id, AccionNomina.PAGAR, usuario)


def reopen_run(run_id: str, usuario: str, motivo: str) -> None:
    if not motivo.strip():
        raise PayrollInputError(M.REASON_REQUIRED())
    _step(run_id, AccionNomina.REABRIR, usuario, motivo.strip())


def _step(run_id: str, action: AccionNomina, usuario: str, motivo: str = "") -> None:
    needs, gives, refusal = _STEPS[action]
    now = utcnow()
    values: dict[str, Any] = {"estado": gives}
    if action is AccionNomina.APROBAR:
        values |= {"aprobada_por": usuario, "aprobada_en": now}
    elif action is AccionNomina.PAGAR:
        values |= {"pagada_por": usuario, "pagada_en": now}
    else:
        values |= {"aprobada_por": None, "aprobada_en": None}
    with session(write=True) as db:
        changed = db.execute(
            update(Nomina).where(Nomina.id == run_id, Nomina.estado == needs).values(**values)
        )
        if not rowcount(changed):
            estado = db.scalar(select(Nomina.estado).where(Nomina.id == run_id))
            if estado is None:
                raise PayrollInputError(M.RUN_NOT_FOUND(run=run_id))
            raise PayrollInputError(refusal(run=run_id, estado=estado))
        db.add(NominaEvento(nomina_id=run_id, accion=action, usuario=usuario, motivo=motivo))
    log.info("Run %s %s by %s%s", run_id, gives, usuario or "?", f": {motivo}" if motivo else "")


def run_events(run_id: str) -> list[dict[str, Any]]:
    """The run's approvals, payments and reopenings, oldest first."""
    with session() as db:
        return [
            {"accion": e.accion, "usuario": e.usuario, "motivo": e.motivo, "fecha": e.creado_en}
            for e in db.scalars(
                select(NominaEvento)
                .where(NominaEvento.nomina_id == run_id)
                .order_by(NominaEvento.creado_en, NominaEvento.id)
            )
        ]
