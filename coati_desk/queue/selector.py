"""Which backend runs the queue, and which folder holds it.

1. ``QUEUE_ENABLED=0``: the inline driver (tasks run in the caller).
2. ``REDIS_URL`` set and Redis answers PING within 2 s: Dramatiq.
3. Otherwise Huey on a queue folder.

Settings are passed explicitly (``get_queue_driver(settings)``: the window builds its own);
without them, the environment is read (``QueueSettings.from_env()``). The answer is cached, not
frozen: a change of settings is picked up on the next call, and
``get_queue_driver(refresh=True)`` asks Redis again (for when it has come back).

This is the only module that imports the concrete drivers, and the one that loads the task
modules the settings name (the app's own, then ``COATI_TASK_MODULES``) before a driver starts.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import os
import secrets
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlsplit

from coati_desk.config import QueueSettings, user_data_dir
from coati_desk.queue import messages as M
from coati_desk.queue.contract import QueueDriver, QueueError, WorkerGroup
from coati_desk.queue.registry import load_task_modules, set_default_sender
from coati_desk.redaction import redact_url

log = logging.getLogger("coati_desk.queue")

BACKENDS = ("huey", "dramatiq", "inline")
REDIS_PING_TIMEOUT = 2.0
SYSTEM_QUEUE_DIR = Path("/var/lib/coati/queue")

_lock = threading.RLock()
_drivers: dict[tuple[str, str], QueueDriver] = {}
_active: QueueDriver | None = None
_active_key: tuple[object, ...] | None = None


def _root_cause(exc: BaseException) -> BaseException:
    seen = {id(exc)}
    while True:
        inner = exc.__cause__ or exc.__context__
        if inner is None or id(inner) in seen:
            return exc
        seen.add(id(inner))
        exc = inner


def open_redis_warning(url: str) -> str | None:
    """A warning for a Redis reached over the network without a password; None otherwise."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return None  # malformed: it cannot connect at all, and that is said elsewhere
    if parts.scheme == "unix" or parts.password or host in ("", "localhost"):
        return None
    with contextlib.suppress(ValueError):
        if ipaddress.ip_address(host).is_loopback:
            return None
    return (
        f"Redis at {redact_url(url)} has no password and is reached over the network: anyone "
        "there can read and change the payroll queue. Set one (requirepass) and put it in "
        "REDIS_URL (redis://:password@host:6379/0)"
    )


def redis_unreachable_reason(url: str, timeout: float = REDIS_PING_TIMEOUT) -> str | None:
    """None if Redis at ``url`` answers PING within ``timeout`` seconds, else why not."""
    import redis

    try:
        client = redis.Redis.from_url(
            url, socket_connect_timeout=timeout, socket_timeout=timeout, retry_on_timeout=False
        )
    except ValueError as exc:  # a malformed URL
        return M.INVALID_REDIS_URL(url=redact_url(url), error=exc)
    try:
        client.ping()
        return None
    except Exception as exc:  # any failure means "not usable", and why
        cause = _root_cause(exc)
        return str(cause) or type(cause).__name__
    finally:
        client.close()


# -- the queue folder -------------------------------------------------------------------------
def folder_usable(path: Path) -> bool:
    """Create ``path`` (0700) if needed, then write, read back and delete a probe file."""
    probe = path / f".coati-probe-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        if not path.is_dir():
            path.mkdir(mode=0o700, parents=True)
        payload = secrets.token_bytes(16)
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        try:
            os.write(fd, payload)
        finally:
            os.close(fd)
        return probe.read_bytes() == payload
    except (OSError, ValueError):  # ValueError: a NUL character in the name
        return False
    finally:
        with contextlib.suppress(OSError, ValueError):
            probe.unlink(missing_ok=True)


def _private_temp_folder() -> Path:
    """``<tmp>/coati_queue``, if it is ours and private; else a fresh private temp folder."""
    path = Path(tempfile.gettempdir()) / "coati_queue"
    try:
        path.mkdir(mode=0o700, exist_ok=True)
        info = path.lstat()
        if path.is_dir() and not path.is_symlink() and info.st_uid == os.getuid():
            path.chmod(0o700)
            if folder_usable(path):
                return path
    except OSError:
        pass
    return Path(tempfile.mkdtemp(prefix="coati_queue-"))


