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


def clean(value: str | None) -> str:
    return " ".join((value or "").split())


def tidy(value: str | None) -> str:
    """Text with paragraphs: each line cleaned, empty lines at the ends dropped, line
    breaks kept (``clean`` would join the lines)."""
    lines = [clean(line) for line in (value or "").splitlines()]
    return "\n".join(lines).strip("\n")
