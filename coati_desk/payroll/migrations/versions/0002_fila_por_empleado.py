"""index what each employee's task looks up, and the rows by when they settled

Each employee's task reads their recurring items and their earlier rows this year; without
indexes SQLite scanned every employee's items and every row of every run each time (quadratic
in the run's size). The window asks every second or two for the rows settled since its last look.

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
    op.create_index("concepto_empleado_por_empleado", "concepto_empleado", ["empleado_id"])
    op.create_index("nomina_empleado_por_empleado", "nomina_empleado", ["empleado_id", "estado"])
    op.create_index("nomina_empleado_settled", "nomina_empleado", ["nomina_id", "finalizado_en"])


def downgrade() -> None:
    op.drop_index("nomina_empleado_settled", table_name="nomina_empleado")
    op.drop_index("nomina_empleado_por_empleado", table_name="nomina_empleado")
    op.drop_index("concepto_empleado_por_empleado", table_name="concepto_empleado")
