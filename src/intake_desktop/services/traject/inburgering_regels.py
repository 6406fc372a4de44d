"""The rules of the inburgering enforcement, without a database: amounts in euros,
which step of a procedure comes next and in which run, what a step must hold, and what
the screens get back (``services.inburgering`` applies them in its transactions; the
rules themselves are described at the top of that module)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from intake_desktop.config.inburgering import InburgeringConfig, Procedure, Stap
from intake_desktop.db.models import Inburgeringsplicht, InburgeringStap
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.text import clean

LOOPT, VOLDAAN, ONTHEFFING = "loopt", "voldaan", "ontheffing"
STATUS_LABELS = {
    LOOPT: QT_TRANSLATE_NOOP("inburgering", "Loopt"),
    VOLDAAN: QT_TRANSLATE_NOOP("inburgering", "Voldaan"),
    ONTHEFFING: QT_TRANSLATE_NOOP("inburgering", "Ontheffing"),
}
# The handhaving decision that opens a beboeten run.
TO_FINE = "Naar beboeten"
DECISION_MAX = 32  # the width of inburgering_stap.decision


MSG_NO_DUTY = QT_TRANSLATE_NOOP(
    "inburgering", "Deze klant heeft (nog) geen inburgeringsplicht in het programma."
)
MSG_HAS_DUTY = QT_TRANSLATE_NOOP(
    "inburgering", "Deze klant heeft al een inburgeringsplicht. Open die om stappen vast te leggen."
)
MSG_NOT_RUNNING = QT_TRANSLATE_NOOP(
    "inburgering",
    "De inburgeringsplicht loopt niet meer (status: {status}): er komen geen stappen meer bij.",
)
MSG_FINE_FIRST = QT_TRANSLATE_NOOP(
    "inburgering",
    "Beboeten begint pas na een handhavingsbesluit 'Naar beboeten'.",
)
MSG_WRONG_STEP = QT_TRANSLATE_NOOP(
    "inburgering",
    "Deze stap kan nu niet: de volgende stap van {procedure} is '{step}'.",
)
MSG_NO_STEP = QT_TRANSLATE_NOOP("inburgering", "Deze stap bestaat niet (meer).")
MSG_NO_LETTER = QT_TRANSLATE_NOOP("inburgering", "Bij deze stap hoort geen brief.")
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


# --- money ----------------------------------------------------------------------------
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


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


# --- what the screens get -------------------------------------------------------------
@dataclass
class StepInput:
    """A step as typed: the amount in euros as text ("250,00")."""

    occurred_on: date | None = None
    decision: str = ""
    amount: str = ""
    reason: str = ""
    new_deadline: date | None = None


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


# --- the rules (no database) ----------------------------------------------------------
def takes_effect(stap: Stap, decision: str) -> bool:
    """The first decision of a step with an amount, reason or new deadline is the one
    that does it (fine imposed, exemption granted, deadline extended)."""
    asks = stap.bedrag or stap.reden or stap.nieuwe_termijn
    return bool(asks and stap.besluiten and decision == stap.besluiten[0])


def runs_of(procedure: Procedure, steps: list[InburgeringStap]) -> list[int]:
    """The run number of each recorded step: a new run starts at the first step."""
    first = procedure.stappen[0].code
    runs, run = [], 0
    for step in steps:
        if step.step == first or run == 0:
            run += 1
        runs.append(run)
    return runs


def to_fine_open(config: InburgeringConfig, steps: list[InburgeringStap]) -> bool | None:
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


def procedure_state(
    config: InburgeringConfig,
    procedure: Procedure,
    duty: Inburgeringsplicht | None,
    steps: list[InburgeringStap],
    names: dict,
) -> ProcedureState:
    own = [s for s in steps if s.procedure == procedure.code]
    runs = runs_of(procedure, own)
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
        for s, run in zip(own, runs, strict=True)
    )
    codes = [s.code for s in procedure.stappen]
    at = codes.index(own[-1].step) if own and own[-1].step in codes else len(codes) - 1
    finished = not own or at == len(codes) - 1
    next_step = procedure.stappen[0] if finished else procedure.stappen[at + 1]
    run = (runs[-1] if runs else 0) + (1 if finished else 0)
    blocked = ""
    if duty is None:
        blocked = MSG_NO_DUTY
    elif duty.status != LOOPT:
        blocked = MSG_NOT_RUNNING
    elif procedure.code == "beboeten" and finished and to_fine_open(config, steps) is False:
        blocked = MSG_FINE_FIRST
    return ProcedureState(
        procedure.code,
        procedure.naam,
        rows,
        None if blocked else next_step,
        blocked,
        run,
    )


def deadline_at(
    config: InburgeringConfig,
    duty: Inburgeringsplicht,
    steps: list[InburgeringStap],
    step: InburgeringStap,
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


def check_step(
    config: InburgeringConfig,
    procedure: Procedure,
    stap: Stap,
    duty: Inburgeringsplicht,
    previous: InburgeringStap | None,
    data: StepInput,
    today: date,
) -> tuple[dict[str, str], dict]:
    """Field messages, and the values to store."""
    errors: dict[str, str] = {}
    values: dict = {"decision": None, "amount_cents": None, "reason": "", "new_deadline": None}
    on = data.occurred_on
    if on is None:
        errors["occurred_on"] = MSG_DATE_REQUIRED
    elif on > today:
        errors["occurred_on"] = MSG_DATE_FUTURE
    elif on < duty.duty_since:
        errors["occurred_on"] = MSG_DATE_BEFORE_DUTY
    elif previous is not None and on < previous.occurred_on:
        errors["occurred_on"] = MSG_DATE_BEFORE_PREVIOUS
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
        try:
            cents = parse_euros(data.amount)
        except ValueError as exc:
            errors["amount"] = str(exc)
        else:
            if cents <= 0:
                errors["amount"] = MSG_AMOUNT_ZERO
            elif cents > config.boete_max_euro * 100:
                errors["amount"] = MSG_AMOUNT_MAX
            else:
                values["amount_cents"] = cents
    if stap.reden:
        reason = clean(data.reason)
        if reason not in procedure.redenen:
            errors["reason"] = MSG_REASON
        else:
            values["reason"] = reason
    if stap.nieuwe_termijn and effect:
        new = data.new_deadline
        if new is None:
            errors["new_deadline"] = MSG_NEW_DEADLINE_REQUIRED
        elif new <= duty.deadline:
            errors["new_deadline"] = MSG_NEW_DEADLINE_BEFORE
        elif on is not None and new <= on:
            errors["new_deadline"] = MSG_NEW_DEADLINE_PAST
        else:
            values["new_deadline"] = new
    return errors, values
