from __future__ import annotations

from collections.abc import Iterator

import pytest

import tests.sample_tasks  # noqa: F401  (registers the sample tasks)
from coati_desk.queue import QueueDriver, get_queue_driver, start_workers
from coati_desk.queue.driver import WorkerGroup


def driver_for(backend: str, request: pytest.FixtureRequest) -> QueueDriver:
    monkeypatch = request.getfixturevalue("monkeypatch")
    if backend == "dramatiq":
        request.getfixturevalue("redis_url")
    if backend == "inline":
        monkeypatch.setenv("QUEUE_ENABLED", "0")
    driver = get_queue_driver()
    assert driver.backend == backend
    return driver


@pytest.fixture(params=["huey", "dramatiq"])
def queue(request: pytest.FixtureRequest) -> QueueDriver:
    """A driver with a real backend (Huey on a temp folder, Dramatiq on the private Redis)."""
    return driver_for(request.param, request)


@pytest.fixture(params=["huey", "dramatiq", "inline"])
def any_queue(request: pytest.FixtureRequest) -> QueueDriver:
    return driver_for(request.param, request)


@pytest.fixture
def workers(queue: QueueDriver) -> Iterator[WorkerGroup]:
    group = start_workers(4, queue)
    yield group
    assert group.stop(timeout=30), "workers did not stop"
