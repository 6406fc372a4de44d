"""The conditions the beheer stage (accounts, medewerkers, import, database) refuses
with, each with its Dutch message (see ``domain.errors.IntakeError``)."""

from __future__ import annotations

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.services.core.errors import NotAllowed, NotFound, ServiceError

# --- accounts and medewerkers ------------------------------------------------------------


class MaintainNotAllowed(NotAllowed):
    """Creating and maintaining staff members is for a beheerder or teamleider."""

    context = "accounts"
    template = QT_TRANSLATE_NOOP(
        "accounts", "Alleen een beheerder of teamleider beheert medewerkers."
    )


class StaffDetailNotAllowed(NotAllowed):
    """A colleague's details (e-mail, working days, absences and their reasons) are for
    who maintains staff; the list of names and roles is for everyone."""

    context = "accounts"
    template = QT_TRANSLATE_NOOP(
        "accounts",
        "Alleen een beheerder of teamleider bekijkt de gegevens en afwezigheid van een collega.",
    )


class BeheerderExists(NotAllowed):
    """The first-start account is asked for while there are accounts already."""

    context = "accounts"
    template = QT_TRANSLATE_NOOP("accounts", "Er bestaat al een beheerder.")


class FirstAccountNotBeheerder(NotAllowed):
    context = "accounts"
    template = QT_TRANSLATE_NOOP("accounts", "Het eerste account moet een beheerder zijn.")


class ResetOwnPassword(NotAllowed):
    """A reset is for a colleague; one's own password is changed with the current one."""

    context = "accounts"
    template = QT_TRANSLATE_NOOP(
        "accounts",
        "Uw eigen wachtwoord wijzigt u met uw huidige wachtwoord: klik bovenaan op uw naam, "
        "Wachtwoord wijzigen.",
    )


class ResetBeheerderNotAllowed(NotAllowed):
    context = "accounts"
    template = QT_TRANSLATE_NOOP(
        "accounts", "Alleen een beheerder geeft een beheerder een tijdelijk wachtwoord."
    )


class StaffGone(NotFound):
    context = "accounts"
    template = QT_TRANSLATE_NOOP("accounts", "Deze medewerker bestaat niet (meer).")


class AbsenceGone(NotFound):
    context = "accounts"
    template = QT_TRANSLATE_NOOP("accounts", "Deze afwezigheid bestaat niet (meer).")


# --- importing clients -------------------------------------------------------------------


class ImportNotAllowed(NotAllowed):
    context = "import"
    template = QT_TRANSLATE_NOOP("import", "Alleen een beheerder mag klanten importeren.")


class ImportFileUnreadable(ServiceError):
    """The file could not be read; ``reason`` is the system's word for why."""

    context = "import"
    template = QT_TRANSLATE_NOOP(
        "import",
        "Het bestand kon niet worden gelezen ({reason}). Is het nog geopend in "
        "een ander programma?",
    )


class ImportFileEmpty(ServiceError):
    context = "import"
    template = QT_TRANSLATE_NOOP("import", "Het bestand is leeg.")


class ImportColumnsMissing(ServiceError):
    """The header lacks required ``columns`` (comma-separated)."""

    context = "import"
    template = QT_TRANSLATE_NOOP(
        "import",
        "De kopregel mist de kolom(men): {columns}. Zie de README voor het formaat.",
    )


class ImportFileNotCsv(ServiceError):
    context = "import"
    template = QT_TRANSLATE_NOOP("import", "Het bestand is geen geldig CSV-bestand ({reason}).")


class ImportMixedEncoding(ServiceError):
    """UTF-8 in most of the file, something else on ``line``: decoding it either way
    would garble names (ë as "Ã«"), and importing again could not repair them."""

    context = "import"
    template = QT_TRANSLATE_NOOP(
        "import",
        "Het bestand is als UTF-8 opgeslagen, maar regel {line} is dat niet: het bevat twee "
        "tekensets door elkaar. Er is niets geïmporteerd. Sla het bestand opnieuw op als "
        "UTF-8 (in Excel: CSV UTF-8) en controleer die regel.",
    )


class ImportUnknownEncoding(ServiceError):
    context = "import"
    template = QT_TRANSLATE_NOOP(
        "import",
        "Regel {line} bevat tekens die geen UTF-8 en geen Windows-1252 zijn. Er is niets "
        "geïmporteerd. Sla het bestand opnieuw op als UTF-8.",
    )


class ImportCancelled(ServiceError):
    """The user stopped the import; nothing of it was stored (one transaction)."""

    context = "import"
    template = QT_TRANSLATE_NOOP("import", "Import afgebroken: er is niets opgeslagen.")


# --- the database ------------------------------------------------------------------------


class DatabaseChoiceNotAllowed(NotAllowed):
    context = "database"
    template = QT_TRANSLATE_NOOP("database", "Alleen een beheerder kiest de database.")
