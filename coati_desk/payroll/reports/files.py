"""Report files written to a local folder: private, never over a file already there."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable
from pathlib import Path

from coati_desk.payroll import messages as M
from coati_desk.payroll.errors import PayrollInputError
from coati_desk.payroll.reports.storage import report_files
from coati_desk.payroll.reports.text import safe_file_name


def export_files(task_id: str, folder: Path) -> list[Path]:
    """Write a report task's files into ``folder`` (made, private, if missing): the paths.

    A file already there is never replaced: the new one is named ``name (2).pdf`` and so on."""
    files = report_files(task_id)
    if not files:
        raise PayrollInputError(M.TASK_NO_FILES(task_id=task_id))
    return write_files(files, folder)


_BINARY = getattr(os, "O_BINARY", 0)  # (Windows would translate line ends without it)


def write_files(files: Iterable[tuple[str, bytes]], folder: Path) -> list[Path]:
    """Write ``files`` into ``folder`` (created 0700 if missing), each private (0600), none
    over an existing file (`` (2)``, `` (3)``... are added before the extension)."""
    folder = Path(folder).expanduser()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    written = []
    for name, content in files:
        stem, extension = os.path.splitext(Path(name).name)  # never a path from the database
        clean = safe_file_name(stem, extension.lstrip(".") or "bin")
        path, fd = _new_file(folder, clean)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        written.append(path)
    return written


def _new_file(folder: Path, name: str) -> tuple[Path, int]:
    stem, extension = os.path.splitext(name)
    for n in itertools.count(1):
        path = folder / (name if n == 1 else f"{stem} ({n}){extension}")
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY
            return path, os.open(path, flags, 0o600)
        except FileExistsError:
            continue
    raise AssertionError("unreachable")
