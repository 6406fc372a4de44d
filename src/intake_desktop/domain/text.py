"""Text normalisation for names and search keys."""

from __future__ import annotations

import unicodedata

# Dutch surname prefixes; "de Vries" is found under "vries".
TUSSENVOEGSELS = frozenset(
    "van de der den het 't ter ten te in op aan uit bij onder voor over d' la le l' von zu".split()
)


def search_key(text: str) -> str:
    """Lower case without accents: "Maës" -> "maes", "Çelik" -> "celik"."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def strip_tussenvoegsel(words: list[str]) -> list[str]:
    """Drop leading surname prefixes ("van der Berg" -> ["berg"])."""
    rest = list(words)
    while len(rest) > 1 and rest[0] in TUSSENVOEGSELS:
        rest.pop(0)
    return rest


# Characters that show nothing or turn text around: control characters (NUL, BEL…),
# bidi overrides and isolates (a name that reads differently than it sorts), zero-width
# spaces and the BOM. The joiners that emoji and some scripts need (U+200C, U+200D) stay.
_INVISIBLE = dict.fromkeys(
    [c for c in range(0x20) if chr(c) not in "\t\n\r\x0b\x0c"]
    + [0x7F, *range(0x80, 0xA0), 0x200B, 0x200E, 0x200F, *range(0x202A, 0x202F)]
    + [0x2060, *range(0x2066, 0x206A), 0xFEFF]
)


def clean(value: str | None) -> str:
    """One line as stored: composed (NFC, so an "ë" typed as e + ¨ is the same "ë"),
    without invisible and control characters, runs of white space made one space."""
    text = unicodedata.normalize("NFC", (value or "").translate(_INVISIBLE))
    return " ".join(text.split())


def tidy(value: str | None) -> str:
    """Text with paragraphs: each line cleaned, empty lines at the ends dropped, line
    breaks kept (``clean`` would join the lines)."""
    lines = [clean(line) for line in (value or "").splitlines()]
    return "\n".join(lines).strip("\n")
