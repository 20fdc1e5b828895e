"""a final settlement is a run of its own (tipo liquidacion) for one employee
(nomina.empleado_id); settlements are unique per employee and exit day, and do not take a
period from the planilla's other runs; a row's income exempt from INSS and IR (renta_exenta)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 15:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = "estado != 'cancelada'"
LIVE_PERIOD_RUN = "estado != 'cancelada' AND tipo != 'liquidacion'"
LIVE_SETTLEMENT = "estado != 'cancelada' AND tipo = 'liquidacion'"


PERIOD_COLUMNS = ["planilla_id", "periodo_inicio", "periodo_fin"]
SETTLEMENT_COLUMNS = ["planilla_id", "empleado_id", "periodo_fin"]


def _unique_index(name: str, columns: list[str], where: str) -> None:
    op.create_index(
        name,
        "nomina",
        columns,
        unique=True,
        sqlite_where=sa.text(where),
        postgresql_where=sa.text(where),
    )


def upgrade() -> None:
    with op.batch_alter_table("nomina", recreate="never") as batch:
        batch.add_column(sa.Column("empleado_id", sa.String(64), nullable=True))
    with op.batch_alter_table("nomina_empleado", recreate="never") as batch:
        batch.add_column(sa.Column("renta_exenta", sa.Numeric(14, 2), nullable=True))
    op.drop_index("nomina_periodo_vivo", table_name="nomina")
    _unique_index("nomina_periodo_vivo", PERIOD_COLUMNS, LIVE_PERIOD_RUN)
    _unique_index("nomina_liquidacion_viva", SETTLEMENT_COLUMNS, LIVE_SETTLEMENT)


def downgrade() -> None:
    op.drop_index("nomina_liquidacion_viva", table_name="nomina")
    op.drop_index("nomina_periodo_vivo", table_name="nomina")
    _unique_index("nomina_periodo_vivo", PERIOD_COLUMNS, LIVE)
    with op.batch_alter_table("nomina_empleado", recreate="never") as batch:
        batch.drop_column("renta_exenta")
    with op.batch_alter_table("nomina", recreate="never") as batch:
        batch.drop_column("empleado_id")
