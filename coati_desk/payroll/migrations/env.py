"""Alembic environment: run by coati_desk.payroll.db.migrate on the app's own connection."""

from alembic import context
from sqlalchemy import text

from coati_desk.payroll.models import Base

connection = context.config.attributes["connection"]
if connection.dialect.name == "postgresql":
    # One process migrates at a time (several workers may start together).
    connection.execute(text("SELECT pg_advisory_xact_lock(724173)"))
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
