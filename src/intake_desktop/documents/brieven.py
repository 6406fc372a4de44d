"""Letters to a client: the confirmation of an appointment and the invitation to the
kick-off of the client's klantgroep.

Rendered from plain dataclasses that ``services.brieven`` fills in: names, labels and
local times are resolved there, so this module never reads the database. Both letters
share the letter layout of ``_Brief`` (address block, place and date, "Betreft",
salutation, closing) and add their own sections, one method each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from intake_desktop.documents.branded import BrandedDocument

# Dutch names, written out here so a letter never depends on the machine's locale.
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def long_date(day: date) -> str:
    """ "24 november 2026"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def day_and_date(day: date) -> str:
    """ "dinsdag 24 november 2026"."""
    return f"{WEEKDAYS[day.weekday()]} {long_date(day)}"


def moment_in_words(moment: datetime) -> str:
    """ "dinsdag 24 november 2026 om 10:00" (the moment as given: pass local time)."""
    return f"{day_and_date(moment.date())} om {moment:%H:%M}"


@dataclass(frozen=True)
class Recipient:
    name: str
    address: tuple[str, ...] = ()  # ("Kerkstraat 12a", "1234 AB Voorbeeld")


@dataclass(frozen=True)
class Signer:
    name: str  # may be empty: then the letter is signed by the sender only
    role: str = ""  # "klantmanager", "werkcoach"


@dataclass(frozen=True)
class AfspraakGegevens:
    recipient: Recipient
    what: str  # the appointment type's name
    starts_at: datetime  # local time
    ends_at: datetime | None
    where: tuple[str, ...]  # the location, and the visiting address if known
    with_whom: str  # staff name, with any other party
    documents: tuple[str, ...]
    signed_by: Signer
    at_home: bool = False


@dataclass(frozen=True)
class KickoffGegevens:
    recipient: Recipient
    klantgroep: str  # its name
    starts_at: datetime  # local time
    where: tuple[str, ...]
    trainer: str
    documents: tuple[str, ...]
    contact: Signer  # the klantmanager, if the client has one
    signed_by: Signer


class _Brief(BrandedDocument):
    """The letter layout: each subclass says what it is about and adds ``body()``."""

    betreft = ""

    def __init__(self, huisstijl, recipient: Recipient, signed_by: Signer, *, printed_on=None):
        super().__init__(huisstijl, printed_on=printed_on)
        self.recipient, self.signed_by = recipient, signed_by

    def story(self) -> list:
        return [
            *self.address_block(),
            *self.date_line(),
            *self.salutation(),
            *self.body(),
            *self.closing(),
        ]

    def body(self) -> list:
        raise NotImplementedError

    # --- shared parts -----------------------------------------------------------------
    def address_block(self) -> list:
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepTogether, Spacer

        lines = [self.recipient.name, *self.recipient.address]
        return [KeepTogether([self.p(line) for line in lines if line]), Spacer(1, 12 * mm)]

    def date_line(self) -> list:
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer

        place = self.huisstijl.plaats
        when = long_date(self.printed_on)
        return [
            self.p(f"{place}, {when}" if place else when),
            Spacer(1, 4 * mm),
            self.p(f"Betreft: {self.betreft}", "label"),
            Spacer(1, 6 * mm),
        ]

    def salutation(self) -> list:
        return [self.p(f"Beste {self.recipient.name},"), self.gap()]

    def closing(self) -> list:
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepTogether, Spacer

        h = self.huisstijl
        sender = self.p(f"{h.afzender}, {h.organisatie}")
        if not self.signed_by.name:
            return [Spacer(1, 4 * mm), KeepTogether([self.p("Met vriendelijke groet,"), sender])]
        lines = [self.p("Met vriendelijke groet,"), Spacer(1, 10 * mm), self.p(self.signed_by.name)]
        if self.signed_by.role:
            lines.append(self.p(self.signed_by.role.capitalize()))
        return [Spacer(1, 4 * mm), KeepTogether([*lines, sender])]

    def gap(self, size: float = 3):
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer

        return Spacer(1, size * mm)

    def facts(self, rows: list[tuple[str, str]]) -> list:
        """Label and value, one row each (what, when, where, ...); never split."""
        from reportlab.lib.colors import HexColor
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepTogether, Table, TableStyle

        table = Table(
            [[self.p(label, "label"), self.p(value)] for label, value in rows if value],
            colWidths=[30 * mm, None],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, -1), HexColor("#f1f5f9")),
                    ("LINEBEFORE", (0, 0), (0, -1), 2, self.styles["colour"]),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return [KeepTogether([table]), self.gap(4)]

    def checklist(self, intro: str, items: tuple[str, ...], after: str = "") -> list:
        """Boxes to tick, with the sentence before and after kept on the same page."""
        from reportlab.platypus import KeepTogether, ListFlowable, ListItem

        from intake_desktop.documents.fonts import REGULAR

        if not items:
            return []
        boxes = ListFlowable(
            [ListItem(self.p(item), value="\u2610") for item in items],
            bulletType="bullet",
            bulletFontName=REGULAR,
            start="\u2610",
            leftIndent=16,
        )
        block = [self.p("Wat neemt u mee?", "h2"), self.p(intro), self.gap(1), boxes]
        if after:
            block += [self.gap(1), self.p(after)]
        return [KeepTogether(block)]

    def section(self, heading: str, *texts: str) -> list:
        from reportlab.platypus import KeepTogether

        block = [self.p(heading, "h2")]
        for text in (t for t in texts if t):
            if len(block) > 1:
                block.append(self.gap(2))
            block.append(self.p(text))
        return [KeepTogether(block)]

    def phone_text(self) -> str:
        h = self.huisstijl
        if h.telefoon:
            return f"telefoonnummer {h.telefoon}"
        return h.website or h.afzender


