"""One validator for every way personal data comes in (aanmelding, dossier, import):
each text field has a documented maximum equal to its column, and names are stored
composed and without invisible characters."""

from __future__ import annotations

import pytest

from intake_desktop.db.models import Client
from intake_desktop.domain.text import clean
from intake_desktop.domain.validation import (
    MAX_LENGTH,
    ClientInput,
    ValidationFailed,
    check_client,
)

GOOD = dict(first_names="Noël", surname="Maës", bsn="999990019", birth_date="01-01-1990")


def test_every_maximum_is_the_columns_size():
    for key, most in MAX_LENGTH.items():
        assert Client.__table__.columns[key].type.length == most, key


@pytest.mark.parametrize("key", sorted(MAX_LENGTH))
def test_one_character_over_the_maximum_is_refused_next_to_the_field(key):
    most = MAX_LENGTH[key]
    value = {  # exactly ``most`` characters, otherwise valid
        # labels of at most 63 characters, as the e-mail validator wants
        "email": "a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * (most - 196) + ".nl",
        "house_number": "1" + "x" * (most - 1),
    }.get(key, "x" * most)
    check_client(ClientInput(**{**GOOD, key: value}))  # exactly the maximum: fine
    with pytest.raises(ValidationFailed) as failed:
        check_client(ClientInput(**{**GOOD, key: value + "x"}))
    assert failed.value.errors == {key: f"Te lang: hier passen hoogstens {most} tekens."}


def test_names_are_stored_composed_and_without_invisible_characters():
    typed = ClientInput(
        **{**GOOD, "first_names": "Noe\u0308l", "surname": "Ma\u200be\u0308s\u202e\x07"}
    )
    data = check_client(typed)
    assert (data.first_names, data.surname) == ("Noël", "Maës")
    with pytest.raises(ValidationFailed) as failed:
        check_client(ClientInput(**{**GOOD, "surname": "\u200b \u2060"}))
    assert failed.value.errors == {"surname": "Dit veld is verplicht."}


def test_clean_keeps_the_joiners_emoji_need():
    assert clean("a\u200db") == "a\u200db"
    assert clean(" twee   spaties\tweg ") == "twee spaties weg"


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("９９９９９００１９", "999990019"),
        ("999 990 019", "999990019"),
        ("999.99.0019", "999990019"),
    ],
)
def test_a_bsn_is_normalised_deliberately(typed, stored):
    assert check_client(ClientInput(**{**GOOD, "bsn": typed})).bsn == stored


@pytest.mark.parametrize("typed", ["٩٩٩٩٩٠٠١٩", "99999OO19", "999990019\u200b9"])
def test_a_bsn_of_other_characters_is_refused(typed):
    with pytest.raises(ValidationFailed) as failed:
        check_client(ClientInput(**{**GOOD, "bsn": typed}))
    assert set(failed.value.errors) == {"bsn"}


@pytest.mark.parametrize("typed", ["1234 \ufb00", "１２３４ AB", "1234 ÄB"])
def test_a_postcode_is_not_made_up_by_unicode_upper_casing(typed):
    with pytest.raises(ValidationFailed) as failed:
        check_client(ClientInput(**{**GOOD, "postcode": typed}))
    assert failed.value.errors == {"postcode": "Vul een postcode in als 1234 AB."}
