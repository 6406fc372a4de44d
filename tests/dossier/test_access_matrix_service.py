"""Role × service: every role alone, against a client who registered today and is in
Karin's caseload. Allowed calls work; the others raise a typed refusal with a Dutch
message. The table is the specification (toegang.toml and the services' role checks);
a change to either shows up here. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from intake_desktop.services.balie import search
from intake_desktop.services.core.errors import NotAllowed
from intake_desktop.services.dossier import dossier, notes
from intake_desktop.services.traject import inburgering, trajectplan

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL

ROLES = (
    "baliemedewerker",
    "poortwachter",
    "wisselwachter",
    "klantmanager",  # of another caseload, without a team
    "teamleider",  # without a team: the whole Werkplein
    "beheerder",
    "beleidsmedewerker",
)

CALLS = {
    "dossier openen": lambda store, actor, cid: dossier.open_dossier(store, actor, cid),
    "BSN tonen": lambda store, actor, cid: dossier.reveal_bsn(store, actor, cid),
    "notities lezen": lambda store, actor, cid: notes.list_notes(store, actor, cid),
    "notitie schrijven": lambda store, actor, cid: notes.add_note(store, actor, cid, "Gebeld"),
    "zoeken": lambda store, actor, cid: search.search_clients(store, actor, "mae"),
    "trajectplan openen": lambda store, actor, cid: trajectplan.open_plan(store, actor, cid),
    "inburgering bekijken": lambda store, actor, cid: inburgering.overview(store, actor, cid),
}

# Which role may do what (1) with this client, and which not (0), per call above.
ALLOWED = {
    #                    dossier bsn  lezen schrijf zoek  plan  inburg
    "baliemedewerker":   (1,      1,   0,    0,      1,    0,    0),
    "poortwachter":      (1,      1,   1,    1,      1,    0,    0),
    "wisselwachter":     (1,      1,   1,    1,      1,    0,    1),
    "klantmanager":      (0,      0,   0,    0,      1,    0,    0),
    "teamleider":        (1,      1,   1,    1,      1,    1,    1),
    "beheerder":         (0,      0,   0,    0,      0,    0,    0),
    "beleidsmedewerker": (0,      0,   0,    0,      0,    0,    0),
}  # fmt: skip


@pytest.mark.parametrize("role", ROLES)
def test_each_role_may_do_what_the_table_says_and_no_more(store, staff_member, km, client_id, role):
    actor = staff_member("iemand", {role}, name="Iemand Anders")
    for (name, call), allowed in zip(CALLS.items(), ALLOWED[role], strict=True):
        if allowed:
            call(store, actor, client_id)
            continue
        with pytest.raises(NotAllowed) as refused:
            call(store, actor, client_id)
        # A typed refusal that names the condition, with a Dutch sentence for the user.
        assert type(refused.value) is not NotAllowed, (role, name)
        assert str(refused.value).endswith("."), (role, name, str(refused.value))
