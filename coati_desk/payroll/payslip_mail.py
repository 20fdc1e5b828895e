"""Payslips by e-mail: the office's mail settings, who is sent what, and each send's life.

A request (:func:`request_sends`) marks the employees of an approved or paid run to be sent
their payslip and answers ``(empleado_id, solicitud)`` pairs, one queue task each. The task
(:func:`send_payslip`) makes that employee's payslip and hands it to the mail server, and the
row (``EnvioColilla``) says how it went. Nothing is sent twice unless someone asks again:

- a row asked for already is left alone unless the request retries the failed ones or says
  ``again`` (an explicit resend, the only way to send one twice);
- a task for an older request (``solicitud``) than the row's does nothing;
- a row found ``sending`` when its task starts was being handed to the server when a worker
  stopped: it may have gone, so it fails with a reason saying so instead of going again.

A failure the server calls temporary is tried again by the queue (with its backoff) up to
:data:`MAX_ATTEMPTS`; one it refuses for good fails the row at once, with its answer.
"""

from __future__ import annotations

import logging
import string
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any

from sqlalchemy import func, select

from coati_desk import mail
from coati_desk.payroll import messages as M
from coati_desk.payroll.db import connect, session
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.inputs import parse_id
from coati_desk.payroll.models import (
    AjustesCorreo,
    Empleado,
    EnvioColilla,
    EstadoEnvio,
    EstadoFila,
    EstadoNomina,
    Nomina,
    NominaEmpleado,
    utcnow,
)

log = logging.getLogger("coati_desk.payroll")

MAX_ATTEMPTS = 6  # temporary failures of one request before its row fails (some 5 minutes)
FIELDS = ("nombre", "codigo", "periodo", "empresa", "planilla")  # what a template may use
DEFAULT_SUBJECT = "Colilla de pago {periodo} · {empresa}"
DEFAULT_BODY = (
    "Estimado(a) {nombre}:\n\n"
    "Le enviamos adjunta su colilla de pago del periodo {periodo}.\n\n"
    "Atentamente,\n{empresa}\n"
)


class TryAgain(Exception):
    """Raised by the task for the queue to run it again later (a temporary failure)."""


@dataclass(frozen=True)
class MailSettings:
    """The office's mail server and its payslip message."""

    server: mail.MailServer
    subject: str = DEFAULT_SUBJECT
    body: str = DEFAULT_BODY

    @property
    def ready(self) -> bool:
        return bool(self.server.host and self.server.sender_address)


# -- addresses and templates --------------------------------------------------------------------
def check_address(value: str | None) -> str | None:
    """An employee's address, trimmed (None when empty); PayrollInputError when not one."""
    text = (value or "").strip()
    if not text:
        return None
    if not mail.is_address(text):
        raise PayrollInputError(M.MAIL_BAD_ADDRESS(address=text))
    return text


def check_template(text: str) -> str:
    """``text`` when every ``{field}`` in it is one of :data:`FIELDS`."""
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError:  # a lone brace
        fields = ["{"]
    for name in fields:
        if name not in FIELDS:
            raise PayrollInputError(
                M.MAIL_BAD_TEMPLATE(
                    field="{" + name + "}", fields=", ".join("{" + f + "}" for f in FIELDS)
                )
            )
    return text


# -- settings -------------------------------------------------------------------------------------
def load_settings() -> MailSettings:
    with session() as db:
        row = db.get(AjustesCorreo, 1)
        if row is None:
            return MailSettings(mail.MailServer(""))
        return MailSettings(
            mail.MailServer(
                row.servidor,
                row.puerto,
                row.seguridad,
                row.usuario,
                row.remitente_nombre,
                row.remitente_correo,
            ),
            row.asunto or DEFAULT_SUBJECT,
            row.cuerpo or DEFAULT_BODY,
        )


def save_settings(settings: MailSettings) -> None:
    """Keep the office's mail settings (checked first: PayrollInputError says what is wrong)."""
    server = settings.server
    if server.security not in mail.SECURITY:
        raise PayrollInputError(M.MAIL_BAD_SECURITY(value=server.security, choices=mail.SECURITY))
    if server.sender_address:
        check_address(server.sender_address)
    check_template(settings.subject)
    check_template(settings.body)
    with session(write=True) as db:
        row = db.get(AjustesCorreo, 1) or AjustesCorreo(id=1)
        row.servidor = server.host.strip()
        row.puerto = int(server.port)
        row.seguridad = server.security
        row.usuario = server.user.strip()
        row.remitente_nombre = server.sender_name.strip()
        row.remitente_correo = server.sender_address.strip()
        row.asunto = settings.subject
        row.cuerpo = settings.body
        db.add(row)


