"""Issue 6, item 1 (Huey): worker processes killed with SIGKILL in the middle of a run.

After new workers start, every employee has exactly one completed row, the run's totals are the
sum of its rows, and no task is left "processing" in the queue's journal.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

from coati_desk.payroll import queries, services
from coati_desk.queue import get_queue_driver
from tests.conftest import huey_consumer, wait_until
from tests.reliability.test_contention import EMPLOYEES, check_nothing_lost, start_run


def test_huey_process_workers_killed_mid_run(spawn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = huey_consumer(spawn, "--workers", "2", "--worker-type", "process", modules="")
    queue = get_queue_driver()
    run_id = start_run("huey")
    wait_until(lambda: services.run_summary(run_id)["completados"] >= EMPLOYEES // 5, timeout=120)
    os.killpg(first.pid, signal.SIGKILL)  # the consumer and its worker processes, mid-task
    first.wait()
    done_when_killed = services.run_summary(run_id)["completados"]
    assert done_when_killed < EMPLOYEES, "the run finished before the workers were killed"

    huey_consumer(spawn, "--workers", "2", "--worker-type", "process", modules="")
    wait_until(lambda: services.run_summary(run_id)["estado"] != "calculando", timeout=300)
    check_nothing_lost(run_id, tmp_path)
    bulk = queue.get_bulk_results(queries.run_task_ids(run_id))
    assert bulk["completed"] == EMPLOYEES and bulk["processing"] == 0, bulk
