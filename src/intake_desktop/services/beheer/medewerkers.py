"""Maintaining staff members ("Medewerkers" under Beheer): the list, one member's
details (roles, functie, team, expertise, caseload maximum, working days) and their
absences. A beheerder or teamleider maintains; only a beheerder gives, takes or
deactivates the beheerder role. Creating an account (with its password) is
``accounts.create_staff``."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from intake_desktop.db.models import Staff, StaffAbsence, StaffExpertise, StaffRole
from intake_desktop.domain.calendar import DEFAULT_WORKING_DAYS as DEFAULT_DAYS_TEXT
from intake_desktop.domain.calendar import WEEKDAY_NAMES
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import ALL_ROLES, BACKOFFICE, BEHEERDER, TEAMLEIDER, Actor
from intake_desktop.domain.validation import ValidationFailed, normalise_email
from intake_desktop.services.beheer.errors import (
    MaintainNotAllowed,
    StaffDetailNotAllowed,
    StaffGone,
)
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import StaleVersion
from intake_desktop.services.core.store import Store

if TYPE_CHECKING:
    from intake_desktop.services.beheer.accounts import NewStaff

MAX_CASELOAD = 500
WEEKDAYS = WEEKDAY_NAMES
DEFAULT_WORKING_DAYS = tuple(DEFAULT_DAYS_TEXT.split(","))

MSG_NAME = QT_TRANSLATE_NOOP("accounts", "Vul de naam in.")
MSG_ROLES = QT_TRANSLATE_NOOP("accounts", "Kies minstens één rol.")
MSG_BEHEERDER_ROLE = QT_TRANSLATE_NOOP(
    "accounts", "Alleen een beheerder geeft of neemt de rol beheerder."
)
MSG_OWN_BEHEERDER = QT_TRANSLATE_NOOP("accounts", "U kunt uw eigen rol beheerder niet weghalen.")
MSG_OWN_ACTIVE = QT_TRANSLATE_NOOP("accounts", "U kunt uw eigen account niet op inactief zetten.")
MSG_DEACTIVATE_BEHEERDER = QT_TRANSLATE_NOOP(
    "accounts", "Alleen een beheerder zet een beheerder op inactief."
)
MSG_CASELOAD = QT_TRANSLATE_NOOP(
    "accounts", "Vul een maximum van 1 tot en met 500 in, of kies 'geen maximum'."
)
MSG_DAYS = QT_TRANSLATE_NOOP("accounts", "Kies minstens één werkdag.")
MSG_DAY_UNKNOWN = QT_TRANSLATE_NOOP("accounts", "Kies werkdagen van maandag tot en met zondag.")
MSG_TEAM = QT_TRANSLATE_NOOP("accounts", "Dit team staat niet in de lijst.")
MSG_BACKOFFICE_TEAM = QT_TRANSLATE_NOOP(
    "accounts", "Kies de back office waar deze medewerker bij hoort."
)
MSG_FUNCTIE = QT_TRANSLATE_NOOP("accounts", "Deze functie staat niet in de lijst.")
MSG_EXPERTISE = QT_TRANSLATE_NOOP("accounts", "Deze expertise staat niet in de lijst.")


def may_maintain(store: Store, actor: Actor | None) -> Actor:
    if actor is None:
        raise MaintainNotAllowed()
    if not actor.has(BEHEERDER, TEAMLEIDER):
        raise audit.refusal(store, actor, MaintainNotAllowed())
    return actor


def days_text(days: Collection[str]) -> str:
    return ",".join(d for d in WEEKDAYS if d in days)


def days_of(text: str | None) -> tuple[str, ...]:
    return tuple(d for d in (text or "").split(",") if d) or DEFAULT_WORKING_DAYS


def check_profile(store: Store, profile: NewStaff | StaffChange) -> dict[str, str]:
    """The fields a new account and a change share; ``profile`` is either."""
    errors: dict[str, str] = {}
    config = store.config.toewijzing
    if not profile.display_name.strip():
        errors["display_name"] = MSG_NAME
    if profile.email.strip():
        try:
            normalise_email(profile.email)
        except ValueError as exc:
            errors["email"] = str(exc)
    if not profile.roles or not set(profile.roles) <= set(ALL_ROLES):
        errors["roles"] = MSG_ROLES
    if profile.functie and profile.functie not in {f.code for f in config.functies}:
        errors["functie"] = MSG_FUNCTIE
    if profile.team and profile.team not in {t.code for t in config.teams}:
        errors["team"] = MSG_TEAM
    elif BACKOFFICE in profile.roles and profile.team not in {t.code for t in config.backoffices}:
        # Her werkvoorraad is that of her back office: without one, nobody's.
        errors["team"] = MSG_BACKOFFICE_TEAM
    if not set(profile.expertise) <= {e.code for e in config.expertise}:
        errors["expertise"] = MSG_EXPERTISE
    caseload = profile.max_caseload
    if caseload is not None and (
        not isinstance(caseload, int) or not 1 <= caseload <= MAX_CASELOAD
    ):
        errors["max_caseload"] = MSG_CASELOAD
    if not profile.working_days:
        errors["working_days"] = MSG_DAYS
    elif not set(profile.working_days) <= set(WEEKDAYS):
        errors["working_days"] = MSG_DAY_UNKNOWN
    return errors


# --- the list and maintenance ----------------------------------------------------------


@dataclass(frozen=True)
class StaffRow:
    id: uuid.UUID
    username: str
    display_name: str
    roles: tuple[str, ...]
    gemeente_code: str
    active: bool
    team: str = ""
    functie: str = ""
    max_caseload: int | None = None
    expertise: tuple[str, ...] = ()
    absent_until: date | None = None  # the last day of today's absence, if any

    @property
    def absent_today(self) -> bool:
        return self.absent_until is not None


def _absent_until(session, today: date, staff_id: uuid.UUID | None = None) -> dict:
    """Staff absent today, with the last day of that absence."""
    stmt = select(StaffAbsence.staff_id, func.max(StaffAbsence.ends_on)).where(
        StaffAbsence.deleted_at.is_(None),
        StaffAbsence.starts_on <= today,
        StaffAbsence.ends_on >= today,
    )
    if staff_id is not None:
        stmt = stmt.where(StaffAbsence.staff_id == staff_id)
    return dict(session.execute(stmt.group_by(StaffAbsence.staff_id)).all())


def list_staff(store: Store, role: str | None = None, today: date | None = None) -> list[StaffRow]:
    """The staff list (of one role): names, roles, team, functie, whether absent today.
    A directory every colleague needs (the agenda's choice of whose day, the audit
    filter, the sign-in's hint of demo data before anyone signed in); no client in it,
    and in server mode every staff member reads these columns. A colleague's details
    and absences are ``staff_detail``."""
    stmt = select(Staff).where(Staff.deleted_at.is_(None)).order_by(Staff.display_name)
    if role:
        stmt = stmt.where(Staff.roles.any(StaffRole.role == role))
    with store.reading() as session:
        absent = _absent_until(session, today or date.today())
        return [
            StaffRow(
                s.id,
                s.username,
                s.display_name,
                tuple(sorted(s.role_codes)),
                s.gemeente_code,
                s.active,
                team=s.team or "",
                functie=s.functie or "",
                max_caseload=s.max_caseload,
                expertise=tuple(sorted(e.tag for e in s.expertise)),
                absent_until=absent.get(s.id),
            )
            for s in session.scalars(stmt)
        ]


@dataclass
class StaffChange:
    """What the maintenance form holds; the same names as the form's fields."""

    display_name: str
    email: str = ""
    roles: set[str] = field(default_factory=set)
    team: str = ""
    functie: str = ""
    expertise: set[str] = field(default_factory=set)
    max_caseload: int | None = None
    working_days: tuple[str, ...] = DEFAULT_WORKING_DAYS
    active: bool = True


CHANGE_FIELDS = tuple(StaffChange.__dataclass_fields__)


@dataclass(frozen=True)
class AbsenceRow:
    id: uuid.UUID
    starts_on: date
    ends_on: date
    reason: str


@dataclass(frozen=True)
class StaffDetail:
    id: uuid.UUID
    username: str
    display_name: str
    email: str
    gemeente_code: str
    roles: tuple[str, ...]
    team: str
    functie: str
    expertise: tuple[str, ...]
    max_caseload: int | None
    working_days: tuple[str, ...]
    active: bool
    absences: tuple[AbsenceRow, ...]
    version: int

    def as_change(self) -> StaffChange:
        return StaffChange(
            display_name=self.display_name,
            email=self.email,
            roles=set(self.roles),
            team=self.team,
            functie=self.functie,
            expertise=set(self.expertise),
            max_caseload=self.max_caseload,
            working_days=self.working_days,
            active=self.active,
        )


def live_staff(session, staff_id: uuid.UUID) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None or staff.deleted_at is not None:
        raise StaffGone()
    return staff


def staff_detail(store: Store, actor: Actor, staff_id: uuid.UUID) -> StaffDetail:
    """Everything the maintenance form shows, with the absences not removed: for who
    maintains staff (a beheerder or teamleider) or the staff member herself
    (StaffDetailNotAllowed, audited, for anyone else)."""
    if actor is None:
        raise StaffDetailNotAllowed()
    if actor.staff_id != staff_id and not actor.has(BEHEERDER, TEAMLEIDER):
        raise audit.refusal(store, actor, StaffDetailNotAllowed())
    with store.reading() as session:
        s = live_staff(session, staff_id)
        absences = session.scalars(
            select(StaffAbsence)
            .where(StaffAbsence.staff_id == staff_id, StaffAbsence.deleted_at.is_(None))
            .order_by(StaffAbsence.starts_on, StaffAbsence.ends_on)
        )
        return StaffDetail(
            id=s.id,
            username=s.username,
            display_name=s.display_name,
            email=s.email or "",
            gemeente_code=s.gemeente_code,
            roles=tuple(r for r in ALL_ROLES if r in s.role_codes),
            team=s.team or "",
            functie=s.functie or "",
            expertise=tuple(sorted(e.tag for e in s.expertise)),
            max_caseload=s.max_caseload,
            working_days=days_of(s.working_days),
            active=s.active,
            absences=tuple(
                AbsenceRow(a.id, a.starts_on, a.ends_on, a.reason or "") for a in absences
            ),
            version=s.version,
        )


def _check_change(store: Store, actor: Actor, staff: Staff, change: StaffChange) -> dict[str, str]:
    errors = check_profile(store, change)
    was_beheerder = BEHEERDER in staff.role_codes
    if "roles" not in errors:
        if was_beheerder != (BEHEERDER in change.roles) and not actor.has(BEHEERDER):
            errors["roles"] = MSG_BEHEERDER_ROLE
        elif staff.id == actor.staff_id and was_beheerder and BEHEERDER not in change.roles:
            errors["roles"] = MSG_OWN_BEHEERDER
    if staff.active and not change.active:
        if staff.id == actor.staff_id:
            errors["active"] = MSG_OWN_ACTIVE
        elif was_beheerder and not actor.has(BEHEERDER):
            errors["active"] = MSG_DEACTIVATE_BEHEERDER
    return errors


def _apply_change(staff: Staff, change: StaffChange) -> list[str]:
    """Set what differs; returns the names of the changed fields (never values)."""
    new = {
        "display_name": change.display_name.strip(),
        "email": normalise_email(change.email) if change.email.strip() else None,
        "team": change.team or None,
        "functie": change.functie or None,
        "max_caseload": change.max_caseload,
        "working_days": days_text(change.working_days),
        "active": bool(change.active),
    }
    old = {name: getattr(staff, name) for name in new}
    old["working_days"] = days_text(days_of(staff.working_days))  # empty: the default
    changed = []
    for name, value in new.items():
        if old[name] != value:
            setattr(staff, name, value)
            changed.append(name)
    if staff.role_codes != set(change.roles):
        staff.roles = [r for r in staff.roles if r.role in change.roles] + [
            StaffRole(role=r) for r in sorted(set(change.roles) - staff.role_codes)
        ]
        changed.append("roles")
    tags = {e.tag for e in staff.expertise}
    if tags != set(change.expertise):
        staff.expertise = [e for e in staff.expertise if e.tag in change.expertise] + [
            StaffExpertise(tag=t) for t in sorted(set(change.expertise) - tags)
        ]
        changed.append("expertise")
    return [name for name in CHANGE_FIELDS if name in changed]


def update_staff(
    store: Store,
    actor: Actor,
    staff_id: uuid.UUID,
    change: StaffChange,
    expected_version: int,
) -> int:
    """Save a change to a staff member; returns the new version. A save based on an
    older version is refused (StaleVersion), never overwriting a colleague's change."""
    may_maintain(store, actor)
    with store.transaction() as session:
        staff = live_staff(session, staff_id)
        if staff.version != expected_version:
            editor = session.get(Staff, staff.updated_by) if staff.updated_by else None
            raise StaleVersion(editor.display_name if editor else "")
        errors = _check_change(store, actor, staff, change)
        if errors:
            raise ValidationFailed(errors)
        changed = _apply_change(staff, change)
        if not changed:
            return staff.version
        # Roles and expertise live in their own tables: touch the row itself, so the
        # version goes up and the UPDATE checks it in its WHERE clause.
        staff.updated_by = actor.staff_id
        staff.updated_at = utcnow()
        session.flush()
        audit.record(
            session,
            actor,
            audit.UPDATE,
            entity="staff",
            entity_id=staff.id,
            workstation=store.workstation,
            details={"velden": changed},
        )
        return staff.version
