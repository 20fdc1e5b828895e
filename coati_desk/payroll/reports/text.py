"""Words and numbers of the reports: amounts, periods, file names, and text the PDF font can draw.

Text is Spanish; amounts are Decimals printed ``20,683.33``. The PDFs embed DejaVu Sans (Latin,
Greek and Cyrillic, see ``fonts/README.txt``); a character outside it is printed as its closest
Latin letters, or "?" (:func:`printable`).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path

FONTS = Path(__file__).parent.parent / "fonts"
FONT = "DejaVu"
MESES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)


def money(value: Decimal | None) -> str:
    """``20,683.33``; empty for no amount."""
    return "" if value is None else f"{value:,.2f}"


def run_title(tipo: str, inicio: date, fin: date) -> str:
    """How a run is named: its period for a period's pay; ``Aguinaldo 2026 (1 de diciembre de
    2025 al 30 de noviembre de 2026)`` for an aguinaldo (named by the year it is paid); a final
    settlement by its exit day."""
    if tipo == "aguinaldo":
        return f"Aguinaldo {fin.year} ({period_label(inicio, fin)})"
    if tipo == "liquidacion":
        return f"Liquidación final, baja el {fin:%d/%m/%Y}"
    return period_label(inicio, fin)


def _is_whole_month(inicio: date, fin: date) -> bool:
    last = calendar.monthrange(inicio.year, inicio.month)[1]
    return inicio.day == 1 and fin == inicio.replace(day=last)


def period_label(inicio: date, fin: date) -> str:
    """``1 al 30 de noviembre de 2026`` (or across months and years, spelt out on both ends)."""
    end = f"{fin.day} de {MESES[fin.month - 1]} de {fin.year}"
    if (inicio.year, inicio.month) == (fin.year, fin.month):
        return f"{inicio.day} al {end}"
    if inicio.year == fin.year:
        return f"{inicio.day} de {MESES[inicio.month - 1]} al {end}"
    return f"{inicio.day} de {MESES[inicio.month - 1]} de {inicio.year} al {end}"


def period_tag(inicio: date, fin: date) -> str:
    """The period in a file name: ``2026-11`` for a whole month, else both dates."""
    if _is_whole_month(inicio, fin):
        return f"{inicio:%Y-%m}"
    return f"{inicio.isoformat()} al {fin.isoformat()}"


_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*]')
_WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{n}" for n in range(1, 10)),
    *(f"LPT{n}" for n in range(1, 10)),
}
MAX_NAME = 150  # characters of a file name before its extension


def safe_file_name(stem: str, extension: str) -> str:
    """A file name that Windows, macOS and Linux all accept: no ``<>:"/\\|?*`` nor control
    characters, no trailing dot or space, not a reserved device name, at most 150 characters."""
    text = unicodedata.normalize("NFC", stem)
    text = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    text = " ".join(_NOT_IN_NAMES.sub("-", text).split())[:MAX_NAME].strip(" .")
    if not text or text.split(".")[0].upper() in _WINDOWS_RESERVED:
        text = f"_{text}"
    return f"{text}.{extension}"


@cache
def _font_characters() -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(str(FONTS / "DejaVuSans.ttf"), lazy=True) as font:
        regular = set(font.getBestCmap())
    with TTFont(str(FONTS / "DejaVuSans-Bold.ttf"), lazy=True) as font:
        return frozenset(regular & set(font.getBestCmap()))


def printable(text: str) -> str:
    """``text`` with what the PDF font cannot draw replaced readably: letters by their closest
    Latin form where one exists (``ﬁ`` -> ``fi``, full-width ``Ａ`` -> ``A``), anything else by
    ``?``; line breaks and other control characters become spaces, invisible ones go."""
    have = _font_characters()
    text = unicodedata.normalize("NFC", text)
    if all(ord(c) in have and (c.isprintable() or c == " ") for c in text):
        return text
    out = []
    for c in text:
        kind = unicodedata.category(c)
        if kind == "Cf":
            continue
        if kind[0] == "C" or kind in ("Zl", "Zp"):
            out.append(" ")
        elif ord(c) in have:
            out.append(c)
        else:
            base = [
                d
                for d in unicodedata.normalize("NFKD", c)
                if ord(d) in have and not unicodedata.combining(d)
            ]
            out.append("".join(base) or "?")
    return "".join(out)


def generated() -> str:
    """When a report is made, as its footer says it."""
    return f"{datetime.now():%d/%m/%Y %H:%M}"
