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


def test_an_odd_id_and_a_name_of_hex_letters_are_still_searched(store, beheerder, balie):
    fedde = a_client(store, balie, surname="Fedde", bsn="999990019")
    dossier.open_dossier(store, balie, fedde)
    assert _clients(store, beheerder, "fedde") == {fedde}  # a name, though all hex
    odd = str(fedde).replace("-", "")[:32]
    odd = odd[:7] + "-" + odd[7:11] + "-" + odd[11:15] + "-" + odd[15:19] + "-" + odd[19:30]
    assert _clients(store, beheerder, odd) == set()  # no traceback, nothing found