class AfspraakBevestiging(_Brief):
    title = "Bevestiging afspraak"
    subject = "Bevestiging van een afspraak"
    betreft = "bevestiging van uw afspraak"

    def __init__(self, huisstijl, data: AfspraakGegevens, *, printed_on=None):
        self.data = data
        super().__init__(huisstijl, data.recipient, data.signed_by, printed_on=printed_on)

    def body(self) -> list:
        return [*self.intro(), *self.appointment(), *self.to_bring(), *self.cannot_come()]

    def intro(self) -> list:
        return [
            self.p(
                f"Hierbij bevestigen wij uw afspraak met {self.huisstijl.afzender}. "
                "Hieronder leest u wanneer en waar die is, en wat u meeneemt."
            ),
            self.gap(4),
        ]

    def appointment(self) -> list:
        d = self.data
        when = moment_in_words(d.starts_at)
        if d.ends_at:
            when += f" (tot ongeveer {d.ends_at:%H:%M})"
        where = "Bij u thuis" if d.at_home else "\n".join(d.where)
        facts = self.facts(
            [("Afspraak", d.what), ("Wanneer", when), ("Waar", where), ("Met wie", d.with_whom)]
        )
        if d.at_home:
            return facts
        arrive = self.p(
            "Wilt u een paar minuten voor de afspraak aanwezig zijn? Meld u bij binnenkomst "
            "bij de balie."
        )
        return [*facts, arrive, self.gap(2)]

    def to_bring(self) -> list:
        return self.checklist(
            "Neem deze papieren mee naar de afspraak. Dan kunnen we u meteen verder helpen.",
            self.data.documents,
            "Heeft u iets niet? Kom dan toch: we zoeken het samen uit.",
        )

    def cannot_come(self) -> list:
        return self.section(
            "Kunt u niet komen?",
            "Bel ons dan zo snel mogelijk, en in elk geval vóór de afspraak, op "
            f"{self.phone_text()}. We maken dan samen een nieuwe afspraak.",
            "Komt u niet en heeft u ons niet gebeld? Dan kan dat gevolgen hebben voor "
            "uw uitkering.",
        )


class KickoffUitnodiging(_Brief):
    title = "Uitnodiging kick-off"
    subject = "Uitnodiging voor de verplichte kick-off"

    def __init__(self, huisstijl, data: KickoffGegevens, *, printed_on=None):
        self.data = data
        self.betreft = f"uitnodiging voor de kick-off {data.klantgroep}"
        super().__init__(huisstijl, data.recipient, data.signed_by, printed_on=printed_on)

    def body(self) -> list:
        return [
            *self.intro(),
            *self.meeting(),
            *self.mandatory(),
            *self.to_bring(),
            *self.contact(),
        ]

    def intro(self) -> list:
        return [
            self.p(
                "In uw ambitiegesprek hebben we samen gekeken naar wat u wilt en kunt. U hoort "
                f"nu bij de klantgroep {self.data.klantgroep}. Iedereen in deze groep begint "
                "met een kick-off: een bijeenkomst waarin u hoort wat u van ons kunt "
                "verwachten en wat wij van u verwachten, en waarin u de andere deelnemers "
                "leert kennen. Wij nodigen u daarvoor uit."
            ),
            self.gap(4),
        ]

    def meeting(self) -> list:
        d = self.data
        return self.facts(
            [
                ("Wat", f"Kick-off {d.klantgroep}"),
                ("Wanneer", moment_in_words(d.starts_at)),
                ("Waar", "\n".join(d.where)),
                ("Trainer", d.trainer),
            ]
        )

    def mandatory(self) -> list:
        from reportlab.platypus import KeepTogether

        return [
            KeepTogether(
                [
                    self.p("De kick-off is verplicht", "h2"),
                    self.p(
                        "U bent verplicht om naar de kick-off te komen. Dat hoort bij de "
                        "afspraken die gelden voor uw uitkering. Komt u zonder goede reden "
                        "niet, dan kan dat gevolgen hebben voor uw uitkering."
                    ),
                ]
            )
        ]

    def to_bring(self) -> list:
        return self.checklist("Neem dit mee naar de kick-off:", self.data.documents)

    def contact(self) -> list:
        who = self.data.contact
        tell = (
            f"Laat het dan vóór de kick-off weten aan uw {who.role or 'klantmanager'} "
            f"{who.name}, via {self.phone_text()}."
            if who.name
            else f"Laat het ons dan vóór de kick-off weten, via {self.phone_text()}."
        )
        return self.section(
            "Kunt u niet komen of heeft u vragen?",
            "Bent u ziek of kunt u om een andere belangrijke reden niet komen? " + tell,
            "Met vragen over de kick-off kunt u ook bellen.",
        )
