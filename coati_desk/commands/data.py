"""Planillas and runs in and out: ``demo``, ``import-employees``, ``export`` and ``report``."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from typing import Any

from coati_desk.commands import refused
from coati_desk.commands.progress import progress_bar

log = logging.getLogger("coati_desk")


def cmd_demo(args: argparse.Namespace) -> int:
    from coati_desk.payroll.demo import create_demo_planilla
    from coati_desk.payroll.demo_year import create_demo_year

    if args.year:
        planilla_id = create_demo_year(args.employees, seed=args.seed)
    else:
        planilla_id = create_demo_planilla(
            args.employees, args.periodicidad, seed=args.seed, office_month=True
        )
    log.info("Planilla de demostración con %d empleados: %s", args.employees, planilla_id)
    print(planilla_id)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from coati_desk.payroll.employees import import_employees_csv

    path = Path(args.file)
    try:
        result = import_employees_csv(path, args.planilla, planilla_nombre=path.stem)
    except OSError as exc:
        print(f"error: {path}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if result.errors:
        print(f"error: nothing imported; {len(result.errors)} problem(s):", file=sys.stderr)
        for problem in result.errors:
            print(f"  {problem}", file=sys.stderr)
        return 1
    log.info("Importados: %d nuevos, %d actualizados", result.created, result.updated)
    print(result.planilla_id)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from coati_desk.payroll.errors import PayrollInputError
    from coati_desk.payroll.reports import export_run_csv

    try:
        count = export_run_csv(args.run, Path(args.file))
    except (PayrollInputError, OSError) as exc:
        return refused(exc, args.file)
    log.info("%d empleados exportados a %s", count, args.file)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Make a report of a run here (no queue) and write its files into a folder."""
    from pathlib import Path

    from coati_desk.payroll import reports
    from coati_desk.payroll.errors import PayrollInputError

    out, started = sys.stderr, time.monotonic()

    def progress(done: int, total: int) -> None:
        if out.isatty():
            progress_bar(done, total, started, out)

    try:
        files = _report_files(args, progress)
        if out.isatty():
            out.write("\n")
        paths = reports.write_files(files, Path(args.out))
    except (PayrollInputError, OSError) as exc:
        return refused(exc, args.out)
    for path in paths:
        print(path)
    size = sum(path.stat().st_size for path in paths)
    log.info(
        "%d archivo(s), %.1f MB, en %.1f s", len(paths), size / 1e6, time.monotonic() - started
    )
    return 0


def _report_files(args: argparse.Namespace, progress: Any) -> Any:
    """The files ``report`` asked for: a run's report or filing, or a year's certificates."""
    from coati_desk.payroll import reports
    from coati_desk.payroll.errors import PayrollInputError

    if args.kind == "constancias":
        if not args.planilla or not args.year:
            raise PayrollInputError("--kind constancias needs --planilla ID and --year YYYY")
        return reports.ir_certificates(args.planilla, args.year, args.combined, progress)
    if not args.run:
        raise PayrollInputError(f"--kind {args.kind} needs --run ID")
    if args.kind in reports.FILING_KINDS:
        return reports.build_filing(args.kind, args.run)
    return reports.build(reports.SHORT_KINDS[args.kind], args.run, args.combined, progress)
