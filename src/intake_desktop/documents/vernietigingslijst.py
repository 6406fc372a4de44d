"""The proof of destruction (Archiefwet): a Vernietigingslijst as drawn up, approved
and carried out, in the house style (services/beheer/vernietiging_bewijs.py). Only
klantnummers, references, dates and terms: no name or BSN survives a destruction."""

from __future__ import annotations

from intake_desktop.documents.branded import BrandedDocument
from intake_desktop.domain.validation import format_date

STATUS = {
    "opgesteld": "Opgesteld, wacht op goedkeuring",
    "goedgekeurd": "Goedgekeurd",
    "afgewezen": "Afgewezen: er is niets vernietigd",
    "uitgevoerd": "Goedgekeurd en uitgevoerd",
}
OUTCOME = {
    "vernietigd": "vernietigd",
    "overgeslagen": "overgeslagen (niet meer te vernietigen)",
    "": "te vernietigen",
}


def _date(value) -> str:
    from datetime import date

    if not value:
        return ""
    return format_date(date.fromisoformat(value) if isinstance(value, str) else value)


class VernietigingslijstDocument(BrandedDocument):
    title = "Verklaring van vernietiging"
    subject = "Vernietigingslijst (Archiefwet, Selectielijst gemeenten 2020)"

    def __init__(self, huisstijl, view, terms: dict[str, str], printed_on=None):
        super().__init__(huisstijl, printed_on=printed_on)
        self.view = view
        self.terms = terms
        if view.status != "uitgevoerd":  # nothing destroyed (yet): no declaration
            self.title = "Vernietigingslijst"

    def story(self) -> list:
        v = self.view
        done = v.status == "uitgevoerd"
        decided = ""
        if v.decided_at:
            decided = v.decided_at.astimezone().strftime("%d-%m-%Y %H:%M")
        facts = [
            ("Lijst", str(v.id)),
            ("Peildatum", _date(v.peildatum)),
            ("Status", STATUS.get(v.status, v.status)),
            ("Opgesteld door", f"{v.made_by_name} (beheerder)"),
            ("Opgesteld op", v.created_at.astimezone().strftime("%d-%m-%Y %H:%M")),
            ("Besloten door", f"{v.decided_by_name} (teamleider)" if v.decided_by_name else ""),
            ("Besloten op", decided),
            ("Toelichting", v.decision_note),
            ("Dossiers", str(len(v.entries))),
        ]
        facts = [(label, value) for label, value in facts if value]
        rows = [
            (
                e.get("klantnummer", ""),
                _date(e.get("closed_on")),
                _date(e.get("destroy_on")),
                f"{self.terms.get(e.get('termijn', ''), e.get('termijn', ''))} "
                f"({e.get('categorie', '')})",
                OUTCOME.get(e.get("uitkomst", ""), e.get("uitkomst", "")),
                e.get("client_ref", "")[:10],
            )
            for e in v.entries
        ]
        if done:
            intro = (
                "Deze dossiers zijn vernietigd omdat hun bewaartermijn volgens de "
                "Selectielijst gemeenten en intergemeentelijke organen 2020 was verstreken. "
                "Een beheerder stelde de lijst op; een tweede persoon keurde haar goed. "
                "Van elk dossier zijn alle gegevens verwijderd, ook concepten, notities en "
                "ondertekende trajectplannen; het auditlogboek bewaart alleen een verwijzing "
                "zonder naam of BSN. De tellingen van de monitoring blijven staan."
            )
        elif v.status == "afgewezen":
            intro = "Deze lijst is afgewezen. Er is niets vernietigd."
        else:
            intro = (
                "Deze dossiers komen in aanmerking voor vernietiging: hun bewaartermijn "
                "volgens de Selectielijst gemeenten en intergemeentelijke organen 2020 is "
                "verstreken. Er is nog niets vernietigd; een teamleider die de lijst niet "
                "zelf opstelde, keurt haar goed of wijst haar af."
            )
        return [
            self.p(self.title, "title"),
            self.p(intro),
            self.grid(["Gegeven", "Waarde"], facts, [40, 130]),
            self.p("Dossiers", "h2"),
            self.grid(
                ["Klantnr.", "Afgesloten", "Vernietigen vanaf", "Termijn", "Uitkomst",
                 "Verwijzing"],
                rows,
                [25, 22, 26, 49, 26, 22],
            ),
            self.p(
                "Verwijzing: het begin van de SHA-256 van het klantnummer in het systeem, "
                "zoals het auditlogboek die bewaart (de CSV heeft haar volledig).",
                "small",
            ),
            self.p("Handtekening archivaris of teamleider", "h2"),
            self.p("Naam: ____________________________ Datum: ______________"),
        ]  # fmt: skip


def render_vernietigingslijst(huisstijl, view, terms: dict[str, str], printed_on=None) -> bytes:
    return VernietigingslijstDocument(huisstijl, view, terms, printed_on).render()
