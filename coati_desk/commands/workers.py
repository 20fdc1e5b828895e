"""The queue from the terminal: its statistics (``stats``), and the external workers that
consume it (``worker``)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
from typing import Any

from coati_desk.commands import driver

log = logging.getLogger("coati_desk")


def cmd_stats(args: argparse.Namespace) -> int:
    stats: dict[str, Any] = driver(args.backend).get_stats()
    print(json.dumps(stats, indent=2, default=str))
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    """Replace this process with the consumer of the backend the environment selects."""
    from coati_desk.jobs.identity import claim_database

    queue = driver(args.backend)
    if queue.backend == "inline":
        print(
            "error: QUEUE_ENABLED=0: tasks run inline, there is nothing to consume", file=sys.stderr
        )
        return 2
    if queue.backend == "dramatiq":
        mismatch = claim_database(queue)  # every process on this Redis: one payroll database
        if mismatch is not None:
            log.error("%s", mismatch)
            return 2
        command = [
            sys.executable,
            "-m",
            "dramatiq",
            "coati_desk.queue.tasks",
            "--threads",
            str(args.worker_threads),
            "--processes",
            str(args.processes),
            "--queues",
            "default",
            "priority",
        ]
    else:
        consumer = shutil.which("huey_consumer") or "huey_consumer"
        command = [
            consumer,
            "coati_desk.queue.drivers.huey_driver.huey",
            "--workers",
            str(args.worker_threads),
        ]
        if args.processes > 1:
            command += ["--worker-type", "process", "--workers", str(args.processes)]
    log.info("Starting: %s", " ".join(command))
    sys.stdout.flush()
    if getattr(sys, "frozen", False):  # the built app: no python or huey_consumer beside it
        return _consume_here(command)
    os.execv(command[0], command)
    return 0  # not reached


def cmd_window_workers(args: argparse.Namespace) -> int:
    """The window's worker process: settings on standard input, log on standard error."""
    import signal

    from coati_desk.jobs.worker_process import serve

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in the window's terminal: it decides
    return serve(sys.stdin.buffer, sys.stderr)


def _consume_here(command: list[str]) -> int:
    """Run the consumer ``command`` names inside this process (Dramatiq's worker processes
    are this executable again, through multiprocessing)."""
    if command[1:3] == ["-m", "dramatiq"]:
        from dramatiq.cli import main as dramatiq_main
        from dramatiq.cli import make_argument_parser

        return int(dramatiq_main(make_argument_parser().parse_args(command[3:])) or 0)
    from huey.bin.huey_consumer import consumer_main

    sys.argv = ["huey_consumer", *command[1:]]
    consumer_main()
    return 0
