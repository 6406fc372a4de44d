"""inburgering.toml: enforcing the inburgering duty, four procedures with their steps."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args

from intake_desktop.config.schema import Loaded, key, read

FILE = "inburgering.toml"
ProcedureCode = Literal["handhaven", "beboeten", "ontheffen", "verlengen"]
PROCEDURES = get_args(ProcedureCode)  # each must be in the file


@dataclass(frozen=True, kw_only=True)
class Stap:
    code: str = key(max_length=32)
    naam: str = key(max_length=200)
    brief: bool = False  # a letter goes with this step
    besluiten: tuple[str, ...] = ()  # the decisions to choose from, if any
    bedrag: bool = False  # asks the fine's amount
    reden: bool = False  # asks the exemption's reason
    nieuwe_termijn: bool = False  # asks the new deadline


@dataclass(frozen=True, kw_only=True)
class Procedure:
    code: ProcedureCode
    naam: str = key(max_length=100)
    redenen: tuple[str, ...] = ()
    stappen: tuple[Stap, ...] = key(min_items=1)

    def stap(self, code: str) -> Stap | None:
        return next((s for s in self.stappen if s.code == code), None)


@dataclass(frozen=True, kw_only=True)
class InburgeringConfig:
    termijn_jaren: int = key(minimum=1, maximum=10)  # from the start of the duty
    boete_max_euro: int = key(minimum=1, maximum=100_000)
    procedures: tuple[Procedure, ...] = key(toml="procedure", min_items=4, unique="code")

    def procedure(self, code: str) -> Procedure | None:
        return next((p for p in self.procedures if p.code == code), None)


def load(folder: Path) -> Loaded[InburgeringConfig]:
    config, source = read(folder / FILE, InburgeringConfig)
    missing = set(PROCEDURES) - {p.code for p in config.procedures}
    if missing:
        source.fail(None, f"de procedure(s) {', '.join(sorted(missing))} ontbreken.")
    for index, procedure in enumerate(config.procedures):
        seen = set()
        for step in procedure.stappen:
            if step.code in seen:
                source.fail(
                    ["procedure", index, "stappen"],
                    f"stap '{step.code}' staat twee keer in procedure '{procedure.code}'.",
                )
            seen.add(step.code)
    return Loaded(config, source)
