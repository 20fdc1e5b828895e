"""``coati-desk --self-test`` from the source tree (issue 7; the built app runs it in
tests/test_installer.py)."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from tests.conftest import BIN


def test_the_self_test_calculates_200_employees_and_says_so_in_one_line(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = dict(os.environ, TMPDIR=str(scratch))
    done = subprocess.run(
        [str(BIN / "coati-desk"), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1 and re.match(r"Self-test OK: 200/200 employees calculated", lines[0])
    assert "20,683.33" in lines[0]
    assert list(scratch.iterdir()) == []  # its temporary folder is gone
    assert not (Path(env["XDG_DATA_HOME"]) / "coati-desk" / "coati-desk.sqlite3").exists()
