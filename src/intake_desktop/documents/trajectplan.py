"""The trajectplan as the client and the klantmanager sign it.

Rendered from a snapshot (a plain dict made by ``services.trajectplan``): names, labels
and dates are resolved when the snapshot is taken, so a signed version prints the same
even after the configuration changes. One method per section.
"""

from __future__ import annotations

from datetime import date

from intake_desktop.documents.branded import BrandedDocument
from intake_desktop.domain.validation import format_date


def _day(value) -> str:
    if not value:
        return ""
    return format_date(date.fromisoformat(value) if isinstance(value, str) else value)


# The activities table: its headers, and the widths (mm) it wishes for the fixed columns
# (None: the rest of the page). A header word never breaks: a column is widened to it.
ACTIVITY_HEADS = ("Doel", "Activiteit of dienst", "Soort", "Wie", "Van", "Tot", "Status")
ACTIVITY_WIDTHS_MM = (14, None, 15, 37, 21, 21, 18)
CELL_PADDING_PT = 8  # LEFTPADDING + RIGHTPADDING of BrandedDocument.table_style


def header_width_mm(head: str) -> float:
    """What the widest word of a bold table header needs, padding included."""
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from intake_desktop.documents.fonts import BOLD, register_fonts

    register_fonts()
    widest = max(stringWidth(word, BOLD, 8.5) for word in head.split())
    return (widest + CELL_PADDING_PT + 1) / mm


def activity_widths_mm() -> list[float | None]:
    return [
        max(wish, header_width_mm(head)) if wish else None
        for head, wish in zip(ACTIVITY_HEADS, ACTIVITY_WIDTHS_MM, strict=True)
    ]


