"""Laptops on a home visit, the check-out: clients copied into an encrypted store that
belongs to one user, offline changes in the outbox in the same transaction as the change
(also after a migration dropped its triggers), a cancelled check-out, and returning that
closes the check-outs. The server is SQLite and PostgreSQL in turn."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Checkout, Client, OutboxEntry
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.beheer import accounts
from intake_desktop.services.core.errors import SignInFailed
from intake_desktop.services.dossier import dossier
from intake_desktop.services.laptop import checkout, sync
from intake_desktop.services.laptop.errors import CheckoutCancelled, OtherUsersLaptop
from tests.support.laptop import a_laptop, add_clients, as_input, phone_of
from tests.support.staff import DEMO_PASSWORD
from tests.support.store import count

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL


def test_the_outbox_is_written_in_the_same_transaction_as_the_change(
    store, karin, tmp_path, app_config, memory_keyring
):
    [one] = add_clients(store, karin, ["Aalders"])
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [one])
    assert count(laptop, OutboxEntry) == 0  # the copy itself is no change
    typed, version = as_input(laptop, one, postcode="12")
    with pytest.raises(ValidationFailed, match="postcode: Vul een postcode in als 1234 AB\\."):
        dossier.update_client(
            laptop, karin, one, version, typed, reason="test: gegevens bijgewerkt"
        )
    assert count(laptop, OutboxEntry) == 0  # refused: nothing recorded
    typed, version = as_input(laptop, one, phone="0633333333")
    dossier.update_client(laptop, karin, one, version, typed, reason="test: gegevens bijgewerkt")
    with laptop.reading() as s:
        tables = sorted(s.scalars(select(OutboxEntry.table_name)))
    assert tables == ["audit_event", "client", "correctie"]


def test_changes_are_still_captured_after_a_migration_dropped_the_triggers(
    store, karin, tmp_path, app_config, memory_keyring
):
    [one] = add_clients(store, karin, ["Aalders"])
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [one])
    with laptop.transaction() as s:  # as a batch migration rebuilding "client" would
        for op in "iud":
            s.connection().exec_driver_sql(f"DROP TRIGGER outbox_client_{op}")
    laptop.close()
    laptop = a_laptop(tmp_path, app_config, "karin")  # the next opening
    typed, version = as_input(laptop, one, phone="0633333333")
    dossier.update_client(laptop, karin, one, version, typed, reason="test: gegevens bijgewerkt")
    sync.push(store, laptop, karin)
    assert phone_of(store, one) == "0633333333"


def test_a_laptop_store_belongs_to_one_user_and_returning_closes_checkouts(
    store, karin, piet, tmp_path, app_config, memory_keyring
):
    [one] = add_clients(store, karin, ["Aalders"])
    laptop = a_laptop(tmp_path, app_config, "karin")
    checkout.check_out(store, laptop, karin, [one])
    with pytest.raises(OtherUsersLaptop, match="andere medewerker"):
        checkout.check_out(store, laptop, piet, [one])
    # Offline sign-in works for the laptop's own user only.
    assert accounts.sign_in(laptop, "karin", DEMO_PASSWORD).staff_id == karin.staff_id
    with pytest.raises(SignInFailed, match="Gebruikersnaam of wachtwoord klopt niet\\."):
        accounts.sign_in(laptop, "piet", DEMO_PASSWORD)
    sync.synchronise(store, laptop, karin, keep=False)
    assert count(store, Checkout, Checkout.returned_at.is_(None)) == 0
    assert count(laptop, Client) == 0


def test_a_cancelled_check_out_closes_its_check_outs_again(
    store, karin, tmp_path, app_config, memory_keyring
):
    ids = add_clients(store, karin, ["Aalders", "Bakker"])
    laptop = a_laptop(tmp_path, app_config, "karin")
    with pytest.raises(CheckoutCancelled, match="Afgebroken: er is niets op de laptop gezet\\."):
        checkout.check_out(store, laptop, karin, ids, cancelled=lambda: True)
    assert count(store, Checkout, Checkout.returned_at.is_(None)) == 0
    assert count(laptop, Client) == 0


def test_a_client_outside_ones_work_does_not_go_on_the_laptop(
    store, karin, staff_member, tmp_path, app_config, memory_keyring
):
    from intake_desktop.db.models import AuditEvent
    from intake_desktop.services.core.access import NoAccess

    [hers] = add_clients(store, karin, ["Aalders"])
    other_team = staff_member("ahmed", {"klantmanager"}, name="Ahmed El Amrani", team="inkomen")
    laptop = a_laptop(tmp_path, app_config, "ahmed")
    with pytest.raises(NoAccess, match="Deze klant valt buiten uw werk"):
        checkout.check_out(store, laptop, other_team, [hers])
    assert count(store, Checkout) == 0 and count(laptop, Client) == 0
    with store.reading() as s:
        refused = s.scalars(select(AuditEvent).where(AuditEvent.action == "geweigerd")).one()
    assert (refused.username, refused.details["handeling"]) == ("ahmed", "meenemen")
