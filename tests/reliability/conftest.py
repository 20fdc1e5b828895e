"""Fixtures shared by the reliability tests: the real window, and a Redis of the test's own."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from coati_desk.queue import selector
from tests.gui.conftest import app_settings, window  # noqa: F401  (fixtures used here too)
from tests.redis_server import RedisServer


@pytest.fixture
def own_redis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[RedisServer]:
    """A redis-server for this test alone, which it may stop and start (it comes back empty)."""
    if not shutil.which("redis-server"):
        pytest.fail("redis-server is needed for this test", pytrace=False)
    server = RedisServer(tmp_path / "redis")
    (tmp_path / "redis").mkdir()
    server.start()
    monkeypatch.setenv("REDIS_URL", server.url)
    selector.reset()
    yield server
    server.stop()
    selector.reset()
