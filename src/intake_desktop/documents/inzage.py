"""The inzage report for the client (AVG art. 15), drawn from the report dictionary of
services/dossier/inzage.py in the house style: what we hold, the corrections, who
consulted or changed it and why, the purposes and terms, and the client's rights. The
JSON export holds the same data in full."""

from __future__ import annotations

from datetime import date, datetime

from intake_desktop.documents.branded import BrandedDocument, breakable
from intake_desktop.domain.validation import FIELD_LABELS, format_date

# Per section: its heading and the columns of its table (key, heading). Sections not
# named here are listed field by field under "Overige gegevens".
TABLES = {
    "aanmeldingen": (
        "Aanmeldingen",
        [("registered_at", "Datum"), ("channel", "Kanaal"), ("question", "Vraag"),
         ("status", "Status")],
        [26, 20, 99, 25],
    ),
    "gesprekken": (
        "Gesprekken",
        [("conducted_at", "Datum"), ("kind", "Soort"), ("conducted_by_naam", "Door"),
         ("summary", "Samenvatting")],
        [26, 26, 30, 88],
    ),
    "klantgroep_historie": (
        "Klantgroep",
        [("decided_at", "Datum"), ("klantgroep_naam", "Gekozen"),
         ("suggested_naam", "Voorgesteld"), ("reason", "Toelichting")],
        [26, 26, 26, 92],
    ),
    "klantmanagers": (
        "Klantmanagers",
        [("assigned_at", "Datum"), ("klantmanager_id_naam", "Klantmanager"),
         ("ended_at", "Tot"), ("reason", "Reden")],
        [26, 36, 26, 82],
    ),
    "afspraken": (
        "Afspraken",
        [("starts_at", "Datum"), ("kind_naam", "Soort"), ("staff_id_naam", "Met"),
         ("location", "Plaats"), ("status", "Status")],
        [26, 40, 34, 45, 25],
    ),
    "notities": (
        "Notities",
        [("created_at", "Datum"), ("author_id_naam", "Door"), ("body", "Tekst")],
        [26, 30, 114],
    ),
    "documenten": (
        "Trajectplannen en documenten",
        [("version_no", "Versie"), ("status", "Status"), ("signed_at", "Ondertekend op"),
         ("signed_by_naam", "Door")],
        [20, 40, 50, 60],
    ),
}  # fmt: skip
HIDDEN = {
    "id",
    "client_id",
    "created_by",
    "updated_by",
    "deleted_at",
    "snapshot",
    "pdf",
    "position",
}
# The columns of the other sections in words (the JSON keeps the stored names).
KEY_LABELS = {
    "created_at": "aangemaakt",
    "updated_at": "gewijzigd",
    "created_by_naam": "door",
    "updated_by_naam": "gewijzigd door",
    "assessed_at": "datum",
    "assessed_by_naam": "door",
    "ladder_rung": "participatieladder",
    "ladder_target": "doel op de ladder",
    "months_on_benefit": "maanden met uitkering",
    "details": "details",
    "klantmanager_id_naam": "klantmanager",
    "status": "status",
    "doelperspectief": "doelperspectief",
    "afspraken_klant": "afspraken klant",
    "afspraken_gemeente": "afspraken gemeente",
    "version_no": "versie",
    "domain_code": "leefgebied",
    "description": "omschrijving",
    "due_on": "uiterlijk",
    "service_code": "dienst",
    "provider_kind": "aanbieder",
    "responsible": "verantwoordelijk",
    "starts_on": "begint",
    "ends_on": "eindigt",
    "closed_on": "afgesloten op",
    "closed_by_naam": "door",
    "klantgroep_naam": "klantgroep",
    "reason": "reden",
    "sector": "sector",
    "hours_per_week": "uren per week",
    "goal_outcomes": "uitkomst per doel",
    "note": "toelichting",
    "title": "omschrijving",
    "due_at": "uiterlijk",
    "assigned_to_naam": "voor",
    "kind": "soort",
    "observation": "wat we zagen",
    "client_question": "uw vraag",
    "client_view": "uw kijk",
    "need": "hulp nodig",
    "score": "zelfredzaamheid",
    "duty_since": "plicht sinds",
    "deadline": "uiterlijk",
    "procedure": "procedure",
    "step": "stap",
    "occurred_on": "datum",
    "decision": "besluit",
}
CODE_COLUMNS = {"status", "kind", "channel", "klantgroep", "suggested", "need", "step"}


