"""Laptops in tests: a laptop store, a few clients on the server, and their data as the
change dialog sends it. (The keyring in memory is the ``memory_keyring`` fixture in
conftest.)"""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import select

from intake_desktop.db.models import Client
from intake_desktop.demo.demo_clients import fictional_bsn
from intake_desktop.domain.text import search_key
from intake_desktop.domain.validation import ClientInput
from intake_desktop.services.laptop import laptop_key

pytest.importorskip("sqlcipher3", reason="the laptop extra (sqlcipher3) is not installed")


def a_laptop(tmp_path, app_config, username):
    return laptop_key.open_laptop_store(
        tmp_path / f"{username}.sqlite", username, app_config, create=True
    )


def phone_of(store, client_id):
    with store.reading() as s:
        return s.get(Client, client_id).phone


def add_clients(store, klantmanager, surnames: list[str], seed: int = 7) -> list:
    """Clients in a klantmanager's caseload, stored directly (the sync does not care
    how they arrived)."""
    rng = random.Random(seed)
    ids = []
    with store.transaction() as session:
        for n, surname in enumerate(surnames):
            client = Client(
                first_names="Test",
                surname=surname,
                search_name=search_key(surname),
                bsn=fictional_bsn(rng),
                birth_date=date(1980 + n, 1 + n % 12, 1 + n % 28),
                street="Kerkstraat",
                house_number=str(n + 1),
                postcode="1234AB",
                city="Voorbeeld",
                phone="0101234567",
                gemeente_code=store.config.default_gemeente.code,
                klantmanager_id=klantmanager.staff_id,
                klantgroep="groeien",
                status="in_traject",
            )
            session.add(client)
            session.flush()
            ids.append(client.id)
    return ids


def as_input(store, client_id, **changes) -> tuple[ClientInput, int]:
    """The client's personal data as the change dialog would send it, and its version."""
    with store.reading() as session:
        c = session.scalar(select(Client).where(Client.id == client_id))
        typed = ClientInput(
            first_names=c.first_names,
            tussenvoegsel=c.tussenvoegsel or "",
            surname=c.surname,
            bsn=c.bsn or "",
            birth_date=c.birth_date.strftime("%d-%m-%Y") if c.birth_date else "",
            street=c.street or "",
            house_number=c.house_number or "",
            house_number_suffix=c.house_number_suffix or "",
            postcode=c.postcode or "",
            city=c.city or "",
            phone=c.phone or "",
            email=c.email or "",
            gemeente_code=c.gemeente_code,
        )
        for name, value in changes.items():
            setattr(typed, name, value)
        return typed, c.version
