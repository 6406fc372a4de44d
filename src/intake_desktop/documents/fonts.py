"""The bundled DejaVu font, so ë, é, ï and € print on every machine."""

from __future__ import annotations

from intake_desktop.config import resources_dir

REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"


def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
