"""a real office month: the company, employee details, salary history, opening year-to-date
figures, loans, per-period inputs (novedades), approval and payment of runs

Planillas that exist get one company, "Mi empresa", to be named in the window.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 12:00:00
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MONEY = sa.Numeric(14, 2)


def _created() -> sa.Column:
    return sa.Column("creado_en", sa.DateTime(), nullable=False)


def _add_reference(table: str, column: str, type_: sa.types.TypeEngine, target: str) -> None:
    """A nullable column referring to ``target``'s id (SET NULL when that row goes).

    SQLite adds it in place (``ALTER TABLE ... ADD COLUMN ... REFERENCES``): a batch
    "move and copy" would drop the old table, and with foreign keys on, dropping a table
    deletes its rows first, cascading into the tables that refer to it."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        kind = type_.compile(dialect=bind.dialect)
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN {column} {kind} "
            f"REFERENCES {target} (id) ON DELETE SET NULL"
        )
    else:
        op.add_column(
            table,
            sa.Column(column, type_, sa.ForeignKey(f"{target}.id", ondelete="SET NULL")),
        )


def upgrade() -> None:
    empresa = op.create_table(
        "empresa",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("nombre", sa.String(200), nullable=False),
        sa.Column("ruc", sa.String(32), nullable=True),
        sa.Column("numero_patronal", sa.String(32), nullable=True),
        sa.Column("direccion", sa.String(300), nullable=True),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("trabajadores", sa.Integer(), nullable=True),
        sa.Column("creada_en", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "salario_empleado",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("empleado_id", sa.String(64), nullable=False),
        sa.Column("vigente_desde", sa.Date(), nullable=False),
        sa.Column("salario_mensual", MONEY, nullable=False),
        _created(),
        sa.ForeignKeyConstraint(["empleado_id"], ["empleado.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("empleado_id", "vigente_desde", name="salario_desde"),
    )
    op.create_table(
        "acumulado_inicial",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("empleado_id", sa.String(64), nullable=False),
        sa.Column("anio", sa.Integer(), nullable=False),
        sa.Column("periodos", sa.Integer(), nullable=False),
        sa.Column("bruto", MONEY, nullable=False),
        sa.Column("inss", MONEY, nullable=False),
        sa.Column("ir", MONEY, nullable=False),
        sa.ForeignKeyConstraint(["empleado_id"], ["empleado.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("empleado_id", "anio", name="acumulado_inicial_anio"),
    )
    op.create_table(
        "prestamo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("empleado_id", sa.String(64), nullable=False),
        sa.Column("descripcion", sa.String(200), nullable=False),
        sa.Column("monto", MONEY, nullable=False),
        sa.Column("cuota", MONEY, nullable=False),
        sa.Column("inicio", sa.Date(), nullable=False),
        sa.Column("activo", sa.Boolean(), nullable=False),
        _created(),
        sa.ForeignKeyConstraint(["empleado_id"], ["empleado.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("prestamo_por_empleado", "prestamo", ["empleado_id"])
    op.create_table(
        "novedad",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("planilla_id", sa.String(64), nullable=False),
        sa.Column("empleado_id", sa.String(64), nullable=False),
        sa.Column("periodo_inicio", sa.Date(), nullable=False),
        sa.Column("periodo_fin", sa.Date(), nullable=False),
        sa.Column("tipo", sa.String(16), nullable=False),
        sa.Column("cantidad", sa.Numeric(10, 2), nullable=True),
        sa.Column("monto", MONEY, nullable=True),
        sa.Column("descripcion", sa.String(200), nullable=False),
        sa.Column("fecha", sa.Date(), nullable=True),
        sa.Column("usuario", sa.String(64), nullable=False),
        sa.Column("creada_en", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["empleado_id"], ["empleado.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["planilla_id"], ["planilla.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "novedad_periodo",
        "novedad",
        ["planilla_id", "periodo_inicio", "periodo_fin", "empleado_id"],
    )
    op.create_table(
        "nomina_evento",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nomina_id", sa.String(64), nullable=False),
        sa.Column("accion", sa.String(16), nullable=False),
        sa.Column("usuario", sa.String(64), nullable=False),
        sa.Column("motivo", sa.Text(), nullable=False),
        _created(),
        sa.ForeignKeyConstraint(["nomina_id"], ["nomina.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_nomina_evento_nomina_id", "nomina_evento", ["nomina_id"])

    with op.batch_alter_table("empleado", recreate="never") as batch:
        batch.add_column(sa.Column("inss_numero", sa.String(32), nullable=True))
        batch.add_column(sa.Column("cargo", sa.String(100), nullable=True))
        batch.add_column(sa.Column("banco", sa.String(100), nullable=True))
        batch.add_column(sa.Column("cuenta_bancaria", sa.String(64), nullable=True))
        batch.add_column(
            sa.Column("forma_pago", sa.String(16), nullable=False, server_default="transferencia")
        )
    _add_reference("planilla", "empresa_id", sa.String(64), "empresa")
    op.create_index("ix_planilla_empresa_id", "planilla", ["empresa_id"])
    with op.batch_alter_table("nomina", recreate="never") as batch:
        batch.add_column(sa.Column("trabajadores_empresa", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("aprobada_por", sa.String(64), nullable=True))
        batch.add_column(sa.Column("aprobada_en", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("pagada_por", sa.String(64), nullable=True))
        batch.add_column(sa.Column("pagada_en", sa.DateTime(), nullable=True))
    with op.batch_alter_table("nomina_empleado", recreate="never") as batch:
        batch.add_column(sa.Column("renta_ocasional", MONEY, nullable=True))
        batch.add_column(sa.Column("ir_ocasional", MONEY, nullable=True))
    _add_reference("nomina_linea", "prestamo_id", sa.Integer(), "prestamo")
    op.create_index("ix_nomina_linea_prestamo_id", "nomina_linea", ["prestamo_id"])

    bind = op.get_bind()
    if bind.execute(sa.text("SELECT count(*) FROM planilla")).scalar():
        empresa_id = f"epr_{uuid.uuid4().hex[:12]}"
        op.bulk_insert(
            empresa,
            [
                {
                    "id": empresa_id,
                    "nombre": "Mi empresa",
                    "creada_en": datetime.now(UTC).replace(tzinfo=None),
                }
            ],
        )
        bind.execute(sa.text("UPDATE planilla SET empresa_id = :e"), {"e": empresa_id})


def downgrade() -> None:
    op.drop_index("ix_nomina_linea_prestamo_id", "nomina_linea")
    with op.batch_alter_table("nomina_linea", recreate="never") as batch:
        batch.drop_column("prestamo_id")
    with op.batch_alter_table("nomina_empleado", recreate="never") as batch:
        batch.drop_column("ir_ocasional")
        batch.drop_column("renta_ocasional")
    with op.batch_alter_table("nomina", recreate="never") as batch:
        for name in ("pagada_en", "pagada_por", "aprobada_en", "aprobada_por"):
            batch.drop_column(name)
        batch.drop_column("trabajadores_empresa")
    op.drop_index("ix_planilla_empresa_id", "planilla")
    with op.batch_alter_table("planilla", recreate="never") as batch:
        batch.drop_column("empresa_id")
    with op.batch_alter_table("empleado", recreate="never") as batch:
        for name in ("forma_pago", "cuenta_bancaria", "banco", "cargo", "inss_numero"):
            batch.drop_column(name)
    for table in ("nomina_evento", "novedad", "prestamo", "acumulado_inicial"):
        op.drop_table(table)
    op.drop_table("salario_empleado")
    op.drop_table("empresa")
