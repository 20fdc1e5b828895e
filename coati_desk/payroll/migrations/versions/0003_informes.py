"""report files (informe_archivo): what a report task made, kept in the database

A report task may run on another machine than the window that asked for it, so its files (run
summary PDF, payslip PDFs, XLSX) are stored here, tagged with the task's id, and the window
saves them where the user chooses.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "informe_archivo",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("task_id", sa.String(length=64), nullable=False),
        sa.Column("nomina_id", sa.String(length=64), nullable=False),
        sa.Column("tipo", sa.String(length=16), nullable=False),
        sa.Column("nombre", sa.String(length=255), nullable=False),
        sa.Column("contenido", sa.LargeBinary(), nullable=False),
        sa.Column("creado_en", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["nomina_id"], ["nomina.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_informe_archivo_task_id", "informe_archivo", ["task_id"])
    op.create_index("ix_informe_archivo_nomina_id", "informe_archivo", ["nomina_id"])


def downgrade() -> None:
    op.drop_index("ix_informe_archivo_nomina_id", table_name="informe_archivo")
    op.drop_index("ix_informe_archivo_task_id", table_name="informe_archivo")
    op.drop_table("informe_archivo")
