"""Backend choice: QUEUE_ENABLED, REDIS_URL and Redis's health, force_backend, and the log."""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Iterator

import pytest

from coati_desk.queue import QueueError, get_queue_driver
from coati_desk.redaction import redact_url
from tests.redis_server import RedisServer, free_port


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A TCP server that accepts connections and never answers (a hung host)."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(16)
        yield f"redis://127.0.0.1:{server.getsockname()[1]}/0"


def messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [f"{r.levelname}: {r.getMessage()}" for r in caplog.records]


def test_redis_up_gives_dramatiq(redis_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    queue = get_queue_driver()
    assert queue.backend == "dramatiq"
    stats = queue.get_stats()
    assert (stats["driver"], stats["backend"]) == ("dramatiq", "redis")
    assert f"INFO: Using Dramatiq driver with Redis backend at {redis_url}" in messages(caplog)


def test_redis_down_falls_back_to_huey_and_says_why(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    monkeypatch.setenv("REDIS_URL", f"redis://127.0.0.1:{free_port()}/0")
    queue = get_queue_driver()
    assert queue.backend == "huey"
    lines = messages(caplog)
    assert "WARNING: Failed to connect to Redis for Dramatiq: [Errno 111] Connection refused" in (
        lines
    )
    assert "INFO: Using Huey driver with filesystem backend" in lines
    assert lines.index("INFO: Using Huey driver with filesystem backend") > lines.index(
        "WARNING: Failed to connect to Redis for Dramatiq: [Errno 111] Connection refused"
    )


def test_a_host_that_does_not_answer_is_given_up_within_2_seconds(
    silent_server: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("REDIS_URL", silent_server)
    start = time.monotonic()
    queue = get_queue_driver()
    assert time.monotonic() - start < 3.0
    assert queue.backend == "huey"
    assert any("Failed to connect to Redis for Dramatiq" in m for m in messages(caplog))


def test_force_backend_both_ways(redis_url: str) -> None:
    assert get_queue_driver().backend == "dramatiq"
    assert get_queue_driver(force_backend="huey").backend == "huey"
    assert get_queue_driver(force_backend="dramatiq").backend == "dramatiq"


def test_force_dramatiq_needs_a_redis_url() -> None:
    with pytest.raises(QueueError, match="REDIS_URL"):
        get_queue_driver(force_backend="dramatiq")
    with pytest.raises(QueueError, match="force_backend"):
        get_queue_driver(force_backend="rabbit")


def test_queue_disabled_gives_inline(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, redis_url: str
) -> None:
    caplog.set_level(logging.INFO)
    for word in ("0", "false", "False", "off"):
        monkeypatch.setenv("QUEUE_ENABLED", word)
        assert get_queue_driver().backend == "inline"
    stats = get_queue_driver().get_stats()
    assert (stats["driver"], stats["backend"], stats["driver_class"]) == (
        "inline",
        "filesystem",
        "HueyDriver",
    )
    assert any("QUEUE_ENABLED=0" in m for m in messages(caplog))


def test_the_choice_follows_settings_and_redis_coming_back(
    redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch, redis_url: str
) -> None:
    first = get_queue_driver()
    assert first.backend == "dramatiq"
    assert get_queue_driver() is first  # cached while nothing changed

    redis_server.stop()
    assert get_queue_driver() is first  # no silent switch under running work...
    assert get_queue_driver(refresh=True).backend == "huey"  # ...until asked again

    redis_server.start()
    assert get_queue_driver(refresh=True).backend == "dramatiq"

    monkeypatch.delenv("REDIS_URL")  # a change of settings is picked up by itself
    assert get_queue_driver().backend == "huey"


def test_password_is_masked() -> None:
    assert redact_url("redis://:s3cret@host:6379/0") == "redis://:***@host:6379/0"
    assert redact_url("rediss://user:s3cret@[::1]:6380/2") == "rediss://user:***@[::1]:6380/2"
    assert redact_url("redis://host:6379/0") == "redis://host:6379/0"


def test_password_never_reaches_the_log(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("REDIS_URL", f"redis://:hunter2@127.0.0.1:{free_port()}/0")
    get_queue_driver()
    assert "hunter2" not in caplog.text


def test_a_malformed_redis_url_is_reported_not_raised(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("REDIS_URL", "http://not-redis")
    assert get_queue_driver().backend == "huey"
    assert any("invalid REDIS_URL" in m for m in messages(caplog))


@pytest.mark.parametrize(
    ("url", "warned"),
    [
        ("redis://192.0.2.10:6379/0", True),
        ("redis://payroll-server.office:6379/0", True),
        ("rediss://192.0.2.10:6380/0", True),
        ("redis://:s3cret@192.0.2.10:6379/0", False),
        ("redis://localhost:6379/0", False),
        ("redis://127.0.0.1:6379/0", False),
        ("redis://[::1]:6379/0", False),
        ("unix:///run/redis.sock", False),
    ],
)
def test_a_redis_on_the_network_without_a_password_is_warned_about(
    url: str, warned: bool, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from coati_desk.queue.selector import open_redis_warning

    assert bool(open_redis_warning(url)) is warned
    if warned and url.startswith("redis://192"):  # and the app says so when it starts
        monkeypatch.setenv("REDIS_URL", url)
        with caplog.at_level(logging.WARNING, logger="coati_desk.queue"):
            assert get_queue_driver().backend == "huey"  # (nothing answers there)
        assert any("has no password" in m for m in messages(caplog))
