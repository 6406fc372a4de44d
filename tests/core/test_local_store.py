"""The single-PC store: encrypted by default where a keyring is, a plain file offered a
one-time conversion that loses nothing, and a missing key never wipes anything."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from intake_desktop.db.models import Client, Staff
from intake_desktop.services.core import local_store
from intake_desktop.services.core.local_store import StoreKeyMissing, is_plain, open_local
from intake_desktop.services.laptop.workplace import open_online
from tests.support.journey import new_aanmelding
from tests.support.staff import make_staff, sign_in


def _counts(store):
    with store.reading() as s:
        return s.scalar(select(func.count()).select_from(Client)), s.scalar(
            select(func.count()).select_from(Staff)
        )


def test_a_new_store_is_encrypted_and_opens_again(tmp_path, app_config, memory_keyring):
    path = tmp_path / "intake.sqlite"
    local = open_local(path, app_config)
    assert local.encrypted and local.created and not local.no_keyring
    make_staff(local.store, "beheer", {"beheerder"})
    local.store.close()
    assert not is_plain(path)
    assert b"beheer" not in path.read_bytes()
    again = open_local(path, app_config)
    assert again.encrypted and not again.created
    assert _counts(again.store) == (0, 1)
    again.store.close()


def test_without_a_keyring_the_store_is_plain_and_says_so(tmp_path, app_config):
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        local = open_local(tmp_path / "intake.sqlite", app_config)
    finally:
        keyring.set_keyring(before)
    assert not local.encrypted and local.no_keyring and not local.may_encrypt
    local.store.close()


def test_a_plain_store_is_encrypted_once_without_losing_a_row(
    tmp_path, app_config, memory_keyring, _template_db
):
    path = tmp_path / "intake.sqlite"
    shutil.copy(_template_db, path)
    from intake_desktop.services.core.store import Store

    plain = Store.open(f"sqlite:///{path}", app_config)
    beheerder = sign_in(plain, "beheer") if make_staff(plain, "beheer", {"beheerder"}) else None
    make_staff(plain, "balie", {"baliemedewerker"}, actor=beheerder)
    new_aanmelding(plain, sign_in(plain, "balie"), surname="Versleuteld")
    plain.close()
    backup = path.with_name("intake.voor-migratie-0010-20260101T000000Z.sqlite")
    shutil.copy(path, backup)
    workplace = open_online(f"sqlite:///{path}", app_config, tmp_path, default_store=True)
    assert workplace.local.may_encrypt
    before = _counts(workplace.store)
    steps = []
    workplace.encrypt_local(lambda done, total: steps.append((done, total)))
    assert workplace.local.encrypted and steps[-1] == (2, 2)
    assert _counts(workplace.store) == before == (1, 2)
    workplace.close()
    assert not is_plain(path) and b"Versleuteld" not in path.read_bytes()
    assert not backup.exists(), "a plain copy would keep the data readable"
    assert not list(tmp_path.glob("*.versleutelen*"))
    again = open_local(path, app_config)
    assert again.encrypted and _counts(again.store) == (1, 2)
    again.store.close()


def test_a_failed_encryption_leaves_the_plain_store_as_it_was(
    tmp_path, app_config, memory_keyring, _template_db, monkeypatch
):
    path = tmp_path / "intake.sqlite"
    shutil.copy(_template_db, path)
    content = path.read_bytes()
    local = open_local(path, app_config)
    counts = iter([{"client": 1}, {"client": 0}])
    monkeypatch.setattr(local_store, "_tables_and_counts", lambda connection: next(counts))
    with pytest.raises(RuntimeError, match="differs"):
        local_store.encrypt(local, path, app_config)
    assert is_plain(path) and path.read_bytes() == content
    assert not list(tmp_path.glob("*.versleutelen*"))
    assert memory_keyring.values == {}


def test_an_encrypted_store_without_its_key_is_a_message_not_a_wipe(
    tmp_path, app_config, memory_keyring
):
    path = tmp_path / "intake.sqlite"
    open_local(path, app_config).store.close()
    memory_keyring.values.clear()
    size = path.stat().st_size
    with pytest.raises(StoreKeyMissing, match="Er is niets gewist"):
        open_local(path, app_config)
    assert path.stat().st_size == size


def test_the_start_offers_the_conversion(
    qapp, tmp_path, app_config, memory_keyring, _template_db, monkeypatch
):
    from intake_desktop.ui import app as app_module

    path = tmp_path / "intake.sqlite"
    shutil.copy(_template_db, path)
    workplace = open_online(f"sqlite:///{path}", app_config, tmp_path, default_store=True)
    asked = []

    def question(parent, title, text):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(app_module.QMessageBox, "question", question)
    app_module.offer_encryption(qapp, workplace)
    assert asked and "eenmalig" in asked[0]
    assert workplace.local.encrypted and not is_plain(path)
    workplace.close()
