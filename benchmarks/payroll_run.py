"""A whole payroll run through each backend with in-process workers.

    python benchmarks/payroll_run.py [--employees 1000] [--threads 4] [--json out.json]

Each backend gets a fresh database and queue folder; Dramatiq a private redis-server. The time
runs from enqueueing the parallel payroll task to the run being finished.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import report
from coati_desk.payroll import db, services
from coati_desk.payroll.demo import create_demo_planilla
from coati_desk.queue import get_queue_driver, selector, start_workers
from coati_desk.queue.tasks import process_payroll_parallel_task
from tests.redis_server import RedisServer

PERIOD = ("2026-11-01", "2026-11-30")


def measure(backend: str, employees: int, threads: int, folder: Path) -> dict[str, Any]:
    os.environ["COATI_QUEUE_PATH"] = str(folder / "queue")
    os.environ["COATI_DATABASE_URL"] = f"sqlite:///{folder / 'coati.sqlite3'}"
    selector.reset()
    db.reset_engines()
    planilla_id = create_demo_planilla(employees, seed=1, today=date(2026, 11, 20))
    queue = get_queue_driver()
    assert queue.backend == backend
    workers = start_workers(threads, queue)
    start = time.perf_counter()
    task_id = process_payroll_parallel_task.send(
        planilla_id=planilla_id, periodo_inicio=PERIOD[0], periodo_fin=PERIOD[1], usuario="bench"
    )
    while not (fan_out := queue.get_task_result(task_id))["result"]:
        time.sleep(0.01)
    run_id = fan_out["result"]["nomina_id"]
    while (summary := services.run_summary(run_id))["estado"] == "calculando":
        time.sleep(0.02)
    elapsed = time.perf_counter() - start
    workers.stop(timeout=60)
    return {
        "backend": backend,
        "employees": summary["total_empleados"],
        "threads": threads,
        "estado": summary["estado"],
        "seconds": round(elapsed, 2),
        "employees_per_s": round(summary["total_empleados"] / elapsed, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=1000)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.pop("REDIS_URL", None)
        os.environ.pop("QUEUE_ENABLED", None)
        rows.append(measure("huey", args.employees, args.threads, Path(tmp) / "huey"))
        if shutil.which("redis-server"):
            server = RedisServer(Path(tmp))
            server.start()
            os.environ["REDIS_URL"] = server.url
            try:
                rows.append(measure("dramatiq", args.employees, args.threads, Path(tmp) / "dq"))
            finally:
                selector.reset()
                server.stop()
        else:
            print("dramatiq: skipped (no redis-server on PATH)")
    report(rows, ("backend", "employees", "threads", "seconds", "employees_per_s"), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
