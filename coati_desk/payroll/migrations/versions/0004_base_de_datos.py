"""this database's id (base_de_datos): one random id, made when the schema is made

Every process that shares a queue (a Redis) must compute into the same database. The first one
records this id in the queue's store; a process whose database has another id refuses to work
on that queue, and the message names both ids.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 10:00:00
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    table = op.create_table(
        "base_de_datos",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("creada_en", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.bulk_insert(
        table,
        [{"id": uuid.uuid4().hex, "creada_en": datetime.now(UTC).replace(tzinfo=None)}],
    )


def downgrade() -> None:
    op.drop_table("base_de_datos")