# -- requests -------------------------------------------------------------------------------------
def request_sends(
    run_id: str,
    usuario: str = "",
    only: Sequence[str] | None = None,
    failed_only: bool = False,
    again: bool = False,
) -> list[tuple[str, int]]:
    """Mark employees of an approved or paid run to be sent their payslip; the
    ``(empleado_id, solicitud)`` to queue a task for. By default every calculated employee not
    asked for yet; ``only``: of those codes; ``failed_only``: the failed ones (a retry);
    ``again``: also those sent or failed (an explicit resend). Sends under way are left alone."""
    run_id = parse_id(run_id, "nomina_id")
    wanted = {c.strip() for c in only or () if c.strip()}
    ready = load_settings().ready
    with session(write=True) as db:
        run = db.get(Nomina, run_id)
        if run is None:
            raise PayrollInputError(M.RUN_NOT_FOUND(run=run_id))
        if run.estado not in (EstadoNomina.APROBADA, EstadoNomina.PAGADA):
            raise PayrollInputError(M.MAIL_RUN_NOT_LOCKED(run=run_id, estado=run.estado))
        if not ready:
            raise PayrollInputError(M.MAIL_NOT_CONFIGURED())
        employees: list[tuple[str, str]] = [
            (e, c)
            for e, c in db.execute(
                select(Empleado.id, Empleado.codigo)
                .join(NominaEmpleado, NominaEmpleado.empleado_id == Empleado.id)
                .where(
                    NominaEmpleado.nomina_id == run_id,
                    NominaEmpleado.estado == EstadoFila.COMPLETED,
                )
                .order_by(Empleado.codigo)
            )
        ]
        if wanted:
            missing = wanted - {codigo for _, codigo in employees}
            if missing:
                raise PayrollInputError(
                    M.MAIL_UNKNOWN_CODES(run=run_id, codes=", ".join(sorted(missing)))
                )
            employees = [(e, c) for e, c in employees if c in wanted]
        rows = {
            r.empleado_id: r
            for r in db.scalars(select(EnvioColilla).where(EnvioColilla.nomina_id == run_id))
        }
        chosen = []
        for empleado_id, _ in employees:
            row = rows.get(empleado_id)
            if row is None:
                if failed_only:
                    continue
                row = EnvioColilla(nomina_id=run_id, empleado_id=empleado_id, solicitud=0)
                db.add(row)
            elif not _asked_again(row.estado, failed_only, again):
                continue
            row.solicitud = (row.solicitud or 0) + 1
            row.estado = EstadoEnvio.PENDING
            row.intentos = 0
            row.error = None
            row.task_id = None
            row.usuario = usuario[:64]
            row.solicitado_en = utcnow()
            chosen.append((empleado_id, row.solicitud))
    log.info("Payslips of run %s to e-mail: %d (%s)", run_id, len(chosen), usuario or "?")
    return chosen


def _asked_again(estado: str, failed_only: bool, again: bool) -> bool:
    """Whether a request sends again an employee's payslip already asked for (``estado``):
    one under way never; a failed one when retrying the failed (``failed_only``) or asked
    ``again``; a sent one only when asked ``again``."""
    if estado in (EstadoEnvio.PENDING, EstadoEnvio.SENDING):
        return False
    if failed_only:
        return estado == EstadoEnvio.FAILED
    return again


def record_tasks(run_id: str, task_ids: dict[str, str]) -> None:
    """The queue task of each employee's send (empleado_id -> task id)."""
    with session(write=True) as db:
        for row in db.scalars(
            select(EnvioColilla).where(
                EnvioColilla.nomina_id == run_id, EnvioColilla.empleado_id.in_(task_ids)
            )
        ):
            row.task_id = task_ids[row.empleado_id]


# -- sending --------------------------------------------------------------------------------------
@dataclass(eq=False)  # (two calls alike in one batch are still two: found by identity)
class _Send:
    """One call of the task, on its way: its row's request and attempt, and the employee."""

    run_id: str
    empleado_id: str
    solicitud: int
    attempt: int = 0
    codigo: str = ""
    address: str = ""
    message: EmailMessage | None = None

    @property
    def outcome(self) -> dict[str, Any]:
        return {
            "nomina_id": self.run_id,
            "empleado_id": self.empleado_id,
            "solicitud": self.solicitud,
        }


def send_payslip(run_id: str, empleado_id: str, solicitud: int) -> dict[str, Any]:
    """The task's work: this employee's payslip to their address, once (see the module).
    Raises :class:`TryAgain` for the queue to try again later."""
    (answer,) = send_payslips(
        [{"nomina_id": run_id, "empleado_id": empleado_id, "solicitud": solicitud}]
    )
    if isinstance(answer, Exception):
        raise answer
    return answer


