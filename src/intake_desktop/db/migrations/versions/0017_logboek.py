"""logboek: the Logboek Dataverwerkingen, one JSON line per processing of a person's
data, written by the database with the audit row (db/logboek.py); its HMAC key and
its copy of the register's activities

Revision ID: 0017_logboek
Revises: 0016_vernietigd_dossier
Create Date: 2026-12-04

Existing audit rows get no records: the standard asks for records of processing as it
happens, and the audit keeps the history before this version.
"""

import sqlalchemy as sa
from alembic import op

from intake_desktop.db import logboek

revision = "0017_logboek"
down_revision = "0016_vernietigd_dossier"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "logboek_sleutel",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("ipad", sa.LargeBinary(), nullable=False),
        sa.Column("opad", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_logboek_sleutel")),
    )
    op.create_table(
        "logboek_activiteit",
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("activity_uri", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("entity", name=op.f("pk_logboek_activiteit")),
    )
    op.create_table(
        "logboek_regel",
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("audit_id", sa.Uuid(), nullable=False),
        sa.Column("line", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_logboek_regel")),
        sa.UniqueConstraint("audit_id", name=op.f("uq_logboek_regel_audit_id")),
    )
    ipad, opad = logboek.new_key()
    op.get_bind().execute(
        sa.text("INSERT INTO logboek_sleutel (id, ipad, opad) VALUES (1, :i, :o)"),
        {"i": ipad, "o": opad},
    )
    bind = op.get_bind()
    for statement in logboek.create_sql(bind.dialect.name):
        bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    for statement in logboek.drop_sql(bind.dialect.name):
        bind.exec_driver_sql(statement)
    op.drop_table("logboek_regel")
    op.drop_table("logboek_activiteit")
    op.drop_table("logboek_sleutel")
