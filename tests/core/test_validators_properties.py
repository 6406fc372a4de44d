"""Every validator against an independent implementation, on generated input.

The independent versions are written here from the rules themselves (the elfproef of
the BSN, the PostNL postcode ranges, the calendar, the numbering plan), not by calling
the libraries the validators use, so a mistake in either shows as a disagreement.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from intake_desktop.domain.text import clean
from intake_desktop.domain.validation import (
    FIRST_YEAR,
    LAST_YEAR,
    MAX_LENGTH,
    ClientInput,
    ValidationFailed,
    check_client,
    normalise_bsn,
    normalise_email,
    normalise_phone,
    normalise_postcode,
    parse_date,
)


def accepts(func, value) -> bool:
    try:
        func(value)
    except ValueError:
        return False
    return True


# --- BSN: nine digits (eight with a leading zero added), the 11-test with -1 last -----


def elfproef(digits: str) -> bool:
    digits = digits.zfill(9)
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0 and digits != "000000000"


@given(st.text(alphabet="0123456789", min_size=8, max_size=9))
@example("999990019")
@example("000000000")
def test_bsn_agrees_with_the_elfproef(digits):
    expected = elfproef(digits) and int(digits) != 0
    assert accepts(normalise_bsn, digits) == expected
    if expected:
        assert normalise_bsn(digits) == digits.zfill(9)


@given(st.text(min_size=1, max_size=12))
def test_bsn_with_anything_but_digits_and_separators_is_refused(text):
    digits = re.sub(r"[\s.\-]", "", unicodedata.normalize("NFKC", text))
    assume(not re.fullmatch(r"[0-9]{8,9}", digits))
    assert not accepts(normalise_bsn, text)


# --- Postcode: 1000-9999 and two letters, not SA, SD or SS ----------------------------


def postcode_ok(text: str) -> str | None:
    match = re.fullmatch(r"\s*([0-9]{4}) ?([A-Za-z]{2})\s*", text)
    if not match or match.group(1)[0] == "0":
        return None
    letters = match.group(2).upper()
    if letters in {"SA", "SD", "SS"}:
        return None
    return match.group(1) + letters


@given(
    st.from_regex(r"\A\s?[0-9]{4} ?[A-Za-z]{2}\s?\Z")
    | st.text(alphabet="0123456789abcdefsASDZ \ufb00\u0131", max_size=8)
)
@example("1234 ab")
@example("1234 \ufb00")
@example("0123 AB")
@example("1234 SS")
def test_postcode_agrees_with_the_postnl_rules(text):
    expected = postcode_ok(text)
    if expected is None:
        assert not accepts(normalise_postcode, text)
    else:
        assert normalise_postcode(text) == expected


# --- Dates: dd-mm-jjjj, a day that exists, years 1900-2100 ----------------------------


@given(st.integers(0, 40), st.integers(0, 14), st.integers(1000, 9999), st.sampled_from("-./"))
def test_dates_agree_with_the_calendar(day, month, year, separator):
    text = f"{day:02d}{separator}{month:02d}{separator}{year}"
    exists = 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]
    expected = exists and FIRST_YEAR <= year <= LAST_YEAR
    assert accepts(parse_date, text) == expected
    if expected:
        assert parse_date(text) == date(year, month, day)


# --- Phone: Dutch mobile and geographic numbers, foreign ones with + ------------------

MOBILE = st.builds(
    lambda d, rest: f"06{d}{rest}", st.sampled_from("12345"), st.from_regex(r"\A[0-9]{7}\Z")
)
# Geographic area codes from the Dutch numbering plan (a sample, 3 and 4 digits).
AREA = st.sampled_from(["010", "020", "030", "040", "050", "070", "0113", "0511", "0591"])


def geographic(area: str, rest: str) -> str:
    return area + rest[: 10 - len(area)]


@given(
    MOBILE | st.builds(geographic, AREA, st.from_regex(r"\A[2-9][0-9]{6}\Z")),
    st.sampled_from(
        [
            lambda n: n,
            lambda n: f"{n[:2]} {n[2:]}",
            lambda n: f"{n[:3]}-{n[3:]}",
            lambda n: f"+31 {n[1:]}",
            lambda n: f"0031{n[1:]}",
            lambda n: f"({n[:3]}) {n[3:]}",
        ]
    ),
)
def test_dutch_numbers_are_stored_as_ten_digits(number, layout):
    assert normalise_phone(layout(number)) == number


@given(st.text(min_size=1, max_size=14))
def test_a_phone_number_with_letters_or_of_the_wrong_length_is_refused(text):
    compact = re.sub(r"[\s\-().]", "", text)
    assume(not re.fullmatch(r"\+?[0-9]{9,15}", compact))
    assert not accepts(normalise_phone, text)


def test_a_number_that_cannot_exist_is_refused():
    for text in ("0600000000", "061234567", "12345", "0012345", "+31 6 1234567"):
        assert not accepts(normalise_phone, text), text
    assert normalise_phone("+49 151 12345678") == "+4915112345678"


# --- E-mail: local part, one @, a domain of dotted labels -----------------------------

# "--" in the third and fourth place is reserved for IDNA ("xn--"), RFC 5891 4.2.3.1.
LABEL = st.from_regex(r"\A[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?\Z").filter(lambda s: s[2:4] != "--")
LOCAL = st.from_regex(r"\A[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,12}(\.[A-Za-z0-9_+-]{1,8}){0,2}\Z")


@given(LOCAL, st.lists(LABEL, min_size=1, max_size=3), st.sampled_from(["nl", "org", "eu"]))
def test_addresses_of_the_rfc_grammar_are_accepted_in_lower_case(local, labels, tld):
    address = f"{local}@{'.'.join(labels)}.{tld}"
    assert normalise_email(address) == address.lower()


@given(st.text(max_size=30))
@example("a@@b.nl")
@example("naam@localhost")
@example("naam @voorbeeld.nl")
@example("naam@voorbeeld..nl")
def test_text_without_exactly_one_at_and_a_dotted_domain_is_refused(text):
    parts = clean(text).split("@")
    plausible = (
        len(parts) == 2
        and parts[0]
        and " " not in parts[0]
        and re.fullmatch(r"([^.\s@]+\.)+[^.\s@]{2,}", parts[1])
    )
    assume(not plausible)
    assert not accepts(normalise_email, text)


# --- Names: stored composed, without invisible characters, within the maximum --------

INVISIBLE = st.sampled_from(["\x00", "\x07", "\u200b", "\u202e", "\u2066", "\ufeff", "\x1b"])


@given(
    st.text(alphabet=st.characters(categories=["L", "M", "Zs"]), min_size=1, max_size=60),
    st.lists(INVISIBLE, max_size=4),
)
def test_a_name_is_stored_composed_and_visible(name, noise):
    typed = "".join(noise) + name + "".join(noise)
    expected = " ".join(unicodedata.normalize("NFC", name).split())
    try:
        data = check_client(
            ClientInput(first_names="Jan", surname=typed, bsn="999990019", birth_date="01-01-1990")
        )
    except ValidationFailed as failed:
        assert not expected or len(expected) > MAX_LENGTH["surname"], failed.errors
        return
    assert data.surname == expected
    assert unicodedata.is_normalized("NFC", data.surname)
    assert not any(
        unicodedata.category(ch) in {"Cc", "Cf"} and ch not in "\u200c\u200d" for ch in data.surname
    )


@pytest.mark.parametrize("key", sorted(MAX_LENGTH))
@given(extra=st.integers(1, 500))
def test_every_field_over_its_maximum_is_refused(key, extra):
    value = "1" + "x" * (MAX_LENGTH[key] + extra - 1)
    typed = {
        "first_names": "Jan",
        "surname": "Maes",
        "bsn": "999990019",
        "birth_date": "01-01-1990",
        key: value,
    }
    with pytest.raises(ValidationFailed) as failed:
        check_client(ClientInput(**typed))
    assert key in failed.value.errors
