"""The rules of the inburgering enforcement (Westland, Bijlagen 4-7), without a database:
the duty's statuses, amounts in euros, which step of a procedure comes next and in which
run, what a step must hold, and the deadline a step's letter shows
(``services/traject/inburgering.py`` applies them in its transactions).

- A procedure's steps are recorded in the configured order, each once per *run*. A run
  ends with its last step; the next step of that procedure is then its first step
  again: a second run (a new request to extend after a refusal, a second exemption
  request, a new handhaving). Runs are told apart by recording order.
- Beboeten starts only after a handhaving decided "Naar beboeten"; each such decision
  opens one beboeten run (when the configuration has no such decision, beboeten is free).
- A step's date is not in the future, not before the duty started, and not before the
  previous step of the same run.
- The first decision of a step that asks an amount, a reason or a new deadline is the
  one that takes effect ("Boete opgelegd", "Ontheffing verleend", "Termijn verlengd"):
  only with that decision is the amount (euros with a comma, more than 0 and at most
  ``boete_max_euro``, stored in cents) or the new deadline (after the current one)
  asked and stored. A reason (from the procedure's ``redenen``) is asked with every
  decision of such a step: it is what the request was based on.
- "Termijn verlengd" moves the duty's deadline; "Ontheffing verleend" sets the status
  to ``ontheffing``. A duty that is no longer running (ontheffing or voldaan) takes no
  more steps.
- A step's letter is made from what was recorded, so a reprint says word for word
  what the first print said: dated on the step's date, with the deadline in effect when
  the step was recorded (``deadline_at``) and signed by the colleague who recorded it.
  One gap, for want of a column: a deadline typed in at registration (instead of the
  configured term) is known until it is first moved; after that, letters of the steps
  before the extension show the configured term after the start.

The rules read the configured procedures (``config.inburgering.InburgeringConfig``) and the
recorded rows (``Inburgeringsplicht``, ``InburgeringStap``) only through the attributes
the protocols below name, so this module imports neither.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol

from intake_desktop.domain.clock import add_years
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.text import clean


class DutyStatus(StrEnum):
    LOOPT = "loopt"
    VOLDAAN = "voldaan"  # the client passed the exam
    ONTHEFFING = "ontheffing"  # exempted


STATUS_LABELS = {
    DutyStatus.LOOPT: QT_TRANSLATE_NOOP("inburgering", "Loopt"),
    DutyStatus.VOLDAAN: QT_TRANSLATE_NOOP("inburgering", "Voldaan"),
    DutyStatus.ONTHEFFING: QT_TRANSLATE_NOOP("inburgering", "Ontheffing"),
}
# The handhaving decision that opens a beboeten run.
TO_FINE = "Naar beboeten"
DECISION_MAX = 32  # the width of inburgering_stap.decision


class Blocked(StrEnum):
    """Why no step of a procedure may be recorded now (services/traject/errors.py has
    the message of each)."""

    NO_DUTY = "no_duty"
    NOT_RUNNING = "not_running"  # voldaan or ontheffing
    FINE_FIRST = "fine_first"  # beboeten waits for a "Naar beboeten" decision


MSG_DATE_REQUIRED = QT_TRANSLATE_NOOP("inburgering", "Vul de datum in.")
MSG_DATE_FUTURE = QT_TRANSLATE_NOOP("inburgering", "De datum ligt in de toekomst.")
MSG_DATE_BEFORE_DUTY = QT_TRANSLATE_NOOP(
    "inburgering", "De datum ligt vóór de start van de inburgeringsplicht."
)
MSG_DATE_BEFORE_PREVIOUS = QT_TRANSLATE_NOOP(
    "inburgering", "De datum ligt vóór de vorige stap van deze procedure."
)
MSG_DECISION = QT_TRANSLATE_NOOP("inburgering", "Kies het besluit.")
MSG_DECISION_TOO_LONG = QT_TRANSLATE_NOOP(
    "inburgering",
    "Dit besluit is langer dan 32 tekens en past niet in de database. "
    "Laat de beheerder inburgering.toml aanpassen.",
)
MSG_REASON = QT_TRANSLATE_NOOP("inburgering", "Kies de reden.")
MSG_AMOUNT_REQUIRED = QT_TRANSLATE_NOOP("inburgering", "Vul het bedrag van de boete in.")
MSG_AMOUNT_FORMAT = QT_TRANSLATE_NOOP(
    "inburgering", "Schrijf het bedrag in euro's met een komma, bijvoorbeeld 250,00."
)
MSG_AMOUNT_ZERO = QT_TRANSLATE_NOOP("inburgering", "Een boete is meer dan € 0,00.")
MSG_AMOUNT_MAX = QT_TRANSLATE_NOOP(
    "inburgering", "Dit is meer dan de hoogste boete die de regels toestaan."
)
MSG_NEW_DEADLINE_REQUIRED = QT_TRANSLATE_NOOP("inburgering", "Vul de nieuwe termijn in.")
MSG_NEW_DEADLINE_BEFORE = QT_TRANSLATE_NOOP(
    "inburgering", "De nieuwe termijn moet na de huidige termijn liggen."
)
MSG_NEW_DEADLINE_PAST = QT_TRANSLATE_NOOP(
    "inburgering", "De nieuwe termijn moet na de datum van het besluit liggen."
)
MSG_SINCE_REQUIRED = QT_TRANSLATE_NOOP(
    "inburgering", "Vul in sinds wanneer de klant inburgeringsplichtig is."
)
MSG_DEADLINE_BEFORE_SINCE = QT_TRANSLATE_NOOP(
    "inburgering", "De termijn moet na de start van de plicht liggen."
)

_EUROS = re.compile(r"^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$")


# --- what the rules read ----------------------------------------------------------------
class Stap(Protocol):
    """A configured step of a procedure."""

    code: str
    naam: str
    brief: bool
    besluiten: tuple[str, ...]
    bedrag: bool
    reden: bool
    nieuwe_termijn: bool


class Procedure(Protocol):
    code: str
    naam: str
    stappen: tuple[Stap, ...]
    redenen: tuple[str, ...]

    def stap(self, code: str) -> Stap | None: ...


class Rules(Protocol):
    """The configuration of inburgering.toml."""

    termijn_jaren: int
    boete_max_euro: int

    def procedure(self, code: str) -> Procedure | None: ...


class Duty(Protocol):
    duty_since: date
    deadline: date
    status: str


class RecordedStep(Protocol):
    id: uuid.UUID
    procedure: str
    step: str
    occurred_on: date
    decision: str | None
    new_deadline: date | None


@dataclass
class StepInput:
    """A step as typed: the amount in euros as text ("250,00")."""

    occurred_on: date | None = None
    decision: str = ""
    amount: str = ""
    reason: str = ""
    new_deadline: date | None = None


# --- money and dates ------------------------------------------------------------------
def parse_euros(text: str) -> int:
    """ "1.250,50" or "€ 250" -> cents; ValueError (a Dutch message) otherwise. A dot
    only groups thousands: "250.50" is refused rather than read as 25050."""
    plain = re.sub(r"\s+", "", (text or "").replace("€", "").replace("\u00a0", ""))
    if not plain:
        raise ValueError(MSG_AMOUNT_REQUIRED)
    match = _EUROS.match(plain)
    if not match:
        raise ValueError(MSG_AMOUNT_FORMAT)
    whole = int(match.group(1).replace(".", ""))
    cents = int((match.group(2) or "0").ljust(2, "0"))
    return whole * 100 + cents


def format_euros(cents: int | None) -> str:
    """ "€ 1.250,50"; empty for no amount."""
    if cents is None:
        return ""
    whole, rest = divmod(cents, 100)
    return f"€ {whole:,}".replace(",", ".") + f",{rest:02d}"


def check_duty(duty_since: date | None, deadline: date | None, today: date) -> dict[str, str]:
    """Field messages for a duty to register: since when (not in the future) and, if
    given, a deadline after the start."""
    if duty_since is None:
        return {"duty_since": MSG_SINCE_REQUIRED}
    if duty_since > today:
        return {"duty_since": MSG_DATE_FUTURE}
    if deadline is not None and deadline <= duty_since:
        return {"deadline": MSG_DEADLINE_BEFORE_SINCE}
    return {}


# --- the order of the steps -----------------------------------------------------------
def takes_effect(stap: Stap, decision: str) -> bool:
    """The first decision of a step with an amount, reason or new deadline is the one
    that does it (fine imposed, exemption granted, deadline extended)."""
    asks = stap.bedrag or stap.reden or stap.nieuwe_termijn
    return bool(asks and stap.besluiten and decision == stap.besluiten[0])


def runs_of(procedure: Procedure, steps: Sequence[RecordedStep]) -> list[int]:
    """The run number of each recorded step: a new run starts at the first step."""
    first = procedure.stappen[0].code
    runs, run = [], 0
    for step in steps:
        if step.step == first or run == 0:
            run += 1
        runs.append(run)
    return runs


def to_fine_open(config: Rules, steps: Sequence[RecordedStep]) -> bool | None:
    """Whether a "Naar beboeten" decision waits for its beboeten run (None: the
    configuration has no such decision, so beboeten needs none)."""
    handhaven = config.procedure("handhaven")
    if handhaven is None or not any(TO_FINE in s.besluiten for s in handhaven.stappen):
        return None
    beboeten = config.procedure("beboeten")
    decided = sum(1 for s in steps if s.procedure == "handhaven" and s.decision == TO_FINE)
    started = sum(
        1 for s in steps if s.procedure == "beboeten" and s.step == beboeten.stappen[0].code
    )
    return decided > started


@dataclass(frozen=True)
class Progress:
    """Where one procedure stands."""

    steps: list  # its recorded steps, in recording order
    runs: list[int]  # the run of each
    next_step: Stap | None  # what may be recorded now (None: nothing)
    blocked: Blocked | None  # why nothing may be recorded now
    run: int  # the run the next step belongs to


def progress(
    config: Rules,
    procedure: Procedure,
    duty: Duty | None,
    steps: Sequence[RecordedStep],
) -> Progress:
    """The procedure's own steps and what comes next (``steps``: all of the duty's
    steps in recording order). A run ends with its last step; then the first step
    comes again."""
    own = [s for s in steps if s.procedure == procedure.code]
    runs = runs_of(procedure, own)
    codes = [s.code for s in procedure.stappen]
    at = codes.index(own[-1].step) if own and own[-1].step in codes else len(codes) - 1
    finished = not own or at == len(codes) - 1
    next_step = procedure.stappen[0] if finished else procedure.stappen[at + 1]
    run = (runs[-1] if runs else 0) + (1 if finished else 0)
    blocked = None
    if duty is None:
        blocked = Blocked.NO_DUTY
    elif duty.status != DutyStatus.LOOPT:
        blocked = Blocked.NOT_RUNNING
    elif procedure.code == "beboeten" and finished and to_fine_open(config, steps) is False:
        blocked = Blocked.FINE_FIRST
    return Progress(own, runs, None if blocked else next_step, blocked, run)


def deadline_at(
    config: Rules,
    duty: Duty,
    steps: Sequence[RecordedStep],
    step: RecordedStep,
) -> date:
    """The deadline in effect when ``step`` was recorded (``steps``: the duty's steps in
    recording order), so a reprinted letter says what the first print said.

    Only "Termijn verlengd" moves a deadline, and only that decision stores a
    ``new_deadline``: the last one recorded before ``step`` is the deadline then. With
    none before it, it is the deadline as registered: the duty's own deadline when it
    was never moved, else the configured term after the start (a deadline typed in at
    registration and later moved is not kept anywhere; see the module note)."""
    at = next((n for n, s in enumerate(steps) if s.id == step.id), len(steps))
    moved = [s.new_deadline for s in steps[:at] if s.new_deadline is not None]
    if moved:
        return moved[-1]
    if not any(s.new_deadline is not None for s in steps):
        return duty.deadline
    return add_years(duty.duty_since, config.termijn_jaren)


# --- what a step must hold ------------------------------------------------------------
def _check_date(
    duty: Duty, previous: RecordedStep | None, on: date | None, today: date
) -> str | None:
    if on is None:
        return MSG_DATE_REQUIRED
    if on > today:
        return MSG_DATE_FUTURE
    if on < duty.duty_since:
        return MSG_DATE_BEFORE_DUTY
    if previous is not None and on < previous.occurred_on:
        return MSG_DATE_BEFORE_PREVIOUS
    return None


def _check_amount(config: Rules, amount: str) -> tuple[str | None, int | None]:
    try:
        cents = parse_euros(amount)
    except ValueError as exc:
        return str(exc), None
    if cents <= 0:
        return MSG_AMOUNT_ZERO, None
    if cents > config.boete_max_euro * 100:
        return MSG_AMOUNT_MAX, None
    return None, cents


def _check_new_deadline(duty: Duty, new: date | None, on: date | None) -> str | None:
    if new is None:
        return MSG_NEW_DEADLINE_REQUIRED
    if new <= duty.deadline:
        return MSG_NEW_DEADLINE_BEFORE
    if on is not None and new <= on:
        return MSG_NEW_DEADLINE_PAST
    return None


def check_step(
    config: Rules,
    procedure: Procedure,
    stap: Stap,
    duty: Duty,
    previous: RecordedStep | None,
    data: StepInput,
    today: date,
) -> tuple[dict[str, str], dict]:
    """Field messages, and the values to store. A step's date is not in the future, not
    before the duty started and not before the previous step of its run; only the
    decision that takes effect asks the amount or the new deadline; a reason is asked
    with every decision of a step that asks one."""
    errors: dict[str, str] = {}
    values: dict = {"decision": None, "amount_cents": None, "reason": "", "new_deadline": None}
    if message := _check_date(duty, previous, data.occurred_on, today):
        errors["occurred_on"] = message
    decision = clean(data.decision)
    if stap.besluiten:
        if decision not in stap.besluiten:
            errors["decision"] = MSG_DECISION
        elif len(decision) > DECISION_MAX:
            errors["decision"] = MSG_DECISION_TOO_LONG
        else:
            values["decision"] = decision
    effect = takes_effect(stap, decision)
    if stap.bedrag and effect:
        message, values["amount_cents"] = _check_amount(config, data.amount)
        if message:
            errors["amount"] = message
    if stap.reden:
        reason = clean(data.reason)
        if reason not in procedure.redenen:
            errors["reason"] = MSG_REASON
        else:
            values["reason"] = reason
    if stap.nieuwe_termijn and effect:
        if message := _check_new_deadline(duty, data.new_deadline, data.occurred_on):
            errors["new_deadline"] = message
        else:
            values["new_deadline"] = data.new_deadline
    return errors, values
