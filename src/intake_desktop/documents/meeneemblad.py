"""The sheet a client takes home: what to bring to the schuldhulpverlening appointment."""

from __future__ import annotations

import io
from datetime import date
from xml.sax.saxutils import escape

from intake_desktop.documents.fonts import BOLD, REGULAR, register_fonts
from intake_desktop.domain.validation import format_date


def render_meeneemblad(
    client_name: str,
    items: list[str] | tuple[str, ...],
    organisation: str,
    today: date | None = None,
    appointment: tuple[str, str, str] | None = None,
) -> bytes:
    """``appointment``: (when, where, with whom) of the booked first talk, if any."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=11, leading=15)
    title = ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=6)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=12)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Wat neemt u mee?",
        author=organisation,
        subject="Afspraak schuldhulpverlening",
    )
    story = [
        Paragraph(organisation, small),
        Spacer(1, 6 * mm),
        Paragraph("Wat neemt u mee naar uw afspraak bij schuldhulpverlening?", title),
        Paragraph(f"Voor: {escape(client_name)}", body),
        Paragraph(f"Datum: {format_date(today or date.today())}", body),
        *_appointment(appointment, body, title),
        Spacer(1, 5 * mm),
        Paragraph(
            "Neemt u deze papieren mee. Zo kunnen we u bij de eerste afspraak meteen "
            "verder helpen.",
            body,
        ),
        Spacer(1, 3 * mm),
        ListFlowable(
            [ListItem(Paragraph(item, body), value="\u2610") for item in items],
            bulletType="bullet",
            bulletFontName=REGULAR,
            start="\u2610",
            leftIndent=14,
        ),
        Spacer(1, 6 * mm),
        Paragraph("Heeft u iets niet? Kom dan toch: we zoeken het samen uit.", body),
    ]
    doc.build(story)
    return buffer.getvalue()


def _appointment(appointment, body, title) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    if appointment is None:
        return []
    when, where, who = (escape(part) for part in appointment)
    return [
        Spacer(1, 5 * mm),
        Paragraph("Uw afspraak", title),
        Paragraph(f'<font name="{BOLD}">Wanneer:</font> {when}', body),
        Paragraph(f'<font name="{BOLD}">Waar:</font> {where}', body),
        Paragraph(f'<font name="{BOLD}">Met:</font> {who}', body),
    ]
