"""The payroll database: an SQLite file in the user data folder, or ``COATI_DATABASE_URL``.

SQLite runs in WAL mode with a busy timeout, its file private (0600); write transactions start
with ``BEGIN IMMEDIATE`` so concurrent writers wait their turn instead of failing. Writers of one
process also queue on a lock of ours first, and writers of other processes retry quickly
(:mod:`coati_desk.sqlite_writer`): SQLite makes a waiting writer sleep 1 to 100 ms, which left
the file idle between short transactions. The schema is made and upgraded by
Alembic on first use, so a user's data survives upgrades.
"""

from __future__ import annotations

import gc
import logging
import os
import socket
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from coati_desk.config import user_data_dir
from coati_desk.payroll.messages import DATABASE_NOT_WRITABLE
from coati_desk.sqlite_writer import (
    BUSY_TIMEOUT_MS,
    begin_immediate,
    process_writer_lock,
    storage_fault,
)

log = logging.getLogger("coati_desk.payroll")

MIGRATIONS = Path(__file__).parent / "migrations"
HEAD_REVISION = "0009"  # the newest file in migrations/versions
DB_FILE = "coati-desk.sqlite3"

_lock = threading.Lock()
_engines: dict[tuple[str, int], Engine] = {}


_chosen_url: str | None = None  # set by use_database: wins over COATI_DATABASE_URL


def database_url() -> str:
    """This process's database: the one :func:`use_database` chose, else
    ``COATI_DATABASE_URL``, else the SQLite file in the user data folder."""
    explicit = _chosen_url or os.environ.get("COATI_DATABASE_URL", "").strip()
    if explicit:
        return explicit
    return f"sqlite:///{user_data_dir() / DB_FILE}"


def _prepare_sqlite_file(url: str) -> None:
    database = make_url(url).database
    if not database or database == ":memory:":
        return
    path = Path(database).expanduser()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


# A worker machine that vanishes (cable out, power cut, Wi-Fi gone) sends nothing: without these,
# its PostgreSQL session lives on for hours holding its transaction's row locks, and every other
# worker waits on them. Both ends give up on a silent peer after about a minute.
POSTGRES_DEAD_PEER_SECONDS = 60
POSTGRES_CONNECT_TIMEOUT = 10  # s: a server that does not answer is said so, not waited on
_POSTGRES_KEEPALIVES = {"keepalives_idle": 20, "keepalives_interval": 10, "keepalives_count": 4}


def _postgres_connect_args(url: str) -> dict[str, Any]:
    """libpq settings so client and server each notice a peer that went silent; settings the
    URL already names are left to it."""
    timeout_ms = POSTGRES_DEAD_PEER_SECONDS * 1000
    server = {
        "idle_in_transaction_session_timeout": timeout_ms,
        "tcp_user_timeout": timeout_ms,
        **{f"tcp_{name}": value for name, value in _POSTGRES_KEEPALIVES.items()},
    }
    wanted: dict[str, Any] = {
        "connect_timeout": POSTGRES_CONNECT_TIMEOUT,
        "keepalives": 1,
        **_POSTGRES_KEEPALIVES,
        "tcp_user_timeout": timeout_ms,
        "options": " ".join(f"-c {name}={value}" for name, value in server.items()),
    }
    return {k: v for k, v in wanted.items() if k not in make_url(url).query}


def _sqlite_events(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        if conn.get_execution_options().get("immediate", False):
            begin_immediate(conn.connection.dbapi_connection)
        else:
            conn.exec_driver_sql("BEGIN")


def get_engine(url: str | None = None) -> Engine:
    """The engine for ``url`` (default: :func:`database_url`), migrated to the newest schema."""
    url = url or database_url()
    key = (url, os.getpid())  # a forked worker makes its own connections
    with _lock:
        engine = _engines.get(key)
        if engine is None:
            backend = make_url(url).get_backend_name()
            if backend == "sqlite":
                _prepare_sqlite_file(url)
                engine = create_engine(url, connect_args={"timeout": 60})
                _sqlite_events(engine)
            else:
                server_args = _postgres_connect_args(url) if backend == "postgresql" else {}
                engine = create_engine(url, pool_pre_ping=True, connect_args=server_args)
            migrate(engine)
            _engines[key] = engine
    return engine


def _current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError):
        return None


def migrate(engine: Engine) -> None:
    """Create or upgrade the schema with Alembic (skipped when already at the newest)."""
    if _current_revision(engine) == HEAD_REVISION:
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.execution_options(immediate=True).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    log.info("Payroll database ready at %s", engine.url.render_as_string(hide_password=True))


def reset_engines() -> None:
    """Forget every engine and the database :func:`use_database` chose (tests; a change of
    COATI_DATABASE_URL)."""
    global _chosen_url
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()
        _chosen_url = None


def use_database(url: str) -> None:
    """Make ``url`` this process's payroll database (the window's choice, passed explicitly
    instead of through the environment); the engines of the previous one are let go."""
    global _chosen_url
    reset_engines()
    with _lock:
        _chosen_url = url


@contextmanager
def _writer_turn(engine: Engine) -> Iterator[Engine]:
    """Wait for this process's turn to write, then the engine that begins with the write lock."""
    if engine.dialect.name != "sqlite":
        yield engine
        return
    with process_writer_lock(str(engine.url)):
        yield engine.execution_options(immediate=True)