def _text(value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        try:
            if len(value) == 10:
                return format_date(date.fromisoformat(value))
            moment = datetime.fromisoformat(value).astimezone()
            return moment.strftime("%d-%m-%Y %H:%M")
        except ValueError:
            return value
    if isinstance(value, dict | list):
        import json

        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _cell(row: dict, key: str) -> str:
    """A value in words: a code as words ("niet_verschenen": "niet verschenen")."""
    text = _text(row.get(key))
    return text.replace("_", " ") if key in CODE_COLUMNS else text


class InzageDocument(BrandedDocument):
    title = "Inzage in uw gegevens"
    subject = "Inzageverzoek (artikel 15 AVG)"

    def __init__(self, huisstijl, report: dict, printed_on=None):
        super().__init__(huisstijl, printed_on=printed_on, date_label="gemaakt op")
        self.report = report

    def story(self) -> list:
        r = self.report
        data = r["gegevens"]
        out = [
            self.p(self.title, "title"),
            self.p(f"Voor {r['klant']['naam']}", "label"),
            self.p(
                f"U hebt gevraagd welke gegevens {r['verantwoordelijke']} van u heeft "
                "(artikel 15 van de Algemene verordening gegevensbescherming). Hieronder "
                "staan al uw gegevens die in ons programma voor werk en inkomen staan, wie "
                "ze heeft ingezien of gewijzigd, wanneer en waarom, waarvoor wij ze "
                "gebruiken en hoe lang wij ze bewaren. Bij dit overzicht hoort een "
                "computerbestand (JSON) met dezelfde gegevens in volledige vorm."
            ),
            self.p(f"Gemaakt door {r['gemaakt_door']}.", "small"),
            *self._personal(r, data["klant"][0]),
            *self._corrections(data["correcties"]),
        ]
        for section, (heading, columns, widths) in TABLES.items():
            out += self._table(heading, columns, widths, data.get(section, []))
        out += self._others(data)
        out += self._processing(r["verwerkingen"])
        out += self._purposes(r["activiteiten"])
        out += self._rights(r)
        return out

    def _personal(self, r: dict, client: dict) -> list:
        rows = [(label, _text(client.get(key))) for key, label in FIELD_LABELS.items()]
        rows = [(label, value) for label, value in rows if value]
        rows += [
            ("Gemeente", r["klant"]["gemeente"]),
            ("Klantgroep", r["klant"]["klantgroep"]),
            ("Klantmanager", r["klant"]["klantmanager"]),
            ("Status", _text(client.get("status"))),
        ]
        rows = [(label, value) for label, value in rows if value]
        return [self.p("Uw gegevens", "h2"), self.grid(["Gegeven", "Waarde"], rows, [45, 125])]

    def _corrections(self, corrections: list[dict]) -> list:
        out = [self.p("Correcties van uw gegevens", "h2")]
        if not corrections:
            return [*out, self.p("Er zijn geen gegevens van u gecorrigeerd.")]
        rows = [
            (
                _text(c["occurred_at"]),
                FIELD_LABELS.get(c["field"], c["field"]),
                _text(c["old_value"]) or "(leeg)",
                _text(c["new_value"]) or "(leeg)",
                c["reason"],
                c.get("staff_id_naam", ""),
            )
            for c in corrections
        ]
        heads = ["Datum", "Gegeven", "Was", "Werd", "Reden", "Door"]
        return [*out, self.grid(heads, rows, [26, 22, 28, 28, 42, 24])]

    def _table(self, heading: str, columns: list, widths: list, rows: list[dict]) -> list:
        out = [self.p(heading, "h2")]
        if not rows:
            return [*out, self.p("Geen.")]
        cells = [tuple(_cell(row, key) for key, _ in columns) for row in rows]
        return [*out, self.grid([head for _, head in columns], cells, widths)]

    def _others(self, data: dict) -> list:
        shown = {"klant", "correcties", *TABLES}
        out = []
        for section, rows in data.items():
            if section in shown or not rows:
                continue
            if not out:
                out.append(self.p("Overige gegevens", "h2"))
            out.append(self.p(section.replace("_", " ").capitalize(), "label"))
            for row in rows:
                parts = [
                    f"{KEY_LABELS.get(key, key.replace('_', ' '))}: {_cell(row, key)}"
                    for key, value in row.items()
                    if key not in HIDDEN
                    and not key.endswith(("_id", "_by", "_to"))
                    and value not in ({}, [])
                    and key + "_naam" not in row
                    and _text(value)
                ]
                out.append(self.p(breakable("; ".join(parts), 170), "small"))
        return out

    def _processing(self, rows: list[dict]) -> list:
        out = [
            self.p("Wie heeft uw gegevens ingezien of gewijzigd", "h2"),
            self.p(
                "Elke keer dat een medewerker uw gegevens opende, wijzigde, afdrukte of "
                "doorgaf, is dat vastgelegd. Ook een geweigerde poging staat erin."
            ),
        ]
        cells = [
            (
                _text(p["tijdstip"]),
                p["medewerker"],
                p["functie"],
                p["handeling"] + ("" if p["resultaat"] == "gedaan" else f" ({p['resultaat']})"),
                p["doel"],
            )
            for p in rows
        ]
        heads = ["Wanneer", "Medewerker", "Functie", "Wat", "Waarom"]
        return [*out, self.grid(heads, cells, [26, 30, 30, 34, 50])]

    def _purposes(self, activities: list[dict]) -> list:
        out = [self.p("Waarvoor wij uw gegevens gebruiken en hoe lang", "h2")]
        cells = [(a["naam"], a["doel"], a["grondslag"], a["bewaartermijn"]) for a in activities]
        heads = ["Verwerking", "Doel", "Grondslag", "Bewaartermijn"]
        return [*out, self.grid(heads, cells, [40, 50, 40, 40])]

    def _rights(self, r: dict) -> list:
        return [
            self.p("Uw rechten", "h2"),
            self.p(
                "Klopt een gegeven niet? Dan kunt u vragen het te verbeteren (artikel 16 "
                "AVG); wij leggen dan vast wat er stond, wat er komt te staan en waarom. "
                "U kunt ook bezwaar maken tegen het gebruik van uw gegevens of vragen ze "
                f"te beperken. Neem daarvoor contact op met {r['verantwoordelijke']}. Bent "
                "u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht "
                "indienen bij de Autoriteit Persoonsgegevens."
            ),
        ]


def render_inzage(huisstijl, report: dict, printed_on=None) -> bytes:
    return InzageDocument(huisstijl, report, printed_on).render()
