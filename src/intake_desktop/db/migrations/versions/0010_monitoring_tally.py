"""monitoring tally: counts per measure, bucket, klantgroep and label kept by triggers
on the source tables, read by the quarterly overview (services/monitoring/tallied.py)

Revision ID: 0010_monitoring_tally
Revises: 0009_monitoring
Create Date: 2026-11-22

The table is filled from the existing rows, then the triggers are made (last: a batch
that rebuilt a source table would drop them; such a later migration must call
``monitoring_tally_triggers.create_triggers`` again, tests/test_monitoring_tally.py
checks they exist).
"""

import sqlalchemy as sa
from alembic import op

from intake_desktop.db import monitoring_tally, monitoring_tally_triggers

revision = "0010_monitoring_tally"
down_revision = "0009_monitoring"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "monitoring_tally",
        sa.Column("measure", sa.String(length=16), nullable=False),
        sa.Column("bucket", sa.String(length=16), nullable=False),
        sa.Column("klantgroep", sa.String(length=32), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("n", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "measure", "bucket", "klantgroep", "label", name=op.f("pk_monitoring_tally")
        ),
    )
    bind = op.get_bind()
    for statement in monitoring_tally.fill_sql(bind.dialect.name):
        bind.exec_driver_sql(statement)
    monitoring_tally_triggers.create_triggers(bind)


def downgrade() -> None:
    bind = op.get_bind()
    for statement in monitoring_tally_triggers.drop_sql(bind.dialect.name):
        bind.exec_driver_sql(statement)
    op.drop_table("monitoring_tally")
