"""The Huey queue folder: COATI_QUEUE_PATH, the fallback chain, permissions, the probe file."""

from __future__ import annotations

import logging
import os
import stat
import tempfile
from pathlib import Path

import pytest

from coati_desk.queue import get_queue_driver, selector
from coati_desk.queue.selector import choose_queue_folder


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_coati_queue_path_is_used_private_and_clean(isolated_env: Path) -> None:
    queue = get_queue_driver()
    assert queue.backend == "huey" and queue.location == str(isolated_env)
    assert mode(isolated_env) == 0o700
    files = sorted(p.name for p in isolated_env.iterdir())
    assert not any(name.startswith(".coati-probe") for name in files)
    for path in isolated_env.iterdir():
        assert mode(path) == 0o600, path
    assert queue.get_stats()["storage_path"] == str(isolated_env)


@pytest.fixture
def unusable_chain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every default folder blocked by a file where the folder should be (holds for root too)."""
    blocker = tmp_path / "blocked"
    blocker.write_text("a file, not a folder")
    monkeypatch.delenv("COATI_QUEUE_PATH")
    monkeypatch.setattr(selector, "SYSTEM_QUEUE_DIR", blocker / "var-lib-coati" / "queue")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))  # -> blocked/coati-desk/queue
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    (cwd / ".coati_queue").write_text("a file")
    monkeypatch.chdir(cwd)
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return temp


def test_fallback_chain_ends_in_a_private_temp_folder(
    unusable_chain: Path, caplog: pytest.LogCaptureFixture
) -> None:
    chosen = choose_queue_folder()
    assert chosen == unusable_chain / "coati_queue"
    assert mode(chosen) == 0o700
    lines = [f"{r.levelname}: {r.getMessage()}" for r in caplog.records]
    assert f"ERROR: Insufficient permissions for queue storage at {Path.cwd()}/.coati_queue" in (
        lines
    )
    assert any(
        line.startswith("ERROR: Insufficient permissions") and "coati-desk" in line
        for line in lines
    )
    assert lines[-1] == f"WARNING: Using temporary directory for queue storage: {chosen}"


def test_each_link_of_the_chain(
    unusable_chain: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (Path.cwd() / ".coati_queue").unlink()
    assert choose_queue_folder() == Path.cwd() / ".coati_queue"

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert choose_queue_folder() == tmp_path / "data" / "coati-desk" / "queue"

    system = tmp_path / "system" / "queue"
    monkeypatch.setattr(selector, "SYSTEM_QUEUE_DIR", system)
    assert choose_queue_folder() == system


def test_an_unusable_coati_queue_path_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    bad = tmp_path / "file"
    bad.write_text("x")
    monkeypatch.setenv("COATI_QUEUE_PATH", str(bad / "queue"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    caplog.set_level(logging.INFO)
    queue = get_queue_driver()
    assert queue.location == str(tmp_path / "coati_queue")
    assert f"Insufficient permissions for queue storage at {bad / 'queue'}" in caplog.text


def test_a_temp_folder_owned_by_someone_else_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    squatter = tmp_path / "coati_queue"
    squatter.symlink_to(tmp_path)  # planted by another user: never follow it
    chosen = selector._private_temp_folder()
    assert chosen != squatter and chosen.parent == tmp_path and mode(chosen) == 0o700
    assert os.access(chosen, os.W_OK)
