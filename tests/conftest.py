"""Test session set-up: a private redis-server, a private queue folder and data folder per test.

Redis: the session starts its own ``redis-server`` on a free port in a temporary folder and
stops it at the end; it never touches a Redis it did not start (``COATI_TEST_REDIS_URL`` names
one explicitly, for machines without redis-server). Without either, Redis tests skip with the
reason, and under ``CI=true`` that skip is a failure.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.redis_server import RedisServer

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer | str]:
    explicit = os.environ.get("COATI_TEST_REDIS_URL")
    if explicit:
        yield explicit
        return
    if not shutil.which("redis-server"):
        reason = (
            "REDIS TESTS NOT RUN: no redis-server on PATH and no COATI_TEST_REDIS_URL "
            "(install redis-server to run them)"
        )
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason + " - in CI this is a failure", pytrace=False)
        pytest.skip(reason)
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer | str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The private Redis, emptied, and set as ``REDIS_URL`` for the test."""
    import redis

    if isinstance(redis_server, RedisServer):
        if redis_server.proc is None or redis_server.proc.poll() is not None:
            redis_server.start()  # a test stopped it
        url = redis_server.url
    else:
        url = redis_server
    client = redis.Redis.from_url(url)
    client.flushdb()
    client.close()
    monkeypatch.setenv("REDIS_URL", url)
    return url


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own queue folder and user data folder, and fresh drivers."""
    from coati_desk.payroll import db
    from coati_desk.queue import selector

    for name in ("REDIS_URL", "QUEUE_ENABLED", "COATI_TASK_MODULES"):
        monkeypatch.delenv(name, raising=False)
    queue_dir = tmp_path / "queue"
    monkeypatch.setenv("COATI_QUEUE_PATH", str(queue_dir))
    monkeypatch.setenv("COATI_DATABASE_URL", f"sqlite:///{tmp_path / 'coati.sqlite3'}")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))  # the log folder
    monkeypatch.setenv("PYTHONPATH", str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    selector.reset()
    db.reset_engines()
    yield queue_dir
    selector.reset()
    db.reset_engines()


def wait_until(predicate, timeout: float = 20.0, interval: float = 0.02):  # type: ignore[no-untyped-def]
    """Poll ``predicate`` until it returns something truthy; fail with a clear message."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(interval)


# -- queues and workers (shared by the queue and payroll tests) -----------------------------------
def driver_for(backend: str, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    import tests.sample_tasks  # noqa: F401  (registers the sample tasks)
    from coati_desk.queue import get_queue_driver

    monkeypatch = request.getfixturevalue("monkeypatch")
    if backend == "dramatiq":
        request.getfixturevalue("redis_url")
    if backend == "inline":
        monkeypatch.setenv("QUEUE_ENABLED", "0")
    driver = get_queue_driver()
    assert driver.backend == backend
    return driver


@pytest.fixture(params=["huey", "dramatiq"])
def queue(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """A driver with a real backend (Huey on a temp folder, Dramatiq on the private Redis)."""
    return driver_for(request.param, request)


@pytest.fixture(params=["huey", "dramatiq", "inline"])
def any_queue(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    return driver_for(request.param, request)


@pytest.fixture
def workers(queue):  # type: ignore[no-untyped-def]
    from coati_desk.queue import start_workers

    group = start_workers(4, queue)
    yield group
    assert group.stop(timeout=30), "workers did not stop"


@pytest.fixture
def spawn(tmp_path: Path) -> Iterator:  # type: ignore[type-arg]
    """Start real worker processes (their logs in the test's folder); all stopped at the end."""
    import signal
    import subprocess

    procs: list[subprocess.Popen[bytes]] = []

    def start(*command: str, modules: str = "tests.sample_tasks") -> subprocess.Popen[bytes]:
        env = dict(os.environ, COATI_TASK_MODULES=modules, PYTHONPATH=str(ROOT))
        log = open(tmp_path / f"worker-{len(procs)}.log", "wb")  # noqa: SIM115
        proc = subprocess.Popen(
            command,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=tmp_path,
            start_new_session=True,
        )
        procs.append(proc)
        return proc

    yield start
    for proc in procs:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


BIN = Path(sys.executable).parent


def huey_consumer(spawn, *extra: str, modules: str = "tests.sample_tasks"):  # type: ignore[no-untyped-def]
    command = (str(BIN / "huey_consumer"), "coati_desk.queue.drivers.huey_driver.huey", *extra)
    return spawn(*command, modules=modules)


def dramatiq_cli(spawn, *extra: str):  # type: ignore[no-untyped-def]
    return spawn(str(BIN / "dramatiq"), "coati_desk.queue.tasks", *extra)
