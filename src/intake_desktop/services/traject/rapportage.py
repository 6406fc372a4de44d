"""Progress reports of external providers on trajectplan activities (a
re-integratiebedrijf, the ROC, a social organisation): the date, the provider,
attendance and what the report says; shown in the plan and the dossier's timeline.

An external activity may carry an agreed report date (``report_due_on``). Until a
report answering that date is recorded, the client's klantmanager has a task that falls
due on it ("... ontbreekt"); recording the report, a new date, or the activity or plan
ending settles it. A plan's activities are rewritten at each save, so a report names
its activity by plan, service and provider (``sync_report_tasks`` recomputes the tasks
after every save and report)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select

from intake_desktop.db.models import Client, Staff, Task, Trajectplan, Voortgangsrapportage
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.statuses import PlanStatus, TaskStatus
from intake_desktop.domain.validation import ValidationFailed, format_date
from intake_desktop.services.core import access, audit
from intake_desktop.services.core.store import Store
from intake_desktop.services.core.tasks import for_klantmanager, lapse
from intake_desktop.services.traject.errors import PlanNotFound

REPORT_MISSING = "rapportage_ontbreekt"
ATTENDANCE = {
    "goed": QT_TRANSLATE_NOOP("trajectplan", "Goed: komt alle afspraken na"),
    "wisselend": QT_TRANSLATE_NOOP("trajectplan", "Wisselend"),
    "onvoldoende": QT_TRANSLATE_NOOP("trajectplan", "Onvoldoende: vaak afwezig"),
    "niet_gestart": QT_TRANSLATE_NOOP("trajectplan", "Niet gestart"),
}
MAX_TEXT = 4000
MSG_ACTIVITY = QT_TRANSLATE_NOOP(
    "trajectplan", "Kies de activiteit waarover de aanbieder schrijft."
)
MSG_DATE = QT_TRANSLATE_NOOP(
    "trajectplan", "Vul de datum van de rapportage in (niet in de toekomst)."
)
MSG_ATTENDANCE = QT_TRANSLATE_NOOP("trajectplan", "Kies hoe de klant aanwezig was.")
MSG_TEXT = QT_TRANSLATE_NOOP(
    "trajectplan", "Schrijf op wat de rapportage zegt (hoogstens 4000 tekens)."
)
ENDED = ("afgerond", "gestopt")


@dataclass(frozen=True)
class ExternalActivity:
    service_code: str
    provider: str
    label: str
    report_due_on: date | None
    running: bool


@dataclass(frozen=True)
class ReportInput:
    plan_id: uuid.UUID
    service_code: str
    provider: str
    reported_on: date | None
    attendance: str
    text: str


@dataclass(frozen=True)
class ReportRow:
    reported_on: date
    provider: str
    activity_label: str
    attendance: str
    text: str
    recorded_by: str


def _label(store: Store, service_code: str) -> str:
    product = store.config.product(service_code)
    return product.naam if product else service_code


def external_activities(store: Store, plan: Trajectplan) -> list[ExternalActivity]:
    return [
        ExternalActivity(
            a.service_code,
            a.responsible,
            _label(store, a.service_code),
            a.report_due_on,
            a.status not in ENDED,
        )
        for g in plan.goals
        if g.deleted_at is None
        for a in g.activities
        if a.deleted_at is None and a.provider_kind == "extern"
    ]


def _title(activity: ExternalActivity) -> str:
    who = activity.provider or "de aanbieder"
    return (
        f"Voortgangsrapportage van {who} over {activity.label} ontbreekt "
        f"(afgesproken {format_date(activity.report_due_on)})"
    )[:200]


def sync_report_tasks(
    session, store: Store, actor: Actor, plan: Trajectplan, client: Client
) -> None:
    """One open task per agreed report not yet in; none for what is settled."""
    answered = {
        (r.service_code, r.provider, r.due_on)
        for r in session.scalars(
            select(Voortgangsrapportage).where(
                Voortgangsrapportage.plan_id == plan.id,
                Voortgangsrapportage.deleted_at.is_(None),
            )
        )
    }
    wanted = {}
    if plan.status != PlanStatus.AFGEROND:
        for activity in external_activities(store, plan):
            key = (activity.service_code, activity.provider, activity.report_due_on)
            if activity.report_due_on and activity.running and key not in answered:
                wanted[_title(activity)] = activity
    open_tasks = list(
        session.scalars(
            select(Task).where(
                Task.client_id == client.id,
                Task.kind == REPORT_MISSING,
                Task.status == TaskStatus.OPEN,
                Task.deleted_at.is_(None),
            )
        )
    )
    lapse([t for t in open_tasks if t.title not in wanted], actor)
    have = {t.title for t in open_tasks}
    for title, activity in wanted.items():
        if title in have:
            continue
        due = datetime.combine(activity.report_due_on, time(17, 0)).astimezone()
        session.add(
            Task(
                client_id=client.id,
                kind=REPORT_MISSING,
                title=title,
                due_at=due,
                created_by=actor.staff_id,
                **for_klantmanager(client.klantmanager_id),
            )
        )
    session.flush()


def _plan(session, store: Store, actor: Actor, plan_id, change: bool):
    plan = session.get(Trajectplan, plan_id)
    if plan is None:
        what = "wijzigen" if change else "lezen"
        access.refuse_hidden(session, store, actor, "trajectplan", plan_id, "plannen", what)
    if plan is None or plan.deleted_at is not None:
        raise PlanNotFound()
    client = session.get(Client, plan.client_id)
    access.require(session, store, actor, client, "plannen", change=change)
    return plan, client


def record_report(store: Store, actor: Actor, data: ReportInput) -> None:
    """A provider's report (ValidationFailed per field; nothing written then)."""
    text = data.text.strip()
    with store.transaction() as session:
        plan, client = _plan(session, store, actor, data.plan_id, change=True)
        activity = next(
            (
                a
                for a in external_activities(store, plan)
                if (a.service_code, a.provider) == (data.service_code, data.provider)
            ),
            None,
        )
        errors = {}
        if activity is None:
            errors["activity"] = MSG_ACTIVITY
        if data.reported_on is None or data.reported_on > date.today():
            errors["reported_on"] = MSG_DATE
        if data.attendance not in ATTENDANCE:
            errors["attendance"] = MSG_ATTENDANCE
        if not text or len(text) > MAX_TEXT:
            errors["text"] = MSG_TEXT
        if errors:
            raise ValidationFailed(errors)
        report = Voortgangsrapportage(
            client_id=client.id,
            plan_id=plan.id,
            service_code=activity.service_code,
            activity_label=activity.label[:200],
            due_on=activity.report_due_on,
            reported_on=data.reported_on,
            provider=(activity.provider or "")[:200],
            attendance=data.attendance,
            text=text,
            recorded_by=actor.staff_id,
            created_by=actor.staff_id,
        )
        session.add(report)
        session.flush()
        sync_report_tasks(session, store, actor, plan, client)
        audit.record(
            session,
            actor,
            audit.CREATE,
            client_id=client.id,
            entity="voortgangsrapportage",
            entity_id=report.id,
            workstation=store.workstation,
            details={"dienst": activity.service_code},
        )


def reports(store: Store, actor: Actor, plan_id: uuid.UUID) -> list[ReportRow]:
    """The plan's reports, newest first (part "plannen"; the plan's opening is the
    audited view)."""
    with store.reading() as session:
        plan, _client = _plan(session, store, actor, plan_id, change=False)
        names = dict(session.execute(select(Staff.id, Staff.display_name)).all())
        return [
            ReportRow(
                r.reported_on,
                r.provider,
                r.activity_label,
                r.attendance,
                r.text,
                names.get(r.recorded_by, ""),
            )
            for r in session.scalars(
                select(Voortgangsrapportage)
                .where(
                    Voortgangsrapportage.plan_id == plan.id,
                    Voortgangsrapportage.deleted_at.is_(None),
                )
                .order_by(Voortgangsrapportage.reported_on.desc())
            )
        ]


def activities(store: Store, actor: Actor, plan_id: uuid.UUID) -> list[ExternalActivity]:
    """The plan's activities with an external provider, as a report may name them."""
    with store.reading() as session:
        plan, _client = _plan(session, store, actor, plan_id, change=False)
        return external_activities(store, plan)
