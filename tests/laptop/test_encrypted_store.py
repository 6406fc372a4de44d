"""The laptop's store is encrypted at rest: the program works on it as usual, plain
sqlite3 cannot read it, and a wrong or missing key fails cleanly."""

from __future__ import annotations

import sqlite3

import pytest

pytest.importorskip("sqlcipher3", reason="the laptop extra (sqlcipher3) is not installed")
keyring = pytest.importorskip("keyring")

from intake_desktop.db.encrypted import encrypted_url  # noqa: E402
from intake_desktop.domain.validation import ClientInput  # noqa: E402
from intake_desktop.services.balie import aanmelding  # noqa: E402
from intake_desktop.services.beheer import accounts  # noqa: E402
from intake_desktop.services.core.store import Store  # noqa: E402
from intake_desktop.services.laptop import errors as laptop_errors  # noqa: E402
from intake_desktop.services.laptop import laptop_key  # noqa: E402
from tests.support.staff import DEMO_PASSWORD  # noqa: E402


def test_the_laptop_store_is_unreadable_without_its_key(tmp_path, app_config, memory_keyring):
    path = tmp_path / "laptop.sqlite"
    store = laptop_key.open_laptop_store(path, "km.jansen", app_config, create=True)
    accounts.create_staff(
        store,
        None,
        accounts.NewStaff(
            "beheer", "Bea Beheer", DEMO_PASSWORD, {"beheerder", "baliemedewerker"}, "GM9999"
        ),
    )
    actor = accounts.sign_in(store, "beheer", DEMO_PASSWORD)
    aanmelding.register_aanmelding(
        store,
        actor,
        aanmelding.AanmeldingRequest(
            channel="balie",
            route="intake",
            question="Werk",
            client=ClientInput(
                first_names="Noël", surname="Maës", bsn="999990019", birth_date="01-01-1990"
            ),
        ),
    )
    store.close()
    # The key is in the keyring, not next to the file.
    assert list(memory_keyring.values) == [("intake-desktop", "laptop:km.jansen")]
    raw = path.read_bytes()
    assert b"Ma\xc3\xabs" not in raw and b"999990019" not in raw and b"SQLite format 3" not in raw
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(path).execute("SELECT count(*) FROM client").fetchall()

    again = laptop_key.open_laptop_store(path, "km.jansen", app_config)
    from intake_desktop.services.balie.search import search_clients

    assert [h.surname for h in search_clients(again, actor, "mae").hits] == ["Maës"]
    again.close()

    with pytest.raises(laptop_errors.NoLaptopKey) as err:  # another user's (missing) key
        laptop_key.open_laptop_store(path, "iemand.anders", app_config)
    assert "sleutel" in str(err.value)
    memory_keyring.set_password("intake-desktop", "laptop:km.jansen", "0" * 64)
    with pytest.raises(laptop_errors.WrongLaptopKey) as err:  # a wrong key
        laptop_key.open_laptop_store(path, "km.jansen", app_config)
    assert str(err.value) == laptop_errors.WrongLaptopKey.template


def test_an_encrypted_store_is_migrated_with_an_encrypted_copy_first(tmp_path, app_config):
    from intake_desktop.db.migrate import upgrade

    path = tmp_path / "laptop.sqlite"
    url = encrypted_url(path, "ab" * 32)
    store = Store.open(url, app_config, migrate=False)
    upgrade(store.engine, "0004_benefit_since")
    backup = upgrade(store.engine)  # to the newest revision: a copy first
    store.close()
    assert backup is not None and backup.exists()
    with pytest.raises(
        sqlite3.DatabaseError, match="file is not a database"
    ):  # the copy is encrypted too
        sqlite3.connect(backup).execute("SELECT 1 FROM client").fetchall()


def test_a_computer_without_a_keyring_gets_a_clear_message(tmp_path, app_config):
    from keyring.backends.fail import Keyring as NoKeyring

    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        with pytest.raises(laptop_errors.NoKeyring) as raised:
            laptop_key.open_laptop_store(tmp_path / "l.sqlite", "km", app_config, create=True)
    finally:
        keyring.set_keyring(before)
    assert raised.value.template == laptop_errors.NoKeyring.template
