"""offline laptops: checkouts and receipts (server), state, outbox, conflicts (laptop)

Revision ID: 0007_sync
Revises: 0006_trajectplan
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_sync"
down_revision = "0006_trajectplan"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checkout",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("laptop_id", sa.Uuid(), nullable=False),
        sa.Column("workstation", sa.String(length=100), nullable=False),
        sa.Column("checked_out_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("returned_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_checkout_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_checkout_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkout")),
    )
    op.create_index("ix_checkout_open", "checkout", ["client_id", "returned_at"])
    op.create_index(op.f("ix_checkout_staff_id"), "checkout", ["staff_id"])
    op.create_index(op.f("ix_checkout_laptop_id"), "checkout", ["laptop_id"])
    op.create_table(
        "sync_receipt",
        sa.Column("change_id", sa.String(length=32), nullable=False),
        sa.Column("laptop_id", sa.Uuid(), nullable=False),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_sync_receipt")),
    )
    op.create_index(op.f("ix_sync_receipt_laptop_id"), "sync_receipt", ["laptop_id"])
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("laptop_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("server", sa.String(length=300), nullable=False),
        sa.Column("capturing", sa.Boolean(), nullable=False),
        sa.Column("checked_out_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_sync_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("change_id", sa.String(length=32), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.Column("op", sa.String(length=1), nullable=False),
        sa.Column("old_values", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("client_name", sa.String(length=300), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("base", sa.JSON(), nullable=False),
        sa.Column("mine", sa.JSON(), nullable=False),
        sa.Column("theirs", sa.JSON(), nullable=False),
        sa.Column("found_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution", sa.String(length=8), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index(op.f("ix_sync_conflict_client_id"), "sync_conflict", ["client_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_sync_conflict_client_id"), table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_table("outbox")
    op.drop_table("sync_state")
    op.drop_index(op.f("ix_sync_receipt_laptop_id"), table_name="sync_receipt")
    op.drop_table("sync_receipt")
    op.drop_index(op.f("ix_checkout_laptop_id"), table_name="checkout")
    op.drop_index(op.f("ix_checkout_staff_id"), table_name="checkout")
    op.drop_index("ix_checkout_open", table_name="checkout")
    op.drop_table("checkout")
