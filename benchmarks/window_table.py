"""The run table with many employees: load, update changed rows, sort, filter (milliseconds).

python benchmarks/window_table.py [--rows 10000] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from coati_desk.gui.labels import show_status
from coati_desk.gui.table_model import Column, RecordFilter, RecordTableModel

COLUMNS = [
    Column("codigo", "Código"),
    Column("nombre", "Nombre"),
    Column("estado", "Estado", show_status, status=True),
    Column("salario_bruto", "Bruto", numeric=True),
    Column("salario_neto", "Neto", numeric=True),
    Column("error", "Error"),
]


def rows(n: int, rng: random.Random) -> list[dict]:
    return [
        {
            "row_id": i,
            "codigo": f"E-{i:05d}",
            "nombre": f"Empleado {rng.randint(1, 10**6)}",
            "estado": rng.choice(("pending", "completed", "failed")),
            "salario_bruto": Decimal(rng.randint(900000, 9000000)) / 100,
            "salario_neto": Decimal(rng.randint(800000, 8000000)) / 100,
            "error": None,
        }
        for i in range(n)
    ]


def ms(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return round((time.perf_counter() - start) * 1000, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    rng = random.Random(1)
    model = RecordTableModel(COLUMNS, key="row_id")
    proxy = RecordFilter()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.resize(1000, 600)
    view.show()
    data = rows(args.rows, rng)
    figures = {"rows": args.rows, "load_ms": ms(lambda: model.set_records(data))}
    app.processEvents()
    changed = [dict(r, estado="completed") for r in rng.sample(data, 100)]
    figures["update_100_changed_ms"] = ms(lambda: model.update_records(changed))
    figures["same_records_again_ms"] = ms(lambda: model.set_records(data))
    figures["sort_by_net_ms"] = ms(lambda: view.sortByColumn(4, Qt.SortOrder.DescendingOrder))
    figures["sort_by_name_ms"] = ms(lambda: view.sortByColumn(1, Qt.SortOrder.AscendingOrder))
    figures["filter_failed_ms"] = ms(lambda: proxy.set_status("failed"))
    figures["search_text_ms"] = ms(lambda: proxy.set_text("E-0999"))
    figures["clear_filters_ms"] = ms(lambda: (proxy.set_status(None), proxy.set_text("")))
    for key, value in figures.items():
        print(f"{key:<26}{value:>10}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
