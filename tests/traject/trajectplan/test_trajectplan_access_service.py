"""Need to know for the trajectplan: only who may read the part "plannen" of this client
(toegang.toml) opens, changes or prints the plan; a refusal is audited. Both stores."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent
from intake_desktop.services.core.access import NoAccess
from intake_desktop.services.dossier import toegang
from intake_desktop.services.traject import trajectplan, trajectplan_document, trajectplan_status
from intake_desktop.services.traject.errors import PlanNotAllowed
from tests.support.journey import a_plan

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL


def test_a_klantmanager_of_another_caseload_cannot_open_change_or_print_the_plan(
    store, km, staff_member, client_id
):
    plan = trajectplan.open_plan(store, km, client_id)
    plan = trajectplan.save_plan(store, km, plan.id, a_plan(), plan.row_version)
    ahmed = staff_member("ahmed", {"klantmanager"}, name="Ahmed El Amrani")
    with pytest.raises(NoAccess, match="u mag de trajectplannen niet zien of wijzigen"):
        trajectplan.open_plan(store, ahmed, client_id)
    with pytest.raises(NoAccess):
        trajectplan.save_plan(store, ahmed, plan.id, a_plan(goals=1), plan.row_version)
    with pytest.raises(NoAccess):
        trajectplan_status.mark_discussed(store, ahmed, plan.id, plan.row_version)
    with pytest.raises(NoAccess):
        trajectplan_document.current_pdf(store, ahmed, plan.id)
    with store.reading() as s:
        refused = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "geweigerd", AuditEvent.username == "ahmed"
            )
        ).all()
    assert len(refused) == 4 and {r.details["deel"] for r in refused} == {"plannen"}
    assert trajectplan.open_plan(store, km, client_id).row_version == plan.row_version  # untouched

    toegang.ask_with_reason(store, ahmed, client_id, "Karin is ziek; de klant belt over haar plan")
    assert trajectplan.open_plan(store, ahmed, client_id).id == plan.id


def test_the_counter_never_sees_a_plan(store, km, balie, client_id):
    trajectplan.open_plan(store, km, client_id)
    with pytest.raises(PlanNotAllowed, match="Het trajectplan maakt de klantmanager"):
        trajectplan.open_plan(store, balie, client_id)
