"""after the intake: closure (beeindiging), civic integration duty and its steps

Revision ID: 0008_traject
Revises: 0007_sync
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_traject"
down_revision = "0007_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "beeindiging",
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=False),
        sa.Column("closed_by", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("klantgroep", sa.String(length=32), nullable=True),
        sa.Column("sector", sa.String(length=64), nullable=True),
        sa.Column("hours_per_week", sa.Integer(), nullable=True),
        sa.Column("goal_outcomes", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reopened_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reopened_by", sa.Uuid(), nullable=True),
        sa.Column("reopen_reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_beeindiging_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["staff.id"], name=op.f("fk_beeindiging_closed_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["reopened_by"], ["staff.id"], name=op.f("fk_beeindiging_reopened_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_beeindiging")),
    )
    op.create_index(op.f("ix_beeindiging_client_id"), "beeindiging", ["client_id"], unique=False)
    op.create_index(
        "ix_beeindiging_closed", "beeindiging", ["closed_on", "reason", "klantgroep"], unique=False
    )
    op.create_table(
        "inburgeringsplicht",
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("duty_since", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_inburgeringsplicht_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inburgeringsplicht")),
        sa.UniqueConstraint("client_id", name=op.f("uq_inburgeringsplicht_client_id")),
    )
    op.create_table(
        "inburgering_stap",
        sa.Column("plicht_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("procedure", sa.String(length=32), nullable=False),
        sa.Column("step", sa.String(length=32), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("decision", sa.String(length=32), nullable=True),
        sa.Column("amount_cents", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("new_deadline", sa.Date(), nullable=True),
        sa.Column("letter_printed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recorded_by", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_inburgering_stap_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["plicht_id"],
            ["inburgeringsplicht.id"],
            name=op.f("fk_inburgering_stap_plicht_id_inburgeringsplicht"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["staff.id"], name=op.f("fk_inburgering_stap_recorded_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inburgering_stap")),
    )
    op.create_index(
        op.f("ix_inburgering_stap_client_id"), "inburgering_stap", ["client_id"], unique=False
    )
    op.create_index(
        op.f("ix_inburgering_stap_plicht_id"), "inburgering_stap", ["plicht_id"], unique=False
    )
    op.create_index(
        "ix_inburgering_stap_when", "inburgering_stap", ["occurred_on", "procedure"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_inburgering_stap_when", table_name="inburgering_stap")
    op.drop_index(op.f("ix_inburgering_stap_plicht_id"), table_name="inburgering_stap")
    op.drop_index(op.f("ix_inburgering_stap_client_id"), table_name="inburgering_stap")
    op.drop_table("inburgering_stap")
    op.drop_table("inburgeringsplicht")
    op.drop_index("ix_beeindiging_closed", table_name="beeindiging")
    op.drop_index(op.f("ix_beeindiging_client_id"), table_name="beeindiging")
    op.drop_table("beeindiging")
