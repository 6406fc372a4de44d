"""Need to know after the intake: a klantmanager of another caseload reads or changes
none of the client's inburgering, progress talks or closure (toegang.toml); each
refusal is audited. Both stores."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent
from intake_desktop.services.core.access import NoAccess
from intake_desktop.services.traject import inburgering, voortgang
from tests.support.inburgering import SINCE

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL


def test_another_caseload_is_refused_after_the_intake_too(store, km, staff_member, client_id):
    inburgering.register_duty(store, km, client_id, SINCE)
    ahmed = staff_member("ahmed", {"klantmanager"}, name="Ahmed El Amrani")
    with pytest.raises(NoAccess, match="u mag de inburgering niet zien of wijzigen"):
        inburgering.overview(store, ahmed, client_id)
    with pytest.raises(NoAccess, match="u mag de gesprekken niet zien of wijzigen"):
        voortgang.previous(store, ahmed, client_id)
    with store.reading() as s:
        refused = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == "geweigerd", AuditEvent.username == "ahmed")
            .order_by(AuditEvent.occurred_at)
        ).all()
    assert [r.details["deel"] for r in refused] == ["inburgering", "gesprekken"]
    assert inburgering.overview(store, km, client_id).duty is not None  # her own: fine
