"""vernietigd_dossier: the references of destroyed dossiers, and the trigger that gives
an audit row about one of them, arriving later, no personal link (db/audit_forget.py)

Revision ID: 0016_vernietigd_dossier
Revises: 0015_vernietigingslijst
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

from intake_desktop.db import audit_forget

revision = "0016_vernietigd_dossier"
down_revision = "0015_vernietigingslijst"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vernietigd_dossier",
        sa.Column("client_ref", sa.String(length=64), nullable=False),
        sa.Column("list_id", sa.Uuid(), nullable=False),
        sa.Column("destroyed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["vernietigingslijst.id"],
            name=op.f("fk_vernietigd_dossier_list_id_vernietigingslijst"),
        ),
        sa.PrimaryKeyConstraint("client_ref", name=op.f("pk_vernietigd_dossier")),
    )
    bind = op.get_bind()
    for statement in audit_forget.create_sql(bind.dialect.name):
        bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    for statement in audit_forget.drop_sql(bind.dialect.name):
        bind.exec_driver_sql(statement)
    op.drop_table("vernietigd_dossier")