def choose_queue_folder(settings: QueueSettings | None = None) -> Path:
    """The Huey queue folder: ``COATI_QUEUE_PATH``, else the first usable default, else temp."""
    settings = settings or QueueSettings.from_env()
    if settings.queue_path is not None:
        candidates = [settings.queue_path]
    else:
        candidates = [SYSTEM_QUEUE_DIR, user_data_dir() / "queue", Path.cwd() / ".coati_queue"]
    for path in candidates:
        path = path.absolute()
        if folder_usable(path):
            return path
        if path == SYSTEM_QUEUE_DIR and not path.exists():
            # Not set up by an administrator: the usual case on a desktop, not an error.
            log.debug("System queue folder %s is not set up; trying the next", path)
            continue
        log.error("Insufficient permissions for queue storage at %s", path)
    path = _private_temp_folder()
    log.warning("Using temporary directory for queue storage: %s", path)
    return path


# -- the driver ----------------------------------------------------------------------------
def _make_driver(backend: str, location: str) -> QueueDriver:
    if backend == "dramatiq":
        from coati_desk.queue.drivers.dramatiq_driver import DramatiqDriver

        return DramatiqDriver(location)
    from coati_desk.queue.drivers.huey_driver import HueyDriver

    return HueyDriver(Path(location), inline=(backend == "inline"))


def _driver_for(backend: str, location: str) -> QueueDriver:
    key = (backend, location)
    driver = _drivers.get(key)
    if driver is None:
        driver = _drivers[key] = _make_driver(backend, location)
    return driver


def _choose(settings: QueueSettings, force_backend: str | None) -> tuple[str, str]:
    if not settings.enabled:
        log.info("Queue disabled (QUEUE_ENABLED=0): tasks run inline, in the caller")
        return "inline", str(choose_queue_folder(settings))
    if settings.redis_url and force_backend in (None, "dramatiq"):
        warning = open_redis_warning(settings.redis_url)
        if warning:
            log.warning(warning)
    if force_backend == "dramatiq":
        if not settings.redis_url:
            raise QueueError(M.DRAMATIQ_NEEDS_URL())
        return "dramatiq", settings.redis_url
    if force_backend is None and settings.redis_url:
        reason = redis_unreachable_reason(settings.redis_url)
        if reason is None:
            log.info(
                "Using Dramatiq driver with Redis backend at %s", redact_url(settings.redis_url)
            )
            return "dramatiq", settings.redis_url
        log.warning("Failed to connect to Redis for Dramatiq: %s", reason)
    folder = choose_queue_folder(settings)
    log.info("Using Huey driver with filesystem backend")
    log.info("Queue folder: %s", folder)
    return "huey", str(folder)


def get_queue_driver(
    settings: QueueSettings | None = None,
    force_backend: str | None = None,
    refresh: bool = False,
) -> QueueDriver:
    """The queue driver for ``settings`` (None: the environment's; see the module docstring)."""
    global _active, _active_key
    if force_backend is not None and force_backend not in BACKENDS:
        raise QueueError(M.BAD_FORCE_BACKEND(choices=BACKENDS, value=force_backend))
    settings = settings or QueueSettings.from_env()
    key = (settings, force_backend)
    with _lock:
        forced_same = (
            force_backend is not None
            and _active is not None
            and (_active.backend == force_backend and _active_key == (settings, None))
        )
        if _active is not None and (_active_key == key or forced_same) and not refresh:
            return _active
        load_task_modules(settings.task_modules)
        _active = _driver_for(*_choose(settings, force_backend))
        # A forced choice sticks: tasks sent later without one (and tasks they send) go to
        # the same queue, until the settings change or someone asks again.
        _active_key = (settings, None) if force_backend else key
        return _active


def bind_driver(backend: str, location: str, settings: QueueSettings | None = None) -> QueueDriver:
    """Make this process use one given driver (what the external worker commands do)."""
    global _active, _active_key
    settings = settings or QueueSettings.from_env()
    with _lock:
        load_task_modules(settings.task_modules)
        _active = _driver_for(backend, location)
        _active_key = (settings, None)
        return _active


def start_workers(threads: int = 4, driver: QueueDriver | None = None) -> WorkerGroup:
    """Start ``threads`` in-process workers for ``driver`` (default: the active driver)."""
    driver = driver or get_queue_driver()
    group = driver.start_workers(threads)
    log.info("Started %d in-process worker thread(s) for %s", threads, driver.backend)
    return group


def reset() -> None:
    """Forget every driver (tests, and the app when it switches backend)."""
    global _active, _active_key
    with _lock:
        for driver in _drivers.values():
            driver.close()
        _drivers.clear()
        _active = _active_key = None


set_default_sender(get_queue_driver)  # where handles made by @task send outside a task
