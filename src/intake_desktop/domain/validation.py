"""Checks on personal data, each with a Dutch message for the field it concerns."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, fields
from datetime import date

from intake_desktop.domain.errors import IntakeError
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.text import clean

MSG_REQUIRED = QT_TRANSLATE_NOOP("validation", "Dit veld is verplicht.")
MSG_BSN_LENGTH = QT_TRANSLATE_NOOP("validation", "Een BSN heeft 9 cijfers.")
MSG_BSN_CHECK = QT_TRANSLATE_NOOP(
    "validation", "Dit BSN klopt niet: de elfproef mislukt. Controleer de cijfers."
)
MSG_POSTCODE = QT_TRANSLATE_NOOP("validation", "Vul een postcode in als 1234 AB.")
MSG_DATE_FORMAT = QT_TRANSLATE_NOOP(
    "validation", "Vul de datum in als dd-mm-jjjj, bijvoorbeeld 05-03-1980."
)
MSG_DATE_INVALID = QT_TRANSLATE_NOOP(
    "validation", "Deze datum bestaat niet. Controleer dag en maand."
)
MSG_DATE_FUTURE = QT_TRANSLATE_NOOP("validation", "De geboortedatum ligt in de toekomst.")
MSG_DATE_TOO_OLD = QT_TRANSLATE_NOOP(
    "validation", "Deze geboortedatum ligt meer dan 120 jaar terug."
)
MSG_YEAR = QT_TRANSLATE_NOOP(
    "validation", "Dit jaartal kan niet kloppen: vul een jaar van 1900 tot en met 2100 in."
)
MSG_EMAIL = QT_TRANSLATE_NOOP("validation", "Vul een e-mailadres in als naam@voorbeeld.nl.")
MSG_PHONE = QT_TRANSLATE_NOOP(
    "validation", "Vul een telefoonnummer in van 10 cijfers, bijvoorbeeld 06 12345678."
)
MSG_HOUSE_NUMBER = QT_TRANSLATE_NOOP("validation", "Een huisnummer begint met een cijfer.")
MSG_NAME = QT_TRANSLATE_NOOP("validation", "Een naam bevat letters; cijfers horen hier niet.")
MSG_FORMULA = QT_TRANSLATE_NOOP(
    "validation",
    "Begin niet met =, +, - of @: in een spreadsheet wordt zo'n waarde een formule.",
)
MSG_TOO_LONG = {  # per maximum of MAX_LENGTH (lupdate needs each text written out)
    10: QT_TRANSLATE_NOOP("validation", "Te lang: hier passen hoogstens 10 tekens."),
    20: QT_TRANSLATE_NOOP("validation", "Te lang: hier passen hoogstens 20 tekens."),
    100: QT_TRANSLATE_NOOP("validation", "Te lang: hier passen hoogstens 100 tekens."),
    200: QT_TRANSLATE_NOOP("validation", "Te lang: hier passen hoogstens 200 tekens."),
    254: QT_TRANSLATE_NOOP("validation", "Te lang: hier passen hoogstens 254 tekens."),
}
# The longest value each personal-data field may hold: the column sizes of the client
# table (db/models/client.py; tests/core/test_field_lengths.py checks they agree).
MAX_LENGTH = {
    "first_names": 200,
    "tussenvoegsel": 20,
    "surname": 200,
    "street": 200,
    "house_number": 10,
    "house_number_suffix": 10,
    "city": 100,
    "email": 254,
}

# Free text that a spreadsheet would run as a formula when a list is opened in Excel
# (OWASP "CSV injection"): refused at the door rather than escaped at every export.
FREE_TEXT = ("first_names", "tussenvoegsel", "surname", "street", "house_number_suffix", "city")
_FORMULA_START = tuple("=+-@")

# Dates outside these years are typing errors (0980 for 1980), in any date field.
FIRST_YEAR, LAST_YEAR = 1900, 2100
_DATE = re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$")


# The personal data of a client, as the aanmelding registers it and the dossier changes it.
PERSONAL_FIELDS = (
    "first_names",
    "tussenvoegsel",
    "surname",
    "bsn",
    "birth_date",
    "street",
    "house_number",
    "house_number_suffix",
    "postcode",
    "city",
    "phone",
    "email",
    "gemeente_code",
)


class ValidationFailed(IntakeError, ValueError):
    """Bad input: ``errors`` maps a field name to a Dutch message (shown next to it)."""

    context = "validation"

    def __init__(self, errors: dict[str, str]):
        message = "; ".join(f"{k}: {v}" for k, v in errors.items())
        Exception.__init__(self, message)
        self.template, self.params = "", {}
        self.errors = errors


def normalise_bsn(value: str) -> str:
    """Digits only, checked with the elfproef; raises ValueError(message)."""
    from stdnum.exceptions import InvalidChecksum, ValidationError
    from stdnum.nl import bsn

    # Deliberately: full-width digits (pasted from some systems) are the same number
    # (NFKC); anything but the ten ASCII digits after that is refused.
    digits = re.sub(r"[\s.\-]", "", unicodedata.normalize("NFKC", value or ""))
    if not re.fullmatch(r"[0-9]{8,9}", digits):
        raise ValueError(MSG_BSN_LENGTH)
    try:
        return bsn.validate(digits)
    except InvalidChecksum:
        raise ValueError(MSG_BSN_CHECK) from None
    except ValidationError:
        raise ValueError(MSG_BSN_LENGTH) from None


def mask_bsn(value: str | None) -> str:
    """Show only the last three digits: "******782"."""
    if not value:
        return ""
    return "*" * (len(value) - 3) + value[-3:]


def normalise_postcode(value: str) -> str:
    """ "1234 ab" -> "1234AB"; raises ValueError(message)."""
    from stdnum.exceptions import ValidationError
    from stdnum.nl import postcode

    # Four ASCII digits and two ASCII letters only: upper-casing through Unicode would
    # turn a ligature "ﬀ" into "FF" and store a postcode nobody typed.
    if not re.fullmatch(r"\s*[0-9]{4} ?[A-Za-z]{2}\s*", value or ""):
        raise ValueError(MSG_POSTCODE)
    try:
        return postcode.compact(postcode.validate(value)).replace(" ", "")
    except ValidationError:
        raise ValueError(MSG_POSTCODE) from None


def format_postcode(value: str | None) -> str:
    if not value or len(value) != 6:
        return value or ""
    return f"{value[:4]} {value[4:]}"


def address_lines(street, house_number, suffix, postcode, city) -> tuple[str, ...]:
    """("Kerkstraat 12 A", "1234 AB Voorbeeld"), without the parts that are missing."""
    number = " ".join(p for p in (house_number, suffix) if p)
    first = " ".join(p for p in (street, number) if p)
    second = " ".join(p for p in (format_postcode(postcode), city) if p)
    return tuple(line for line in (first, second) if line)


def parse_date(value: str, plausible_year: bool = True) -> date:
    match = _DATE.match(clean(value))
    if not match:
        raise ValueError(MSG_DATE_FORMAT)
    day, month, year = (int(g) for g in match.groups())
    if plausible_year and not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(MSG_YEAR)
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(MSG_DATE_INVALID) from None


def format_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def format_moment(value, empty: str = "") -> str:
    """A stored (UTC) moment as local "dd-mm-jjjj uu:mm"."""
    return value.astimezone().strftime("%d-%m-%Y %H:%M") if value else empty


def parse_birth_date(value: str, today: date | None = None) -> date:
    born = parse_date(value, plausible_year=False)  # the checks below say more
    today = today or date.today()
    if born > today:
        raise ValueError(MSG_DATE_FUTURE)
    if today.year - born.year > 120:
        raise ValueError(MSG_DATE_TOO_OLD)
    return born


def normalise_email(value: str) -> str:
    """Checked by email-validator (syntax only: no network at the counter)."""
    from email_validator import EmailNotValidError, validate_email

    value = clean(value)
    try:
        checked = validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        raise ValueError(MSG_EMAIL) from None
    return checked.normalized.lower()


def normalise_phone(value: str) -> str:
    """A number that exists (phonenumbers' metadata): Dutch ones stored as 10 digits
    starting with 0 ("0612345678"), foreign ones as +country ("+4915112345678")."""
    import phonenumbers

    compact = re.sub(r"[\s\-().]", "", value)
    if not re.fullmatch(r"\+?[0-9]{3,17}", compact):
        raise ValueError(MSG_PHONE)
    try:
        number = phonenumbers.parse(compact, "NL")
    except phonenumbers.NumberParseException:
        raise ValueError(MSG_PHONE) from None
    if not phonenumbers.is_valid_number(number):
        raise ValueError(MSG_PHONE)
    if number.country_code == 31:
        return "0" + str(number.national_number)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(value: str | None) -> str:
    if not value or not value.startswith("06") or len(value) != 10:
        return value or ""
    return f"{value[:2]} {value[2:]}"


@dataclass
class ClientInput:
    """Personal data as typed in a form or read from a CSV line (all text)."""

    first_names: str = ""
    tussenvoegsel: str = ""
    surname: str = ""
    bsn: str = ""
    birth_date: str = ""
    street: str = ""
    house_number: str = ""
    house_number_suffix: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    gemeente_code: str = ""

    def as_dict(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass
class ClientData:
    """Checked and normalised personal data, ready to store."""

    first_names: str
    tussenvoegsel: str | None
    surname: str
    bsn: str
    birth_date: date
    street: str | None = None
    house_number: str | None = None
    house_number_suffix: str | None = None
    postcode: str | None = None
    city: str | None = None
    phone: str | None = None
    email: str | None = None
    gemeente_code: str = ""
    extra: dict = field(default_factory=dict)


def _name(value: str, errors: dict[str, str], key: str, required: bool) -> str | None:
    value = clean(value)
    if not value:
        if required:
            errors[key] = MSG_REQUIRED
        return None
    if any(ch.isdigit() for ch in value):
        errors[key] = MSG_NAME
        return None
    return value


def check_client(data: ClientInput, today: date | None = None) -> ClientData:
    """Check every field at once; raises ValidationFailed with all messages."""
    errors: dict[str, str] = {}
    too_long = {
        key: MSG_TOO_LONG[most]
        for key, most in MAX_LENGTH.items()
        if len(clean(getattr(data, key))) > most
    }
    first = _name(data.first_names, errors, "first_names", True)
    tussen = clean(data.tussenvoegsel) or None
    surname = _name(data.surname, errors, "surname", True)

    def run(key: str, func, raw: str, required: bool = False):
        raw = clean(raw)
        if not raw:
            if required:
                errors[key] = MSG_REQUIRED
            return None
        try:
            return func(raw)
        except ValueError as exc:
            errors[key] = str(exc)
            return None

    bsn = run("bsn", normalise_bsn, data.bsn, required=True)
    born = run("birth_date", lambda v: parse_birth_date(v, today), data.birth_date, True)
    pc = run("postcode", normalise_postcode, data.postcode)
    phone = run("phone", normalise_phone, data.phone)
    email = run("email", normalise_email, data.email)
    number = clean(data.house_number) or None
    if number and not number[0].isdigit():
        errors["house_number"] = MSG_HOUSE_NUMBER
    for key in FREE_TEXT:
        if clean(getattr(data, key)).startswith(_FORMULA_START):
            errors[key] = MSG_FORMULA
    errors.update(too_long)  # "too long" wins over what was found in the long value
    if errors:
        raise ValidationFailed(errors)
    return ClientData(
        first_names=first or "",
        tussenvoegsel=tussen,
        surname=surname or "",
        bsn=bsn or "",
        birth_date=born,  # type: ignore[arg-type]
        street=clean(data.street) or None,
        house_number=number,
        house_number_suffix=clean(data.house_number_suffix) or None,
        postcode=pc,
        city=clean(data.city) or None,
        phone=phone,
        email=email,
        gemeente_code=clean(data.gemeente_code),
    )


# The personal fields in words (documents and the timeline; Dutch as stored).
FIELD_LABELS = {
    "bsn": "BSN",
    "first_names": "Voornamen",
    "tussenvoegsel": "Tussenvoegsel",
    "surname": "Achternaam",
    "birth_date": "Geboortedatum",
    "street": "Straat",
    "house_number": "Huisnummer",
    "house_number_suffix": "Toevoeging",
    "postcode": "Postcode",
    "city": "Woonplaats",
    "phone": "Telefoon",
    "email": "E-mail",
}
