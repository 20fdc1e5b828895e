"""The window on a real X server, driven as a user would: open, calculate, close.

    DISPLAY=:99 QT_QPA_PLATFORM=xcb python scripts/x11_smoke.py [--screenshot FILE.png]
    python scripts/x11_smoke.py --xvfb      # on a private Xvfb at 1366×768 it starts

Needs an X server (or ``Xvfb`` for ``--xvfb``) and ``xdotool``. In a temporary
folder (never your data): 20 demo employees; the window opens on the xcb platform, its title
is found on the X server, *Nueva nómina…* and the dialog's *Calcular* are clicked with the
pointer, the run is calculated by the in-process workers and shown done, and Ctrl+Q closes
the window.
Prints one line; exit 0 when all of it held, 1 when not, 2 when the window cannot open here.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

EMPLOYEES = 20
TIMEOUT_S = 120
TICK_MS = 50


def _isolate(folder: Path) -> None:
    for name in ("REDIS_URL", "QUEUE_ENABLED", "COATI_TASK_MODULES"):
        os.environ.pop(name, None)
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    os.environ.update(
        COATI_DATABASE_URL=f"sqlite:///{folder / 'coati-desk.sqlite3'}",
        COATI_QUEUE_PATH=str(folder / "queue"),
        XDG_DATA_HOME=str(folder / "data"),
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_STATE_HOME=str(folder / "state"),
    )


def xdotool(*args: str) -> str:
    done = subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=10)
    return done.stdout.strip()


def click(widget: Any) -> None:
    """A real pointer click in the middle of ``widget`` (XTEST, as a mouse would)."""
    centre = widget.mapToGlobal(widget.rect().center())
    xdotool("mousemove", "--sync", str(centre.x()), str(centre.y()), "click", "1")


def start_xvfb() -> tuple[str, subprocess.Popen]:
    """A private Xvfb at 1366×768 on a display number it picks (it ends with this process at
    the latest): its DISPLAY and the server."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()  # written once it accepts connections
    if not number:
        sys.exit(f"x11 smoke: Xvfb did not start (exit {server.wait()})")
    atexit.register(server.terminate)
    return f":{number}", server


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screenshot", type=Path, help="save the screen once the run is done")
    parser.add_argument("--xvfb", action="store_true", help="start a private Xvfb and use it")
    args = parser.parse_args()
    if args.xvfb:
        os.environ.update(DISPLAY=start_xvfb()[0], QT_QPA_PLATFORM="xcb")
    if not shutil.which("xdotool"):
        print("x11 smoke: xdotool not found (apt install xdotool)")
        return 2
    folder = Path(tempfile.mkdtemp(prefix="coati-x11-"))
    _isolate(folder)

    from coati_desk.gui.platform_check import problem, release_display

    cannot_open = problem()
    if cannot_open:
        print(cannot_open)
        return 2

    from PySide6.QtCore import QTimer

    from coati_desk.gui.app import install_language, make_app
    from coati_desk.gui.main_window import MainWindow
    from coati_desk.gui.pages.planillas import NewRunDialog
    from coati_desk.gui.settings import AppSettings
    from coati_desk.payroll import queries
    from coati_desk.payroll.demo import create_demo_planilla

    planilla_id = create_demo_planilla(EMPLOYEES, seed=7, today=date(2026, 11, 1))
    app = make_app(["coati-desk"])
    release_display()
    settings = AppSettings(folder / "config" / "coati-desk.ini")
    install_language(app, "es")
    window = MainWindow(settings)
    window.show()
    seen: dict[str, Any] = {"platform": app.platformName()}

    def dialog() -> NewRunDialog | None:
        modal = app.activeModalWidget()
        return modal if isinstance(modal, NewRunDialog) and modal.isVisible() else None

    def titled() -> bool:
        found = xdotool("search", "--name", "^Coati Desk ")
        seen["title"] = window.windowTitle()
        return str(int(window.winId())) in found.split()

    def calculated() -> bool:
        runs = queries.list_runs(planilla_id)
        if runs and runs[0]["estado"] != "calculando":
            seen["run"] = runs[0]
            return True
        return False

    def close() -> None:
        if args.screenshot:
            app.primaryScreen().grabWindow(0).save(str(args.screenshot))
        xdotool("windowfocus", "--sync", str(int(window.winId())))
        xdotool("key", "ctrl+q")

    def close_soon() -> None:  # a moment to paint what the poll brought
        QTimer.singleShot(1500, close)

    handle = window.windowHandle()
    steps: list[tuple[str, Callable[[], bool], Callable[[], None]]] = [
        ("the window exposed", lambda: handle is not None and handle.isExposed(), lambda: None),
        ("its title on the X server", titled, lambda: None),
        (
            "the planilla listed and the workers running",
            lambda: (
                window.runtime.workers_running
                and bool(window.planillas_page.planillas.records())
                and window.planillas_page.new_run_button.isEnabled()
            ),
            lambda: click(window.planillas_page.new_run_button),
        ),
        (
            "the Nueva nómina dialog",
            lambda: dialog() is not None,
            lambda: click(dialog().calculate),  # type: ignore[union-attr]
        ),
        ("the run calculated", calculated, lambda: None),
        (
            "the Nómina page showing it done",
            lambda: (
                window.nomina_page.progress.value() == EMPLOYEES
                and window.nomina_page.progress.maximum() == EMPLOYEES
            ),
            close_soon,
        ),
    ]
    started = time.monotonic()
    failure: list[str] = []

    def tick() -> None:
        if not steps:
            return
        what, ready, then = steps[0]
        if ready():
            steps.pop(0)
            then()
        elif time.monotonic() - started > TIMEOUT_S:
            failure.append(f"{what} did not happen within {TIMEOUT_S} s")
            steps.clear()
            window.close()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(TICK_MS)
    app.exec()
    from coati_desk.gui.background import wait_for_background

    wait_for_background()
    run = seen.get("run") or {}
    done = f"{run.get('completados')} / {run.get('total_empleados')}"
    if not failure and (run.get("estado"), done) != ("calculada", f"{EMPLOYEES} / {EMPLOYEES}"):
        failure.append(f"the run ended {run.get('estado')} with {done} completed")
    if not failure and window.isVisible():
        failure.append("Ctrl+Q did not close the window")
    seconds = time.monotonic() - started
    if failure:
        print(f"X11 smoke FAILED on {seen['platform']} after {seconds:.1f} s: {failure[0]}")
        return 1
    shutil.rmtree(folder, ignore_errors=True)
    print(
        f"X11 smoke OK on {seen['platform']} ({os.environ.get('DISPLAY')}): window "
        f"'{seen['title']}' opened, {EMPLOYEES} employees calculated through Calcular "
        f"({done}), closed with Ctrl+Q in {seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
