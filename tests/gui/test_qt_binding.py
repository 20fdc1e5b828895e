"""The Qt binding itself must survive a long run: a payroll of thousands emits many signals."""

from __future__ import annotations

import subprocess
import sys

EMITS = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

app = QCoreApplication([])


class Rows(QObject):
    changed = Signal(int, int)


rows = Rows()
rows.changed.connect(lambda first, last: None)
before = sys.getrefcount(True)
for _ in range(20_000):
    rows.changed.emit(0, 1)
print(before - sys.getrefcount(True))
"""


def test_signals_do_not_leak_references_to_true() -> None:
    # PySide6 6.12.0 on Python 3.11 drops a reference to True per emit; after a few thousand
    # (a 10,000-employee run in the window) Python aborts in bool_dealloc. pyproject excludes
    # that release; this fails if an installed binding does it again.
    result = subprocess.run(
        [sys.executable, "-c", EMITS],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert int(result.stdout.strip()) < 100
