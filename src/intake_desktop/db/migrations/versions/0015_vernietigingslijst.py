"""vernietigingslijst: the dossiers due for destruction as drawn up and approved (four
eyes), kept as the proof of destruction (services/beheer/vernietiging.py)

Revision ID: 0015_vernietigingslijst
Revises: 0014_correctie
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_vernietigingslijst"
down_revision = "0014_correctie"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vernietigingslijst",
        sa.Column("peildatum", sa.Date(), nullable=False),
        sa.Column("made_by", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("entries", sa.JSON(), nullable=False),
        sa.Column("decided_by", sa.Uuid(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["made_by"], ["staff.id"], name=op.f("fk_vernietigingslijst_made_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["staff.id"], name=op.f("fk_vernietigingslijst_decided_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vernietigingslijst")),
    )


def downgrade() -> None:
    op.drop_table("vernietigingslijst")
