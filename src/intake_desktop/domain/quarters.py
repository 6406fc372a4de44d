"""Quarters ("2026-K3") and a period of quarters for the Monitoring area.

Boundaries are computed here, in Python, and used as range predicates in SQL, so one
query works on SQLite and PostgreSQL alike (no dialect date functions). A quarter runs
from local midnight on its first day to local midnight on the first day of the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.validation import ValidationFailed

_LABEL = re.compile(r"^(\d{4})-K([1-4])$")


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int  # 1..4

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def parse(cls, label: str) -> Quarter:
        match = _LABEL.match(label.strip())
        if not match:
            raise ValueError(label)
        return cls(int(match.group(1)), int(match.group(2)))

    @property
    def label(self) -> str:
        return f"{self.year}-K{self.number}"

    @property
    def start(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def end(self) -> date:
        """The first day after the quarter (exclusive bound)."""
        return self.next().start

    def next(self) -> Quarter:
        return Quarter(self.year + self.number // 4, self.number % 4 + 1)

    def previous(self) -> Quarter:
        return Quarter(self.year - (self.number == 1), (self.number - 2) % 4 + 1)

    def shift(self, quarters: int) -> Quarter:
        index = self.year * 4 + self.number - 1 + quarters
        return Quarter(index // 4, index % 4 + 1)


def local_midnight(day: date) -> datetime:
    """The moment a day starts here, as an aware datetime (for UTC columns)."""
    return datetime.combine(day, time.min).astimezone()


@dataclass(frozen=True)
class Period:
    first: Quarter
    last: Quarter

    @property
    def quarters(self) -> list[Quarter]:
        out, q = [], self.first
        while q <= self.last:
            out.append(q)
            q = q.next()
        return out

    @property
    def start(self) -> date:
        return self.first.start

    @property
    def end(self) -> date:
        return self.last.end

    @property
    def label(self) -> str:
        return f"{self.first.label} t/m {self.last.label}"


MAX_QUARTERS = 12


def default_period(today: date | None = None) -> Period:
    """The last four quarters, the running one included."""
    last = Quarter.of(today or date.today())
    return Period(last.shift(-3), last)


def choosable_quarters(today: date | None = None, back: int = MAX_QUARTERS + 4) -> list[Quarter]:
    """The quarters a period may start or end in, oldest first, up to the running one."""
    last = Quarter.of(today or date.today())
    return [last.shift(-n) for n in range(back - 1, -1, -1)]


def make_period(first: str, last: str) -> Period:
    """A period from two labels; a Dutch message per field when they do not fit."""
    errors = {}
    try:
        q_first = Quarter.parse(first)
    except ValueError:
        errors["van"] = QT_TRANSLATE_NOOP("monitoring", "Kies een kwartaal, zoals 2026-K1.")
    try:
        q_last = Quarter.parse(last)
    except ValueError:
        errors["tot"] = QT_TRANSLATE_NOOP("monitoring", "Kies een kwartaal, zoals 2026-K4.")
    if not errors:
        if q_last < q_first:
            errors["tot"] = QT_TRANSLATE_NOOP(
                "monitoring", "Het laatste kwartaal ligt vóór het eerste."
            )
        elif len(Period(q_first, q_last).quarters) > MAX_QUARTERS:
            errors["tot"] = QT_TRANSLATE_NOOP(
                "monitoring", "Kies hoogstens twaalf kwartalen (drie jaar)."
            )
    if errors:
        raise ValidationFailed(errors)
    return Period(q_first, q_last)
