"""a run's kind (tipo): ordinaria (a period's pay) or aguinaldo (the thirteenth month); an
employee's exit reason (motivo_baja), for the final settlement, and opening vacation balance
(vacaciones_saldo_inicial on vacaciones_saldo_fecha), for an office that starts with the app

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 13:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("nomina", recreate="never") as batch:
        batch.add_column(
            sa.Column("tipo", sa.String(16), nullable=False, server_default="ordinaria")
        )
    with op.batch_alter_table("empleado", recreate="never") as batch:
        batch.add_column(sa.Column("motivo_baja", sa.String(16), nullable=True))
        batch.add_column(sa.Column("vacaciones_saldo_inicial", sa.Numeric(7, 2), nullable=True))
        batch.add_column(sa.Column("vacaciones_saldo_fecha", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("empleado", recreate="never") as batch:
        batch.drop_column("vacaciones_saldo_fecha")
        batch.drop_column("vacaciones_saldo_inicial")
        batch.drop_column("motivo_baja")
    with op.batch_alter_table("nomina", recreate="never") as batch:
        batch.drop_column("tipo")
