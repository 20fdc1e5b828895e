"""A whole payroll run, end to end, on each backend, against the same work without a queue.

    python benchmarks/payroll_run.py [--employees 1000 10000] [--threads 1 4] [--repeat 3]
                                     [--json out.json]

For each size N it makes N demo employees (a fresh database and queue folder per line) and
times, from sending the parallel payroll task to the run being finished:

- ``embedded``: Huey on its folder with in-process worker threads (what the window runs);
- ``huey-processes``: ``huey_consumer ... -w 2 -k process`` (external worker processes);
- ``dramatiq-2-processes``: ``dramatiq coati_desk.queue.tasks -p 2`` on a private redis-server.

The same run without a queue, measured in the same run of this script, is the yardstick:

- ``bulk``: the plainest fast way (issue 19's yardstick): read the employees in one query,
  compute INSS and IR in Decimal, write every result row and its lines in one transaction;
  every line gives its time as a multiple of this one (``x_bulk``);
- ``arithmetic``: only the pure calculation (employees already in memory);
- ``task``: the employee task's own function (read, calculate, store the row), called directly.

Each of the last two comes as a plain loop and as a ``ProcessPoolExecutor(2)``; every line also
shows its rate as a ratio to the process pool doing the task's function (``vs_pool``) and the
bare arithmetic (``vs_arith_pool``). On a shared, noisy machine use ``--repeat`` (each line is
then the fastest of that many tries, every try on fresh data).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from benchmarks.common import report
from coati_desk.payroll import calculation as calc
from coati_desk.payroll import db, services
from coati_desk.payroll.db import session
from coati_desk.payroll.demo import create_demo_planilla
from coati_desk.payroll.models import Nomina, Planilla
from coati_desk.payroll.rules import load_rules
from coati_desk.queue import get_queue_driver, selector, start_workers
from coati_desk.queue.tasks import process_payroll_parallel_task
from tests.redis_server import RedisServer

PERIOD = ("2026-11-01", "2026-11-30")
BULK = "bulk: read, calculate, one write transaction (the yardstick)"
BIN = Path(sys.executable).parent
COLUMNS = (
    "how",
    "employees",
    "workers",
    "seconds",
    "employees_per_s",
    "x_bulk",
    "vs_pool",
    "vs_arith_pool",
)


def fresh(folder: Path, employees: int) -> str:
    """A new database and queue folder under ``folder`` with N demo employees: the planilla."""
    folder.mkdir(parents=True)
    os.environ["COATI_QUEUE_PATH"] = str(folder / "queue")
    os.environ["COATI_DATABASE_URL"] = f"sqlite:///{folder / 'coati.sqlite3'}"
    selector.reset()
    db.reset_engines()
    return create_demo_planilla(employees, seed=1, today=date(2026, 11, 20))


def line(how: str, employees: int, workers: str, seconds: float) -> dict[str, Any]:
    return {
        "how": how,
        "employees": employees,
        "workers": workers,
        "seconds": round(seconds, 3),
        "employees_per_s": round(employees / seconds, 1),
    }


# -- without a queue ---------------------------------------------------------------------------
def _active_employees(planilla_id: str) -> list[tuple[str, calc.Empleado]]:
    """The planilla's active employees: id and the calculation's input."""
    with session() as s:
        planilla = s.get(Planilla, planilla_id)
        assert planilla is not None
        return [
            (
                e.id,
                calc.Empleado(
                    e.salario_mensual,
                    e.fecha_ingreso,
                    e.fecha_baja,
                    tuple(
                        calc.Concepto(
                            c.codigo,
                            c.descripcion,
                            calc.TipoLinea(c.tipo),
                            c.valor,
                            c.porcentaje,
                            c.prioridad,
                        )
                        for c in e.conceptos
                        if c.activo
                    ),
                ),
            )
            for e in planilla.empleados
            if e.activo
        ]


def bulk(planilla_id: str) -> float:
    """Issue 19's yardstick, the plainest fast way without a queue: seconds to read the run's
    employees in one query, compute each one's INSS and IR in Decimal, and write every result
    row and its three lines in one transaction (the run and its pending rows made beforehand)."""
    from sqlalchemy import insert, update

    from coati_desk.payroll.models import Empleado, NominaEmpleado, NominaLinea

    run_id = services.create_run(planilla_id, *PERIOD)
    rules, monthly = load_rules("NI"), calc.Periodicidad.MENSUAL
    start = time.perf_counter()
    with session() as s:
        people = s.execute(
            select(NominaEmpleado.id, Empleado.salario_mensual)
            .join(Empleado, Empleado.id == NominaEmpleado.empleado_id)
            .where(NominaEmpleado.nomina_id == run_id)
        ).all()
    rows, lines = [], []
    for row_id, salary in people:
        inss = calc.money(salary * rules.inss_laboral)
        ir = calc.income_tax(rules, monthly, salary, inss, calc.Acumulado())
        rows.append(
            {
                "id": row_id,
                "estado": "completed",
                "salario_bruto": salary,
                "inss_laboral": inss,
                "ir": ir,
                "total_deducciones": inss + ir,
                "salario_neto": salary - inss - ir,
            }
        )
        amounts = (("percepcion", "SALARIO", salary), ("deduccion", "INSS", inss))
        for order, (kind, code, amount) in enumerate((*amounts, ("deduccion", "IR", ir))):
            lines.append(
                {"fila_id": row_id, "orden": order, "tipo": kind, "codigo": code,
                 "descripcion": code, "monto": amount}
            )  # fmt: skip
    with session(write=True) as s:
        s.execute(update(NominaEmpleado), rows)
        s.execute(insert(NominaLinea), lines)
    return time.perf_counter() - start


def arithmetic(empleado: calc.Empleado) -> str:
    start, end = (date.fromisoformat(d) for d in PERIOD)
    result = calc.calculate(empleado, start, end, calc.Periodicidad.MENSUAL, load_rules("NI"))
    return str(result.salario_neto)


def task_function(args: tuple[str, str]) -> bool:
    empleado_id, planilla_id = args
    return bool(services.calculate_employee(empleado_id, planilla_id, *PERIOD)["success"])


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def in_pool(fn: Callable[[Any], Any], items: list[Any]) -> float:
    """Seconds for a ProcessPoolExecutor(2) to map ``fn`` over ``items`` (start-up excluded)."""
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(abs, [1, 2]))  # both processes up before the clock starts
        start = time.perf_counter()
        results = list(pool.map(fn, items))
        seconds = time.perf_counter() - start
    if not all(results):
        raise SystemExit(f"{fn.__name__} failed in the process pool")
    return seconds


def baselines(folder: Path, employees: int) -> list[dict[str, Any]]:
    yardstick = bulk(fresh(folder / "bulk", employees))
    planilla_id = fresh(folder / "loop", employees)
    active = _active_employees(planilla_id)
    inputs = [e for _, e in active]
    loop = timed(lambda: [arithmetic(e) for e in inputs])
    rows = [
        line(BULK, employees, "1", yardstick),
        line("arithmetic, plain loop", employees, "1", loop),
        line("arithmetic, process pool", employees, "2 processes", in_pool(arithmetic, inputs)),
    ]
    services.create_run(planilla_id, *PERIOD)
    calls = [(empleado_id, planilla_id) for empleado_id, _ in active]
    seconds = timed(lambda: all([task_function(c) for c in calls]) or sys.exit("failed"))
    rows.append(line("task function, plain loop", employees, "1", seconds))
    planilla_id = fresh(folder / "pool", employees)  # the same demo data, seeded alike
    services.create_run(planilla_id, *PERIOD)
    calls = [(empleado_id, planilla_id) for empleado_id, _ in _active_employees(planilla_id)]
    db.reset_engines()  # the pool's processes make their own connections
    seconds = in_pool(task_function, calls)
    rows.append(line("task function, process pool", employees, "2 processes", seconds))
    return rows


# -- through the queue -------------------------------------------------------------------------
def run_payroll(planilla_id: str) -> float:
    """Send the parallel payroll task; seconds until its run is finished."""
    queue = get_queue_driver()
    start = time.perf_counter()
    task_id = process_payroll_parallel_task.send(
        planilla_id=planilla_id, periodo_inicio=PERIOD[0], periodo_fin=PERIOD[1], usuario="bench"
    )
    while not (fan_out := queue.get_task_result(task_id))["result"]:
        if fan_out["status"] == "failed":
            raise SystemExit(f"The payroll task failed: {fan_out['error']}")
        time.sleep(0.01)
    if not fan_out["result"].get("success"):
        raise SystemExit(f"The payroll task was refused: {fan_out['result']}")
    run_id = fan_out["result"]["nomina_id"]
    finished = select(Nomina.estado).where(Nomina.id == run_id)
    while True:  # a light query, every 20 ms: the workers have the machine to themselves
        with db.connect() as conn:
            if conn.execute(finished).scalar() != "calculando":
                break
        time.sleep(0.02)
    elapsed = time.perf_counter() - start
    summary = services.run_summary(run_id)
    if summary["completados"] != summary["total_empleados"]:
        raise SystemExit(f"Run {run_id} ended {summary['estado']}: {summary}")
    return elapsed


@contextmanager
def external_workers(command: list[str], log: Path, processes: int = 2) -> Iterator[None]:
    """Start worker processes and wait until each has said it is alive."""
    queue = get_queue_driver()
    before = len(queue.get_stats().get("workers", []))
    with log.open("wb") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while len(queue.get_stats().get("workers", [])) < before + processes:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"{command[0]} did not start:\n{log.read_text()[-2000:]}")
            time.sleep(0.05)
        yield
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()


def embedded(folder: Path, employees: int, threads: int) -> dict[str, Any]:
    planilla_id = fresh(folder, employees)
    workers = start_workers(threads, get_queue_driver())
    try:
        seconds = run_payroll(planilla_id)
    finally:
        workers.stop(timeout=60)
    return line("embedded (Huey, in-process threads)", employees, f"{threads} threads", seconds)


def huey_processes(folder: Path, employees: int) -> dict[str, Any]:
    planilla_id = fresh(folder, employees)
    command = [
        str(BIN / "huey_consumer"),
        "coati_desk.queue.drivers.huey_driver.huey",
        "-w",
        "2",
        "-k",
        "process",
    ]
    with external_workers(command, folder / "huey_consumer.log"):
        seconds = run_payroll(planilla_id)
    return line("Huey, huey_consumer -w 2 -k process", employees, "2 processes", seconds)


def dramatiq_processes(folder: Path, employees: int, threads: int) -> dict[str, Any]:
    planilla_id = fresh(folder, employees)
    command = [str(BIN / "dramatiq"), "coati_desk.queue.tasks", "-p", "2", "-t", str(threads)]
    with external_workers(command, folder / "dramatiq.log"):
        seconds = run_payroll(planilla_id)
    workers = f"2 processes x {threads} threads"
    return line("Dramatiq, dramatiq -p 2", employees, workers, seconds)


def measure_all(folder: Path, n: int, args: argparse.Namespace) -> list[dict[str, Any]]:
    found = baselines(folder / "baseline", n)
    found += [embedded(folder / f"embedded-{t}", n, t) for t in args.threads]
    found.append(huey_processes(folder / "huey", n))
    if not shutil.which("redis-server"):
        print("dramatiq: skipped (no redis-server on PATH)")
        return found
    server = RedisServer(folder)
    server.start()
    os.environ["REDIS_URL"] = server.url
    try:
        found.append(dramatiq_processes(folder / "dramatiq", n, args.dramatiq_threads))
    finally:
        del os.environ["REDIS_URL"]
        selector.reset()
        server.stop()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, nargs="+", default=[1000])
    parser.add_argument(
        "--threads",
        type=int,
        nargs="+",
        default=[1, 4],
        help="in-process worker threads (a line for each; the window's default is 4)",
    )
    parser.add_argument(
        "--dramatiq-threads", type=int, default=2, help="threads per dramatiq process"
    )
    parser.add_argument("--repeat", type=int, default=1, help="keep the fastest of N tries")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    for name in ("REDIS_URL", "QUEUE_ENABLED", "COATI_TASK_MODULES"):
        os.environ.pop(name, None)
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.employees:
            tries = [measure_all(Path(tmp) / f"{n}-{i}", n, args) for i in range(args.repeat)]
            found = [min(same, key=lambda row: row["seconds"]) for same in zip(*tries, strict=True)]
            pool = next(r for r in found if r["how"] == "task function, process pool")
            arith = next(r for r in found if r["how"] == "arithmetic, process pool")
            yardstick = next(r for r in found if r["how"] == BULK)
            for row in found:
                row["x_bulk"] = round(row["seconds"] / yardstick["seconds"], 1)
                row["vs_pool"] = round(row["employees_per_s"] / pool["employees_per_s"], 2)
                row["vs_arith_pool"] = round(row["employees_per_s"] / arith["employees_per_s"], 3)
            rows += found
    report(rows, COLUMNS, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
