"""How long the queue monitor's questions take with a large history, on each backend.

    python benchmarks/monitor.py [--tasks 20000] [--json out.json]

Fills the journal with N finished tasks (one per "employee", as a run leaves them), then times
what the *Cola* page asks: the stats, the first and the last page of 100, a page filtered by
status, a search for one employee and for 200 (a name that matches many people), the charts'
activity, and one task's detail. Each figure is the best of three, in milliseconds. Huey runs
on a temporary folder; Dramatiq on a private redis-server (skipped without one).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import report
from coati_desk.queue import get_queue_driver, selector, start_workers
from tests.redis_server import RedisServer


def employee_task(empleado_id: str, n: int) -> int:
    return n


def best_ms(ask: Callable[[], Any]) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        ask()
        times.append(time.perf_counter() - start)
    return round(min(times) * 1000, 1)


def measure(backend: str, tasks: int) -> dict[str, Any]:
    selector.reset()
    queue = get_queue_driver()
    assert queue.backend == backend, (queue.backend, backend)
    queue.register_task(employee_task, name="bench.employee", max_retries=0)
    ids = queue.enqueue_many(
        "bench.employee", ({"empleado_id": f"emp_{i:06d}", "n": i} for i in range(tasks))
    )
    workers = start_workers(4, queue)
    while queue.journal.status_counts().get("completed", 0) < tasks:
        time.sleep(0.05)
    workers.stop(timeout=60)
    many = [f"emp_{i:06d}" for i in range(0, tasks, max(tasks // 200, 1))][:200]
    return {
        "backend": backend,
        "tasks": tasks,
        "stats_ms": best_ms(queue.get_stats),
        "first_page_ms": best_ms(lambda: queue.list_tasks(limit=100)),
        "last_page_ms": best_ms(lambda: queue.list_tasks(offset=tasks - 100, limit=100)),
        "status_page_ms": best_ms(lambda: queue.list_tasks(status="completed", limit=100)),
        "search_one_ms": best_ms(lambda: queue.list_tasks(search=f"emp_{tasks // 2:06d}")),
        "search_200_ms": best_ms(lambda: queue.list_tasks(search="Pérez", values=many)),
        "activity_ms": best_ms(queue.activity),
        "detail_ms": best_ms(lambda: queue.task_detail(ids[tasks // 2])),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=20_000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = []
    folder = Path(tempfile.mkdtemp(prefix="coati-bench-monitor-"))
    try:
        os.environ.pop("REDIS_URL", None)
        os.environ["COATI_QUEUE_PATH"] = str(folder / "queue")
        rows.append(measure("huey", args.tasks))
        if not shutil.which("redis-server"):
            print("dramatiq: skipped (no redis-server on PATH)")
        else:
            server = RedisServer(folder)
            server.start()
            os.environ["REDIS_URL"] = server.url
            try:
                rows.append(measure("dramatiq", args.tasks))
            finally:
                selector.reset()
                server.stop()
    finally:
        selector.reset()
        shutil.rmtree(folder, ignore_errors=True)
    columns = [k for k in rows[0] if k != "backend"]
    report(rows, ["backend", *columns], args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
