"""Issue 7, item 5: build the one-folder app with PyInstaller, then run its self-test.

Slow (a build takes minutes), and CI runs it: it is the proof that what an office installs
calculates a payroll, migrations, rule files, translations and Qt plugins included.
"""

from __future__ import annotations

import calendar
import importlib.util
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        reason = 'PyInstaller is not installed (pip install -e ".[test]")'
        if os.environ.get("CI") == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    out = tmp_path_factory.mktemp("built")
    packages = ["--deb"] if shutil.which("dpkg-deb") else []
    done = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "build.py"), "--out", str(out), *packages],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    # (on Windows the window's .exe has no console: its twin coati-desk-cli.exe prints)
    app = out / "coati-desk" / ("coati-desk-cli.exe" if os.name == "nt" else "coati-desk")
    assert app.is_file(), sorted(p.name for p in out.iterdir())
    return app


@pytest.mark.timeout(2400)
def test_the_built_app_calculates_a_payroll_in_its_self_test(built_app: Path) -> None:
    done = subprocess.run(
        [str(built_app), "--self-test"], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert done.stdout.startswith("Self-test OK: 200/200 employees calculated"), done.stdout
    assert "20,683.33" in done.stdout


@pytest.mark.timeout(2400)
def test_the_built_app_knows_its_version_and_commands(built_app: Path) -> None:
    from coati_desk import __version__

    version = subprocess.run([str(built_app), "--version"], capture_output=True, text=True)
    assert version.stdout.strip() == f"coati-desk {__version__}"
    commands = subprocess.run([str(built_app), "--help"], capture_output=True, text=True)
    assert commands.returncode == 0 and "--self-test" in commands.stdout


@pytest.mark.timeout(2400)
def test_the_built_apps_worker_command_calculates_a_run_sent_by_another(  # type: ignore[no-untyped-def]
    built_app: Path, spawn, tmp_path: Path
) -> None:
    """`coati-desk worker` inside the built app (there is no huey_consumer beside it)."""
    spawn(str(built_app), "worker", "--threads", "2", "--processes", "2")
    demo = subprocess.run(
        [str(built_app), "demo", "--employees", "30"], capture_output=True, text=True, timeout=120
    )
    assert demo.returncode == 0, demo.stderr
    planilla_id = demo.stdout.strip().splitlines()[-1]
    # This month: the demo's mid-month hires fall in the month it is made (in an earlier one
    # they were not employed yet, and the run had fewer than 30).
    first = date.today().replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    run = subprocess.run(
        [str(built_app), "run", "--planilla", planilla_id, "--from", first.isoformat(),
         "--to", last.isoformat(), "--no-workers"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr + (tmp_path / "worker-0.log").read_text()
    assert "Empleados: 30  completados: 30  fallidos: 0" in run.stdout


@pytest.mark.timeout(2400)
def test_the_deb_installs_into_opt_with_a_menu_entry_and_leaves_user_data_alone(
    built_app: Path, tmp_path: Path
) -> None:
    """What `apt install ./coati-desk_*.deb` would put where (checked without installing it
    on the machine running the tests: unpacked into a folder instead)."""
    if not shutil.which("dpkg-deb"):
        pytest.skip("dpkg-deb is not on this system (Debian and Ubuntu have it)")
    from coati_desk import __version__

    (deb,) = built_app.parent.parent.glob(f"coati-desk_{__version__}_*.deb")
    field = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Package", "Version", "Depends"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert f"Package: coati-desk\nVersion: {__version__}\n" in field
    assert "libxkbcommon-x11-0" in field and "libxcb-cursor0" in field
    contents = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    for path in (
        "./opt/coati-desk/coati-desk",
        "./usr/bin/coati-desk",
        "./usr/share/applications/coati-desk.desktop",
        "./usr/share/icons/hicolor/scalable/apps/coati-desk.svg",
    ):
        assert path in contents
    assert not any(part in contents for part in ("/home/", "/root/", ".local/", ".config/"))
    scripts = tmp_path / "control"
    subprocess.run(["dpkg-deb", "--control", str(deb), str(scripts)], check=True)
    for name in ("postinst", "postrm"):
        lines = (scripts / name).read_text().splitlines()
        code = "\n".join(line for line in lines if not line.lstrip().startswith("#"))
        assert not any(word in code for word in ("HOME", ".local", ".config", "rm ")), name
    unpacked = tmp_path / "root"
    subprocess.run(["dpkg-deb", "--extract", str(deb), str(unpacked)], check=True)
    installed = unpacked / "opt" / "coati-desk" / "coati-desk"
    version = subprocess.run([str(installed), "--version"], capture_output=True, text=True)
    assert version.stdout.strip() == f"coati-desk {__version__}"
