"""The municipality's letterhead for every document: a renderer base class.

``BrandedDocument`` gives a ``BaseDocTemplate`` with a first page (logo, sender block,
title) and later pages (a small running head), a footer with "pagina x van y", the
version and the print date (a numbered canvas draws it once the page count is known),
the bundled DejaVu font (ë, é, ï and € on every machine), the colours from
huisstijl.toml and the PDF metadata. Subclasses add one small method per section and
say which in ``story()``.
"""

from __future__ import annotations

import io
from datetime import date

from intake_desktop.config.huisstijl import Huisstijl
from intake_desktop.documents.fonts import BOLD, REGULAR, register_fonts
from intake_desktop.domain.validation import format_date


def breakable(text: str, width_mm: int) -> str:
    """Very long words (a pasted link, a run of characters) cut to fit the column."""
    longest = max(4, int(width_mm * 0.55))  # characters of 8.5 pt in a column
    words = []
    for word in text.split(" "):
        while len(word) > longest:
            words.append(word[:longest])
            word = word[longest:]
        words.append(word)
    return " ".join(words)


def _numbered_canvas_class(footer):
    """A canvas that keeps every page until the end, then draws ``footer(canvas, page,
    pages)`` on each: the total is only known when the story has been laid out."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class BrandedDocument:
    """Base of every document. ``title`` goes in the header and the PDF metadata."""

    title = ""
    subject = ""

    def __init__(
        self,
        huisstijl: Huisstijl,
        *,
        version_label: str = "",
        printed_on=None,
        date_label: str = "afgedrukt op",
    ):
        self.huisstijl = huisstijl
        self.version_label = version_label
        self.printed_on: date = printed_on or date.today()
        self.date_label = date_label  # "vastgelegd op" for a frozen (signed) version
        register_fonts()
        self.styles = self.stylesheet()

    # --- look ----------------------------------------------------------------------
    def stylesheet(self) -> dict:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.styles import ParagraphStyle

        colour = HexColor(self.huisstijl.kleur)
        body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=14)
        return {
            "body": body,
            "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
            "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11),
            "cell_head": ParagraphStyle(
                "cell_head", parent=body, fontName=BOLD, fontSize=8.5, leading=11
            ),
            "title": ParagraphStyle(
                "title", fontName=BOLD, fontSize=17, leading=21, textColor=colour, spaceAfter=4
            ),
            "h2": ParagraphStyle(
                "h2",
                fontName=BOLD,
                fontSize=12,
                leading=16,
                textColor=colour,
                spaceBefore=10,
                spaceAfter=4,
                keepWithNext=1,  # never a heading alone at the foot of a page
            ),
            "label": ParagraphStyle("label", parent=body, fontName=BOLD),
            "colour": colour,
        }

    def table_style(self, header_rows: int = 1):
        from reportlab.lib.colors import HexColor
        from reportlab.platypus import TableStyle

        return TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), HexColor("#e8eef5")),
                (
                    "LINEBELOW",
                    (0, header_rows - 1),
                    (-1, header_rows - 1),
                    0.8,
                    self.styles["colour"],
                ),
                ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, HexColor("#c8d1da")),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )

    def grid(self, heads: list[str], rows: list[tuple], widths_mm: list[int]):
        """A table 170 mm wide whose rows may break across pages (a long note); words
        longer than a column are broken so nothing runs out of its cell."""
        from reportlab.lib.units import mm
        from reportlab.platypus import Table

        body = [[self.p(h, "cell_head") for h in heads]]
        body += [
            [
                self.p(breakable(str(cell), width), "cell")
                for cell, width in zip(row, widths_mm, strict=True)
            ]
            for row in rows
        ]
        table = Table(
            body,
            colWidths=[w * mm for w in widths_mm],
            repeatRows=1,
            hAlign="LEFT",
            splitInRow=1,
        )
        table.setStyle(self.table_style())
        return table

    def p(self, text: str, style: str = "body"):
        """A paragraph of plain text (escaped; line breaks kept)."""
        from xml.sax.saxutils import escape

        from reportlab.platypus import Paragraph

        return Paragraph(escape(text or "").replace("\n", "<br/>"), self.styles[style])

    # --- page furniture ---------------------------------------------------------------
    def _first_page(self, canvas, doc) -> None:
        from reportlab.lib.units import mm

        h = self.huisstijl
        width, height = doc.pagesize
        top = height - 15 * mm
        canvas.saveState()
        if h.logo is not None:
            canvas.drawImage(
                str(h.logo), doc.leftMargin, top - 16 * mm, 16 * mm, 16 * mm, mask="auto"
            )
        canvas.setFont(BOLD, 11)
        canvas.setFillColor(self.styles["colour"])
        x = doc.leftMargin + (20 * mm if h.logo is not None else 0)
        canvas.drawString(x, top - 6 * mm, h.organisatie)
        canvas.setFont(REGULAR, 9)
        canvas.setFillColorRGB(0.2, 0.2, 0.2)
        canvas.drawString(x, top - 11 * mm, h.afzender)
        lines = [*h.adres, h.telefoon and f"Telefoon {h.telefoon}", h.website]
        y = top - 3 * mm
        for line in [line for line in lines if line]:
            canvas.drawRightString(width - doc.rightMargin, y, line)
            y -= 4 * mm
        canvas.setStrokeColor(self.styles["colour"])
        canvas.setLineWidth(1)
        canvas.line(doc.leftMargin, top - 20 * mm, width - doc.rightMargin, top - 20 * mm)
        canvas.restoreState()

    def _later_page(self, canvas, doc) -> None:
        from reportlab.lib.units import mm

        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColorRGB(0.3, 0.3, 0.3)
        canvas.drawString(
            doc.leftMargin, height - 12 * mm, f"{self.huisstijl.organisatie} · {self.title}"
        )
        canvas.setStrokeColor(self.styles["colour"])
        canvas.line(doc.leftMargin, height - 14 * mm, width - doc.rightMargin, height - 14 * mm)
        canvas.restoreState()

    def _footer(self, canvas, page: int, pages: int) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm

        width = A4[0]
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColorRGB(0.3, 0.3, 0.3)
        left = " · ".join(
            part
            for part in (
                self.title,
                self.version_label,
                f"{self.date_label} {format_date(self.printed_on)}",
            )
            if part
        )
        canvas.drawString(20 * mm, 10 * mm, left)
        canvas.drawRightString(width - 20 * mm, 10 * mm, f"pagina {page} van {pages}")
        canvas.restoreState()

    # --- building -------------------------------------------------------------------
    def story(self) -> list:
        raise NotImplementedError

    def author(self) -> str:
        return self.huisstijl.organisatie

    def render(self) -> bytes:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm
        from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate

        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=20 * mm,
            bottomMargin=18 * mm,
            title=self.title,
            author=self.author(),
            subject=self.subject,
            creator="intake-desktop",
        )
        width, height = A4
        first = Frame(
            doc.leftMargin,
            doc.bottomMargin,
            doc.width,
            height - doc.bottomMargin - 42 * mm,
            id="first",
        )
        later = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="later")
        doc.addPageTemplates(
            [
                PageTemplate("first", [first], onPage=self._first_page),
                PageTemplate("later", [later], onPage=self._later_page),
            ]
        )
        doc.build(
            [NextPageTemplate("later"), *self.story()],
            canvasmaker=_numbered_canvas_class(self._footer),
        )
        return buffer.getvalue()
