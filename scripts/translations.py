"""Refresh the English translation from the code, then compile it for the app.

    python scripts/translations.py

Runs ``pyside6-lupdate`` over ``coati_desk/gui`` (and the amounts' labels in
``coati_desk/payroll/amounts.py``) into ``resources/translations/coati_desk_en.ts``
(new strings appear there untranslated; existing translations are kept), then
``pyside6-lrelease`` into ``coati_desk/gui/assets/coati_desk_en.qm``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "coati_desk_en.ts"
QM = ROOT / "coati_desk" / "gui" / "assets" / "coati_desk_en.qm"
CONTEXT = "coati"  # the context coati_desk.gui.pages.base.tr uses


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: pip install pyside6-essentials")
    return found


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "coati_desk" / "gui").rglob("*.py"))
    sources.append(str(ROOT / "coati_desk" / "payroll" / "amounts.py"))  # the amounts' labels
    subprocess.run([tool("lupdate"), *sources, "-no-obsolete", "-ts", str(TS)], check=True)
    # lupdate files module-level tr("...") calls under an empty context; ours is "coati".
    text = TS.read_text(encoding="utf-8")
    text = re.sub(r"<name></name>", f"<name>{CONTEXT}</name>", text)
    TS.write_text(text, encoding="utf-8")
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(QM)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
