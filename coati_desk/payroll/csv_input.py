"""Reading a CSV file an office made (employees, per-period inputs): UTF-8 (with or without a
BOM), comma or semicolon separated, a header line first; every problem named by its line."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from coati_desk.payroll import messages as M


def read_csv_rows(
    data: bytes, required: Sequence[str], columns: Sequence[str]
) -> tuple[list[dict[str, str]], list[str]]:
    """The file's rows (header names lower-cased, ``__line__``: the line number), and its
    problems by line; a file that cannot be read at all gives one problem and no rows."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return [], [M.CSV_NOT_UTF8(byte=exc.start)]
    if "\x00" in text:
        return [], [M.CSV_NUL()]
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    # newline="": the csv module handles \r\n, \r and newlines inside quoted cells itself.
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _rows_of(reader, required, columns)
    except csv.Error as exc:  # a malformed line (a stray quote, a bare carriage return...)
        return [], [M.CSV_LINE(line=reader.line_num, problem=M.CSV_INVALID(detail=exc))]


def _rows_of(
    reader: csv.DictReader[str], required: Sequence[str], columns: Sequence[str]
) -> tuple[list[dict[str, str]], list[str]]:
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in required if c not in header]
    if missing:
        return [], [M.CSV_LINE(line=1, problem=M.CSV_MISSING_COLUMNS(columns=", ".join(missing)))]
    extra = [h for h in header if h and h not in columns]
    if extra:
        return [], [M.CSV_LINE(line=1, problem=M.CSV_UNKNOWN_COLUMNS(columns=", ".join(extra)))]
    reader.fieldnames = header
    rows: list[dict[str, str]] = []
    errors: list[str] = []
    for row in reader:
        if None in row:  # more cells than the header has
            errors.append(M.CSV_LINE(line=reader.line_num, problem=M.CSV_MORE_CELLS()))
            continue
        if not any((v or "").strip() for v in row.values()):
            continue  # a blank line
        row["__line__"] = str(reader.line_num)
        rows.append(row)
    return rows, errors
