"""The app's tasks, registered on whichever driver is active.

This is the one module where the queue meets the payroll. ``dramatiq coati_desk.queue.tasks``
loads it: run by the ``dramatiq`` command, it binds this process to the Dramatiq driver on
``REDIS_URL``. Plug-in tasks come from the modules listed in ``COATI_TASK_MODULES``
(comma-separated), which external workers load too.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Iterable

from coati_desk.config import QueueSettings

log = logging.getLogger("coati_desk.queue")

DEFAULT_REDIS_URL = "redis://localhost:6379/0"
_loaded: set[str] = set()


def load_task_modules(modules: Iterable[str]) -> None:
    """Import plug-in task modules once each; a broken one is logged, not fatal."""
    for name in modules:
        if name in _loaded:
            continue
        _loaded.add(name)
        try:
            importlib.import_module(name)
        except Exception as exc:
            log.error("Could not load task module %s (COATI_TASK_MODULES): %s", name, exc)


def _bind_dramatiq_cli() -> None:
    """Under the ``dramatiq`` command, make this process's driver the Dramatiq one."""
    from coati_desk.queue.selector import bind_driver

    bind_driver("dramatiq", QueueSettings.from_env().redis_url or DEFAULT_REDIS_URL)


if "dramatiq.cli" in sys.modules:
    _bind_dramatiq_cli()
