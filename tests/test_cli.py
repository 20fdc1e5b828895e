"""The ``coati-desk`` command and ``python -m coati_desk``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.redis_server import free_port


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coati_desk", *args], capture_output=True, text=True, timeout=60
    )


def test_info_names_the_backend_and_folder(isolated_env: Path) -> None:
    result = run("info")
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["backend"] == "huey" and stats["storage_path"] == str(isolated_env)
    assert "INFO: Using Huey driver with filesystem backend" in result.stderr


def test_info_falls_back_when_redis_is_down(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("REDIS_URL", f"redis://127.0.0.1:{free_port()}/0")
    result = run("info")
    assert result.returncode == 0
    assert "WARNING: Failed to connect to Redis for Dramatiq: [Errno 111] Connection refused" in (
        result.stderr
    )
    assert json.loads(result.stdout)["backend"] == "huey"


def test_info_on_dramatiq(redis_url: str) -> None:
    result = run("info")
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["backend"] == "dramatiq" and stats["queues"] == {"default": 0, "priority": 0}


def test_version_and_bad_arguments() -> None:
    assert run("--version").stdout.startswith("coati-desk ")
    bad = run("--threads", "-1", "info")
    assert bad.returncode == 2 and "--threads must be 0 or more" in bad.stderr
