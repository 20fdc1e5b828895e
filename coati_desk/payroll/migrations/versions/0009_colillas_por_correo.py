"""payslips by e-mail: an employee's address (empleado.correo), the office's mail server and
message (ajustes_correo, one row), and each payslip sent (envio_colilla, one per run and
employee)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 16:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("empleado", recreate="never") as batch:
        batch.add_column(sa.Column("correo", sa.String(254), nullable=True))
    op.create_table(
        "ajustes_correo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("servidor", sa.String(255), nullable=False),
        sa.Column("puerto", sa.Integer(), nullable=False),
        sa.Column("seguridad", sa.String(16), nullable=False),
        sa.Column("usuario", sa.String(255), nullable=False),
        sa.Column("remitente_nombre", sa.String(200), nullable=False),
        sa.Column("remitente_correo", sa.String(254), nullable=False),
        sa.Column("asunto", sa.String(300), nullable=False),
        sa.Column("cuerpo", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "envio_colilla",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("nomina_id", sa.String(64), nullable=False),
        sa.Column("empleado_id", sa.String(64), nullable=False),
        sa.Column("estado", sa.String(16), nullable=False),
        sa.Column("solicitud", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.String(64), nullable=True),
        sa.Column("intentos", sa.Integer(), nullable=False),
        sa.Column("destinatario", sa.String(254), nullable=True),
        sa.Column("respuesta", sa.Text(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("usuario", sa.String(64), nullable=False),
        sa.Column("solicitado_en", sa.DateTime(), nullable=False),
        sa.Column("enviado_en", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["nomina_id"], ["nomina.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["empleado_id"], ["empleado.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("nomina_id", "empleado_id", name="envio_colilla_unico"),
    )
    op.create_index("ix_envio_colilla_nomina_id", "envio_colilla", ["nomina_id"])


def downgrade() -> None:
    op.drop_index("ix_envio_colilla_nomina_id", table_name="envio_colilla")
    op.drop_table("envio_colilla")
    op.drop_table("ajustes_correo")
    with op.batch_alter_table("empleado", recreate="never") as batch:
        batch.drop_column("correo")
