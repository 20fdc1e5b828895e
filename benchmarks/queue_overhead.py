"""Enqueue and drain N trivial tasks on each backend, with in-process worker threads.

    python benchmarks/queue_overhead.py [--tasks 10000] [--threads 4] [--json out.json]

Huey runs on a fresh temporary folder; Dramatiq on a private redis-server this script starts
on a free port (skipped if there is no redis-server); inline runs each task in the caller.
The same calls through a ``ProcessPoolExecutor(2)``, in the same run, are the yardstick
(``vs_pool``: each backend's rate as a ratio to it).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import report
from coati_desk.queue import get_queue_driver, selector, start_workers
from tests.redis_server import RedisServer


def trivial(n: int) -> int:
    return n


def process_pool(tasks: int) -> dict[str, Any]:
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(trivial, [1, 2]))  # both processes up before the clock starts
        start = time.perf_counter()
        futures = [pool.submit(trivial, i) for i in range(tasks)]
        submitted = time.perf_counter()
        results = [f.result() for f in futures]
        done = time.perf_counter()
    assert results == list(range(tasks))
    return {
        "backend": "process pool (no queue)",
        "tasks": tasks,
        "threads": "2 processes",
        "enqueue_s": round(submitted - start, 3),
        "drain_s": round(done - submitted, 3),
        "total_s": round(done - start, 3),
        "tasks_per_s": round(tasks / (done - start), 1),
    }


def measure(backend: str, tasks: int, threads: int) -> dict[str, Any]:
    selector.reset()
    queue = get_queue_driver()
    assert queue.backend == backend, (queue.backend, backend)
    queue.register_task(trivial, name="bench.trivial", max_retries=0)
    start = time.perf_counter()
    ids = [queue.enqueue("bench.trivial", n=i) for i in range(tasks)]
    enqueued = time.perf_counter()
    workers = start_workers(threads, queue)
    # Wait on the cheap status counts (what a window polls), not on 1,000 records at a time.
    while queue.journal.status_counts().get("completed", 0) < tasks:
        time.sleep(0.01)
    drained = time.perf_counter()
    workers.stop(timeout=60)
    bulk_start = time.perf_counter()
    queue.get_bulk_results(ids)
    bulk = time.perf_counter() - bulk_start
    return {
        "backend": backend,
        "tasks": tasks,
        "threads": threads,
        "enqueue_s": round(enqueued - start, 3),
        "drain_s": round(drained - enqueued, 3),
        "total_s": round(drained - start, 3),
        "tasks_per_s": round(tasks / (drained - start), 1),
        "bulk_results_s": round(bulk, 4),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    rows = [process_pool(args.tasks)]
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.pop("REDIS_URL", None)
        os.environ["COATI_QUEUE_PATH"] = str(Path(tmp) / "huey")
        rows.append(measure("huey", args.tasks, args.threads))

        os.environ["QUEUE_ENABLED"] = "0"
        os.environ["COATI_QUEUE_PATH"] = str(Path(tmp) / "inline")
        rows.append(measure("inline", args.tasks, args.threads))
        del os.environ["QUEUE_ENABLED"]

        if not shutil.which("redis-server"):
            print("dramatiq: skipped (no redis-server on PATH)")
        else:
            server = RedisServer(Path(tmp))
            server.start()
            os.environ["REDIS_URL"] = server.url
            try:
                rows.append(measure("dramatiq", args.tasks, args.threads))
            finally:
                selector.reset()
                server.stop()

    for row in rows:
        row["vs_pool"] = round(row["tasks_per_s"] / rows[0]["tasks_per_s"], 2)
    columns = (
        "backend",
        "tasks",
        "threads",
        "enqueue_s",
        "drain_s",
        "total_s",
        "tasks_per_s",
        "vs_pool",
        "bulk_results_s",
    )
    report(rows, columns, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
