"""``email-payslips``: an approved run's payslips to each employee by e-mail, one queue task
each, with a progress bar until every one is sent or failed."""

from __future__ import annotations

import argparse
import logging
import sys
import time

from coati_desk.commands import driver, refused
from coati_desk.commands.progress import progress_bar

log = logging.getLogger("coati_desk")
SETTLED = ("completed", "failed", "cancelled")


def cmd_email_payslips(args: argparse.Namespace) -> int:
    from coati_desk.jobs.identity import claim_database
    from coati_desk.jobs.runs import email_payslips
    from coati_desk.payroll import payslip_mail
    from coati_desk.payroll.errors import PayrollInputError
    from coati_desk.queue import start_workers

    queue = driver(args.backend)
    mismatch = claim_database(queue)
    if mismatch is not None:
        log.error("%s", mismatch)
        return 2
    only = [code for code in (args.only or "").split(",") if code.strip()]
    workers = None if args.no_workers else start_workers(args.workers, queue)
    started = time.monotonic()
    try:
        try:
            task_ids = email_payslips(queue, args.run, args.usuario, only, args.failed, args.again)
        except PayrollInputError as exc:
            return refused(exc)
        if not task_ids:
            print(
                "Nada que enviar: cada colilla ya se envió, va en camino o falló "
                "(--failed las reintenta, --again las envía de nuevo)."
            )
            return 0
        print(f"Colillas por enviar: {len(task_ids)} ({queue.backend})", flush=True)
        _wait(queue, task_ids, started)
    finally:
        if workers is not None:
            workers.stop(timeout=60)
    asked = set(task_ids)
    rows = [r for r in payslip_mail.send_rows(args.run) if r["task_id"] in asked]
    sent = [r for r in rows if r["estado"] == "sent"]
    failed = [r for r in rows if r["estado"] != "sent"]
    print(f"Enviadas: {len(sent)}  fallidas: {len(failed)}  en {time.monotonic() - started:.1f} s")
    for row in failed:
        print(f"  {row['codigo']} {row['nombre']}: {row['error'] or row['estado']}")
    return 1 if failed else 0


def _wait(queue: object, task_ids: list[str], started: float) -> None:
    """Until every task settled (sent, failed for good, or given up by the queue)."""
    out, last_line, total = sys.stderr, 0.0, len(task_ids)
    while True:
        counts = queue.get_bulk_results(task_ids)  # type: ignore[attr-defined]
        done = sum(counts.get(status, 0) for status in SETTLED)
        if done >= total:
            break
        if out.isatty() or time.monotonic() - last_line > 2:
            progress_bar(done, total, started, out)
            if not out.isatty():
                out.write("\n")
            last_line = time.monotonic()
        time.sleep(0.25)
    progress_bar(total, total, started, out)
    out.write("\n")


def cmd_mail_settings(args: argparse.Namespace) -> int:
    """Show the office's mail settings, or change the ones given (the window's *Correo* tab,
    for an office without one). The password is not taken here: the keyring (the window) or
    ``COATI_SMTP_PASSWORD``."""
    from dataclasses import replace

    from coati_desk.payroll import payslip_mail
    from coati_desk.payroll.errors import PayrollInputError

    current = payslip_mail.load_settings()
    server = current.server
    changes = {
        "host": args.server,
        "port": args.port,
        "security": args.security,
        "user": args.user,
        "sender_name": args.sender_name,
        "sender_address": args.sender,
    }
    given = {k: v for k, v in changes.items() if v is not None}
    subject = current.subject if args.subject is None else args.subject
    body = current.body if args.body is None else args.body
    if given or args.subject is not None or args.body is not None:
        current = payslip_mail.MailSettings(replace(server, **given), subject, body)
        try:
            payslip_mail.save_settings(current)
        except PayrollInputError as exc:
            return refused(exc)
        server = current.server
    print(f"Servidor: {server.host or '(sin configurar)'}:{server.port} ({server.security})")
    print(f"Usuario: {server.user or '(ninguno)'}")
    print(f"Remitente: {server.sender or '(sin configurar)'}")
    print(f"Asunto: {current.subject}")
    print("Mensaje:\n" + current.body)
    return 0 if current.ready else 1
