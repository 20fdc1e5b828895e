"""``dramatiq coati_desk.queue.tasks``: the seed's command for external Dramatiq workers.

An alias, nothing more: the queue knows nothing of payroll. Importing it loads the task
modules the settings name (the app's own, ``coati_desk.jobs.tasks``, then those of
``COATI_TASK_MODULES``) by name; run by the ``dramatiq`` command, it calls the app's worker
entry (``coati_desk.jobs.workers``), which binds this process to the Dramatiq driver on
``REDIS_URL`` and refuses to start on another payroll database. The app's task names and
handles read through it (``from coati_desk.queue.tasks import process_payroll_parallel_task``)
as the seed's examples do.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

from coati_desk.config import APP_TASK_MODULES, WORKER_ENTRY_MODULE, QueueSettings
from coati_desk.queue.registry import load_task_modules

load_task_modules(QueueSettings.from_env().task_modules)

if "dramatiq.cli" in sys.modules:
    importlib.import_module(WORKER_ENTRY_MODULE).bind_dramatiq_cli()


def __getattr__(name: str) -> Any:
    """The app's tasks by their names (``process_payroll_parallel_task``, ``PROCESS_PAYROLL``)."""
    for module in APP_TASK_MODULES:
        found = getattr(importlib.import_module(module), name, None)
        if found is not None:
            return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
