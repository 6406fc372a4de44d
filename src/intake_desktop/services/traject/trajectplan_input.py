"""What a trajectplan's working copy holds, as the screens send it: the input of
goals and activities, how it is tidied before it is stored, and its checks
(Dutch messages per goal). No session."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from intake_desktop.db.models import (
    Trajectplan,
)
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.text import clean, tidy
from intake_desktop.domain.trajectplan import ACTIVITY_STATUS, GOAL_STATUS, PROVIDER_KIND
from intake_desktop.services.core.store import Store


@dataclass
class ActivityInput:
    product_code: str
    description: str = ""
    kind: str = "intern"
    responsible: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    status: str = "gepland"
    # An external provider reports by this date (services/traject/rapportage.py).
    report_due_on: date | None = None


@dataclass
class GoalInput:
    domain_code: str
    description: str
    due_on: date | None = None
    status: str = "open"
    activities: list[ActivityInput] = field(default_factory=list)


@dataclass
class PlanInput:
    doelperspectief: str = ""
    goals: list[GoalInput] = field(default_factory=list)
    afspraken_klant: str = ""
    afspraken_gemeente: str = ""
    next_progress_talk_on: date | None = None


def input_of(plan: Trajectplan) -> PlanInput:
    return PlanInput(
        doelperspectief=plan.doelperspectief,
        goals=[
            GoalInput(
                g.domain_code,
                g.description,
                g.due_on,
                g.status,
                [
                    ActivityInput(
                        a.service_code,
                        a.description,
                        a.provider_kind,
                        a.responsible,
                        a.starts_on,
                        a.ends_on,
                        a.status,
                        a.report_due_on,
                    )
                    for a in g.activities
                    if a.deleted_at is None
                ],
            )
            for g in plan.goals
            if g.deleted_at is None
        ],
        afspraken_klant=plan.afspraken_klant,
        afspraken_gemeente=plan.afspraken_gemeente,
        next_progress_talk_on=plan.next_progress_talk_on,
    )


def tidied(data: PlanInput) -> PlanInput:
    """The input as it will be stored, so an edit of white space alone is no change."""
    return PlanInput(
        doelperspectief=tidy(data.doelperspectief),
        goals=[
            GoalInput(
                g.domain_code,
                tidy(g.description),
                g.due_on,
                g.status,
                [
                    ActivityInput(
                        a.product_code,
                        clean(a.description),
                        a.kind,
                        clean(a.responsible),
                        a.starts_on,
                        a.ends_on,
                        a.status,
                        a.report_due_on if a.kind == "extern" else None,
                    )
                    for a in g.activities
                ],
            )
            for g in data.goals
        ],
        afspraken_klant=tidy(data.afspraken_klant),
        afspraken_gemeente=tidy(data.afspraken_gemeente),
        next_progress_talk_on=data.next_progress_talk_on,
    )


def check(store: Store, data: PlanInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    domains = {d.code for d in store.config.domains}
    for n, goal in enumerate(data.goals, start=1):
        key = f"goal_{n}"
        if goal.domain_code not in domains:
            errors[key] = QT_TRANSLATE_NOOP("trajectplan", "Kies het leefgebied.")
        elif not clean(goal.description):
            errors[key] = QT_TRANSLATE_NOOP(
                "trajectplan", "Beschrijf het doel: wat wil de klant bereiken?"
            )
        elif goal.status not in GOAL_STATUS:
            errors[key] = QT_TRANSLATE_NOOP("trajectplan", "Kies de status van het doel.")
        for activity in goal.activities:
            if store.config.product(activity.product_code) is None:
                errors[key] = QT_TRANSLATE_NOOP(
                    "trajectplan", "Kies de activiteiten uit het productenboek."
                )
            elif activity.kind not in PROVIDER_KIND or activity.status not in ACTIVITY_STATUS:
                errors[key] = QT_TRANSLATE_NOOP(
                    "trajectplan",
                    "Kies bij elke activiteit intern of extern en een status.",
                )
            elif activity.starts_on and activity.ends_on and activity.ends_on < activity.starts_on:
                errors[key] = QT_TRANSLATE_NOOP(
                    "trajectplan", "Een activiteit eindigt voordat ze begint."
                )
    return errors
