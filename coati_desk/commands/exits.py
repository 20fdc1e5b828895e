"""Employees who leave, from the terminal: ``liquidacion`` (the final settlement, printed, as a
PDF to sign with ``--out``; with ``--registrar`` the exit is recorded and the settlement is
calculated through the queue as a run of its own) and ``vacaciones``
(every active employee's vacation balance, printed or as CSV)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from coati_desk.commands import refused
from coati_desk.payroll.reports.text import money

AMOUNT = 13  # the width of an amount column


def _row(label: str, amounts: tuple[Any, ...], width: int) -> str:
    cut = label if len(label) <= width else label[: width - 1] + "…"
    return f"{cut:<{width}}" + "".join(f"{money(a):>{AMOUNT}}" for a in amounts)


def cmd_liquidacion(args: argparse.Namespace) -> int:
    from pathlib import Path

    from coati_desk.payroll.empresa import empresa_of
    from coati_desk.payroll.errors import PayrollInputError
    from coati_desk.payroll.liquidacion import final_settlement
    from coati_desk.payroll.reports import write_files
    from coati_desk.payroll.reports.liquidacion_pdf import (
        motivo_text,
        settlement_file_name,
        settlement_pdf,
    )

    try:
        liq = final_settlement(args.planilla, args.codigo, args.baja, args.motivo)
        paths = []
        if args.out:
            pdf = settlement_pdf(liq, empresa_of(args.planilla))
            paths = write_files([(settlement_file_name(liq), pdf)], Path(args.out))
    except (PayrollInputError, OSError) as exc:
        return refused(exc, args.out)
    print(f"Liquidación de {liq.codigo} {liq.nombre}")
    print(
        f"Ingreso: {liq.ingreso:%d/%m/%Y}   Baja: {liq.baja:%d/%m/%Y}   "
        f"Motivo: {motivo_text(liq.motivo)}"
    )
    print(f"Salario mensual: {money(liq.salario_mensual)}")
    print()
    width = max([len(p.descripcion) for p in liq.partes] + [20]) + 2
    print(
        f"{'Concepto':<{width}}"
        + "".join(f"{t:>{AMOUNT}}" for t in ("Monto", "INSS", "IR", "Neto"))
    )
    for parte in liq.partes:
        print(_row(parte.descripcion, (parte.monto, parte.inss, parte.ir, parte.neto), width))
    print("-" * (width + 4 * AMOUNT))
    print(_row("Total", (liq.total, liq.inss, liq.ir, liq.neto), width))
    print()
    for path in paths:
        print(path)
    if not args.registrar:
        print("Vista previa: la baja no se registró (use --registrar para registrarla)")
        return 0
    from coati_desk.commands.office import run_and_wait
    from coati_desk.jobs.runs import start_settlement

    print(f"Baja registrada: {liq.codigo} deja la planilla el {liq.baja:%d/%m/%Y}", flush=True)
    return run_and_wait(
        args,
        lambda queue: start_settlement(
            queue, args.planilla, args.codigo, args.baja, args.motivo, args.usuario
        ),
    )


def cmd_vacaciones(args: argparse.Namespace) -> int:
    from pathlib import Path

    from coati_desk.payroll.errors import PayrollInputError
    from coati_desk.payroll.inputs import parse_date
    from coati_desk.payroll.reports.vacaciones_csv import vacation_totals, write_vacation_csv
    from coati_desk.payroll.vacaciones import vacation_report

    try:
        on = parse_date(args.fecha, "fecha") if args.fecha else None
        rows = vacation_report(on)
    except PayrollInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.csv:
        try:
            count = write_vacation_csv(rows, Path(args.csv))
        except OSError as exc:
            print(f"error: {args.csv}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        print(f"{count} empleado(s) escritos en {args.csv}")
        return 0
    total = f"Total ({len(rows)} empleados)"
    name_w = max([len(r["nombre"]) for r in rows] + [len(total)]) + 2
    code_w = max([len(r["codigo"]) for r in rows] + [6]) + 2
    titles = ("Acumulados", "Tomados", "Saldo", "Valor")
    print(f"{'Código':<{code_w}}{'Nombre':<{name_w}}" + "".join(f"{t:>{AMOUNT}}" for t in titles))
    for r in rows:
        amounts = (r["acumulados"], r["tomados"], r["saldo"], r["valor"])
        print(f"{r['codigo']:<{code_w}}" + _row(r["nombre"], amounts, name_w))
    print("-" * (code_w + name_w + 4 * AMOUNT))
    print(f"{'':<{code_w}}" + _row(total, tuple(vacation_totals(rows).values()), name_w))
    print("(días; el valor, al salario vigente de cada empleado)")
    return 0
