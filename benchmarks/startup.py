"""Launch to first window: ``python -m coati_desk`` until its main window is first painted (s).

    python benchmarks/startup.py [--runs 5] [--json out.json]

Each run starts a new process on a fresh, empty data folder (database, queue, settings, the
XDG folders) with the offscreen Qt platform, as a first start on a new machine. The child is
``python -c BOOTSTRAP``: it creates the QApplication (the app's ``make_app`` reuses it), installs
an event filter, and runs the real entry point (``coati_desk.__main__``, imports included). At
the first expose of the main window, once that frame is painted, it prints a line and closes the
window. The time is from just before ``Popen`` to that line arriving. The first run is shown
alone (cold-ish caches); ``median_rest_s`` is the median of the others.

Target (issue 5): launch to first window at most 1.5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import report

MARKER = "coati-bench: first window shown"
BOOTSTRAP = f"""
import runpy, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)

def shown():
    print({MARKER!r}, flush=True)
    for widget in app.topLevelWidgets():
        widget.close()  # the main window stops its workers; the app then quits
    QTimer.singleShot(0, app.quit)

class FirstShow(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Expose and obj.isExposed() and any(
            isinstance(w, QMainWindow) and w.windowHandle() is obj for w in app.topLevelWidgets()
        ):
            app.removeEventFilter(self)
            QTimer.singleShot(0, shown)  # after the expose has painted the first frame
        return False

first_show = FirstShow()
app.installEventFilter(first_show)
sys.argv = ["coati-desk"]
runpy.run_module("coati_desk", run_name="__main__", alter_sys=True)
"""


def launch(folder: Path) -> float:
    """Seconds from just before Popen until the child says its first window is shown."""
    folder.mkdir(parents=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("REDIS_URL", "QUEUE_ENABLED", "COATI_TASK_MODULES"):
        env.pop(name, None)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[name] = str(folder / name.lower())
    env["COATI_DATABASE_URL"] = f"sqlite:///{folder / 'coati.sqlite3'}"
    env["COATI_QUEUE_PATH"] = str(folder / "queue")
    log = (folder / "stderr.log").open("wb")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", BOOTSTRAP], env=env, stdout=subprocess.PIPE, stderr=log, text=True
    )
    assert proc.stdout is not None
    seconds = None
    for line in proc.stdout:
        if line.strip() == MARKER:
            seconds = time.perf_counter() - start
            break
    try:
        proc.wait(60)  # not timed: the window closes and the workers stop
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    log.close()
    if seconds is None:
        tail = (folder / "stderr.log").read_text(errors="replace")[-2000:]
        raise SystemExit(f"The window never showed (exit {proc.returncode}):\n{tail}")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        times = [launch(Path(tmp) / str(i)) for i in range(args.runs)]
    rest = times[1:]
    row = {
        "runs": args.runs,
        "first_s": round(times[0], 3),
        "median_rest_s": round(statistics.median(rest), 3) if rest else "",
        "min_s": round(min(times), 3),
        "max_s": round(max(times), 3),
        "all_s": [round(t, 3) for t in times],
    }
    report([row], ("runs", "first_s", "median_rest_s", "min_s", "max_s"), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
