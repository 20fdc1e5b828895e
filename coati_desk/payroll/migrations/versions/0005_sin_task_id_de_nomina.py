"""drop nomina.task_id: nothing wrote or read it (each employee's row keeps its own task id)

SQLite drops a column in place from 3.35 (2021); an older SQLite keeps it, unused and empty,
rather than copying the run table (and its partial unique index) to a new one.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-10 10:00:00
"""

import sqlite3
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _has_task_id() -> bool:
    return "task_id" in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("nomina")}


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite" and sqlite3.sqlite_version_info < (3, 35, 0):
        return
    with op.batch_alter_table("nomina", recreate="never") as batch:
        batch.drop_column("task_id")


def downgrade() -> None:
    if not _has_task_id():
        with op.batch_alter_table("nomina", recreate="never") as batch:
            batch.add_column(sa.Column("task_id", sa.String(length=64), nullable=True))
