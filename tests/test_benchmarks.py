"""The benchmark scripts run (with tiny figures) so they cannot rot; no time is asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("script", "args", "key"),
    [
        ("queue_overhead.py", ["--tasks", "20"], "tasks_per_s"),
        ("payroll_run.py", ["--employees", "10"], "employees_per_s"),
        ("window_table.py", ["--rows", "200"], "sort_by_net_ms"),
        ("window_poll.py", ["--employees", "200"], "tick_median_ms"),
        ("startup.py", ["--runs", "1"], "first_s"),
        ("monitor.py", ["--tasks", "50"], "search_200_ms"),
        ("reports.py", ["--employees", "5"], "per_item_ms"),
    ],
)
def test_benchmark_runs(script: str, args: list[str], key: str, tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *args, "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(out.read_text())
    rows = figures if isinstance(figures, list) else [figures]
    assert rows and all(key in row for row in rows)