def send_payslips(calls: list[dict[str, Any]]) -> list[dict[str, Any] | Exception]:
    """A worker's batch of the task's calls: each answered as :func:`send_payslip` would (an
    exception: that call is tried again later). Their payslips are drawn in one document per
    run (the fonts subset once) and sent over one connection to the mail server."""
    sends = [_Send(c["nomina_id"], c["empleado_id"], int(c["solicitud"])) for c in calls]
    answers: dict[int, dict[str, Any] | Exception] = {}
    for n, send in enumerate(sends):
        done = _begin(send)
        if done is not None:
            answers[n] = done
    settings = load_settings()
    ready = [n for n in range(len(sends)) if n not in answers]
    for n in ready:
        send = sends[n]
        if not send.address:
            answers[n] = _failed(send, str(M.MAIL_NO_ADDRESS(codigo=send.codigo)))
        elif not settings.ready:
            answers[n] = _failed(send, str(M.MAIL_NOT_CONFIGURED()))
    _write_messages(settings, [sends[n] for n in ready if n not in answers], answers, sends)
    to_send = [n for n in ready if n not in answers]
    if to_send:
        with mail.MailSession(settings.server, mail.password_for(settings.server)) as session:
            for n in to_send:
                answers[n] = _deliver(sends[n], session)
    return [answers[n] for n in range(len(sends))]


def _begin(send: _Send) -> dict[str, Any] | None:
    """Take the row for this attempt (None), or the call's final answer when there is nothing
    to send: asked again or withdrawn, sent already, failed, or perhaps sent by a worker that
    stopped while handing it over."""
    with session(write=True) as db:
        row = _row(db, send.run_id, send.empleado_id)
        if row is None or row.solicitud != send.solicitud:
            return {**send.outcome, "success": False, "skipped": "asked again or withdrawn"}
        if row.estado == EstadoEnvio.SENT:
            return {**send.outcome, "success": True, "skipped": "already sent"}
        if row.estado == EstadoEnvio.FAILED:
            return {**send.outcome, "success": False, "error": row.error or ""}
        if row.estado == EstadoEnvio.SENDING:
            reason = str(M.MAIL_UNCERTAIN(answer="the worker stopped"))
            _settle(row, EstadoEnvio.FAILED, error=reason)
            return {**send.outcome, "success": False, "error": reason}
        row.intentos += 1
        send.attempt = row.intentos
        send.codigo, address = db.execute(
            select(Empleado.codigo, Empleado.correo).where(Empleado.id == send.empleado_id)
        ).one()
        send.address = address or ""
    return None


def _write_messages(
    settings: MailSettings,
    waiting: list[_Send],
    answers: dict[int, dict[str, Any] | Exception],
    sends: list[_Send],
) -> None:
    """Each waiting send's message, its payslip drawn with the others of its run; a send whose
    payslip cannot be made is answered (failed, or tried again later)."""
    by_run: dict[str, list[_Send]] = {}
    for send in waiting:
        by_run.setdefault(send.run_id, []).append(send)
    for run_id, same in by_run.items():
        try:
            messages = payslip_messages(settings, run_id, {s.codigo: s.address for s in same})
        except Exception as exc:
            for send in same:
                answers[sends.index(send)] = _unmade(send, exc)
            continue
        for send in same:
            send.message = messages.get(send.codigo)
            if send.message is None:  # (recalculated and failed since it was asked)
                answers[sends.index(send)] = _failed(send, str(M.RUN_NO_PAYSLIPS(run=run_id)))


def _unmade(send: _Send, exc: Exception) -> dict[str, Any] | Exception:
    if isinstance(exc, PayrollInputError):  # (the run was reopened and is calculating)
        return _failed(send, str(exc))
    if send.attempt < MAX_ATTEMPTS:
        return exc  # the queue tries again later
    return _failed(send, f"{type(exc).__name__}: {exc}")


def _deliver(send: _Send, session_: mail.MailSession) -> dict[str, Any] | Exception:
    """Hand one message to the server and record how it went."""
    assert send.message is not None
    with session(write=True) as db:
        row = _row(db, send.run_id, send.empleado_id)
        if row is None or row.solicitud != send.solicitud or row.estado != EstadoEnvio.PENDING:
            return {**send.outcome, "success": False, "skipped": "asked again or withdrawn"}
        row.estado = EstadoEnvio.SENDING  # from here a stop leaves it "perhaps sent"
        row.destinatario = send.address
    try:
        answer = session_.send(send.message)
    except mail.MailError as exc:
        if exc.transient and send.attempt < MAX_ATTEMPTS:
            with session(write=True) as db:
                row = _row(db, send.run_id, send.empleado_id)
                if row is not None and row.solicitud == send.solicitud:
                    row.estado, row.error = EstadoEnvio.PENDING, exc.reason
            return TryAgain(exc.reason)
        if exc.kind == mail.UNCERTAIN:
            reason = str(M.MAIL_UNCERTAIN(answer=exc.reason))
        elif exc.transient:
            reason = str(M.MAIL_GAVE_UP(attempts=send.attempt, answer=exc.reason))
        else:
            reason = str(M.MAIL_REFUSED(answer=exc.reason))
        return _failed(send, reason)
    with session(write=True) as db:
        row = _row(db, send.run_id, send.empleado_id)
        if row is not None:
            _settle(row, EstadoEnvio.SENT, respuesta=answer)
            row.enviado_en = utcnow()
    log.info(
        "Payslip of %s (run %s) e-mailed to %s: %s",
        send.codigo,
        send.run_id,
        _masked(send.address),
        answer,
    )
    return {**send.outcome, "success": True, "destinatario": send.address, "respuesta": answer}


