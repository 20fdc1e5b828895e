"""The app's log: the terminal, a file in the user log folder, and crash reports.

Everything written passes through :func:`coati_desk.redaction.redact`: a password inside a URL
(``redis://:secret@host``) or a ``password=`` query value never reaches a file or the screen,
whichever code logged it (ours, redis-py's, Dramatiq's).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

import platformdirs

from coati_desk import APP_NAME, __version__
from coati_desk.redaction import redact

LOG_FILE = "coati-desk.log"
CONSOLE_FORMAT = "%(levelname)s: %(message)s"
FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d %(threadName)s]: %(message)s"

log = logging.getLogger("coati_desk")
CrashListener = Callable[[Path | None, str], None]


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def _private_file(path: Path) -> Path:
    """Make the folder (0700) and the file (0600) before anything is written to them."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600))
    return path


def setup_logging(verbose: bool = False) -> Path | None:
    """Log to the terminal and to ``coati-desk.log`` (rotated at 2 MB, 3 kept); its path, or
    None when the log folder cannot be written (then the terminal only, and it says so)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "coati", False)]:
        root.removeHandler(handler)  # called again (tests, a second command): not twice
        handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    console = logging.StreamHandler()
    console.setFormatter(RedactingFormatter(CONSOLE_FORMAT))
    handlers: list[logging.Handler] = [console]
    path = log_dir() / LOG_FILE
    problem = None
    try:
        file_handler = logging.handlers.RotatingFileHandler(
            _private_file(path), maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        file_handler.setFormatter(RedactingFormatter(FILE_FORMAT))
        handlers.append(file_handler)
    except OSError as exc:
        problem = exc
    for handler in handlers:
        handler.coati = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    if problem is not None:
        log.warning("The log file cannot be written (%s): logging to the terminal only", problem)
    # Huey and Dramatiq log each failed attempt with a traceback; the queue's journal keeps
    # those, and logs one line per failure itself.
    for name in ("huey", "dramatiq"):
        logging.getLogger(name).setLevel(logging.INFO if verbose else logging.CRITICAL)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return None if problem else path


def write_crash_report(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> Path | None:
    """A private text file with what went wrong (passwords redacted); None if unwritable."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = log_dir() / f"crash-{stamp}-{os.getpid()}.txt"
    lines = [
        f"Coati Desk {__version__} crash report, {datetime.now().isoformat(timespec='seconds')}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"Thread: {threading.current_thread().name}",
        "",
        *traceback.format_exception(kind, error, tb),
    ]
    try:
        with open(_private_file(path), "w", encoding="utf-8") as out:
            out.write(redact("\n".join(line.rstrip("\n") for line in lines)) + "\n")
    except OSError:
        return None
    return path


def install_crash_hooks(on_crash: CrashListener | None = None) -> None:
    """Unexpected errors (on any thread) are logged, written to a crash report, and passed to
    ``on_crash(report_path, message)`` (the window shows them)."""

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        report = write_crash_report(kind, error, tb)
        message = redact(f"{kind.__name__}: {error}")
        log.critical("Unexpected error: %s (report: %s)", message, report or "not written")
        if on_crash is not None:
            on_crash(report, message)

    sys.excepthook = handle

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            handle(args.exc_type, args.exc_value, args.exc_traceback)

    threading.excepthook = thread_hook
