"""search indexes in display order

Revision ID: 0002_search_order
Revises: 0001_initial
Create Date: 2026-11-22
"""

from alembic import op

revision = "0002_search_order"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:

    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_birth_date"))
        batch_op.drop_index(batch_op.f("ix_client_postcode"))
        batch_op.create_index("ix_client_birth_name", ["birth_date", "search_name"], unique=False)
        batch_op.create_index(
            "ix_client_postcode_house", ["postcode", "house_number", "search_name"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index("ix_client_postcode_house")
        batch_op.drop_index("ix_client_birth_name")
        batch_op.create_index(batch_op.f("ix_client_postcode"), ["postcode"], unique=False)
        batch_op.create_index(batch_op.f("ix_client_birth_date"), ["birth_date"], unique=False)
