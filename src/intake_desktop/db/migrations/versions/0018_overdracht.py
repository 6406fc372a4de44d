"""overdracht: tasks for a team (a back office's werkvoorraad) and never for nobody;
hand-overs to back offices and partners, provider reports, the Work First result and
proposed measures

Revision ID: 0018_overdracht
Revises: 0017_logboek
Create Date: 2026-12-04

Open tasks addressed to a role no account holds (the back offices before this version:
"schuldhulpverlening", "bbz", "back office inburgering") go to the teamleiders, who pass
them on; from here the database refuses a task for nobody (db/task_addressed.py).
"""

import sqlalchemy as sa
from alembic import op

from intake_desktop.db import task_addressed

revision = "0018_overdracht"
down_revision = "0017_logboek"
branch_labels = None
depends_on = None

# The roles of this revision (domain/roles.ALL_ROLES then): fixed here, as a migration is.
ROLES = (
    "baliemedewerker",
    "poortwachter",
    "wisselwachter",
    "klantmanager",
    "backoffice",
    "teamleider",
    "beheerder",
    "beleidsmedewerker",
)


def _editable() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("task", sa.Column("assigned_team", sa.String(length=64), nullable=True))
    op.create_index(
        "ix_task_team_werkvoorraad", "task", ["assigned_team", "status", "due_at"], unique=False
    )
    bind.exec_driver_sql(task_addressed.orphans_to_teamleiders_sql(ROLES))
    for statement in task_addressed.create_sql(bind.dialect.name, ROLES):
        bind.exec_driver_sql(statement)
    op.add_column("trajectplan_activity", sa.Column("report_due_on", sa.Date(), nullable=True))

    op.create_table(
        "overdracht",
        *_editable(),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("aanmelding_id", sa.Uuid(), nullable=True),
        sa.Column("soort", sa.String(length=16), nullable=False),
        sa.Column("team", sa.String(length=64), nullable=True),
        sa.Column("partner", sa.String(length=200), nullable=True),
        sa.Column("vraag", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_by", sa.Uuid(), nullable=True),
        sa.Column("answer_due", sa.DateTime(timezone=True), nullable=True),
        sa.Column("consent_how", sa.String(length=16), nullable=True),
        sa.Column("consent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("consent_by", sa.Uuid(), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by", sa.Uuid(), nullable=True),
        sa.Column("uitkomst", sa.String(length=200), nullable=False),
        sa.Column("toelichting", sa.Text(), nullable=False),
        sa.Column("report_to", sa.Uuid(), nullable=True),
        sa.Column("task_id", sa.Uuid(), nullable=True),
        sa.Column("follow_up_task_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "(soort = 'backoffice' AND team IS NOT NULL) OR (soort = 'partner' AND "
            "partner IS NOT NULL AND consent_how IS NOT NULL AND consent_at IS NOT NULL "
            "AND consent_by IS NOT NULL)",
            name=op.f("ck_overdracht_addressed"),
        ),
        _fk("overdracht", "client_id", "client"),
        _fk("overdracht", "aanmelding_id", "aanmelding"),
        _fk("overdracht", "sent_by", "staff"),
        _fk("overdracht", "consent_by", "staff"),
        _fk("overdracht", "closed_by", "staff"),
        _fk("overdracht", "report_to", "staff"),
        _fk("overdracht", "task_id", "task"),
        _fk("overdracht", "follow_up_task_id", "task"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_overdracht")),
    )
    op.create_index(op.f("ix_overdracht_client_id"), "overdracht", ["client_id"], unique=False)
    op.create_index("ix_overdracht_status_sent", "overdracht", ["status", "sent_at"], unique=False)

    op.create_table(
        "voortgangsrapportage",
        *_editable(),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("service_code", sa.String(length=64), nullable=False),
        sa.Column("activity_label", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("provider", sa.String(length=200), nullable=False),
        sa.Column("attendance", sa.String(length=24), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Uuid(), nullable=True),
        _fk("voortgangsrapportage", "client_id", "client"),
        _fk("voortgangsrapportage", "plan_id", "trajectplan"),
        _fk("voortgangsrapportage", "recorded_by", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voortgangsrapportage")),
    )
    op.create_index(
        op.f("ix_voortgangsrapportage_client_id"),
        "voortgangsrapportage",
        ["client_id"],
        unique=False,
    )
    op.create_index(
        "ix_voortgangsrapportage_plan",
        "voortgangsrapportage",
        ["plan_id", "service_code"],
        unique=False,
    )

    op.create_table(
        "work_first_resultaat",
        *_editable(),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("task_id", sa.Uuid(), nullable=True),
        sa.Column("at_work", sa.Boolean(), nullable=False),
        sa.Column("next_step", sa.String(length=32), nullable=False),
        sa.Column("toelichting", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.Uuid(), nullable=True),
        _fk("work_first_resultaat", "client_id", "client"),
        _fk("work_first_resultaat", "task_id", "task"),
        _fk("work_first_resultaat", "recorded_by", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_first_resultaat")),
    )
    op.create_index(
        op.f("ix_work_first_resultaat_client_id"),
        "work_first_resultaat",
        ["client_id"],
        unique=False,
    )

    op.create_table(
        "maatregel",
        *_editable(),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("appointment_id", sa.Uuid(), nullable=True),
        sa.Column("kickoff_booking_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("proposed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sa.Uuid(), nullable=True),
        sa.Column("toelichting", sa.Text(), nullable=False),
        sa.Column("task_id", sa.Uuid(), nullable=True),
        _fk("maatregel", "client_id", "client"),
        _fk("maatregel", "appointment_id", "appointment"),
        _fk("maatregel", "kickoff_booking_id", "kickoff_booking"),
        _fk("maatregel", "decided_by", "staff"),
        _fk("maatregel", "task_id", "task"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maatregel")),
    )
    op.create_index(op.f("ix_maatregel_client_id"), "maatregel", ["client_id"], unique=False)
    op.create_index(
        "ix_maatregel_status_proposed", "maatregel", ["status", "proposed_at"], unique=False
    )


def downgrade() -> None:
    bind = op.get_bind()
    for table in ("maatregel", "work_first_resultaat", "voortgangsrapportage", "overdracht"):
        op.drop_table(table)
    with op.batch_alter_table("trajectplan_activity") as batch:
        batch.drop_column("report_due_on")
    for statement in task_addressed.drop_sql(bind.dialect.name):
        bind.exec_driver_sql(statement)
    op.drop_index("ix_task_team_werkvoorraad", table_name="task")
    with op.batch_alter_table("task") as batch:
        batch.drop_column("assigned_team")
