"""What the inburgering screens get: a duty, its procedures with their recorded steps
(with their runs) and what may come next. Built by ``inburgering.overview``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from intake_desktop.config.inburgering import InburgeringConfig, Procedure, Stap
from intake_desktop.db.models import Inburgeringsplicht, InburgeringStap
from intake_desktop.domain.inburgering import (
    progress,
)
from intake_desktop.services.traject.errors import (
    BLOCKED,
)


# --- the read model -------------------------------------------------------------
@dataclass(frozen=True)
class StepRow:
    id: uuid.UUID
    procedure: str
    step: str
    step_name: str
    run: int  # 1 for the procedure's first run, 2 for a second, ...
    occurred_on: date
    decision: str
    amount_cents: int | None
    reason: str
    new_deadline: date | None
    has_letter: bool
    letter_printed_at: datetime | None
    recorded_by: str


@dataclass(frozen=True)
class ProcedureState:
    code: str
    naam: str
    steps: tuple[StepRow, ...]  # in the order they were recorded
    next_step: Stap | None  # what may be recorded now (None: nothing)
    blocked: str  # why nothing may be recorded now (a Dutch template), else ""
    run: int  # the run the next step belongs to


@dataclass(frozen=True)
class DutyView:
    id: uuid.UUID
    duty_since: date
    deadline: date
    status: str
    version: int  # for optimistic locking


@dataclass(frozen=True)
class Overview:
    client_id: uuid.UUID
    client_name: str
    duty: DutyView | None
    procedures: tuple[ProcedureState, ...]
    days_left: int | None  # until the deadline; negative when it has passed
    overdue: bool  # the deadline has passed while the duty still runs
    can_edit: bool  # the actor may record steps

    def procedure(self, code: str) -> ProcedureState | None:
        return next((p for p in self.procedures if p.code == code), None)


def procedure_state(
    config: InburgeringConfig,
    procedure: Procedure,
    duty: Inburgeringsplicht | None,
    steps: list[InburgeringStap],
    names: dict,
) -> ProcedureState:
    """One procedure's recorded steps (with their runs) and what may come next."""
    now = progress(config, procedure, duty, steps)
    rows = tuple(
        StepRow(
            s.id,
            s.procedure,
            s.step,
            procedure.stap(s.step).naam if procedure.stap(s.step) else s.step,
            run,
            s.occurred_on,
            s.decision or "",
            s.amount_cents,
            s.reason or "",
            s.new_deadline,
            bool(procedure.stap(s.step) and procedure.stap(s.step).brief),
            s.letter_printed_at,
            names.get(s.recorded_by, ""),
        )
        for s, run in zip(now.steps, now.runs, strict=True)
    )
    blocked = BLOCKED[now.blocked].template if now.blocked else ""
    return ProcedureState(procedure.code, procedure.naam, rows, now.next_step, blocked, now.run)
