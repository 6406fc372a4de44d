"""Enforcing the civic-integration duty (inburgeringsplicht; Westland, Bijlagen 4-7).

A client has at most one duty: since when, the deadline (``termijn_jaren`` after the
start unless given) and its status: ``loopt``, ``voldaan`` (fulfilled, see
``mark_fulfilled``) or ``ontheffing`` (exempted). Four procedures from
resources/config/inburgering.toml (handhaven, beboeten, ontheffen, verlengen termijn)
are recorded step by step, each step with its date and, where the configuration asks
for them, a decision, a fine, a reason or a new deadline, and a letter.

The rules (written out in ``services/inburgering_regels.py``, which has no database):

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

Who: a klantmanager or teamleider records steps, letters and fulfilment; a
wisselwachter (who meets inburgeraars in the quickscan) may also see the duty and
register one. Every view, change and letter is audited (entity "inburgering") with the
procedure, step and decision (configured labels, never free text) and no amounts.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import select

from intake_desktop.db.models import Client, Inburgeringsplicht, InburgeringStap, Staff
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import KLANTMANAGER, TEAMLEIDER, WISSELWACHTER, Actor
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import NotAllowed, NotFound, ServiceError, StaleVersion
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject.inburgering_regels import (  # noqa: F401 - the screens' names
    DECISION_MAX,
    LOOPT,
    MSG_DATE_FUTURE,
    MSG_DEADLINE_BEFORE_SINCE,
    MSG_HAS_DUTY,
    MSG_NO_DUTY,
    MSG_NO_LETTER,
    MSG_NO_STEP,
    MSG_NOT_RUNNING,
    MSG_SINCE_REQUIRED,
    MSG_WRONG_STEP,
    ONTHEFFING,
    STATUS_LABELS,
    TO_FINE,
    VOLDAAN,
    DutyView,
    Overview,
    ProcedureState,
    StepInput,
    StepRow,
    add_years,
    check_step,
    deadline_at,
    format_euros,
    parse_euros,
    procedure_state,
    takes_effect,
)

ENTITY = "inburgering"

EDIT_ROLES = (KLANTMANAGER, TEAMLEIDER)
REGISTER_ROLES = (KLANTMANAGER, TEAMLEIDER, WISSELWACHTER)
VIEW_ROLES = REGISTER_ROLES

MSG_VIEW = QT_TRANSLATE_NOOP(
    "inburgering", "De inburgering bekijkt een klantmanager, teamleider of wisselwachter."
)
MSG_EDIT = QT_TRANSLATE_NOOP(
    "inburgering", "Stappen van de handhaving legt de klantmanager (of de teamleider) vast."
)
MSG_REGISTER = QT_TRANSLATE_NOOP(
    "inburgering",
    "Een inburgeringsplicht legt een klantmanager, teamleider of wisselwachter vast.",
)
MSG_NO_CLIENT = QT_TRANSLATE_NOOP("errors", "Deze klant bestaat niet (meer).")


# --- reading --------------------------------------------------------------------------
def _client(session, client_id) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise NotFound(MSG_NO_CLIENT)
    return client


def _duty(session, client_id) -> Inburgeringsplicht | None:
    return session.scalar(
        select(Inburgeringsplicht).where(
            Inburgeringsplicht.client_id == client_id, Inburgeringsplicht.deleted_at.is_(None)
        )
    )


def _steps(session, duty: Inburgeringsplicht | None) -> list[InburgeringStap]:
    if duty is None:
        return []
    return list(
        session.scalars(
            select(InburgeringStap)
            .where(InburgeringStap.plicht_id == duty.id, InburgeringStap.deleted_at.is_(None))
            .order_by(InburgeringStap.created_at, InburgeringStap.occurred_on)
        )
    )


def _names(session, ids: set) -> dict:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    rows = session.execute(select(Staff.id, Staff.display_name).where(Staff.id.in_(ids)))
    return {staff_id: name for staff_id, name in rows}


def _overview(store: Store, actor: Actor, session, client: Client, today: date) -> Overview:
    duty = _duty(session, client.id)
    steps = _steps(session, duty)
    names = _names(session, {s.recorded_by for s in steps})
    config = store.config.inburgering
    days_left = (duty.deadline - today).days if duty else None
    return Overview(
        client.id,
        client.full_name,
        DutyView(duty.id, duty.duty_since, duty.deadline, duty.status, duty.version)
        if duty
        else None,
        tuple(procedure_state(config, p, duty, steps, names) for p in config.procedures),
        days_left,
        bool(duty and duty.status == LOOPT and days_left < 0),
        actor.has(*EDIT_ROLES),
    )


def _audit(session, store, actor, action, client_id, entity_id, **details) -> None:
    audit.record(
        session,
        actor,
        action,
        client_id=client_id,
        entity=ENTITY,
        entity_id=entity_id,
        workstation=store.workstation,
        details=details,
    )


def overview(
    store: Store, actor: Actor, client_id: uuid.UUID, *, today: date | None = None
) -> Overview:
    """The duty (or None), each procedure's steps and what comes next, and the days
    until the deadline. Audited as a view."""
    if not actor.has(*VIEW_ROLES):
        raise NotAllowed(MSG_VIEW)
    today = today or date.today()
    with store.transaction() as session:
        client = _client(session, client_id)
        view = _overview(store, actor, session, client, today)
        _audit(
            session,
            store,
            actor,
            audit.VIEW,
            client_id,
            view.duty.id if view.duty else None,
            stappen=sum(len(p.steps) for p in view.procedures),
        )
        return view


# --- changing -------------------------------------------------------------------------
def register_duty(
    store: Store,
    actor: Actor,
    client_id: uuid.UUID,
    duty_since: date | None,
    deadline: date | None = None,
    *,
    today: date | None = None,
) -> Overview:
    """The client's duty, from ``duty_since`` to ``deadline`` (default: ``termijn_jaren``
    later). One duty per client."""
    if not actor.has(*REGISTER_ROLES):
        raise NotAllowed(MSG_REGISTER)
    today = today or date.today()
    errors = {}
    if duty_since is None:
        errors["duty_since"] = MSG_SINCE_REQUIRED
    elif duty_since > today:
        errors["duty_since"] = MSG_DATE_FUTURE
    elif deadline is not None and deadline <= duty_since:
        errors["deadline"] = MSG_DEADLINE_BEFORE_SINCE
    if errors:
        raise ValidationFailed(errors)
    deadline = deadline or add_years(duty_since, store.config.inburgering.termijn_jaren)
    with store.transaction() as session:
        client = _client(session, client_id)
        if _duty(session, client_id) is not None:
            raise ServiceError(MSG_HAS_DUTY)
        duty = Inburgeringsplicht(
            client_id=client_id,
            duty_since=duty_since,
            deadline=deadline,
            status=LOOPT,
            created_by=actor.staff_id,
            updated_by=actor.staff_id,
        )
        session.add(duty)
        session.flush()
        _audit(
            session,
            store,
            actor,
            audit.CREATE,
            client_id,
            duty.id,
            velden=["duty_since", "deadline"],
        )
        return _overview(store, actor, session, client, today)


def _load_duty(session, client_id, expected_version: int) -> Inburgeringsplicht:
    duty = _duty(session, client_id)
    if duty is None:
        raise NotFound(MSG_NO_DUTY)
    if duty.version != expected_version:
        raise StaleVersion(_names(session, {duty.updated_by}).get(duty.updated_by, ""))
    return duty


def _touch(duty: Inburgeringsplicht, actor: Actor) -> None:
    """Every change goes through the duty's row, so its version goes up and a second
    screen on the old version is refused."""
    duty.updated_by = actor.staff_id
    duty.updated_at = utcnow()


def record_step(
    store: Store,
    actor: Actor,
    client_id: uuid.UUID,
    procedure: str,
    step: str,
    data: StepInput,
    expected_version: int,
    *,
    today: date | None = None,
) -> Overview:
    """Record the next step of a procedure (see the rules at the top of this module)."""
    if not actor.has(*EDIT_ROLES):
        raise NotAllowed(MSG_EDIT)
    today = today or date.today()
    config = store.config.inburgering
    proc = config.procedure(procedure)
    if proc is None or proc.stap(step) is None:
        raise NotFound(MSG_NO_STEP)
    stap = proc.stap(step)
    with store.transaction() as session:
        client = _client(session, client_id)
        duty = _load_duty(session, client_id, expected_version)
        steps = _steps(session, duty)
        state = procedure_state(config, proc, duty, steps, {})
        if state.blocked:
            raise ServiceError(state.blocked, status=STATUS_LABELS.get(duty.status, duty.status))
        if state.next_step.code != step:
            raise ServiceError(MSG_WRONG_STEP, procedure=proc.naam, step=state.next_step.naam)
        own = [s for s in steps if s.procedure == procedure]
        previous = own[-1] if own and step != proc.stappen[0].code else None
        errors, values = check_step(config, proc, stap, duty, previous, data, today)
        if errors:
            raise ValidationFailed(errors)
        row = InburgeringStap(
            plicht_id=duty.id,
            client_id=client_id,
            procedure=procedure,
            step=step,
            occurred_on=data.occurred_on,
            recorded_by=actor.staff_id,
            created_by=actor.staff_id,
            updated_by=actor.staff_id,
            **values,
        )
        session.add(row)
        effect = ""
        if values["new_deadline"] is not None:
            duty.deadline = values["new_deadline"]
            effect = "termijn_verlengd"
        if stap.reden and takes_effect(stap, values["decision"] or ""):
            duty.status = ONTHEFFING
            effect = "ontheffing"
        _touch(duty, actor)
        session.flush()
        _audit(
            session,
            store,
            actor,
            audit.CREATE,
            client_id,
            row.id,
            procedure=procedure,
            stap=step,
            besluit=values["decision"] or "",
            velden=["occurred_on", *[k for k, v in values.items() if v not in (None, "")]],
            **({"gevolg": effect} if effect else {}),
        )
        return _overview(store, actor, session, client, today)


def mark_fulfilled(
    store: Store,
    actor: Actor,
    client_id: uuid.UUID,
    expected_version: int,
    *,
    today: date | None = None,
) -> Overview:
    """The client has met the duty (passed the exam): status voldaan, no more steps."""
    if not actor.has(*EDIT_ROLES):
        raise NotAllowed(MSG_EDIT)
    today = today or date.today()
    with store.transaction() as session:
        client = _client(session, client_id)
        duty = _load_duty(session, client_id, expected_version)
        if duty.status != LOOPT:
            raise ServiceError(MSG_NOT_RUNNING, status=STATUS_LABELS[duty.status])
        duty.status = VOLDAAN
        _touch(duty, actor)
        session.flush()
        _audit(
            session,
            store,
            actor,
            audit.UPDATE,
            client_id,
            duty.id,
            velden=["status"],
            status=VOLDAAN,
        )
        return _overview(store, actor, session, client, today)


# --- letters --------------------------------------------------------------------------
def _letter_data(session, store: Store, step: InburgeringStap):
    from intake_desktop.documents.brieven import Recipient, Signer
    from intake_desktop.documents.inburgering_brief import BriefGegevens
    from intake_desktop.domain.validation import address_lines, mask_bsn

    config = store.config.inburgering
    proc = config.procedure(step.procedure)
    stap = proc.stap(step.step) if proc else None
    if stap is None or not stap.brief:
        raise ServiceError(MSG_NO_LETTER)
    client = _client(session, step.client_id)
    duty = session.get(Inburgeringsplicht, step.plicht_id)
    # What the letter said when it was first printed: the deadline in effect at this
    # step (not one moved since) and the colleague who recorded it (not whoever is the
    # klantmanager now).
    deadline = deadline_at(config, duty, _steps(session, duty), step)
    signer = session.get(Staff, step.recorded_by) if step.recorded_by else None
    return BriefGegevens(
        recipient=Recipient(
            client.full_name,
            address_lines(
                client.street,
                client.house_number,
                client.house_number_suffix,
                client.postcode,
                client.city,
            ),
        ),
        bsn_masked=mask_bsn(client.bsn),
        procedure=proc.code,
        procedure_naam=proc.naam,
        step=stap.code,
        step_naam=stap.naam,
        occurred_on=step.occurred_on,
        decision=step.decision or "",
        takes_effect=takes_effect(stap, step.decision or ""),
        amount=format_euros(step.amount_cents),
        reason=step.reason or "",
        new_deadline=step.new_deadline,
        deadline=deadline,
        duty_since=duty.duty_since,
        signed_by=Signer(signer.display_name, signer.functie or "klantmanager")
        if signer
        else Signer(""),
    )


def letter_file_name(procedure: str, step: str, occurred_on: date) -> str:
    """ "inburgering-verlengen-besluit-2026-11-20.pdf": no name or BSN."""
    return f"inburgering-{procedure}-{step}-{occurred_on.isoformat()}.pdf"


def letter_pdf(store: Store, actor: Actor, step_id: uuid.UUID) -> bytes:
    """The letter of a recorded step, as PDF bytes, dated on the step's date. A reprint
    says word for word what the first print said (see ``_letter_data``). Audited as a
    view; printing or saving it is ``letter_output``."""
    from intake_desktop.documents.inburgering_brief import InburgeringBrief

    if not actor.has(*EDIT_ROLES):
        raise NotAllowed(MSG_EDIT)
    with store.transaction() as session:
        step = session.get(InburgeringStap, step_id)
        if step is None or step.deleted_at is not None:
            raise NotFound(MSG_NO_STEP)
        data = _letter_data(session, store, step)
        _audit(
            session,
            store,
            actor,
            audit.VIEW,
            step.client_id,
            step.id,
            procedure=step.procedure,
            stap=step.step,
            brief="voorbeeld",
        )
    return InburgeringBrief(store.config.huisstijl, data).render()


def letter_output(store: Store, actor: Actor, step_id: uuid.UUID, kind: str) -> datetime:
    """The letter was printed ("afdrukken") or saved ("opslaan"): the step remembers
    when (``letter_printed_at``), and the audit log has it."""
    if kind not in ("afdrukken", "opslaan"):
        raise ValueError(kind)
    if not actor.has(*EDIT_ROLES):
        raise NotAllowed(MSG_EDIT)
    with store.transaction() as session:
        step = session.get(InburgeringStap, step_id)
        if step is None or step.deleted_at is not None:
            raise NotFound(MSG_NO_STEP)
        step.letter_printed_at = utcnow()
        step.updated_by = actor.staff_id
        _audit(
            session,
            store,
            actor,
            audit.PRINT,
            step.client_id,
            step.id,
            procedure=step.procedure,
            stap=step.step,
            uitvoer=kind,
        )
        return step.letter_printed_at
