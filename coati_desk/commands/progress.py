"""What the commands that wait show: the progress bar, a run's progress until it settles, and
its totals."""

from __future__ import annotations

import sys
import time
from typing import Any


def progress_bar(done: int, total: int, started: float, out: Any) -> None:
    elapsed = max(time.monotonic() - started, 1e-6)
    rate = done / elapsed
    eta = (total - done) / rate if rate > 0 else 0
    width = 30
    filled = int(width * done / total) if total else width
    bar = "█" * filled + "░" * (width - filled)
    pct = done / total * 100 if total else 100
    out.write(
        f"\r[{bar}] {done}/{total} {pct:5.1f}%  {rate:6.1f}/s  ETA {int(eta) // 60}:"
        f"{int(eta) % 60:02d} "
    )
    out.flush()


def wait_for_run(queue: Any, run_id: str, started: float, task_id: str | None = None) -> Any:
    """Show the run's progress until no employee of it is left calculating; its summary, or
    None when the fan-out task ``task_id`` failed (the error is printed)."""
    from coati_desk.payroll import services
    from coati_desk.payroll.models import EstadoNomina

    summary = services.run_summary(run_id)
    out, last_line = sys.stderr, 0.0
    while summary.estado == EstadoNomina.CALCULANDO:
        if task_id is not None:
            fan_out = queue.get_task_result(task_id)
            if fan_out["status"] == "completed" and not fan_out["result"]["success"]:
                print(f"\nerror: {fan_out['result']['error']}", file=sys.stderr)
                return None
        if out.isatty() or time.monotonic() - last_line > 2:
            progress_bar(summary.settled, summary.total_empleados, started, out)
            if not out.isatty():
                out.write("\n")
            last_line = time.monotonic()
        time.sleep(0.25)
        summary = services.run_summary(run_id)
    progress_bar(summary.total_empleados, summary.total_empleados, started, out)
    out.write("\n")
    return summary


def print_totals(summary: Any, elapsed: float) -> None:
    print(
        f"Estado: {summary.estado} en {elapsed:.1f} s\n"
        f"Empleados: {summary.total_empleados}  completados: {summary.completados}  "
        f"fallidos: {summary.fallidos}  cancelados: {summary.cancelados}\n"
        f"Total bruto: {summary.total_bruto}\n"
        f"Total deducciones: {summary.total_deducciones}\n"
        f"Total neto: {summary.total_neto}\n"
        f"Aportes patronales: {summary.total_aportes}"
    )