class DatabaseWriteError(RuntimeError):
    """The payroll database cannot be written: its disk is full, read-only or failing."""


@contextmanager
def _readable_faults(engine: Engine) -> Iterator[None]:
    """A write that failed because of the disk says so in words (the task is retried)."""
    try:
        yield
    except (OperationalError, sqlite3.OperationalError) as exc:  # (raw from BEGIN IMMEDIATE)
        fault = storage_fault(exc)
        if fault is None:
            raise
        # SQLite opens a file it cannot write read-only, and new connections of this process
        # share that view while any old one is open: close them all (those of a disposed pool
        # once collected), so the retry opens the file afresh.
        engine.dispose()
        gc.collect()
        where = engine.url.render_as_string(hide_password=True)
        message = DATABASE_NOT_WRITABLE(where=where, fault=fault)
        raise DatabaseWriteError(message) from exc


@contextmanager
def session(write: bool = False, url: str | None = None) -> Iterator[Session]:
    """An ORM session; ``write=True`` commits at the end (and takes the write lock up front)."""
    engine = get_engine(url)
    if not write:
        with Session(engine, expire_on_commit=False) as db:
            yield db
        return
    with (
        _readable_faults(engine),
        _writer_turn(engine) as writer,
        Session(writer, expire_on_commit=False) as db,
        db.begin(),
    ):
        yield db


@contextmanager
def connect(write: bool = False, url: str | None = None) -> Iterator[Connection]:
    """A Core connection in one transaction, for hot paths where the ORM costs too much.

    ``write=True`` commits at the end (rolls back on an exception) and holds the write lock.
    """
    engine = get_engine(url)
    if not write:
        with engine.connect() as conn:
            yield conn
        return
    with _readable_faults(engine), _writer_turn(engine) as writer, writer.begin() as conn:
        yield conn


# -- which database this is ----------------------------------------------------------------------
def postgres_url(host: str, port: int, database: str, user: str, password: str = "") -> str:
    """The SQLAlchemy URL of a PostgreSQL database (psycopg 3), password included if given."""
    return URL.create(
        "postgresql+psycopg",
        username=user or None,
        password=password or None,
        host=host,
        port=port,
        database=database,
    ).render_as_string(hide_password=False)


def describe_database(url: str | None = None) -> str:
    """The database for people: its URL with the password masked; a SQLite file with the name
    of the machine it is on."""
    url = url or database_url()
    try:
        parsed = make_url(url)
    except Exception:
        return "(?)"
    shown = parsed.render_as_string(hide_password=True)
    return f"{shown} ({socket.gethostname()})" if parsed.get_backend_name() == "sqlite" else shown


def database_id(url: str | None = None) -> str:
    """This database's id: a random one made with its schema (migration 0004), made again if
    its row was removed."""
    query = text("SELECT id FROM base_de_datos ORDER BY creada_en, id")
    with connect(url=url) as conn:
        found = conn.execute(query).scalar()
    if found:
        return str(found)
    with connect(write=True, url=url) as conn:
        found = conn.execute(query).scalar()
        if not found:
            found = uuid.uuid4().hex
            conn.execute(
                text("INSERT INTO base_de_datos (id, creada_en) VALUES (:id, CURRENT_TIMESTAMP)"),
                {"id": found},
            )
    return str(found)


@dataclass(frozen=True)
class DatabaseProblem:
    """Why a database cannot be used. ``kind``: driver (psycopg missing), refused (nothing
    listens there), host (unknown name), auth (user or password), database (no such database),
    timeout, url (malformed) or other; ``detail``: the driver's own words."""

    kind: str
    detail: str

    def __str__(self) -> str:
        return self.detail


def _problem(exc: BaseException) -> DatabaseProblem:
    detail = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [""])[0]
    text_ = str(getattr(exc, "orig", None) or exc).lower()
    for kind, words in (
        ("auth", ("password authentication failed", "no password supplied", 'role "')),
        ("database", ('database "',)),
        ("host", ("resolve host", "translate host name", "name or service not known")),
        ("refused", ("connection refused",)),
        ("timeout", ("timeout expired", "timed out")),
    ):
        if any(word in text_ for word in words):
            return DatabaseProblem(kind, detail or type(exc).__name__)
    return DatabaseProblem("other", detail or type(exc).__name__)


def probe_database(url: str, timeout: float = 5) -> DatabaseProblem | None:
    """None if ``url`` can be connected to now, else why not (nothing is created or migrated:
    a throwaway connection runs ``SELECT 1``)."""
    try:
        parsed = make_url(url)
        backend = parsed.get_backend_name()
    except Exception as exc:
        return DatabaseProblem("url", str(exc))
    args: dict[str, Any] = {}
    if backend == "postgresql":
        try:
            import psycopg  # noqa: F401
        except ImportError:
            return DatabaseProblem(
                "driver", "psycopg is not installed: pip install psycopg[binary]"
            )
        args = {"connect_timeout": max(int(timeout), 1)}
    elif backend == "sqlite":
        try:
            _prepare_sqlite_file(url)
        except OSError as exc:
            return DatabaseProblem("other", f"{exc.strerror or exc}: {exc.filename or ''}")
    try:
        engine = create_engine(url, poolclass=NullPool, connect_args=args)
    except Exception as exc:  # an unknown dialect or driver
        return DatabaseProblem("driver", str(exc))
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        return _problem(exc)
    finally:
        engine.dispose()
    return None