class TrajectplanDocument(BrandedDocument):
    title = "Trajectplan"
    subject = "Trajectplan: doelen, activiteiten en afspraken"

    def __init__(self, huisstijl, snapshot: dict, *, printed_on=None):
        self.snapshot = snapshot
        version = f"versie {snapshot.get('version_no', 1)}"
        if snapshot.get("status_label"):
            version += f" ({snapshot['status_label'].lower()})"
        signed = snapshot.get("signed", {}).get("on")
        super().__init__(
            huisstijl,
            version_label=version,
            printed_on=date.fromisoformat(signed) if signed else printed_on,
            date_label="vastgelegd op" if signed else "afgedrukt op",
        )

    def author(self) -> str:
        klantmanager = self.snapshot.get("klantmanager", "")
        return f"{klantmanager}, {self.huisstijl.organisatie}" if klantmanager else super().author()

    def story(self) -> list:
        return [
            *self.heading(),
            *self.identification(),
            *self.doelperspectief(),
            *self.goals(),
            *self.activities(),
            *self.agreements(),
            # The signatures never stand alone on the last page: the last section
            # moves along with them.
            self.keep_together([*self.follow_up(), *self.signatures()]),
        ]

    @staticmethod
    def keep_together(flowables: list):
        from reportlab.platypus import KeepTogether

        return KeepTogether(flowables)

    # --- sections ---------------------------------------------------------------------
    def heading(self) -> list:
        s = self.snapshot
        return [
            self.p("Trajectplan", "title"),
            self.p(
                f"Versie {s.get('version_no', 1)} · {s.get('status_label', '')}"
                + (f" · klantgroep {s['klantgroep']}" if s.get("klantgroep") else ""),
                "small",
            ),
        ]

    def identification(self) -> list:
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer, Table

        c = self.snapshot["client"]
        rows = [
            ("Naam", c.get("name", "")),
            ("Geboortedatum", _day(c.get("birth_date"))),
            ("BSN", c.get("bsn_masked", "")),
            ("Adres", c.get("address", "")),
            ("Klantmanager", self.snapshot.get("klantmanager", "")),
        ]
        table = Table(
            [[self.p(k, "label"), self.p(v)] for k, v in rows],
            colWidths=[38 * mm, None],
            hAlign="LEFT",
        )
        return [Spacer(1, 3 * mm), self.p("Klant en klantmanager", "h2"), table]

    def doelperspectief(self) -> list:
        from reportlab.platypus import KeepTogether

        text = self.snapshot.get("doelperspectief") or "(nog niet ingevuld)"
        return [
            KeepTogether(
                [
                    self.p("Doelperspectief", "h2"),
                    self.p("Waar werken klant en gemeente samen naartoe:", "small"),
                    self.p(text),
                ]
            )
        ]

    def goals(self) -> list:
        from reportlab.lib.units import mm
        from reportlab.platypus import Table

        goals = self.snapshot.get("goals", [])
        if not goals:
            return [self.p("Doelen per leefgebied", "h2"), self.p("Nog geen doelen vastgelegd.")]
        head = [self.p(h, "cell_head") for h in ("Nr", "Leefgebied", "Doel", "Uiterlijk", "Status")]
        rows = [head] + [
            [
                self.p(str(n), "cell"),
                self.p(g.get("domain", ""), "cell"),
                self.p(g.get("description", ""), "cell"),
                self.p(_day(g.get("due_on")), "cell"),
                self.p(g.get("status_label", ""), "cell"),
            ]
            for n, g in enumerate(goals, start=1)
        ]
        table = Table(
            rows, colWidths=[10 * mm, 32 * mm, None, 22 * mm, 22 * mm], repeatRows=1, hAlign="LEFT"
        )
        table.setStyle(self.table_style())
        return [self.p("Doelen per leefgebied", "h2"), table]

    def activities(self) -> list:
        from reportlab.lib.units import mm
        from reportlab.platypus import Table

        rows = [[self.p(h, "cell_head") for h in ACTIVITY_HEADS]]
        for n, goal in enumerate(self.snapshot.get("goals", []), start=1):
            for a in goal.get("activities", []):
                what = a.get("product", "")
                if a.get("description"):
                    what += f"\n{a['description']}"
                rows.append(
                    [
                        self.p(str(n), "cell"),
                        self.p(what, "cell"),
                        self.p(a.get("kind_label", ""), "cell"),
                        self.p(a.get("responsible", ""), "cell"),
                        self.p(_day(a.get("starts_on")), "cell"),
                        self.p(_day(a.get("ends_on")), "cell"),
                        self.p(a.get("status_label", ""), "cell"),
                    ]
                )
        if len(rows) == 1:
            return [self.p("Activiteiten en diensten", "h2"), self.p("Nog geen activiteiten.")]
        table = Table(
            rows,
            colWidths=[w * mm if w else None for w in activity_widths_mm()],
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(self.table_style())
        return [self.p("Activiteiten en diensten", "h2"), table]

    def agreements(self) -> list:
        from reportlab.platypus import KeepTogether

        s = self.snapshot
        return [
            KeepTogether(
                [
                    self.p("Afspraken voor de klant", "h2"),
                    self.p(s.get("afspraken_klant") or "(geen)"),
                ]
            ),
            KeepTogether(
                [
                    self.p("Afspraken voor de gemeente", "h2"),
                    self.p(s.get("afspraken_gemeente") or "(geen)"),
                ]
            ),
        ]

    def follow_up(self) -> list:
        from reportlab.platypus import KeepTogether

        s = self.snapshot
        talk = _day(s.get("next_progress_talk_on")) or "wordt nog gepland"
        return [
            KeepTogether(
                [
                    self.p("Vervolg", "h2"),
                    self.p(f"Volgend voortgangsgesprek: {talk}."),
                    self.p(
                        f"Uw klantmanager {s.get('klantmanager', '')} is uw vaste contactpersoon "
                        "voor alles in dit plan. Verandert er iets in uw situatie, meld het dan."
                    ),
                ]
            )
        ]

    def signatures(self) -> list:
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

        s = self.snapshot
        signed = s.get("signed", {})
        place = signed.get("place", "")
        when = _day(signed.get("on"))

        def block(who: str, name: str) -> list:
            return [
                self.p(who, "label"),
                self.p(f"Naam: {name}"),
                self.p(f"Datum: {when or '....................'}"),
                self.p(f"Plaats: {place or '....................'}"),
                Spacer(1, 14 * mm),
                self.p("Handtekening: ______________________", "body"),
            ]

        table = Table(
            [
                [
                    block("Klant", s["client"].get("name", "")),
                    block("Klantmanager", s.get("klantmanager", "")),
                ]
            ],
            colWidths=["50%", "50%"],
        )
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [
            KeepTogether(
                [
                    self.p("Ondertekening", "h2"),
                    self.p(
                        "Klant en klantmanager hebben dit plan samen gemaakt en besproken. Met "
                        "hun handtekening spreken zij af zich eraan te houden.",
                        "small",
                    ),
                    Spacer(1, 3 * mm),
                    table,
                ]
            )
        ]
