"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "audit_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("roles", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=True),
        sa.Column("entity_id", sa.Uuid(), nullable=True),
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("workstation", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_event_client_id"), ["client_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_audit_event_occurred_at"), ["occurred_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_audit_event_staff_id"), ["staff_id"], unique=False)

    op.create_table(
        "household",
        sa.Column("label", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household")),
    )
    op.create_table(
        "staff",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("gemeente_code", sa.String(length=32), nullable=False),
        sa.Column("team", sa.String(length=64), nullable=True),
        sa.Column("max_caseload", sa.Integer(), nullable=True),
        sa.Column("working_days", sa.String(length=32), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("last_sign_in_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("username", name=op.f("uq_staff_username")),
    )
    op.create_table(
        "client",
        sa.Column("bsn", sa.String(length=9), nullable=True),
        sa.Column("first_names", sa.String(length=200), nullable=False),
        sa.Column("tussenvoegsel", sa.String(length=20), nullable=True),
        sa.Column("surname", sa.String(length=200), nullable=False),
        sa.Column("search_name", sa.String(length=200), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("house_number", sa.String(length=10), nullable=True),
        sa.Column("house_number_suffix", sa.String(length=10), nullable=True),
        sa.Column("postcode", sa.String(length=6), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("household_id", sa.Uuid(), nullable=True),
        sa.Column("gemeente_code", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("klantmanager_id", sa.Uuid(), nullable=True),
        sa.Column("klantgroep", sa.String(length=32), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["household_id"], ["household.id"], name=op.f("fk_client_household_id_household")
        ),
        sa.ForeignKeyConstraint(
            ["klantmanager_id"], ["staff.id"], name=op.f("fk_client_klantmanager_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client")),
        sa.UniqueConstraint("bsn", name=op.f("uq_client_bsn")),
    )
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_client_birth_date"), ["birth_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_client_household_id"), ["household_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_client_klantmanager_id"), ["klantmanager_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_client_postcode"), ["postcode"], unique=False)
        batch_op.create_index("ix_client_search_name", ["search_name", "first_names"], unique=False)
        batch_op.create_index(
            "ix_client_surname_birth", ["search_name", "birth_date"], unique=False
        )

    op.create_table(
        "draft",
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("form_key", sa.String(length=100), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_draft_staff_id_staff"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("staff_id", "form_key", name=op.f("pk_draft")),
    )
    op.create_table(
        "staff_absence",
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_staff_absence_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_absence")),
    )
    with op.batch_alter_table("staff_absence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_absence_staff_id"), ["staff_id"], unique=False)

    op.create_table(
        "staff_expertise",
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("tag", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_staff_expertise_staff_id_staff"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("staff_id", "tag", name=op.f("pk_staff_expertise")),
    )
    op.create_table(
        "staff_role",
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_staff_role_staff_id_staff"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("staff_id", "role", name=op.f("pk_staff_role")),
    )
    op.create_table(
        "aanmelding",
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("gemeente_code", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("route", sa.String(length=32), nullable=False),
        sa.Column("referred_to", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("picked_up_by", sa.Uuid(), nullable=True),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_aanmelding_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["picked_up_by"], ["staff.id"], name=op.f("fk_aanmelding_picked_up_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aanmelding")),
    )
    with op.batch_alter_table("aanmelding", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_aanmelding_client_id"), ["client_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_aanmelding_registered_at"), ["registered_at"], unique=False
        )

    op.create_table(
        "klantmanager_toewijzing",
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("klantmanager_id", sa.Uuid(), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("assigned_by", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["assigned_by"], ["staff.id"], name=op.f("fk_klantmanager_toewijzing_assigned_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_klantmanager_toewijzing_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["klantmanager_id"],
            ["staff.id"],
            name=op.f("fk_klantmanager_toewijzing_klantmanager_id_staff"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_klantmanager_toewijzing")),
    )
    with op.batch_alter_table("klantmanager_toewijzing", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_klantmanager_toewijzing_client_id"), ["client_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_klantmanager_toewijzing_klantmanager_id"),
            ["klantmanager_id"],
            unique=False,
        )

    op.create_table(
        "note",
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("at_home", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["author_id"], ["staff.id"], name=op.f("fk_note_author_id_staff")),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_note_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_client_id"), ["client_id"], unique=False)

    op.create_table(
        "trajectplan",
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("klantmanager_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("doelperspectief", sa.Text(), nullable=False),
        sa.Column("afspraken_klant", sa.Text(), nullable=False),
        sa.Column("afspraken_gemeente", sa.Text(), nullable=False),
        sa.Column("next_progress_talk_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_trajectplan_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["klantmanager_id"], ["staff.id"], name=op.f("fk_trajectplan_klantmanager_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trajectplan")),
    )
    with op.batch_alter_table("trajectplan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trajectplan_client_id"), ["client_id"], unique=False)

    op.create_table(
        "appointment",
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("aanmelding_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("with_party", sa.String(length=200), nullable=True),
        sa.Column("documents_to_bring", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["aanmelding_id"],
            ["aanmelding.id"],
            name=op.f("fk_appointment_aanmelding_id_aanmelding"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_appointment_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_appointment_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
    )
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appointment_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_appointment_staff_id"), ["staff_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_appointment_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "intake_record",
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("aanmelding_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("conducted_by", sa.Uuid(), nullable=True),
        sa.Column("conducted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("eligibility", sa.String(length=16), nullable=True),
        sa.Column("benefit_may_be_due", sa.String(length=16), nullable=True),
        sa.Column("outcome", sa.String(length=64), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["aanmelding_id"],
            ["aanmelding.id"],
            name=op.f("fk_intake_record_aanmelding_id_aanmelding"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_intake_record_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["conducted_by"], ["staff.id"], name=op.f("fk_intake_record_conducted_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_record")),
    )
    with op.batch_alter_table("intake_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_intake_record_client_id"), ["client_id"], unique=False)

    op.create_table(
        "task",
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("aanmelding_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("assigned_to", sa.Uuid(), nullable=True),
        sa.Column("assigned_role", sa.String(length=32), nullable=True),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("done_by", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["aanmelding_id"], ["aanmelding.id"], name=op.f("fk_task_aanmelding_id_aanmelding")
        ),
        sa.ForeignKeyConstraint(
            ["assigned_to"], ["staff.id"], name=op.f("fk_task_assigned_to_staff")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_task_client_id_client")
        ),
        sa.ForeignKeyConstraint(["done_by"], ["staff.id"], name=op.f("fk_task_done_by_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_assigned_to"), ["assigned_to"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_due_at"), ["due_at"], unique=False)

    op.create_table(
        "trajectplan_goal",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("domain_code", sa.String(length=64), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["trajectplan.id"],
            name=op.f("fk_trajectplan_goal_plan_id_trajectplan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trajectplan_goal")),
    )
    with op.batch_alter_table("trajectplan_goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trajectplan_goal_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "trajectplan_versie",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("version_no", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("signed_place", sa.String(length=100), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["trajectplan.id"], name=op.f("fk_trajectplan_versie_plan_id_trajectplan")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trajectplan_versie")),
        sa.UniqueConstraint("plan_id", "version_no", name=op.f("uq_trajectplan_versie_plan_id")),
    )
    with op.batch_alter_table("trajectplan_versie", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trajectplan_versie_plan_id"), ["plan_id"], unique=False
        )

    op.create_table(
        "assessment",
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("intake_id", sa.Uuid(), nullable=True),
        sa.Column("assessed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("assessed_by", sa.Uuid(), nullable=True),
        sa.Column("ladder_rung", sa.Integer(), nullable=True),
        sa.Column("ladder_target", sa.Integer(), nullable=True),
        sa.Column("months_on_benefit", sa.Integer(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessed_by"], ["staff.id"], name=op.f("fk_assessment_assessed_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_assessment_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["intake_id"], ["intake_record.id"], name=op.f("fk_assessment_intake_id_intake_record")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessment_client_id"), ["client_id"], unique=False)

    op.create_table(
        "intake_domain_answer",
        sa.Column("intake_id", sa.Uuid(), nullable=False),
        sa.Column("domain_code", sa.String(length=64), nullable=False),
        sa.Column("observation", sa.Text(), nullable=False),
        sa.Column("client_question", sa.Text(), nullable=False),
        sa.Column("client_view", sa.Text(), nullable=False),
        sa.Column("need", sa.String(length=16), nullable=True),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["intake_id"],
            ["intake_record.id"],
            name=op.f("fk_intake_domain_answer_intake_id_intake_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_domain_answer")),
    )
    with op.batch_alter_table("intake_domain_answer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_intake_domain_answer_intake_id"), ["intake_id"], unique=False
        )

    op.create_table(
        "klantgroep_keuze",
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("klantgroep", sa.String(length=32), nullable=False),
        sa.Column("suggested", sa.String(length=32), nullable=True),
        sa.Column("deviates_from_advice", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.Uuid(), nullable=True),
        sa.Column("intake_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_klantgroep_keuze_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["staff.id"], name=op.f("fk_klantgroep_keuze_decided_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["intake_id"],
            ["intake_record.id"],
            name=op.f("fk_klantgroep_keuze_intake_id_intake_record"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_klantgroep_keuze")),
    )
    with op.batch_alter_table("klantgroep_keuze", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_klantgroep_keuze_client_id"), ["client_id"], unique=False
        )

    op.create_table(
        "trajectplan_activity",
        sa.Column("goal_id", sa.Uuid(), nullable=False),
        sa.Column("service_code", sa.String(length=64), nullable=False),
        sa.Column("provider_kind", sa.String(length=16), nullable=False),
        sa.Column("responsible", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["trajectplan_goal.id"],
            name=op.f("fk_trajectplan_activity_goal_id_trajectplan_goal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trajectplan_activity")),
    )
    with op.batch_alter_table("trajectplan_activity", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trajectplan_activity_goal_id"), ["goal_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("trajectplan_activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trajectplan_activity_goal_id"))

    op.drop_table("trajectplan_activity")
    with op.batch_alter_table("klantgroep_keuze", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_klantgroep_keuze_client_id"))

    op.drop_table("klantgroep_keuze")
    with op.batch_alter_table("intake_domain_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_intake_domain_answer_intake_id"))

    op.drop_table("intake_domain_answer")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_client_id"))

    op.drop_table("assessment")
    with op.batch_alter_table("trajectplan_versie", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trajectplan_versie_plan_id"))

    op.drop_table("trajectplan_versie")
    with op.batch_alter_table("trajectplan_goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trajectplan_goal_plan_id"))

    op.drop_table("trajectplan_goal")
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_due_at"))
        batch_op.drop_index(batch_op.f("ix_task_client_id"))
        batch_op.drop_index(batch_op.f("ix_task_assigned_to"))

    op.drop_table("task")
    with op.batch_alter_table("intake_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_intake_record_client_id"))

    op.drop_table("intake_record")
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointment_starts_at"))
        batch_op.drop_index(batch_op.f("ix_appointment_staff_id"))
        batch_op.drop_index(batch_op.f("ix_appointment_client_id"))

    op.drop_table("appointment")
    with op.batch_alter_table("trajectplan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trajectplan_client_id"))

    op.drop_table("trajectplan")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_client_id"))

    op.drop_table("note")
    with op.batch_alter_table("klantmanager_toewijzing", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_klantmanager_toewijzing_klantmanager_id"))
        batch_op.drop_index(batch_op.f("ix_klantmanager_toewijzing_client_id"))

    op.drop_table("klantmanager_toewijzing")
    with op.batch_alter_table("aanmelding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_aanmelding_registered_at"))
        batch_op.drop_index(batch_op.f("ix_aanmelding_client_id"))

    op.drop_table("aanmelding")
    op.drop_table("staff_role")
    op.drop_table("staff_expertise")
    with op.batch_alter_table("staff_absence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_absence_staff_id"))

    op.drop_table("staff_absence")
    op.drop_table("draft")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index("ix_client_surname_birth")
        batch_op.drop_index("ix_client_search_name")
        batch_op.drop_index(batch_op.f("ix_client_postcode"))
        batch_op.drop_index(batch_op.f("ix_client_klantmanager_id"))
        batch_op.drop_index(batch_op.f("ix_client_household_id"))
        batch_op.drop_index(batch_op.f("ix_client_birth_date"))

    op.drop_table("client")
    op.drop_table("staff")
    op.drop_table("household")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_staff_id"))
        batch_op.drop_index(batch_op.f("ix_audit_event_occurred_at"))
        batch_op.drop_index(batch_op.f("ix_audit_event_client_id"))
        batch_op.drop_index(batch_op.f("ix_audit_event_action"))

    op.drop_table("audit_event")
