"""The trajectplan as a document (documents/trajectplan.py): everything it shows with
names and labels resolved (``snapshot``, also frozen with each signed version), the
working copy as a PDF, a signed version's stored bytes, and the audit of a print."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from intake_desktop.db.models import Client, Trajectplan, TrajectplanVersie
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.trajectplan import (
    ACTIVITY_STATUS,
    GOAL_STATUS,
    PLAN_STATUS,
    PROVIDER_KIND,
)
from intake_desktop.domain.validation import address_lines, mask_bsn
from intake_desktop.services.core import access, audit
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject.errors import PlanVersionNotFound
from intake_desktop.services.traject.trajectplan import check_allowed, load, staff_name
from intake_desktop.services.traject.trajectplan_input import input_of


def snapshot(session, store: Store, plan: Trajectplan, client: Client, **extra) -> dict:
    """Everything the document shows, with names and labels resolved now."""
    config = store.config
    group = config.klantgroep(client.klantgroep) if client.klantgroep else None
    address = ", ".join(
        address_lines(
            client.street,
            client.house_number,
            client.house_number_suffix,
            client.postcode,
            client.city,
        )
    )
    data = input_of(plan)
    return {
        "version_no": plan.version_no,
        "status_label": PLAN_STATUS[plan.status],
        "klantgroep": group.naam if group else "",
        "client": {
            "name": client.full_name,
            "birth_date": client.birth_date.isoformat() if client.birth_date else "",
            "bsn_masked": mask_bsn(client.bsn),
            "address": address,
        },
        "klantmanager": staff_name(session, plan.klantmanager_id or client.klantmanager_id),
        "doelperspectief": data.doelperspectief,
        "goals": [
            {
                "domain": config.domain_name(g.domain_code),
                "description": g.description,
                "due_on": g.due_on.isoformat() if g.due_on else "",
                "status_label": GOAL_STATUS[g.status],
                "activities": [
                    {
                        "product": config.product(a.product_code).naam
                        if config.product(a.product_code)
                        else a.product_code,
                        "description": a.description,
                        "kind_label": PROVIDER_KIND[a.kind],
                        "responsible": a.responsible,
                        "starts_on": a.starts_on.isoformat() if a.starts_on else "",
                        "ends_on": a.ends_on.isoformat() if a.ends_on else "",
                        "status_label": ACTIVITY_STATUS[a.status],
                    }
                    for a in g.activities
                ],
            }
            for g in data.goals
        ],
        "afspraken_klant": data.afspraken_klant,
        "afspraken_gemeente": data.afspraken_gemeente,
        "next_progress_talk_on": data.next_progress_talk_on.isoformat()
        if data.next_progress_talk_on
        else "",
        **extra,
    }


def render(store: Store, snap: dict) -> bytes:
    from intake_desktop.documents.trajectplan import TrajectplanDocument

    return TrajectplanDocument(store.config.huisstijl, snap).render()


def current_pdf(store: Store, actor: Actor, plan_id: uuid.UUID) -> bytes:
    """The working copy as a document (for discussing it, before signing)."""
    check_allowed(store, actor)
    with store.reading() as session:
        plan, client = load(session, store, actor, plan_id, None, change=False)
        snap = snapshot(session, store, plan, client)
    return render(store, snap)


def version_pdf(store: Store, actor: Actor, version_id: uuid.UUID) -> bytes:
    """A signed version exactly as it was signed (the stored bytes)."""
    check_allowed(store, actor)
    with store.transaction() as session:
        version = session.get(TrajectplanVersie, version_id)
        if version is None or version.pdf is None:
            raise PlanVersionNotFound()
        plan = session.get(Trajectplan, version.plan_id)
        access.require(session, store, actor, session.get(Client, plan.client_id), "plannen")
        audit.record(
            session,
            actor,
            audit.VIEW,
            client_id=plan.client_id,
            entity="trajectplan",
            entity_id=plan.id,
            workstation=store.workstation,
            details={"versie": version.version_no},
        )
        return version.pdf


def record_output(
    store: Store, actor: Actor, plan_id: uuid.UUID, kind: str, version_no: int | None = None
) -> None:
    """A print or a saved PDF of the plan, in the audit log."""
    check_allowed(store, actor)
    with store.reading() as session:
        client_id = session.scalar(select(Trajectplan.client_id).where(Trajectplan.id == plan_id))
    audit.record_standalone(
        store,
        actor,
        audit.PRINT,
        client_id=client_id,
        entity="trajectplan",
        entity_id=plan_id,
        details={"soort": kind, **({"versie": version_no} if version_no else {})},
    )
