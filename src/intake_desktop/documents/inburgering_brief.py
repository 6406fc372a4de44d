"""The letters of the inburgering enforcement (Westland, Bijlagen 4-7): one per step
with ``brief = true`` in inburgering.toml (the summons, the handhaving decision, the
intended fine and the fine decision, the decision on an exemption or an extension).

Rendered from ``BriefGegevens`` that ``services.inburgering`` fills in, on the letter
layout of ``documents.brieven`` (address block, place and date, "Betreft", closing).
The letter is dated on the day of the step, and so is its footer ("brief van ...",
not the day of printing), so a reprint says the same. The BSN is only ever shown
masked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from intake_desktop.documents.brieven import Recipient, Signer, _Brief, long_date

TO_FINE = "Naar beboeten"  # the handhaving decision that starts a fine (services.inburgering)


@dataclass(frozen=True)
class BriefGegevens:
    recipient: Recipient
    bsn_masked: str
    procedure: str  # handhaven, beboeten, ontheffen, verlengen
    procedure_naam: str
    step: str
    step_naam: str
    occurred_on: date
    decision: str
    takes_effect: bool  # the decision that does it (fine, exemption, extension)
    amount: str  # "€ 250,00" or ""
    reason: str
    new_deadline: date | None
    deadline: date  # the deadline in effect when the step was recorded
    duty_since: date
    signed_by: Signer


class InburgeringBrief(_Brief):
    title = "Brief inburgering"
    subject = "Handhaving van de inburgeringsplicht"

    def __init__(self, huisstijl, data: BriefGegevens, *, printed_on=None):
        self.data = data
        self.betreft = (
            f"uw inburgeringsplicht; {data.procedure_naam.lower()}: {data.step_naam.lower()}"
        )
        super().__init__(
            huisstijl, data.recipient, data.signed_by, printed_on=printed_on or data.occurred_on
        )
        self.date_label = "brief van"  # a reprint on a later day says the same

    def date_line(self) -> list:
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer

        place = self.huisstijl.plaats
        when = long_date(self.data.occurred_on)
        return [
            self.p(f"{place}, {when}" if place else when),
            Spacer(1, 4 * mm),
            self.p(f"Betreft: {self.betreft}", "label"),
            Spacer(1, 6 * mm),
        ]

    def body(self) -> list:
        return [*self.message(), *self.summary(), *self.objection(), *self.questions()]

    # --- what the letter says ---------------------------------------------------------
    def message(self) -> list:
        paragraphs = [t for t in self.texts() if t]
        out = []
        for text in paragraphs:
            out += [self.p(text), self.gap(3)]
        return out

    def texts(self) -> list[str]:
        d = self.data
        since, deadline = long_date(d.duty_since), long_date(d.deadline)
        if d.deadline < d.occurred_on:
            duty = (
                f"U bent sinds {since} inburgeringsplichtig. De termijn om aan uw "
                f"inburgeringsplicht te voldoen liep af op {deadline}."
            )
        else:
            duty = (
                f"U bent sinds {since} inburgeringsplichtig. U moet uiterlijk op {deadline} "
                "aan uw inburgeringsplicht voldoen."
            )
        remains = (
            "Uw inburgeringsplicht blijft bestaan. Wij spreken met u af hoe en wanneer u "
            "alsnog aan uw plicht voldoet."
            if d.deadline < d.occurred_on
            else f"Uw inburgeringsplicht blijft bestaan: u moet uiterlijk op {deadline} aan "
            "uw plicht voldoen."
        )
        key = (d.procedure, d.step)
        if key == ("handhaven", "aanschrijving"):
            return [
                duty,
                "Uit onze gegevens blijkt dat u nog niet genoeg doet om op tijd aan uw "
                "plicht te voldoen. Wij vragen u daarom om binnen twee weken contact met ons "
                "op te nemen. In een gesprek kijken we samen hoe u verder kunt met "
                "inburgeren.",
            ]
        if key == ("handhaven", "besluit"):
            if d.decision == TO_FINE:
                return [
                    duty,
                    "In het handhavingsgesprek hebben wij met u besproken waarom u nog niet "
                    "aan uw plicht voldoet. Wij hebben besloten een boeteprocedure te "
                    "beginnen. U krijgt binnenkort een brief over ons voornemen om u een "
                    "boete op te leggen; daarop mag u reageren.",
                ]
            return [
                duty,
                "In het handhavingsgesprek hebben wij met u besproken hoe u verder gaat. Wij "
                "hebben besloten dat uw plicht blijft en dat u verder gaat met inburgeren, "
                "zoals afgesproken. Wij leggen u nu geen boete op.",
            ]
        if key == ("beboeten", "voornemen"):
            return [
                duty,
                "U voldoet nog niet aan uw inburgeringsplicht. Wij zijn daarom van plan u "
                "een boete op te leggen. Voordat wij besluiten, mag u ons laten weten wat u "
                "daarvan vindt (uw zienswijze). Dat kan schriftelijk of in een gesprek, "
                "binnen twee weken na de datum van deze brief.",
            ]
        if key == ("beboeten", "beschikking"):
            if d.takes_effect:
                return [
                    "Wij hebben u laten weten dat wij van plan waren u een boete op te "
                    "leggen, omdat u niet aan uw inburgeringsplicht voldoet. Wij hebben "
                    "besloten u een boete op te leggen van " + d.amount + ".",
                    "U krijgt apart bericht over hoe en wanneer u de boete betaalt. " + remains,
                ]
            return [
                "Wij hebben u laten weten dat wij van plan waren u een boete op te leggen. "
                "Na uw reactie hebben wij besloten daarvan af te zien: u krijgt geen boete.",
                remains,
            ]
        if key == ("ontheffen", "besluit"):
            if d.takes_effect:
                return [
                    "Wij hebben onderzocht of u ontheffing kunt krijgen van de "
                    "inburgeringsplicht. Wij hebben besloten u ontheffing te verlenen. U "
                    "hoeft dus niet meer aan de inburgeringsplicht te voldoen.",
                ]
            return [
                "Wij hebben onderzocht of u ontheffing kunt krijgen van de "
                "inburgeringsplicht. Wij hebben besloten u geen ontheffing te geven.",
                duty,
            ]
        if key == ("verlengen", "besluit"):
            if d.takes_effect and d.new_deadline:
                return [
                    "U heeft ons gevraagd om meer tijd om aan uw inburgeringsplicht te "
                    "voldoen. Wij hebben besloten uw termijn te verlengen. U moet nu "
                    f"uiterlijk op {long_date(d.new_deadline)} aan uw plicht voldoen.",
                ]
            return [
                "U heeft ons gevraagd om meer tijd om aan uw inburgeringsplicht te voldoen. "
                "Wij hebben besloten uw termijn niet te verlengen.",
                duty,
            ]
        # A step added to inburgering.toml later: the facts below say what it is.
        return [duty, f"Hierbij informeren wij u over: {d.step_naam.lower()}."]

    def summary(self) -> list:
        d = self.data
        return self.facts(
            [
                ("Onderwerp", f"{d.procedure_naam}: {d.step_naam}"),
                ("Besluit", d.decision),
                ("Boete", d.amount if d.takes_effect else ""),
                ("Reden", d.reason),
                ("Verlengd tot", long_date(d.new_deadline) if d.new_deadline else ""),
                ("Datum", long_date(d.occurred_on)),
                ("Uw BSN", d.bsn_masked),
            ]
        )

    def objection(self) -> list:
        """A decision on a fine, an exemption or an extension is open to objection."""
        if (self.data.procedure, self.data.step) not in (
            ("beboeten", "beschikking"),
            ("ontheffen", "besluit"),
            ("verlengen", "besluit"),
        ):
            return []
        return self.section(
            "Bent u het niet eens met dit besluit?",
            "Dan kunt u bezwaar maken. Dat doet u binnen zes weken na de datum van deze "
            "brief, met een brief aan het college van burgemeester en wethouders van "
            f"{self.huisstijl.organisatie}. Schrijf erin waarom u het niet eens bent met "
            "het besluit, en stuur een kopie van deze brief mee.",
        )

    def questions(self) -> list:
        who = self.signed_by
        contact = (
            f"uw {who.role or 'klantmanager'} {who.name}, via {self.phone_text()}"
            if who.name
            else f"ons, via {self.phone_text()}"
        )
        return self.section("Heeft u vragen?", f"Neem dan contact op met {contact}.")
