"""The run's reports at the speed of the run: payslips, summary and spreadsheet for N employees.

    python benchmarks/reports.py [--employees 100 1000] [--json out.json]

For each size N it makes N demo employees in a fresh database, calculates their run (the
batch function the queue's workers call, without a queue), then times, in this process:

- ``payslips, one file each``: every employee's payslip as its own PDF (what is mailed);
- ``payslips, combined``: one PDF with a page per employee;
- ``summary PDF`` and ``XLSX``: the run summary and the spreadsheet.

``per_item_ms`` is the time per employee; issue 19's target is 1,000 individual payslips in at
most 5 s, and every line growing no faster than the run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import report
from benchmarks.payroll_run import PERIOD, _active_employees, fresh
from coati_desk.payroll import services
from coati_desk.payroll.employee_batch import calculate_employees
from coati_desk.payroll.reports.model import Run, load_run
from coati_desk.payroll.reports.pdf import render_payslips, render_summary
from coati_desk.payroll.reports.xlsx import render_xlsx

COLUMNS = ("report", "employees", "seconds", "per_item_ms", "files", "megabytes")


def calculated_run(folder: Path, employees: int) -> str:
    """A fresh database with N demo employees and their run, calculated: the run's id."""
    planilla_id = fresh(folder, employees)
    run_id = services.create_run(planilla_id, *PERIOD)
    calls = [
        {"empleado_id": e, "planilla_id": planilla_id, "periodo_inicio": PERIOD[0],
         "periodo_fin": PERIOD[1]}
        for e, _ in _active_employees(planilla_id)
    ]  # fmt: skip
    for start in range(0, len(calls), 500):
        calculate_employees(calls[start : start + 500])
    return run_id


def timed(name: str, employees: int, make: Callable[[], Any]) -> dict[str, Any]:
    start = time.perf_counter()
    made = make()
    seconds = time.perf_counter() - start
    files = made if isinstance(made, list) else [("", made)]
    return {
        "report": name,
        "employees": employees,
        "seconds": round(seconds, 3),
        "per_item_ms": round(seconds / employees * 1000, 2),
        "files": len(files),
        "megabytes": round(sum(len(data) for _, data in files) / 1e6, 2),
    }


def measure(run: Run, n: int) -> list[dict[str, Any]]:
    return [
        timed("payslips, one file each", n, lambda: render_payslips(run, False)),
        timed("payslips, combined", n, lambda: render_payslips(run, True)),
        timed("summary PDF", n, lambda: render_summary(run)),
        timed("XLSX", n, lambda: render_xlsx(run)),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.employees:
            rows += measure(load_run(calculated_run(Path(tmp) / str(n), n)), n)
    report(rows, COLUMNS, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
