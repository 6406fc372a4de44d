"""verwerkingsregister.toml: the municipality's register of processing activities (AVG
art. 30) as far as this program processes personal data. Every audited action on a
client belongs to one activity: the inzage report names its purpose, the Logboek
Dataverwerkingen its code."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from intake_desktop.config.schema import Loaded, key, read

FILE = "verwerkingsregister.toml"


@dataclass(frozen=True, kw_only=True)
class Activiteit:
    code: str = key(max_length=64)
    naam: str = key(max_length=200)
    doel: str = key(max_length=500)
    grondslag: str = key(max_length=300)
    bewaartermijn: str = key(max_length=300)
    register_url: str = key("", max_length=500, empty_ok=True)
    onderwerpen: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Verwerkingsregister:
    standaard: str = key(max_length=64)
    activiteiten: tuple[Activiteit, ...] = key(toml="activiteit", min_items=1, unique="code")

    def activiteit(self, code: str) -> Activiteit:
        return next(a for a in self.activiteiten if a.code == code)

    def of_entity(self, entity: str | None) -> Activiteit:
        """The activity an audited kind of data (``AuditEvent.entity``) belongs to."""
        for activiteit in self.activiteiten:
            if entity and entity in activiteit.onderwerpen:
                return activiteit
        return self.activiteit(self.standaard)


def load(folder: Path) -> Loaded[Verwerkingsregister]:
    loaded = read(folder / FILE, Verwerkingsregister)
    register, source = loaded
    codes = {a.code for a in register.activiteiten}
    if register.standaard not in codes:
        source.fail(
            ["standaard"], f"standaard '{register.standaard}' is geen code van een activiteit"
        )
    seen: dict[str, str] = {}
    for index, activiteit in enumerate(register.activiteiten):
        for entity in activiteit.onderwerpen:
            if entity in seen:
                source.fail(
                    ["activiteit", index, "onderwerpen"],
                    f"onderwerp '{entity}' staat bij '{seen[entity]}' en bij "
                    f"'{activiteit.code}'; een onderwerp hoort bij één activiteit",
                )
            seen[entity] = activiteit.code
    return loaded
