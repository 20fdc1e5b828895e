"""Issue 6, item 7: the Redis password never lands in a file: settings, log, crash report.

A session as an office has it: the real ``coati-desk`` commands and a ``dramatiq`` worker on a
Redis that requires a password, a wrong password tried once, the window started from its
settings, and a crash. Then every file the session left is searched for the password.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import redis

from coati_desk.gui.background import wait_for_background
from coati_desk.gui.settings import Preferences
from coati_desk.logs import LOG_FILE, log_dir
from coati_desk.queue import selector
from tests.conftest import BIN, ROOT, dramatiq_cli


def coati(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "coati-desk"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
    )


def test_the_password_is_in_no_file_after_a_session(  # type: ignore[no-untyped-def]
    own_redis, spawn, qtbot, app_settings, tmp_path: Path, monkeypatch
) -> None:
    password = "pw-" + secrets.token_hex(12)
    redis.Redis.from_url(own_redis.url).config_set("requirepass", password)
    url = own_redis.url.replace("redis://", f"redis://:{password}@")
    monkeypatch.setenv("REDIS_URL", url)
    selector.reset()
    env = dict(os.environ)

    planilla = coati("demo", "--employees", "40", env=env)
    assert planilla.returncode == 0, planilla.stderr
    planilla_id = planilla.stdout.strip().splitlines()[-1]
    dramatiq_cli(spawn, "--processes", "1", "--threads", "2")
    run = coati(
        "run", "--planilla", planilla_id, "--from", "2026-11-01", "--to", "2026-11-30",
        "--no-workers", env=env,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    wrong_url = own_redis.url.replace("redis://", f"redis://:{password}x@")
    wrong = coati("stats", "--backend", "dramatiq", env={**env, "REDIS_URL": wrong_url})
    assert wrong.returncode == 2 and "Redis cannot be used" in wrong.stderr, wrong.stderr
    assert "Traceback" not in wrong.stderr  # a readable line, not a crash
    crash = subprocess.run(
        [
            sys.executable,
            "-c",
            "from coati_desk.logs import install_crash_hooks, setup_logging\n"
            "setup_logging(); install_crash_hooks()\n"
            f"raise RuntimeError('lost redis://:{password}@db.example:6379/0 mid-run')",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert crash.returncode != 0

    # The window: the URL in its settings, the password for this session (no keyring here).
    from coati_desk.gui.main_window import MainWindow

    monkeypatch.delenv("REDIS_URL")
    prefs = Preferences(backend="dramatiq", redis_url=url, start_workers=False)
    app_settings.save(prefs)
    app_settings.set_password(prefs.redis_url, password)
    win = MainWindow(app_settings)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(
            lambda: win.backend_label.text() == "Cola: Dramatiq + Redis", timeout=30_000
        )
        assert win.location_label.text() == own_redis.url.replace("redis://", "redis://:***@")
        shown = win.log_view.toPlainText() + win.location_label.text()
    finally:
        win.close()
        wait_for_background()
    assert password not in shown

    log_file = log_dir() / LOG_FILE
    reports = list(log_dir().glob("crash-*.txt"))
    assert log_file.exists() and len(reports) == 1
    assert "redis://:***@" in log_file.read_text() and "db.example" in reports[0].read_text()
    assert oct(reports[0].stat().st_mode & 0o777) == "0o600"
    assert oct(log_file.stat().st_mode & 0o777) == "0o600"
    assert password not in run.stderr + run.stdout + wrong.stderr + crash.stderr
    searched = [p for p in tmp_path.rglob("*") if p.is_file() and p.parent.name != "redis"]
    assert len(searched) >= 6  # settings, log, crash report, database, queue, worker log...
    leaks = [str(p) for p in searched if password.encode() in p.read_bytes()]
    assert leaks == []
