"""The audit screen's filter by client: a klantnummer as the screen shows it, a whole
id, or part of a name (server mode: the narrow ``audit_client_ids``, beheerder only)."""

from __future__ import annotations

import pytest

from intake_desktop.services.core import audit
from intake_desktop.services.dossier import dossier
from tests.support.journey import a_client

pytestmark = pytest.mark.both_stores


def _clients(store, beheerder, typed: str) -> set:
    events = audit.list_events(store, beheerder, audit.AuditFilter(client=typed))
    return {event.client_id for event in events}


def test_filter_by_klantnummer_id_or_name(store, beheerder, balie):
    maes = a_client(store, balie, surname="Maës", bsn="999990019")
    bakker = a_client(store, balie, surname="Bakker", bsn="999990020")
    dossier.open_dossier(store, balie, maes)
    dossier.open_dossier(store, balie, bakker)
    assert _clients(store, beheerder, str(maes)[:8]) == {maes}
    assert _clients(store, beheerder, str(bakker).upper()) == {bakker}
    assert _clients(store, beheerder, "bakk") == {bakker}
    assert _clients(store, beheerder, "Maës") == {maes}
    assert _clients(store, beheerder, "maes") == {maes}  # as the search finds her
    assert _clients(store, beheerder, "Niemand") == set()
    assert _clients(store, beheerder, "") >= {maes, bakker, None}
