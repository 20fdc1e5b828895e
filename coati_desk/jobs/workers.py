"""Entry points of the external worker commands, as the seed documents them:

``dramatiq coati_desk.queue.tasks`` and ``huey_consumer coati_desk.queue.drivers.huey_driver.huey``
are aliases (in the queue package, which names no app module) that call these.
"""

from __future__ import annotations

import logging
from typing import Any

from coati_desk.config import QueueSettings
from coati_desk.jobs.identity import claim_database
from coati_desk.queue import selector

log = logging.getLogger("coati_desk.queue")

DEFAULT_REDIS_URL = "redis://localhost:6379/0"


def bind_dramatiq_cli() -> None:
    """Under the ``dramatiq`` command, make this process's driver the Dramatiq one, and refuse
    to start (exit 2, Dramatiq's code for a module that cannot be imported) unless its payroll
    database is the one this Redis works with."""
    settings = QueueSettings.from_env()
    driver = selector.bind_driver("dramatiq", settings.redis_url or DEFAULT_REDIS_URL, settings)
    try:
        mismatch = claim_database(driver)
    except Exception as exc:
        log.error("The payroll database cannot be used: %s", exc)
        raise ImportError(f"The payroll database cannot be used: {exc}") from exc
    if mismatch is not None:
        log.error("%s", mismatch)
        raise ImportError(str(mismatch))


def huey_for_consumer() -> Any:
    """The Huey instance an external ``huey_consumer`` runs: on the folder the app would choose,
    with the app's tasks (and those of ``COATI_TASK_MODULES``) registered."""
    settings = QueueSettings.from_env()
    driver = selector.bind_driver("huey", str(selector.choose_queue_folder(settings)), settings)
    return driver.huey  # type: ignore[attr-defined]
