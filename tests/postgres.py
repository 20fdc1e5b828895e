"""A PostgreSQL database for the tests: made on the server this machine runs, dropped at the end.

``COATI_TEST_POSTGRES_URL`` names the server (default ``postgresql+psycopg://postgres@127.0.0.1:5432``,
as this machine kind and CI provide). The tests never touch a database they did not create.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

DEFAULT_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def server_url() -> str:
    return os.environ.get("COATI_TEST_POSTGRES_URL", DEFAULT_SERVER)


def unreachable_reason() -> str | None:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return 'psycopg is not installed (pip install -e ".[test,server]")'
    engine = create_engine(server_url(), connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return None
    except Exception as exc:
        return f"PostgreSQL at {make_url(server_url()).render_as_string()} does not answer: {exc}"
    finally:
        engine.dispose()


@contextmanager
def scratch_database() -> Iterator[str]:
    """A new, empty database; its URL. Dropped (connections closed) afterwards."""
    name = f"coati_test_{secrets.token_hex(6)}"
    admin = create_engine(server_url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url()).set(database=name).render_as_string(hide_password=False)
    finally:
        from coati_desk.payroll.db import reset_engines

        reset_engines()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
