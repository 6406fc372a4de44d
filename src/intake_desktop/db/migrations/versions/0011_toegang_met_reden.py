"""toegang met reden: access to a client outside one's own reach, with a reason, until
the end of the day, reviewed by a teamleider (services/core/access.py)

Revision ID: 0011_toegang_met_reden
Revises: 0010_monitoring_tally
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_toegang_met_reden"
down_revision = "0010_monitoring_tally"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "toegang_met_reden",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("valid_until", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reviewed_by", sa.Uuid(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_toegang_met_reden_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by"], ["staff.id"], name=op.f("fk_toegang_met_reden_reviewed_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_toegang_met_reden_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_toegang_met_reden")),
    )
    op.create_index(
        op.f("ix_toegang_met_reden_client_id"), "toegang_met_reden", ["client_id"], unique=False
    )
    op.create_index(
        "ix_toegang_met_reden_staff_client",
        "toegang_met_reden",
        ["staff_id", "client_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_toegang_met_reden_staff_client", table_name="toegang_met_reden")
    op.drop_index(op.f("ix_toegang_met_reden_client_id"), table_name="toegang_met_reden")
    op.drop_table("toegang_met_reden")
