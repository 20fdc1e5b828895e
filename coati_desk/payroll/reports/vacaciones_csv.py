"""The vacation report (every active employee's balance) as CSV, for the terminal and the
window alike."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from coati_desk.payroll.reports.run_csv import spreadsheet_safe

COLUMNS = ("codigo", "nombre", "acumulados", "tomados", "saldo", "salario_mensual", "valor")
SUMMED = ("acumulados", "tomados", "saldo", "valor")


def vacation_totals(rows: Sequence[dict[str, Any]]) -> dict[str, Decimal]:
    """The days earned, taken and left, and their value, over ``rows``."""
    return {k: sum((r[k] for r in rows), Decimal("0.00")) for k in SUMMED}


def write_vacation_csv(rows: Sequence[dict[str, Any]], path: Path) -> int:
    """One line per employee (UTF-8 with BOM, for spreadsheets); returns how many."""
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for r in rows:
            writer.writerow(
                [spreadsheet_safe(v) if isinstance(v, str) else v for v in (r[k] for k in COLUMNS)]
            )
    return len(rows)
