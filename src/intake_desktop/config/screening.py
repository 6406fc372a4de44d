"""screening.toml: the checklist of the poortwachter at the first screening."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from intake_desktop.config.schema import Loaded, key, read

FILE = "screening.toml"


@dataclass(frozen=True, kw_only=True)
class ScreeningQuestion:
    code: str = key(max_length=64)
    tekst: str = key(max_length=200)
    soort: Literal["ja_nee", "tekst"]
    acuut: bool = False  # a "ja" means acute need


@dataclass(frozen=True, kw_only=True)
class Screening:
    vraag: tuple[ScreeningQuestion, ...] = key(min_items=1, unique="code")


def load(folder: Path) -> Loaded[Screening]:
    screening, source = read(folder / FILE, Screening)
    for index, question in enumerate(screening.vraag):
        if question.acuut and question.soort != "ja_nee":
            source.fail(
                ["vraag", index, "acuut"],
                "acuut = true kan alleen bij een vraag met soort 'ja_nee'.",
            )
    return Loaded(screening, source)
