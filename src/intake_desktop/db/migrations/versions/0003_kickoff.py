"""kickoff sessions and home visits

Revision ID: 0003_kickoff
Revises: 0002_search_order
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_kickoff"
down_revision = "0002_search_order"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "kickoff_session",
        sa.Column("klantgroep", sa.String(length=32), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("trainer", sa.String(length=200), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kickoff_session")),
    )
    with op.batch_alter_table("kickoff_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_kickoff_session_klantgroep"), ["klantgroep"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_kickoff_session_starts_at"), ["starts_at"], unique=False
        )

    op.create_table(
        "kickoff_booking",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_kickoff_booking_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["kickoff_session.id"],
            name=op.f("fk_kickoff_booking_session_id_kickoff_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kickoff_booking")),
        sa.UniqueConstraint("session_id", "client_id", name=op.f("uq_kickoff_booking_session_id")),
    )
    with op.batch_alter_table("kickoff_booking", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_kickoff_booking_client_id"), ["client_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_kickoff_booking_session_id"), ["session_id"], unique=False
        )

    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("at_home", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:

    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.drop_column("at_home")

    with op.batch_alter_table("kickoff_booking", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kickoff_booking_session_id"))
        batch_op.drop_index(batch_op.f("ix_kickoff_booking_client_id"))

    op.drop_table("kickoff_booking")
    with op.batch_alter_table("kickoff_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kickoff_session_starts_at"))
        batch_op.drop_index(batch_op.f("ix_kickoff_session_klantgroep"))

    op.drop_table("kickoff_session")