def payslip_messages(
    settings: MailSettings, run_id: str, addresses: dict[str, str]
) -> dict[str, EmailMessage]:
    """The e-mails to the employees of ``addresses`` (code -> address): the office's subject
    and body for each, their payslip attached (drawn in one document, cut)."""
    from coati_desk.payroll.reports.model import load_run
    from coati_desk.payroll.reports.pdf import render_payslips

    run = load_run(run_id, codigos=list(addresses))
    filas = run.completed_rows
    files = render_payslips(run, False) if filas else []
    domain = settings.server.sender_address.split("@")[-1]
    messages = {}
    for fila, (name, pdf) in zip(filas, files, strict=True):
        values = {
            "nombre": fila.nombre,
            "codigo": fila.codigo,
            "periodo": run.periodo,
            "empresa": run.empresa.nombre or run.planilla,
            "planilla": run.planilla,
        }
        message = EmailMessage()
        message["From"] = settings.server.sender
        message["To"] = addresses[fila.codigo]
        message["Subject"] = settings.subject.format_map(values)
        message["Message-ID"] = make_msgid("colilla", domain)
        message.set_content(settings.body.format_map(values))
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=name)
        messages[fila.codigo] = message
    return messages


def _row(db: Any, run_id: str, empleado_id: str) -> EnvioColilla | None:
    return db.scalars(
        select(EnvioColilla).where(
            EnvioColilla.nomina_id == run_id, EnvioColilla.empleado_id == empleado_id
        )
    ).first()


def _settle(
    row: EnvioColilla, estado: str, error: str | None = None, respuesta: str | None = None
) -> None:
    row.estado, row.error, row.respuesta = estado, error, respuesta


def _failed(send: _Send, reason: str) -> dict[str, Any]:
    with session(write=True) as db:
        row = _row(db, send.run_id, send.empleado_id)
        if row is not None:
            _settle(row, EstadoEnvio.FAILED, error=reason)
    log.warning(
        "Payslip of %s (run %s) not e-mailed: %s",
        send.codigo or send.empleado_id,
        send.run_id,
        reason,
    )
    return {**send.outcome, "success": False, "error": reason}


def _masked(address: str) -> str:
    """``m***@example.org``: enough to tell who, in a log that may be shared."""
    user, _, domain = address.partition("@")
    return f"{user[:1]}***@{domain}"


# -- what the window and the command show -------------------------------------------------------
_SEND_COLUMNS = (
    EnvioColilla.empleado_id,
    Empleado.codigo,
    (Empleado.nombres + " " + Empleado.apellidos).label("nombre"),
    EnvioColilla.estado,
    EnvioColilla.destinatario,
    EnvioColilla.intentos,
    EnvioColilla.error,
    EnvioColilla.usuario,
    EnvioColilla.solicitado_en,
    EnvioColilla.enviado_en,
    EnvioColilla.task_id,
)


def send_rows(
    run_id: str, unsent_only: bool = False, limit: int | None = None
) -> list[dict[str, Any]]:
    """The run's payslip e-mails by employee code; ``unsent_only``: those not sent (the
    failed first), at most ``limit``."""
    query = (
        select(*_SEND_COLUMNS)
        .join(Empleado, Empleado.id == EnvioColilla.empleado_id)
        .where(EnvioColilla.nomina_id == run_id)
    )
    if unsent_only:
        query = query.where(EnvioColilla.estado != EstadoEnvio.SENT).order_by(
            EnvioColilla.estado != EstadoEnvio.FAILED, Empleado.codigo
        )
    else:
        query = query.order_by(Empleado.codigo)
    with connect() as conn:
        return [dict(row._mapping) for row in conn.execute(query.limit(limit))]


def send_counts(run_id: str) -> dict[str, int]:
    """How many of the run's payslip e-mails are in each state, and in all (one query)."""
    counts = {state.value: 0 for state in EstadoEnvio}
    with connect() as conn:
        for estado, count in conn.execute(
            select(EnvioColilla.estado, func.count())
            .where(EnvioColilla.nomina_id == run_id)
            .group_by(EnvioColilla.estado)
        ):
            counts[estado] = int(count)
    counts["total"] = sum(counts.values())
    return counts
