"""What the benchmark scripts share: printing a table and writing the figures as JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def report(rows: Sequence[dict[str, Any]], columns: Sequence[str], json_path: Path | None) -> None:
    """Print ``rows`` as an aligned table of ``columns``; also write them to ``json_path``."""
    widths = [max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in columns]
    print("  ".join(c.rjust(w) for c, w in zip(columns, widths, strict=True)))
    for row in rows:
        print("  ".join(str(row.get(c, "")).rjust(w) for c, w in zip(columns, widths, strict=True)))
    if json_path:
        json_path.write_text(json.dumps(list(rows), indent=2, default=str))
