"""The letter of a recorded inburgering step (documents/inburgering_brief.py), made from
what was recorded so a reprint says word for word what the first print said: dated on
the step's date, with the deadline in effect when the step was recorded
(``domain.inburgering.deadline_at``) and signed by the colleague who recorded it. Shown
as a view, printed or saved as an output; both audited (entity "inburgering")."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from intake_desktop.db.models import Inburgeringsplicht, InburgeringStap, Staff
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.inburgering import deadline_at, format_euros, takes_effect
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import address_lines, mask_bsn
from intake_desktop.services.core import access, audit
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject.errors import NoLetter, StepNotFound, StepsNotAllowed
from intake_desktop.services.traject.inburgering import EDIT_ROLES, client_of, record, steps_of


def _letter_data(session, store: Store, step: InburgeringStap):
    from intake_desktop.documents.brieven import Recipient, Signer
    from intake_desktop.documents.inburgering_brief import BriefGegevens

    config = store.config.inburgering
    proc = config.procedure(step.procedure)
    stap = proc.stap(step.step) if proc else None
    if stap is None or not stap.brief:
        raise NoLetter()
    client = client_of(session, step.client_id)
    duty = session.get(Inburgeringsplicht, step.plicht_id)
    # What the letter said when it was first printed: the deadline in effect at this
    # step (not one moved since) and the colleague who recorded it (not whoever is the
    # klantmanager now).
    deadline = deadline_at(config, duty, steps_of(session, duty), step)
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


def _step(session, step_id: uuid.UUID) -> InburgeringStap:
    step = session.get(InburgeringStap, step_id)
    if step is None or step.deleted_at is not None:
        raise StepNotFound()
    return step


def letter_pdf(store: Store, actor: Actor, step_id: uuid.UUID) -> bytes:
    """The letter of a recorded step, as PDF bytes, dated on the step's date. A reprint
    says word for word what the first print said (see ``_letter_data``). Audited as a
    view; printing or saving it is ``letter_output``."""
    from intake_desktop.documents.inburgering_brief import InburgeringBrief

    if not actor.has(*EDIT_ROLES):
        raise audit.refusal(store, actor, StepsNotAllowed())
    with store.transaction() as session:
        step = _step(session, step_id)
        access.require(
            session, store, actor, client_of(session, step.client_id, store, actor), "inburgering"
        )
        data = _letter_data(session, store, step)
        record(
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
        raise audit.refusal(store, actor, StepsNotAllowed())
    with store.transaction() as session:
        step = _step(session, step_id)
        access.require(
            session, store, actor, client_of(session, step.client_id, store, actor), "inburgering"
        )
        step.letter_printed_at = utcnow()
        step.updated_by = actor.staff_id
        record(
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
