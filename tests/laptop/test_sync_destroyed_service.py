"""A dossier destroyed on the server (its term ended) while a copy was on a laptop: at
the next synchronisation the laptop's changes to it are refused, not merged back; its
offline audit rows join the server's chain without the personal link; and the copy,
its conflicts and its drafts leave the laptop. The server is SQLite and PostgreSQL in
turn (and in server mode)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from intake_desktop.db.audit_chain import ref
from intake_desktop.db.models import Afsluiting, AuditEvent, Client, Draft, Note
from intake_desktop.domain.clock import add_years
from intake_desktop.services.beheer import vernietiging
from intake_desktop.services.core import audit_verify, drafts
from intake_desktop.services.dossier import notes
from intake_desktop.services.laptop import checkout, sync
from tests.support.laptop import a_laptop, add_clients
from tests.support.store import count

pytestmark = pytest.mark.both_stores


def _closed_long_ago(store, karin, client_id) -> None:
    with store.transaction() as s:  # as a closure ten years and a day ago left it
        s.get(Client, client_id).status = "afgesloten"
        s.add(
            Afsluiting(
                client_id=client_id,
                closed_on=add_years(date.today(), -10) - timedelta(days=1),
                closed_by=karin.staff_id,
                reason="werk",
                klantgroep="groeien",
            )
        )


def test_a_destroyed_dossier_leaves_the_laptop_at_its_next_sync(
    store, karin, beheerder, teamleider, tmp_path, app_config, memory_keyring
):
    gone, kept = add_clients(store, karin, ["Aalders", "Bosman"])
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [gone, kept])
    notes.add_note(laptop, karin, gone, "Offline gesproken over de schuldhulp.")
    notes.add_note(laptop, karin, kept, "Offline: sollicitatie bij de bakker.")
    drafts.save_draft(laptop, karin, f"notitie:{gone}", {"text": "half getypt"})
    _closed_long_ago(store, karin, gone)
    list_id = vernietiging.draw_up(store, beheerder, date.today())
    outcome = vernietiging.decide(store, teamleider, list_id, approve=True)
    assert outcome.destroyed == 1

    result = sync.synchronise(store, laptop, karin, keep=True)

    assert result.push.refused >= 1  # the note about the destroyed dossier
    with store.reading() as s:
        assert s.get(Client, gone) is None
        assert s.scalar(select(func.count()).where(Note.client_id == gone)) == 0
        assert s.scalar(select(func.count()).where(Note.client_id == kept)) == 1
        assert s.scalar(select(func.count()).where(AuditEvent.client_id == gone)) == 0
        offline = s.scalars(
            select(AuditEvent.action).where(AuditEvent.client_ref == ref(gone))
        ).all()
        assert "aanmaken" in offline  # the offline note's audit row, pseudonymised
    assert count(laptop, Client) == 1
    assert count(laptop, Draft) == 0
    with laptop.reading() as s:
        assert s.get(Client, gone) is None
    assert audit_verify.verify(store, beheerder).intact
