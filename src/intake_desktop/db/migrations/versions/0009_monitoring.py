"""monitoring: covering indexes for the quarterly overview (services/monitoring)

Revision ID: 0009_monitoring
Revises: 0008_traject
Create Date: 2026-11-22

Indexes only. Each one lets a monitoring query read an index instead of table rows
(``deleted_at`` is in them for that reason): the klantgroep history in client order, the
activities, progress-talk appointments and talks held by date, the latest ladder rung per
client, and the lookups from an activity to its client's klantgroep.
"""

from alembic import op

revision = "0009_monitoring"
down_revision = "0008_traject"
branch_labels = None
depends_on = None

INDEXES = [
    (
        "ix_klantgroep_keuze_history",
        "klantgroep_keuze",
        ["client_id", "decided_at", "klantgroep", "deleted_at"],
    ),
    (
        "ix_trajectplan_activity_start",
        "trajectplan_activity",
        ["starts_on", "goal_id", "service_code", "deleted_at"],
    ),
    ("ix_trajectplan_goal_plan", "trajectplan_goal", ["id", "plan_id", "deleted_at"]),
    ("ix_trajectplan_client", "trajectplan", ["id", "client_id", "deleted_at"]),
    ("ix_client_group", "client", ["id", "klantgroep"]),
    ("ix_client_monitoring", "client", ["status", "klantgroep", "deleted_at"]),
    (
        "ix_appointment_kind_start",
        "appointment",
        ["kind", "starts_at", "status", "client_id", "deleted_at"],
    ),
    (
        "ix_intake_record_kind_when",
        "intake_record",
        ["kind", "conducted_at", "status", "client_id", "deleted_at"],
    ),
    (
        "ix_assessment_latest",
        "assessment",
        ["client_id", "assessed_at", "ladder_rung", "deleted_at"],
    ),
]


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False, if_not_exists=True)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
