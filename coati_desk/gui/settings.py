"""The window's settings (QSettings, an INI file in the user config folder) and the passwords.

The Redis and database passwords never go to the settings file or the log: they live in the
OS keyring (the ``keyring`` package). Where the machine has no keyring service, they are kept
for this session only, and the settings dialog says so.
"""

from __future__ import annotations

import logging
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

import platformdirs
from PySide6.QtCore import QSettings

from coati_desk import APP_NAME, mail
from coati_desk.mail import MailServer
from coati_desk.payroll.db import postgres_url
from coati_desk.redaction import redact_url, split_url

log = logging.getLogger("coati_desk.gui")

KEYRING_SERVICE = "coati-desk redis"
DATABASE_KEYRING_SERVICE = "coati-desk database"
DATABASES = ("sqlite", "postgresql")  # this PC's SQLite file, or a PostgreSQL server
REFRESH_CHOICES = (0, 1, 2, 5, 10)  # seconds; 0 is off
BACKENDS = ("auto", "huey", "dramatiq")
LANGUAGES = ("es", "en")
MAX_HISTORY_DAYS = 3650


def settings_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "coati-desk.ini"


@dataclass
class Preferences:
    backend: str = "auto"
    redis_url: str = ""
    queue_path: str = ""
    worker_threads: int = 4
    start_workers: bool = True
    worker_process: bool = True  # the workers in a process beside the window (else its threads)
    refresh_seconds: int = 2
    language: str = "es"
    history_days: int = 30  # finished tasks older than this are forgotten (0: kept for ever)
    database: str = "sqlite"  # "sqlite": this PC's file; "postgresql": the server below
    db_host: str = ""
    db_port: int = 5432
    db_name: str = "coati"
    db_user: str = ""


