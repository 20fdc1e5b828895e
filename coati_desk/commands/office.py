"""The office month from the terminal: ``run`` (and ``run --aprobar``), ``aguinaldo``,
``import-novedades``, and the run's steps ``approve``, ``pay`` and ``reopen``."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable
from typing import Any

from coati_desk.commands import driver, refused
from coati_desk.commands.progress import print_totals, wait_for_run

log = logging.getLogger("coati_desk")


def cmd_run(args: argparse.Namespace) -> int:
    from coati_desk.jobs.runs import start_payroll

    return run_and_wait(
        args,
        lambda queue: start_payroll(queue, args.planilla, args.desde, args.hasta, args.usuario),
    )


def cmd_aguinaldo(args: argparse.Namespace) -> int:
    """The planilla's aguinaldo of ``--year`` (1 December of the year before to 30 November),
    one task per employee, waited for and approved like ``run``."""
    from coati_desk.jobs.runs import start_aguinaldo

    return run_and_wait(
        args, lambda queue: start_aguinaldo(queue, args.planilla, args.year, args.usuario)
    )


def run_and_wait(args: argparse.Namespace, start: Callable[[Any], tuple[str, str | None]]) -> int:
    """Start a run (``start(queue)``: its run and fan-out task ids), show its progress until it
    settles, print its totals and, with ``--aprobar``, approve it (``args``: ``--backend``,
    ``--workers``/``--no-workers``, ``--usuario`` and ``--aprobar``)."""
    from coati_desk.jobs.identity import claim_database
    from coati_desk.payroll import services
    from coati_desk.queue import start_workers

    queue = driver(args.backend)
    mismatch = claim_database(queue)  # before the run is written: its workers must see it
    if mismatch is not None:
        log.error("%s", mismatch)
        return 2
    workers = None if args.no_workers else start_workers(args.workers, queue)
    started = time.monotonic()
    try:
        try:
            run_id, task_id = start(queue)
        except services.PayrollInputError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"Nómina {run_id} ({queue.backend})", flush=True)
        summary = wait_for_run(queue, run_id, started, task_id)
        if summary is None:
            return 2
    finally:
        if workers is not None:
            workers.stop(timeout=60)
    print_totals(summary, time.monotonic() - started)
    if args.aprobar:
        return _approve_after_run(run_id, summary, args.usuario)
    return 1 if summary.fallidos else 0


def _approve_after_run(run_id: str, summary: Any, usuario: str) -> int:
    """``run --aprobar``: approve the run if every employee was calculated; else say why."""
    from coati_desk.payroll.approval import approve_run
    from coati_desk.payroll.errors import PayrollInputError
    from coati_desk.payroll.models import EstadoNomina

    if summary.estado != EstadoNomina.CALCULADA or summary.fallidos:
        print(
            f"error: no se aprueba la nómina {run_id}: quedó «{summary.estado}» "
            f"({summary.fallidos} fallidos, {summary.cancelados} cancelados); "
            "corrija y recalcule, luego `coati-desk approve`",
            file=sys.stderr,
        )
        return 1
    try:
        approve_run(run_id, usuario)
    except PayrollInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"Nómina {run_id} aprobada por {usuario}")
    return 0


def cmd_import_novedades(args: argparse.Namespace) -> int:
    """The period's inputs from a CSV (all or nothing); the run's affected employees are then
    calculated again through the queue, if the period's run exists."""
    from pathlib import Path

    from coati_desk.jobs.identity import claim_database
    from coati_desk.jobs.runs import apply_inputs
    from coati_desk.payroll.errors import PayrollInputError
    from coati_desk.payroll.novedades import import_inputs_csv
    from coati_desk.queue import start_workers

    path = Path(args.file)
    try:
        result = import_inputs_csv(args.planilla, args.desde, args.hasta, path, args.usuario)
    except (PayrollInputError, OSError) as exc:
        return refused(exc, path)
    if result.errors:
        print(
            f"error: no se guardó ninguna novedad; {len(result.errors)} problema(s):",
            file=sys.stderr,
        )
        for problem in result.errors:
            print(f"  {problem}", file=sys.stderr)
        return 1
    for warning in result.warnings:
        print(f"aviso: {warning}", file=sys.stderr)
    print(f"{result.saved} novedad(es) guardada(s) para {len(result.empleados)} empleado(s)")
    if result.run_id is None:
        print("La nómina del periodo aún no existe: se calcularán con `coati-desk run`")
        return 0
    queue = driver(args.backend)
    mismatch = claim_database(queue)
    if mismatch is not None:
        log.error("%s", mismatch)
        return 2
    try:
        sent = apply_inputs(queue, result.run_id, result.empleados)
    except PayrollInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.no_workers:
        print(f"Nómina {result.run_id}: {sent} empleado(s) en cola para recalcular")
        return 0
    print(f"Nómina {result.run_id}: recalculando {sent} empleado(s)", flush=True)
    workers = start_workers(args.workers, queue)
    started = time.monotonic()
    try:
        summary = wait_for_run(queue, result.run_id, started)
    finally:
        workers.stop(timeout=60)
    print_totals(summary, time.monotonic() - started)
    return 1 if summary.fallidos else 0


def _run_step(args: argparse.Namespace, step: str) -> int:
    from coati_desk.payroll import approval
    from coati_desk.payroll.errors import PayrollInputError

    try:
        if step == "approve":
            approval.approve_run(args.run, args.usuario)
            done = "aprobada"
        elif step == "pay":
            approval.pay_run(args.run, args.usuario)
            done = "pagada"
        else:
            approval.reopen_run(args.run, args.usuario, args.motivo)
            done = "reabierta"
    except PayrollInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"Nómina {args.run} {done} por {args.usuario}")
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    return _run_step(args, "approve")


def cmd_pay(args: argparse.Namespace) -> int:
    return _run_step(args, "pay")


def cmd_reopen(args: argparse.Namespace) -> int:
    return _run_step(args, "reopen")
