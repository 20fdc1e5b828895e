"""The terminal's commands, one module per concept; ``coati_desk.cli`` builds the parser and
wires each subcommand to its ``cmd_*`` function here.

- ``office``: the office month (``run``, ``aguinaldo``, ``import-novedades``, ``approve``,
  ``pay``, ``reopen``)
- ``data``: planillas and runs in and out (``demo``, ``import-employees``, ``export``, ``report``)
- ``exits``: an employee who leaves (``liquidacion``) and vacation balances (``vacaciones``)
- ``workers``: the queue (``stats``, ``worker``)
- ``progress``: the progress bar, waiting for a run, its totals

The commands are thin: what they share with the window (start a run, the database check of a
queue) lives in ``coati_desk.jobs``.
"""

from __future__ import annotations

import sys
from typing import Any


def driver(backend: str | None) -> Any:
    """The queue driver the ``--backend`` option names (``auto``, or none given: the default)."""
    from coati_desk.queue import get_queue_driver

    return get_queue_driver(force_backend=None if backend in (None, "auto") else backend)


def refused(exc: Exception, path: object = None) -> int:
    """Say why a command cannot go on (bad input, or a file it cannot read or write) on stderr,
    in one line; the exit code for it, 2."""
    if isinstance(exc, OSError):
        print(f"error: {path}: {exc.strerror or exc}", file=sys.stderr)
    else:
        print(f"error: {exc}", file=sys.stderr)
    return 2
