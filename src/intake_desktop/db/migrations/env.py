"""Alembic environment: always called from intake_desktop.db.migrate with a connection."""

from alembic import context

from intake_desktop.db import models
from intake_desktop.db.base import Base

models.load_all()  # every table in Base.metadata
connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
