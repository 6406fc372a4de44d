"""The trajectplan's goals and activities as a draft (plain JSON: dates as ISO text) and
back. The keys are those of drafts already stored: a draft of an earlier version of the
program must still come back."""

from __future__ import annotations

from datetime import date

from intake_desktop.services.traject.trajectplan_input import ActivityInput, GoalInput


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def goals_to_draft(goals: list[GoalInput]) -> list[dict]:
    return [
        {
            "domain": g.domain_code,
            "description": g.description,
            "due_on": _iso(g.due_on),
            "status": g.status,
            "activities": [
                {
                    "product": a.product_code,
                    "description": a.description,
                    "kind": a.kind,
                    "responsible": a.responsible,
                    "starts_on": _iso(a.starts_on),
                    "ends_on": _iso(a.ends_on),
                    "status": a.status,
                }
                for a in g.activities
            ],
        }
        for g in goals
    ]


def goals_from_draft(rows: list[dict]) -> list[GoalInput]:
    return [
        GoalInput(
            g["domain"],
            g["description"],
            _day(g["due_on"]),
            g["status"],
            [
                ActivityInput(
                    a["product"],
                    a["description"],
                    a["kind"],
                    a["responsible"],
                    _day(a["starts_on"]),
                    _day(a["ends_on"]),
                    a["status"],
                )
                for a in g["activities"]
            ],
        )
        for g in rows
    ]
