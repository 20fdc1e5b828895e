"""The window shows the backend, where the queue lives, its workers and live task counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from coati_desk.gui.main_window import MainWindow
from coati_desk.queue import get_queue_driver


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    win = MainWindow(worker_threads=2)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.driver is not None, timeout=10_000)
    yield win
    win.close()


def test_shows_huey_and_its_folder(window, qtbot, isolated_env: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.backend_label.text() == "Huey (carpeta local)"
    assert window.location_label.text() == str(isolated_env)
    assert window.workers_label.text() == "2 hilos en este equipo"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Actualizado"))


def test_counts_follow_the_queue(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    import tests.sample_tasks as sample

    ids = [sample.add.send(a=i, b=i) for i in range(5)]
    queue = get_queue_driver()
    qtbot.waitUntil(lambda: queue.get_bulk_results(ids)["completed"] == 5, timeout=20_000)
    window.poller.poll_now()
    qtbot.waitUntil(lambda: window.count_labels["completed"].text() == "5", timeout=10_000)


def test_shows_dramatiq_with_the_password_masked(qtbot, redis_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import redis

    admin = redis.Redis.from_url(redis_url)
    admin.config_set("requirepass", "s3cret-pw")
    try:
        monkeypatch.setenv("REDIS_URL", redis_url.replace("redis://", "redis://:s3cret-pw@"))
        win = MainWindow(worker_threads=1)
        qtbot.addWidget(win)
        qtbot.waitUntil(lambda: win.driver is not None, timeout=10_000)
        assert win.backend_label.text() == "Dramatiq + Redis"
        assert win.location_label.text() == redis_url.replace("redis://", "redis://:***@")
        qtbot.waitUntil(lambda: win.count_labels["pending"].text() == "0", timeout=10_000)
        win.close()
    finally:
        redis.Redis.from_url(redis_url, password="s3cret-pw").config_set("requirepass", "")


def test_redis_going_away_is_shown_as_unavailable_not_zero(qtbot, redis_server, redis_url) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(worker_threads=0)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.driver is not None, timeout=10_000)
    qtbot.waitUntil(lambda: win.count_labels["pending"].text() == "0", timeout=10_000)
    redis_server.stop()
    win.poller.poll_now()
    qtbot.waitUntil(
        lambda: win.count_labels["pending"].text() == "Redis no disponible", timeout=15_000
    )
    win.close()
