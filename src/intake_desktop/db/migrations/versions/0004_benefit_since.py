"""benefit since

Revision ID: 0004_benefit_since
Revises: 0003_kickoff
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_benefit_since"
down_revision = "0003_kickoff"
branch_labels = None
depends_on = None


def upgrade() -> None:

    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.add_column(sa.Column("benefit_since", sa.Date(), nullable=True))


def downgrade() -> None:

    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_column("benefit_since")
