"""index the run rows by employee, and by when they settled

Year-to-date figures look up an employee's earlier rows for every employee of a run; without
an index SQLite scanned every row of every run each time (quadratic in the run's size). The
window asks every second or two for the rows of a run settled since its last look.

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
    op.create_index("nomina_empleado_por_empleado", "nomina_empleado", ["empleado_id", "estado"])
    op.create_index("nomina_empleado_settled", "nomina_empleado", ["nomina_id", "finalizado_en"])


def downgrade() -> None:
    op.drop_index("nomina_empleado_settled", table_name="nomina_empleado")
    op.drop_index("nomina_empleado_por_empleado", table_name="nomina_empleado")
