"""Enqueue and drain N trivial tasks on each backend, with in-process worker threads.

    python benchmarks/queue_overhead.py [--tasks 1000] [--threads 4] [--json out.json]

Huey runs on a fresh temporary folder; Dramatiq on a private redis-server this script starts
on a free port (skipped if there is no redis-server); inline runs each task in the caller.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coati_desk.queue import get_queue_driver, selector, start_workers


def trivial(n: int) -> int:
    return n


def start_redis(folder: Path) -> tuple[subprocess.Popen[bytes], str] | None:
    binary = shutil.which("redis-server")
    if not binary:
        return None
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(folder),
        ],
        stdout=subprocess.DEVNULL,
    )
    import redis

    client = redis.Redis(port=port)
    for _ in range(200):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    return proc, f"redis://127.0.0.1:{port}/0"


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
    parser.add_argument("--tasks", type=int, default=1000)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.pop("REDIS_URL", None)
        os.environ["COATI_QUEUE_PATH"] = str(Path(tmp) / "huey")
        rows.append(measure("huey", args.tasks, args.threads))

        os.environ["QUEUE_ENABLED"] = "0"
        os.environ["COATI_QUEUE_PATH"] = str(Path(tmp) / "inline")
        rows.append(measure("inline", args.tasks, args.threads))
        del os.environ["QUEUE_ENABLED"]

        redis_server = start_redis(Path(tmp))
        if redis_server is None:
            print("dramatiq: skipped (no redis-server on PATH)")
        else:
            proc, os.environ["REDIS_URL"] = redis_server
            try:
                rows.append(measure("dramatiq", args.tasks, args.threads))
            finally:
                selector.reset()
                proc.terminate()
                proc.wait()

    print(
        f"{'backend':<10}{'tasks':>7}{'enqueue s':>11}{'drain s':>9}{'total s':>9}"
        f"{'tasks/s':>10}{'bulk s':>9}"
    )
    for row in rows:
        print(
            f"{row['backend']:<10}{row['tasks']:>7}{row['enqueue_s']:>11}{row['drain_s']:>9}"
            f"{row['total_s']:>9}{row['tasks_per_s']:>10}{row['bulk_results_s']:>9}"
        )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