class AppSettings:
    """Typed access to the saved preferences."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_file()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._redis_password = SecretStore(KEYRING_SERVICE, "Redis password")
        self._database_password = SecretStore(DATABASE_KEYRING_SERVICE, "database password")
        self._smtp_password = SecretStore(mail.KEYRING_SERVICE, "mail server password")

    def load(self) -> Preferences:
        defaults = Preferences()
        q = self._qs

        def text(key: str, default: str) -> str:
            value = q.value(key, default)
            return str(value) if value is not None else default

        def number(key: str, default: int) -> int:
            try:
                return int(str(q.value(key, default)))
            except ValueError:
                return default

        prefs = Preferences(
            backend=text("queue/backend", defaults.backend),
            redis_url=text("queue/redis_url", defaults.redis_url),
            queue_path=text("queue/path", defaults.queue_path),
            worker_threads=number("workers/threads", defaults.worker_threads),
            start_workers=text("workers/start", "true").lower() in ("true", "1"),
            worker_process=text("workers/process", "true").lower() in ("true", "1"),
            refresh_seconds=number("window/refresh_seconds", defaults.refresh_seconds),
            language=text("window/language", defaults.language),
            history_days=number("queue/history_days", defaults.history_days),
            database=text("database/kind", defaults.database),
            db_host=text("database/host", defaults.db_host),
            db_port=number("database/port", defaults.db_port),
            db_name=text("database/name", defaults.db_name),
            db_user=text("database/user", defaults.db_user),
        )
        # Values edited by hand into the file are checked, not trusted.
        if prefs.backend not in BACKENDS:
            prefs.backend = defaults.backend
        if prefs.refresh_seconds not in REFRESH_CHOICES:
            prefs.refresh_seconds = defaults.refresh_seconds
        if prefs.language not in LANGUAGES:
            prefs.language = defaults.language
        prefs.worker_threads = min(max(prefs.worker_threads, 1), 64)
        if not 0 <= prefs.history_days <= MAX_HISTORY_DAYS:
            prefs.history_days = defaults.history_days
        if prefs.database not in DATABASES:
            prefs.database = defaults.database
        if not 1 <= prefs.db_port <= 65535:
            prefs.db_port = defaults.db_port
        return prefs

    def save(self, prefs: Preferences) -> None:
        q = self._qs
        q.setValue("queue/backend", prefs.backend)
        q.setValue("queue/redis_url", strip_password(prefs.redis_url))
        q.setValue("queue/path", prefs.queue_path)
        q.setValue("workers/threads", prefs.worker_threads)
        q.setValue("workers/start", "true" if prefs.start_workers else "false")
        q.setValue("workers/process", "true" if prefs.worker_process else "false")
        q.setValue("window/refresh_seconds", prefs.refresh_seconds)
        q.setValue("window/language", prefs.language)
        q.setValue("queue/history_days", prefs.history_days)
        q.setValue("database/kind", prefs.database)
        q.setValue("database/host", prefs.db_host)
        q.setValue("database/port", prefs.db_port)
        q.setValue("database/name", prefs.db_name)
        q.setValue("database/user", prefs.db_user)
        q.sync()
        if self.path.exists():
            self.path.chmod(0o600)

    # -- the password --------------------------------------------------------------------------
    def keyring_available(self) -> bool:
        return keyring_available()

    def password(self, redis_url: str) -> str:
        return self._redis_password.get(_account(redis_url) if redis_url else "")

    def set_password(self, redis_url: str, password: str) -> bool:
        """Keep the password; True if in the keyring, False if for this session only."""
        return self._redis_password.set(_account(redis_url), password)

    # -- the mail server's password (same rules; read by the workers through coati_desk.mail) --
    def smtp_password(self, server: MailServer) -> str:
        return self._smtp_password.get(server.account)

    def set_smtp_password(self, server: MailServer, password: str) -> bool:
        """Keep the password; True if in the keyring, False if for this session only."""
        return self._smtp_password.set(server.account, password)

    # -- the database's password (same rules as Redis's) ---------------------------------------
    def database_password(self, prefs: Preferences) -> str:
        return self._database_password.get(
            _db_account(prefs) if prefs.database == "postgresql" else ""
        )

    def set_database_password(self, prefs: Preferences, password: str) -> bool:
        """Keep the password; True if in the keyring, False if for this session only."""
        return self._database_password.set(_db_account(prefs), password)


def keyring_available() -> bool:
    try:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:
        return False


class SecretStore:
    """One kind of password in the OS keyring, or for this session only where there is none
    (or it fails): never in the settings file or the log."""

    def __init__(self, service: str, what: str) -> None:
        self.service, self.what = service, what
        self._session: str | None = None

    def get(self, account: str) -> str:
        if self._session is not None:
            return self._session
        if not account or not keyring_available():
            return ""
        import keyring

        try:
            return keyring.get_password(self.service, account) or ""
        except Exception as exc:
            log.warning("Could not read the %s from the keyring: %s", self.what, type(exc).__name__)
            return ""

    def set(self, account: str, password: str) -> bool:
        """Keep ``password``; True if in the keyring, False if for this session only."""
        if keyring_available():
            import keyring

            try:
                if password:
                    keyring.set_password(self.service, account, password)
                else:
                    with suppress(keyring.errors.PasswordDeleteError):
                        keyring.delete_password(self.service, account)
                self._session = None
                return True
            except Exception as exc:
                log.warning(
                    "Could not store the %s in the keyring: %s", self.what, type(exc).__name__
                )
        self._session = password
        return False


def database_url(prefs: Preferences, password: str) -> str | None:
    """The payroll database ``prefs`` choose, as a SQLAlchemy URL (password included); None
    for this PC's SQLite file (the default, or the one the app was started with)."""
    if prefs.database != "postgresql":
        return None
    return postgres_url(prefs.db_host, prefs.db_port, prefs.db_name, prefs.db_user, password)


def _db_account(prefs: Preferences) -> str:
    return f"{prefs.db_user}@{prefs.db_host}:{prefs.db_port}/{prefs.db_name}"


def _account(redis_url: str) -> str:
    """The keyring entry's name: host and port (the password does not change it)."""
    try:
        parts = urlsplit(redis_url)
        return f"{parts.hostname or ''}:{parts.port or 6379}"
    except ValueError:  # malformed: it will not connect, but it still has a name
        return split_url(redis_url)[1].rpartition("@")[2]


def strip_password(url: str) -> str:
    """The URL without any password written into it."""
    return redact_url(url, None)


def with_password(url: str, password: str) -> str:
    if not url or not password:
        return url
    head, authority, rest = split_url(strip_password(url))
    user, _, host = authority.rpartition("@")
    return f"{head}{user}:{quote(password, safe='')}@{host}{rest}"
