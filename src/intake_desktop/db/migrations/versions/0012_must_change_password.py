"""must change password: a staff member signed in with a temporary password (a reset
by a beheerder, a demo account on a server) chooses their own first
(services/beheer/passwords.py). In server mode PostgreSQL keeps the same fact in
intake_security.password_change.

Revision ID: 0012_must_change_password
Revises: 0011_toegang_met_reden
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_must_change_password"
down_revision = "0011_toegang_met_reden"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "staff",
        sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("must_change_password")
