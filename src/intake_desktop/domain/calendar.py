"""Working days, intake slots and months on benefit: date rules used by several steps."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

WORKING_DAYS = (0, 1, 2, 3, 4)  # Monday to Friday
# Day names as staff working days and configuration write them, Monday first.
WEEKDAY_NAMES = ("ma", "di", "wo", "do", "vr", "za", "zo")
DEFAULT_WORKING_DAYS = "ma,di,wo,do,vr"
DAYS_PER_MONTH = 30.44


def add_months(moment, months: float):
    """``moment`` plus about ``months`` months (30.44 days each), for deadlines."""
    return moment + timedelta(days=round(DAYS_PER_MONTH * months))


def works_on(day: date, working_days: str | None) -> bool:
    """Whether someone with these working days ("ma,di,wo") works on ``day``."""
    names = (working_days or DEFAULT_WORKING_DAYS).split(",")
    return WEEKDAY_NAMES[day.weekday()] in names


def first_working_day(day: date) -> date:
    """``day`` itself, or the Monday after it when it falls in a weekend."""
    while day.weekday() not in WORKING_DAYS:
        day += timedelta(days=1)
    return day


def at_local(day: date, hour: int, minute: int = 0) -> datetime:
    """A local wall-clock time on ``day``, as an aware datetime."""
    return datetime.combine(day, time(hour, minute)).astimezone()


def slots(start: date, days: tuple[int, ...], times: tuple[str, ...]) -> Iterator[datetime]:
    """Endless slot times from ``start`` on: on the given weekdays, at "uu:mm" times."""
    day = start
    while True:
        if day.weekday() in days:
            for text in times:
                hour, minute = (int(x) for x in text.split(":"))
                yield at_local(day, hour, minute)
        day += timedelta(days=1)


def months_between(since: date | None, today: date | None = None) -> int | None:
    """Whole calendar months from ``since`` to ``today`` (months on benefit)."""
    if since is None:
        return None
    today = today or date.today()
    return (today.year - since.year) * 12 + today.month - since.month
