"""Settings objects and the app's defaults: paths, and what the queue layer needs.

No Qt here. Settings are passed explicitly: ``QueueSettings.from_env()`` reads the environment
once, at the edge (a command, an external worker); the window builds its own from its saved
preferences. Workers started from the command line read the same values as the app.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import platformdirs

from coati_desk import APP_NAME

FALSE_WORDS = {"0", "false", "no", "off"}
# The app's own task module, loaded by every driver before plug-ins (COATI_TASK_MODULES): the
# composition names it here, so the queue loads it by name and never imports the payroll.
APP_TASK_MODULES = ("coati_desk.jobs.tasks",)
# Where the external worker commands enter the app (``dramatiq coati_desk.queue.tasks`` and
# ``huey_consumer coati_desk.queue.drivers.huey_driver.huey`` are aliases that call it).
WORKER_ENTRY_MODULE = "coati_desk.jobs.workers"


def user_data_dir() -> Path:
    """The per-user data folder (``~/.local/share/coati-desk`` on Linux). Asked once per task
    (the rules): remembered for the environment variables platformdirs reads."""
    env = os.environ
    return _user_data_dir(*(env.get(name) for name in _DATA_DIR_VARIABLES))


_DATA_DIR_VARIABLES = ("HOME", "XDG_DATA_HOME", "APPDATA", "LOCALAPPDATA", "USERPROFILE")


@lru_cache(maxsize=8)
def _user_data_dir(*_environment: str | None) -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def reports_dir() -> Path:
    """Where the window puts the reports it opens (``~/Documents/Coati Desk/Informes``)."""
    return Path(platformdirs.user_documents_dir()) / "Coati Desk" / "Informes"


@dataclass(frozen=True)
class QueueSettings:
    """What the queue layer needs to pick a backend and a folder, and which task modules to
    load (the app's own first, then plug-ins)."""

    enabled: bool = True
    redis_url: str | None = None
    queue_path: Path | None = None
    task_modules: tuple[str, ...] = APP_TASK_MODULES

    @classmethod
    def from_env(cls) -> QueueSettings:
        env = os.environ
        queue_path = env.get("COATI_QUEUE_PATH", "").strip()
        modules = env.get("COATI_TASK_MODULES", "")
        return cls(
            enabled=env.get("QUEUE_ENABLED", "1").strip().lower() not in FALSE_WORDS,
            redis_url=env.get("REDIS_URL", "").strip() or None,
            queue_path=expand_path(queue_path) if queue_path else None,
            task_modules=APP_TASK_MODULES
            + tuple(m.strip() for m in modules.split(",") if m.strip()),
        )


def expand_path(path: str) -> Path:
    """``~`` and ``~user`` expanded; a ``~name`` that is no user is kept as written."""
    try:
        return Path(path).expanduser()
    except RuntimeError:  # "Could not determine home directory"
        return Path(path)
