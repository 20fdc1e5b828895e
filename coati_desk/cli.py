"""``coati-desk``: the window by default, plus a few commands for the terminal."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Any

from coati_desk import __version__

LOG_FORMAT = "%(levelname)s: %(message)s"


def setup_logging(verbose: bool = False) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, format=LOG_FORMAT)
    # Huey and Dramatiq log each failed attempt with a traceback; the queue's journal keeps
    # those, and logs one line per failure itself.
    for name in ("huey", "dramatiq"):
        logging.getLogger(name).setLevel(logging.CRITICAL if not verbose else logging.INFO)


def _info(_: argparse.Namespace) -> int:
    from coati_desk.queue import get_queue_driver

    stats: dict[str, Any] = get_queue_driver().get_stats()
    print(json.dumps(stats, indent=2, default=str))
    return 0


def _gui(args: argparse.Namespace) -> int:
    from coati_desk.gui.app import run_app

    return run_app(sys.argv[:1], worker_threads=args.threads)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="coati-desk", description="Coati Desk: payrolls calculated in the background."
    )
    parser.add_argument("--version", action="version", version=f"coati-desk {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug lines")
    parser.add_argument(
        "--threads", type=int, default=4, help="in-process worker threads (0: none)"
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("gui", help="open the window (the default)").set_defaults(func=_gui)
    sub.add_parser("info", help="print the queue backend, location and stats as JSON").set_defaults(
        func=_info
    )
    args = parser.parse_args(argv)
    if args.threads < 0:
        parser.error("--threads must be 0 or more")
    setup_logging(args.verbose)
    return int(getattr(args, "func", _gui)(args))


if __name__ == "__main__":
    sys.exit(main())
