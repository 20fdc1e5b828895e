"""Issue 6, item 3: Redis stops in the middle of a run and comes back (empty: no persistence).

The Dramatiq workers ride out the outage; when the app resumes the run (as the window does when
its queue starts, or `coati-desk run` again), the tasks Redis lost are sent again and every
employee ends with exactly one completed row.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from coati_desk.payroll import services
from coati_desk.queue import selector
from coati_desk.queue.tasks import QueueDispatcher
from tests.conftest import dramatiq_cli, wait_until
from tests.redis_server import RedisServer
from tests.reliability.test_contention import EMPLOYEES, check_nothing_lost, start_run


@pytest.fixture
def own_redis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
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


def test_redis_restarts_mid_run_and_the_run_completes(spawn, own_redis, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dramatiq_cli(spawn, "--processes", "1", "--threads", "4")
    run_id = start_run("dramatiq")
    wait_until(lambda: services.run_summary(run_id)["completados"] >= EMPLOYEES // 5, timeout=120)
    own_redis.stop()
    time.sleep(2)  # the workers meet a dead Redis
    own_redis.start()  # same port, nothing in it
    assert services.run_summary(run_id)["completados"] < EMPLOYEES

    resent = services.resume_stale(run_id, QueueDispatcher(selector.get_queue_driver(refresh=True)))
    assert resent > 0
    wait_until(lambda: services.run_summary(run_id)["estado"] != "calculando", timeout=200)
    check_nothing_lost(run_id, tmp_path)
