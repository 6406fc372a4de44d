"""Referrals to partners outside the Werkplein (maatschappelijk werk, the Juridisch
Loket, UWV...): a record, never only a tick. Made from the screening or the dossier,
and only with the client's consent to share (how it was given, when, recorded by
whom). verstuurd → geaccepteerd | geweigerd → afgerond with its outcome. Warme
overdracht: if nothing came back by the partner's term (aanmelding.toml
``reactie_binnen_dagen``), the follow-up task made with the referral falls due for the
klantmanager (or, without one, for whoever referred); any answer lapses it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake_desktop.db.models import Client, Overdracht, Staff, Task
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.statuses import OPEN_HANDOVER, OverdrachtStatus, step
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core import access, audit
from intake_desktop.services.core.store import Store
from intake_desktop.services.core.tasks import lapse
from intake_desktop.services.overdracht.errors import HandoverClosed, HandoverGone

FOLLOW_UP_TASK = "verwijzing_opvolgen"
CONSENT = {
    "mondeling": QT_TRANSLATE_NOOP("overdracht", "Mondeling (aan de balie of in het gesprek)"),
    "schriftelijk": QT_TRANSLATE_NOOP("overdracht", "Schriftelijk (getekend formulier)"),
    "telefonisch": QT_TRANSLATE_NOOP("overdracht", "Telefonisch"),
    "digitaal": QT_TRANSLATE_NOOP("overdracht", "Digitaal (e-mail of formulier)"),
}
ANSWERS = (
    OverdrachtStatus.GEACCEPTEERD,
    OverdrachtStatus.GEWEIGERD,
    OverdrachtStatus.AFGEROND,
)
STATUS_LABELS = {
    OverdrachtStatus.VERSTUURD: QT_TRANSLATE_NOOP("overdracht", "Verstuurd"),
    OverdrachtStatus.GEACCEPTEERD: QT_TRANSLATE_NOOP("overdracht", "Geaccepteerd"),
    OverdrachtStatus.GEWEIGERD: QT_TRANSLATE_NOOP("overdracht", "Geweigerd"),
    OverdrachtStatus.AFGEROND: QT_TRANSLATE_NOOP("overdracht", "Afgerond"),
    OverdrachtStatus.INGETROKKEN: QT_TRANSLATE_NOOP("overdracht", "Ingetrokken"),
}
MAX_TEXT = 2000
MSG_PARTNER = QT_TRANSLATE_NOOP("overdracht", "Kies de partner.")
MSG_QUESTION = QT_TRANSLATE_NOOP("overdracht", "Schrijf op wat u de partner vraagt.")
MSG_CONSENT = QT_TRANSLATE_NOOP(
    "overdracht",
    "Zonder toestemming van de klant verwijst u niet door: kies hoe de klant toestemming gaf.",
)
MSG_TOO_LONG = QT_TRANSLATE_NOOP("overdracht", "Hoogstens 2000 tekens.")
MSG_STATUS = QT_TRANSLATE_NOOP("overdracht", "Kies wat de partner antwoordde.")
MSG_OUTCOME = QT_TRANSLATE_NOOP("overdracht", "Schrijf op wat eruit kwam.")


@dataclass(frozen=True)
class Referral:
    partner: str
    vraag: str
    consent_how: str


def _checked(store: Store, referral: Referral):
    partner = next((p for p in store.config.partners if p.naam == referral.partner), None)
    errors = {}
    if partner is None:
        errors["partner"] = MSG_PARTNER
    if not referral.vraag.strip():
        errors["vraag"] = MSG_QUESTION
    elif len(referral.vraag) > MAX_TEXT:
        errors["vraag"] = MSG_TOO_LONG
    if referral.consent_how not in CONSENT:
        errors["consent_how"] = MSG_CONSENT
    if errors:
        raise ValidationFailed(errors)
    return partner


def refer_in_session(
    session: Session,
    store: Store,
    actor: Actor,
    client: Client,
    referral: Referral,
    origin: str,
    aanmelding_id: uuid.UUID | None = None,
) -> Overdracht:
    """The referral and its follow-up task, in the caller's transaction (a screening
    that refers as it completes). ValidationFailed for a missing partner, question or
    consent."""
    partner = _checked(store, referral)
    now = utcnow()
    due = now + timedelta(days=partner.reactie_binnen_dagen)
    follow = Task(
        client_id=client.id,
        aanmelding_id=aanmelding_id,
        kind=FOLLOW_UP_TASK,
        title=(
            f"Verwijzing naar {partner.naam}: nog geen reactie? Neem contact op (warme overdracht)"
        )[:200],
        due_at=due,
        assigned_to=client.klantmanager_id or actor.staff_id,
        created_by=actor.staff_id,
    )
    session.add(follow)
    session.flush()
    item = Overdracht(
        client_id=client.id,
        aanmelding_id=aanmelding_id,
        soort="partner",
        partner=partner.naam,
        vraag=referral.vraag.strip(),
        origin=origin,
        status=OverdrachtStatus.VERSTUURD,
        sent_at=now,
        sent_by=actor.staff_id,
        answer_due=due,
        consent_how=referral.consent_how,
        consent_at=now,
        consent_by=actor.staff_id,
        report_to=client.klantmanager_id,
        follow_up_task_id=follow.id,
        created_by=actor.staff_id,
        updated_by=actor.staff_id,
    )
    session.add(item)
    session.flush()
    audit.record(
        session,
        actor,
        audit.CREATE,
        client_id=client.id,
        entity="overdracht",
        entity_id=item.id,
        workstation=store.workstation,
        details={"partner": partner.naam, "toestemming": referral.consent_how, "herkomst": origin},
    )
    return item


def refer(
    store: Store, actor: Actor, client_id: uuid.UUID, referral: Referral, origin: str = "dossier"
) -> uuid.UUID:
    """A referral from the dossier or the quickscan (need to know: changing the client's
    appointments and tasks)."""
    with store.transaction() as session:
        client = access.live_client(session, store, actor, client_id, "afspraken")
        if client is None:
            raise HandoverGone()
        access.require(session, store, actor, client, "afspraken", change=True, what="verwijzen")
        return refer_in_session(session, store, actor, client, referral, origin).id


def record_answer(
    store: Store, actor: Actor, overdracht_id: uuid.UUID, status: str, uitkomst: str = ""
) -> None:
    """What the partner answered: accepted, refused or done (with what came of it).
    Any answer lapses the follow-up task; ValidationFailed leaves it as it was."""
    uitkomst = uitkomst.strip()
    with store.transaction() as session:
        item = session.get(Overdracht, overdracht_id)
        if item is None or item.deleted_at is not None or item.soort != "partner":
            raise HandoverGone()
        client = access.live_client(session, store, actor, item.client_id, "afspraken")
        if client is None:
            raise HandoverGone()
        access.require(session, store, actor, client, "afspraken", change=True)
        if item.status not in OPEN_HANDOVER:
            raise HandoverClosed()
        errors = {}
        if status not in ANSWERS or (
            item.status == OverdrachtStatus.GEACCEPTEERD and status == OverdrachtStatus.GEWEIGERD
        ):
            errors["status"] = MSG_STATUS
        if status in (OverdrachtStatus.AFGEROND, OverdrachtStatus.GEWEIGERD) and not uitkomst:
            errors["uitkomst"] = MSG_OUTCOME
        if len(uitkomst) > MAX_TEXT:
            errors["uitkomst"] = MSG_TOO_LONG
        if errors:
            raise ValidationFailed(errors)
        now = utcnow()
        step(item, OverdrachtStatus(status))
        item.answered_at = item.answered_at or now
        if uitkomst:
            item.toelichting = uitkomst
        if status != OverdrachtStatus.GEACCEPTEERD:
            item.closed_at, item.closed_by = now, actor.staff_id
        item.updated_by = actor.staff_id
        follow = session.get(Task, item.follow_up_task_id) if item.follow_up_task_id else None
        if follow is not None and follow.status == "open":
            lapse([follow], actor)
        audit.record(
            session,
            actor,
            audit.UPDATE,
            client_id=item.client_id,
            entity="overdracht",
            entity_id=item.id,
            workstation=store.workstation,
            details={"velden": ["status", "toelichting"] if uitkomst else ["status"]},
        )


@dataclass(frozen=True)
class HandoverRow:
    """One hand-over or referral as the dossier lists it."""

    id: uuid.UUID
    soort: str  # backoffice, partner
    to: str  # the team's or the partner's name
    vraag: str
    status: str
    sent_at: datetime
    sent_by: str
    consent: str  # how the client consented ("" for a back office)
    answer_due: datetime | None
    outcome: str  # the result and its explanation
    open: bool


def client_handovers(store: Store, actor: Actor, client_id: uuid.UUID) -> list[HandoverRow]:
    """The client's hand-overs and referrals, newest first (need to know: the part
    "afspraken"; the dossier's opening is the audited view)."""
    with store.reading() as session:
        client = access.live_client(session, store, actor, client_id, "afspraken")
        if client is None:
            raise HandoverGone()
        access.require(session, store, actor, client, "afspraken")
        names = dict(session.execute(select(Staff.id, Staff.display_name)).all())
        teams = {t.code: t.naam for t in store.config.toewijzing.teams}
        rows = session.scalars(
            select(Overdracht)
            .where(Overdracht.client_id == client_id, Overdracht.deleted_at.is_(None))
            .order_by(Overdracht.sent_at.desc())
        )
        return [
            HandoverRow(
                id=o.id,
                soort=o.soort,
                to=teams.get(o.team or "", o.team or "") if o.soort == "backoffice" else o.partner,
                vraag=o.vraag,
                status=o.status,
                sent_at=o.sent_at,
                sent_by=names.get(o.sent_by, ""),
                consent=o.consent_how or "",
                answer_due=o.answer_due,
                outcome=" · ".join(p for p in (o.uitkomst, o.toelichting) if p),
                open=o.status in OPEN_HANDOVER,
            )
            for o in rows
        ]
