"""index the run rows by employee

Year-to-date figures look up an employee's earlier rows for every employee of a run; without
this index SQLite scanned every row of every run each time (quadratic in the run's size).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 04:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "nomina_empleado_por_empleado", "nomina_empleado", ["empleado_id", "estado"], unique=False
    )


def downgrade() -> None:
    op.drop_index("nomina_empleado_por_empleado", table_name="nomina_empleado")
