"""Rendering the trajectplan: the program's branded document against a bare ReportLab
document with the same text, in the same run; then a batch of 1,000 plans written to disk.

    .venv/bin/python bench/bench_trajectplan.py [--batch N]

Targets: (a) median render of a three-page plan <= 50 ms and program / bare <= 3.0;
(b) 1,000 plans rendered and written atomically <= 60 s.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from copy import deepcopy
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from intake_desktop.config import load_config
from intake_desktop.documents.fonts import BOLD, REGULAR, register_fonts
from intake_desktop.documents.output import write_atomically
from intake_desktop.documents.trajectplan import TrajectplanDocument
from intake_desktop.domain.validation import format_date

RENDERS = 30
WARM_UP = 3
BATCH = 1_000
TARGET_MEDIAN_MS = 50.0
TARGET_RATIO = 3.0
TARGET_BATCH_S = 60.0


def _day(iso: str) -> str:
    """dd-mm-jjjj, as the document prints an ISO date."""
    return format_date(date.fromisoformat(iso)) if iso else ""


def activity(product, description, kind, responsible, start, end, status="Loopt"):
    return {
        "product": product,
        "description": description,
        "kind_label": kind,
        "responsible": responsible,
        "starts_on": start,
        "ends_on": end,
        "status_label": status,
    }


GOALS = [
    (
        "Werk",
        "Binnen een jaar betaald werk van minstens 24 uur per week in de logistiek of de "
        "horeca, met een contract van zes maanden of langer.",
        [
            activity(
                "Werkfit-traject",
                "Vier dagdelen per week oefenen met werkritme, samenwerken en afspraken "
                "nakomen in het leerwerkbedrijf.",
                "Intern",
                "Karin Klant",
                "2026-12-01",
                "2027-03-01",
            ),
            activity(
                "Sollicitatietraining",
                "Cv bijwerken, motivatiebrief en gesprekken oefenen.",
                "Intern",
                "Werkgeversservicepunt",
                "2027-01-10",
                "2027-02-20",
            ),
            activity(
                "Heftruckcertificaat",
                "Praktijkopleiding met examen; de gemeente betaalt de opleiding.",
                "Extern",
                "Opleidingscentrum Voorbeeld",
                "2027-02-01",
                "2027-04-15",
            ),
        ],
    ),
    (
        "Financiën",
        "De huurachterstand is afgelost en er komen geen nieuwe schulden bij; vaste lasten "
        "worden automatisch betaald.",
        [
            activity(
                "Budgetcoaching",
                "Elke twee weken samen het huishoudboekje doornemen.",
                "Extern",
                "Stichting Geldzorg",
                "2026-12-05",
                "2027-06-05",
            ),
            activity(
                "Betalingsregeling woningcorporatie",
                "Afspraak over aflossing van de achterstand in twaalf termijnen.",
                "Extern",
                "Woonstichting Voorbeeld",
                "2026-12-15",
                "2027-12-15",
            ),
        ],
    ),
    (
        "Taal",
        "Nederlands op niveau B1 spreken en schrijven, zodat gesprekken met werkgevers en "
        "instanties zonder hulp lukken.",
        [
            activity(
                "Taalcursus B1",
                "Twee ochtenden per week in het Taalhuis, met toets aan het eind.",
                "Extern",
                "Taalhuis Voorbeeld",
                "2027-01-05",
                "2027-07-01",
            ),
            activity(
                "Taalmaatje",
                "Een vrijwilliger oefent wekelijks gesprekken op het werk.",
                "Extern",
                "Vrijwilligerscentrale",
                "2027-01-15",
                "2027-07-15",
            ),
        ],
    ),
    (
        "Gezondheid",
        "Beter slapen en meer bewegen, zodat een volle werkweek vol te houden is.",
        [
            activity(
                "Beweegprogramma",
                "Twee keer per week sporten onder begeleiding.",
                "Extern",
                "Buurtsportcoach",
                "2026-12-10",
                "2027-03-10",
            ),
        ],
    ),
    (
        "Sociaal netwerk",
        "Contacten opbouwen buiten het gezin, onder andere via vrijwilligerswerk.",
        [
            activity(
                "Vrijwilligerswerk voedselbank",
                "Eén dagdeel per week sorteren en uitdelen.",
                "Extern",
                "Voedselbank Voorbeeld",
                "2026-12-01",
                "2027-06-01",
            ),
            activity(
                "Buurtkamer",
                "Wekelijkse inloop met koffie en activiteiten.",
                "Extern",
                "Welzijn Voorbeeld",
                "2026-12-01",
                "",
                "Gepland",
            ),
        ],
    ),
]

SNAPSHOT = {
    "version_no": 2,
    "status_label": "Ondertekend",
    "klantgroep": "Groeien",
    "client": {
        "name": "Noël Maës",
        "birth_date": "1990-01-01",
        "bsn_masked": "******019",
        "address": "Kerkstraat 12 A, 1234 AB Voorbeeld",
    },
    "klantmanager": "Karin Klant",
    "doelperspectief": (
        "Noël wil binnen een jaar weer zelf zijn inkomen verdienen, het liefst als "
        "heftruckchauffeur in een magazijn. Hij heeft ervaring in de logistiek en is "
        "betrouwbaar, maar zit al twintig maanden thuis, heeft een huurachterstand en "
        "spreekt nog niet goed genoeg Nederlands voor de meeste vacatures. In dit plan "
        "werken we eerst aan werkritme, taal en geldzaken, en daarna gericht aan werk. "
        "Noël zorgt er zelf voor dat hij op alle afspraken komt en meldt het als iets niet "
        "lukt; de gemeente zorgt voor de opleidingen, de begeleiding en de contacten met "
        "werkgevers. Na een half jaar kijken we samen of het plan nog klopt."
    ),
    "goals": [
        {
            "domain": domain,
            "description": description,
            "due_on": "2027-12-01",
            "status_label": "Loopt",
            "activities": activities,
        }
        for domain, description, activities in GOALS
    ],
    "afspraken_klant": (
        "Noël komt op alle afspraken en bij de activiteiten uit dit plan, of meldt zich "
        "vooraf af bij zijn klantmanager.\n"
        "Hij schrijft zich in als werkzoekende en solliciteert vanaf februari minstens twee "
        "keer per maand.\n"
        "Hij geeft wijzigingen in inkomen, woonsituatie of gezondheid binnen een week door.\n"
        "Hij houdt het huishoudboekje bij en neemt het mee naar de budgetcoach."
    ),
    "afspraken_gemeente": (
        "De gemeente betaalt de opleidingen en de reiskosten naar de activiteiten.\n"
        "De klantmanager belt elke maand om te horen hoe het gaat, en regelt een gesprek "
        "met het werkgeversservicepunt zodra het heftruckcertificaat er is.\n"
        "De gemeente bemiddelt bij de woningcorporatie over de betalingsregeling."
    ),
    "next_progress_talk_on": "2027-03-15",
    "signed": {"on": "2026-11-20", "place": "Voorbeeld"},
}


def plan_for(number: int) -> dict:
    """Each plan of the batch its own client, as a real batch would have."""
    snapshot = deepcopy(SNAPSHOT)
    snapshot["client"]["name"] = f"Noël Maës-{number:04d}"
    snapshot["goals"][0]["description"] += f" (plan {number})"
    return snapshot


def plain_texts(snapshot: dict) -> tuple[list, list[list[str]], list]:
    """The same text as the document: (style, text) paragraphs before and after one
    table of the activities."""
    c = snapshot["client"]
    before = [
        ("title", "Trajectplan"),
        ("body", f"Versie {snapshot['version_no']} · {snapshot['status_label']}"),
        ("h2", "Klant en klantmanager"),
        *[
            ("body", f"{k}: {v}")
            for k, v in (
                ("Naam", c["name"]),
                ("Geboortedatum", _day(c["birth_date"])),
                ("BSN", c["bsn_masked"]),
                ("Adres", c["address"]),
                ("Klantmanager", snapshot["klantmanager"]),
            )
        ],
        ("h2", "Doelperspectief"),
        ("body", snapshot["doelperspectief"]),
        ("h2", "Doelen per leefgebied"),
        *[
            (
                "body",
                f"{n}. {g['domain']}: {g['description']} ({_day(g['due_on'])}, {g['status_label']})",
            )
            for n, g in enumerate(snapshot["goals"], start=1)
        ],
        ("h2", "Activiteiten en diensten"),
    ]
    after = [
        ("h2", "Afspraken voor de klant"),
        ("body", snapshot["afspraken_klant"]),
        ("h2", "Afspraken voor de gemeente"),
        ("body", snapshot["afspraken_gemeente"]),
        ("h2", "Vervolg"),
        ("body", f"Volgend voortgangsgesprek: {_day(snapshot['next_progress_talk_on'])}."),
        ("h2", "Ondertekening"),
        ("body", f"{c['name']} · {snapshot['klantmanager']} · {snapshot['signed']['place']}"),
    ]
    rows = [["Doel", "Activiteit of dienst", "Soort", "Wie", "Van", "Tot", "Status"]]
    for n, goal in enumerate(snapshot["goals"], start=1):
        for a in goal["activities"]:
            rows.append(
                [
                    str(n),
                    f"{a['product']}<br/>{a['description']}",
                    a["kind_label"],
                    a["responsible"],
                    _day(a["starts_on"]),
                    _day(a["ends_on"]),
                    a["status_label"],
                ]
            )
    return before, rows, after


def bare_render(snapshot: dict) -> bytes:
    """SimpleDocTemplate, Paragraphs and one Table, the same DejaVu font; nothing else."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=14)
    styles = {
        "body": body,
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=17, leading=21),
        "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=12, leading=16, spaceBefore=10),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12),
    }
    before, rows, after = plain_texts(snapshot)

    def paragraphs(items):
        return [Paragraph(text.replace("\n", "<br/>"), styles[style]) for style, text in items]

    table = Table(
        [[Paragraph(cell, styles["cell"]) for cell in row] for row in rows],
        colWidths=[10 * mm, None, 15 * mm, 30 * mm, 21 * mm, 21 * mm, 18 * mm],
        repeatRows=1,
    )
    story = [*paragraphs(before), table, *paragraphs(after)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def render_bench(huisstijl) -> tuple[float, float]:
    program = lambda: TrajectplanDocument(huisstijl, SNAPSHOT).render()  # noqa: E731
    bare = lambda: bare_render(SNAPSHOT)  # noqa: E731
    first, plain = program(), bare()
    print(f"program: {pages(first)} pages, {len(first) / 1024:.0f} KiB")
    print(f"bare:    {pages(plain)} pages, {len(plain) / 1024:.0f} KiB")
    assert pages(first) == 3, f"the plan should have 3 pages, has {pages(first)}"
    for _ in range(WARM_UP):
        program(), bare()
    times: dict[str, list[float]] = {"program": [], "bare": []}
    for round_number in range(RENDERS):
        # Interleaved, and alternating which side goes first.
        order = (("program", program), ("bare", bare))
        for side, render in order if round_number % 2 else order[::-1]:
            started = time.perf_counter()
            render()
            times[side].append((time.perf_counter() - started) * 1000)
    median = {side: statistics.median(values) for side, values in times.items()}
    for side, values in times.items():
        print(
            f"  {side:8} median {median[side]:6.1f} ms   min {min(values):6.1f} ms"
            f"   max {max(values):6.1f} ms   (n={len(values)})"
        )
    return median["program"], median["bare"]


def batch_bench(huisstijl, count: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory(prefix="bench-trajectplan-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        size = 0
        for number in range(count):
            data = TrajectplanDocument(huisstijl, plan_for(number)).render()
            write_atomically(folder / f"trajectplan-{number:04d}.pdf", data)
            size += len(data)
        program = time.perf_counter() - started
        written = len(list(folder.glob("*.pdf")))
        assert written == count, (written, count)
        # Baseline: the disk alone, the same number of files of the same size.
        blob = b"%" * (size // count)
        started = time.perf_counter()
        for number in range(count):
            write_atomically(folder / f"bare-{number:04d}.pdf", blob)
        disk = time.perf_counter() - started
    print(
        f"  {count} plans rendered and written: {program:6.1f} s  ({count / program:.1f} plans/s)"
    )
    print(f"  the same {count} files written only:  {disk:6.1f} s  ({count / disk:.0f} files/s)")
    return program, disk


def main() -> None:
    count = int(sys.argv[sys.argv.index("--batch") + 1]) if "--batch" in sys.argv else BATCH
    register_fonts()
    huisstijl = load_config().huisstijl
    print(f"(a) one three-page trajectplan, median of {RENDERS} renders after {WARM_UP} warm-up")
    program, bare = render_bench(huisstijl)
    ratio = program / bare
    print(f"  ratio (program / bare): {ratio:.2f}")
    print(
        f"  target median <= {TARGET_MEDIAN_MS:.0f} ms: "
        f"{'MET' if program <= TARGET_MEDIAN_MS else 'NOT MET'} ({program:.1f} ms)"
    )
    print(
        f"  target ratio <= {TARGET_RATIO}: {'MET' if ratio <= TARGET_RATIO else 'NOT MET'} "
        f"({ratio:.2f})"
    )
    print(f"\n(b) a batch of {count} plans, each written with write_atomically (fsync)")
    seconds, _disk = batch_bench(huisstijl, count)
    target = TARGET_BATCH_S * count / BATCH
    print(
        f"  target <= {target:.0f} s: {'MET' if seconds <= target else 'NOT MET'} ({seconds:.1f} s)"
    )


if __name__ == "__main__":
    main()
