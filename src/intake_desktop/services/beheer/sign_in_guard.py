"""Guessing a password is slowed down and then stopped, as BIO and the NCSC ask: after a
few wrong passwords each next try must wait longer, and after ``LOCK_AFTER`` the account
is closed for a while, the right password included. Counted from the audit log (every
failure is a row there), per account and per workstation, for the sign-in and the
idle-lock unlock alike; a successful sign-in starts the count again.

A refused try does not sleep (the window never freezes): it is refused at once, with
the time to wait in the message, and audited like any failure.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake_desktop.db.models import AuditEvent
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import SignInFailed

WINDOW = timedelta(minutes=15)  # failures older than this no longer count
FREE_TRIES = 3  # wrong passwords before the first wait
WORKSTATION_FREE_TRIES = 10  # a shared counter PC where several people mistype
LOCK_AFTER = 10  # wrong passwords for one account within WINDOW: closed until it ends
LONGEST_WAIT = timedelta(minutes=2)

# "s" and "min." rather than words: no singular and plural to choose between.
MSG_WAIT = QT_TRANSLATE_NOOP(
    "accounts", "Te veel mislukte pogingen. Probeer het over {seconds} s opnieuw."
)
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "accounts",
    "Na te veel mislukte pogingen is aanmelden met dit account even geblokkeerd: probeer "
    "het over {minutes} min. opnieuw. Wachtwoord vergeten? Vraag de beheerder om een nieuw.",
)


class SignInWait(SignInFailed):
    """Refused before the password is looked at: too many failures just now."""


def _failures(session: Session, actions: tuple[str, ...], who, since) -> list[datetime]:
    return list(
        session.scalars(
            select(AuditEvent.occurred_at)
            .where(AuditEvent.action.in_(actions), AuditEvent.occurred_at > since, who)
            .order_by(AuditEvent.occurred_at)
        )
    )


def _last_success(session: Session, name: str) -> datetime | None:
    return session.scalar(
        select(func.max(AuditEvent.occurred_at)).where(
            AuditEvent.action == audit.SIGN_IN, AuditEvent.username == name
        )
    )


def _aware(moment: datetime) -> datetime:
    from datetime import UTC

    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def check(
    session: Session,
    name: str,
    workstation: str,
    now: datetime,
    action: str | tuple[str, ...] = audit.SIGN_IN_FAILED,
) -> None:
    """Raise ``SignInWait`` when a try for ``name`` at ``workstation`` must wait now;
    ``action``: the audit action (or actions) that count as a failed try."""
    action = (action,) if isinstance(action, str) else action
    since = now - WINDOW
    last_ok = _last_success(session, name)
    if last_ok is not None and _aware(last_ok) > since:
        since = _aware(last_ok)
    mine = [_aware(t) for t in _failures(session, action, AuditEvent.username == name, since)]
    if len(mine) >= LOCK_AFTER:
        until = mine[-LOCK_AFTER] + WINDOW
        minutes = max(1, round((until - now).total_seconds() / 60 + 0.49))
        raise SignInWait(MSG_LOCKED, minutes=minutes)
    here = (
        [
            _aware(t)
            for t in _failures(session, action, AuditEvent.workstation == workstation, since)
        ]
        if workstation
        else []
    )
    waits = []
    if len(mine) >= FREE_TRIES:
        waits.append(mine[-1] + _delay(len(mine) - FREE_TRIES))
    if len(here) >= WORKSTATION_FREE_TRIES:
        waits.append(here[-1] + _delay(len(here) - WORKSTATION_FREE_TRIES))
    until = max(waits, default=now)
    if until > now:
        raise SignInWait(MSG_WAIT, seconds=max(1, int((until - now).total_seconds() + 0.99)))


def _delay(extra: int) -> timedelta:
    """1, 2, 4, 8 … seconds after the free tries, at most LONGEST_WAIT."""
    return min(timedelta(seconds=2**extra), LONGEST_WAIT)
