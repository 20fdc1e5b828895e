"""The migrations make exactly the schema the models describe, on SQLite and PostgreSQL, and
an older database is upgraded with its data."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import text

from coati_desk.payroll.db import get_engine, session
from coati_desk.payroll.models import Base, Empresa, Planilla


def test_the_migrated_schema_is_the_models_schema(database: str) -> None:
    with get_engine().connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                # the database's id, written and read with plain SQL (payroll.db)
                "include_name": lambda name, kind, _: name != "base_de_datos",
            },
        )
        differences = compare_metadata(context, Base.metadata)
        if database == "sqlite":
            differences = _without_inline_references(conn, differences)
    assert differences == []


def _without_inline_references(conn: Any, differences: list[Any]) -> list[Any]:
    """SQLAlchemy does not read ``ON DELETE`` back from a column SQLite added with ``ALTER
    TABLE ... REFERENCES`` (migration 0006): such a reference shows as removed and added
    again. Drop that pair when SQLite's own list of the table's keys has the model's rule."""
    added = {
        (d[1].parent.name, tuple(d[1].column_keys)): d[1] for d in differences if d[0] == "add_fk"
    }
    kept = []
    for d in differences:
        key = (d[1].parent.name, tuple(d[1].column_keys)) if d[0].endswith("_fk") else None
        model = added.get(key) if key else None
        if model is not None:
            table, (column,) = key  # type: ignore[misc]
            keys = conn.exec_driver_sql(f"PRAGMA foreign_key_list({table})").fetchall()
            if any(k[3] == column and k[6] == model.ondelete for k in keys):
                continue
        kept.append(d)
    return kept


def test_every_new_planilla_belongs_to_a_company(database: str) -> None:
    with session(write=True) as db:
        first = Planilla(nombre="Nueva", periodicidad="mensual")
        second = Planilla(nombre="Otra", periodicidad="mensual")
        db.add_all([first, second])
        db.flush()
        assert first.empresa is not None and first.empresa.nombre == "Mi empresa"
        assert second.empresa_id == first.empresa_id  # one default, made once
    with session(write=True) as db:
        db.add(Planilla(nombre="Tercera", periodicidad="mensual"))
    with get_engine().connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM empresa")).scalar() == 1
    assert Empresa.__tablename__ == "empresa"


def test_the_newest_revision_is_the_one_the_app_checks_for(database: str) -> None:
    """Every process skips Alembic when the database is at HEAD_REVISION: a newer migration
    file left it behind, and every command logged an upgrade (and paid for it)."""
    from alembic.script import ScriptDirectory

    from coati_desk.payroll.db import HEAD_REVISION, MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION
