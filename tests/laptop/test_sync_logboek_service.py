"""The Logboek Dataverwerkingen and laptops: offline work gets records on the laptop
(its own key), cleared at synchronisation; the server writes its own records when the
laptop's audit rows arrive, one per processing, with the server's pseudonym."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent, LogboekRegel
from intake_desktop.services.dossier import notes
from intake_desktop.services.laptop import checkout, sync
from tests.support.laptop import a_laptop, add_clients
from tests.support.store import count

pytestmark = pytest.mark.both_stores


def test_offline_processing_is_in_the_servers_logboek_after_sync(
    store, karin, tmp_path, app_config, memory_keyring
):
    [one] = add_clients(store, karin, ["Aalders"])
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [one])
    notes.add_note(laptop, karin, one, "Huisbezoek: gesproken over de schuldhulp.")
    with laptop.reading() as s:
        offline = s.scalar(select(AuditEvent.id).where(AuditEvent.entity == "note"))
        assert count(laptop, LogboekRegel) >= 1
    with store.reading() as s:
        online = {
            json.loads(x)["attributes"]["dpl.core.data_subject_id"]
            for x in s.scalars(select(LogboekRegel.line))
        }

    sync.synchronise(store, laptop, karin, keep=True)

    assert count(laptop, LogboekRegel) == 0
    with store.reading() as s:
        lines = [json.loads(x) for x in s.scalars(select(LogboekRegel.line))]
    [record] = [r for r in lines if r["trace_id"] == offline.hex]
    assert record["name"] == "aanmaken note"
    # The same person as the server's own records about her (the check-out), by its key.
    assert record["attributes"]["dpl.core.data_subject_id"] in online
    [synced] = [r for r in lines if r["name"] == "synchroniseren laptop"]  # copied again
    assert synced["attributes"]["dpl.core.data_subject_id"] in online
