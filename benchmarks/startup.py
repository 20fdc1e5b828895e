"""Launch to first window: ``python -m coati_desk`` until its main window is first painted (s).

    python benchmarks/startup.py [--runs 5] [--json out.json] [--command dist/coati-desk/coati-desk]

Each run starts a new process on a fresh, empty data folder (database, queue, settings, the
XDG folders) with the offscreen Qt platform, as a first start on a new machine. The child runs
the real entry point with ``COATI_STARTUP_PROBE=1``: at the first expose of the main window,
once that frame is painted, the app prints a line and closes the window. The time is from just
before ``Popen`` to that line arriving, the same for the source tree and for the built app
(``--command``). The first run is shown alone (cold-ish caches); ``median_rest_s`` is the
median of the others.

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
from coati_desk.gui.app import PROBE_MARKER, STARTUP_PROBE

DEFAULT_COMMAND = [sys.executable, "-m", "coati_desk"]


def launch(folder: Path, command: list[str]) -> float:
    """Seconds from just before Popen until the child says its first window is shown."""
    folder.mkdir(parents=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{STARTUP_PROBE: "1"})
    for name in ("REDIS_URL", "QUEUE_ENABLED", "COATI_TASK_MODULES"):
        env.pop(name, None)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(folder / name.lower())
    env["COATI_DATABASE_URL"] = f"sqlite:///{folder / 'coati.sqlite3'}"
    env["COATI_QUEUE_PATH"] = str(folder / "queue")
    log = (folder / "stderr.log").open("wb")
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=log, text=True)
    assert proc.stdout is not None
    seconds = None
    for line in proc.stdout:
        if line.strip() == PROBE_MARKER:
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
    parser.add_argument(
        "--command",
        nargs="+",
        help="what to launch instead of `python -m coati_desk` (e.g. the built app)",
    )
    args = parser.parse_args()
    command = args.command or DEFAULT_COMMAND
    with tempfile.TemporaryDirectory() as tmp:
        times = [launch(Path(tmp) / str(i), command) for i in range(args.runs)]
    rest = times[1:]
    row = {
        "command": " ".join(Path(part).name for part in command[:3]),
        "runs": args.runs,
        "first_s": round(times[0], 3),
        "median_rest_s": round(statistics.median(rest), 3) if rest else "",
        "min_s": round(min(times), 3),
        "max_s": round(max(times), 3),
        "all_s": [round(t, 3) for t in times],
    }
    report([row], ("command", "runs", "first_s", "median_rest_s", "min_s", "max_s"), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
