"""Staff accounts: creating one (the very first beheerder, or a new colleague from
"Medewerkers"), signing in, checking a password again, and hashing passwords. Maintaining
staff members is ``medewerkers``."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy import func, select, update

from intake_desktop.db.models import Staff, StaffExpertise, StaffRole
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import BEHEERDER, Actor
from intake_desktop.domain.validation import ValidationFailed, normalise_email
from intake_desktop.services.beheer import password_policy, sign_in_guard
from intake_desktop.services.beheer.errors import BeheerderExists, FirstAccountNotBeheerder
from intake_desktop.services.beheer.medewerkers import (
    DEFAULT_WORKING_DAYS,
    MSG_BEHEERDER_ROLE,
    check_profile,
    days_text,
    may_maintain,
)
from intake_desktop.services.core import audit
from intake_desktop.services.core.errors import SignInFailed
from intake_desktop.services.core.store import SIGN_IN_REFUSED, Store

MIN_PASSWORD = password_policy.MIN_LENGTH

# One message for every failed sign-in, the server's refusal included.
MSG_SIGN_IN = SIGN_IN_REFUSED


# The argon2 parameters: None is argon2-cffi's default (RFC 9106, low-memory profile:
# 64 MiB, 3 passes). Only the test suite sets a cheaper profile, to spend its time on
# tests rather than on hashing; nothing a user or the environment sets can change it.
HASH_PROFILE = None


def _hasher():
    from argon2 import PasswordHasher

    if HASH_PROFILE is not None:
        return PasswordHasher.from_parameters(HASH_PROFILE)
    return PasswordHasher()


def hash_password(password: str, store: Store | None = None) -> str:
    """What the staff table stores: an argon2 hash, or in server mode the SCRAM
    verifier the database turns into the login role's password (and then removes)."""
    if store is not None and store.staff_login:
        from intake_desktop.db.server import scram

        return scram.verifier(password)
    return _hasher().hash(password)


def _verify(stored_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@dataclass
class NewStaff:
    username: str
    display_name: str
    password: str
    roles: set[str]
    gemeente_code: str
    email: str = ""
    team: str = ""
    max_caseload: int | None = None
    functie: str = ""
    expertise: set[str] = field(default_factory=set)
    working_days: Collection[str] = DEFAULT_WORKING_DAYS


def actor_of(staff: Staff) -> Actor:
    return Actor(
        staff.id,
        staff.username,
        staff.display_name,
        frozenset(staff.role_codes),
        staff.gemeente_code,
    )


def has_staff(store: Store) -> bool:
    with store.reading() as session:
        return bool(session.scalar(select(func.count()).select_from(Staff)))


def _check_new(store: Store, new: NewStaff, session) -> dict[str, str]:
    errors = check_profile(store, new)
    username = new.username.strip().lower()
    if not username or not username.replace(".", "").replace("-", "").isalnum():
        errors["username"] = QT_TRANSLATE_NOOP(
            "accounts", "Gebruik letters en cijfers (eventueel . of -)."
        )
    elif session.scalar(select(Staff.id).where(Staff.username == username)):
        errors["username"] = QT_TRANSLATE_NOOP("accounts", "Deze gebruikersnaam bestaat al.")
    weak = password_policy.problem(new.password, username, new.display_name)
    if weak:
        errors["password"] = weak
    return errors


def create_staff(store: Store, actor: Actor | None, new: NewStaff) -> uuid.UUID:
    """Create an account. Without an actor only the very first beheerder may be made;
    a teamleider creates accounts too, but no beheerder."""
    with store.transaction() as session:
        if actor is None:
            if session.scalar(select(func.count()).select_from(Staff)):
                raise BeheerderExists()
            if BEHEERDER not in new.roles:
                raise FirstAccountNotBeheerder()
        else:
            may_maintain(store, actor)
        errors = _check_new(store, new, session)
        if actor is not None and BEHEERDER in new.roles and not actor.has(BEHEERDER):
            errors.setdefault("roles", MSG_BEHEERDER_ROLE)
        if errors:
            raise ValidationFailed(errors)
        staff = Staff(
            username=new.username.strip().lower(),
            display_name=new.display_name.strip(),
            email=normalise_email(new.email) if new.email.strip() else None,
            password_hash=hash_password(new.password, store),
            # A first password someone else chose is temporary; the very first
            # beheerder chose her own.
            must_change_password=actor is not None,
            gemeente_code=new.gemeente_code,
            team=new.team or None,
            functie=new.functie or None,
            max_caseload=new.max_caseload,
            working_days=days_text(new.working_days),
            created_by=actor.staff_id if actor else None,
            roles=[StaffRole(role=r) for r in sorted(new.roles)],
            expertise=[StaffExpertise(tag=t) for t in sorted(new.expertise)],
        )
        session.add(staff)
        session.flush()
        audit.record(
            session,
            actor or actor_of(staff),
            audit.CREATE,
            entity="staff",
            entity_id=staff.id,
            workstation=store.workstation,
            details={"rollen": sorted(new.roles)},
        )
        return staff.id


def sign_in(store: Store, username: str, password: str) -> Actor:
    """Check the password; every failure is audited and gives the same message. In
    server mode PostgreSQL checks it: the store connects as this staff member (a
    failure is then in the server's log, the program cannot write it)."""
    name = username.strip().lower()
    if store.staff_login:
        return _sign_in_to_server(store, name, password)
    refused: SignInFailed | None = None
    with store.transaction() as session:
        staff = session.scalar(select(Staff).where(Staff.username == name))
        # An unknown name may be a password typed in the wrong box: not kept as typed.
        counted_as = name if staff is not None else UNKNOWN_NAME
        try:
            sign_in_guard.check(session, counted_as, store.workstation, utcnow())
        except sign_in_guard.SignInWait as wait:
            refused = wait
        # The same work for an unknown name, an inactive account and a wrong password:
        # how long the answer takes tells nothing about which names exist.
        verified = refused is None and _verify(
            staff.password_hash if staff is not None else _dummy_hash(), password
        )
        ok = verified and staff.active and staff.deleted_at is None
        if not ok:
            audit.record(
                session,
                None,
                audit.SIGN_IN_FAILED,
                username=counted_as,
                workstation=store.workstation,
                details={"te_veel_pogingen": True} if refused else None,
            )
        else:
            _signed_in_now(session, staff)
            actor = actor_of(staff)
            audit.record(session, actor, audit.SIGN_IN, workstation=store.workstation)
    if refused is not None:
        raise refused
    if not ok:
        raise SignInFailed(MSG_SIGN_IN)
    return actor


def _signed_in_now(session, staff: Staff) -> None:
    """Not through the row's version: two counters signing in with the same account at
    the same moment must both succeed."""
    session.execute(
        update(Staff)
        .where(Staff.id == staff.id)
        .values(last_sign_in_at=utcnow())
        .execution_options(synchronize_session=False)
    )


def sign_out(store: Store, actor: Actor, how: str = "afmelden") -> None:
    """Afmelden or Wissel gebruiker (``how``): audited, then the store works for nobody
    until the next sign-in (in server mode her connections end). An unreachable server
    does not keep her signed in: the audit row is then missing, the log says so."""
    from intake_desktop.services.core.errors import ServiceError

    try:
        audit.record_standalone(store, actor, audit.SIGN_OUT, details={"wijze": how})
    except ServiceError as exc:
        import logging

        logging.getLogger(__name__).warning("sign-out not audited: %s", type(exc).__name__)
    finally:
        store.sign_out()


UNKNOWN_NAME = "(onbekende naam)"
_DUMMY: dict = {}


def _dummy_hash() -> str:
    """A hash made with the same parameters as real ones, to verify against when there
    is no account (made once per parameter set)."""
    key = repr(HASH_PROFILE)
    if key not in _DUMMY:
        _DUMMY[key] = _hasher().hash("geen-account-" + key)
    return _DUMMY[key]


def login_name() -> str:
    """The operating system's name for the person at this computer, as the server's
    login role has it with ``include_realm=0``: "GEMEENTE\\a.jansen" and
    "a.jansen@GEMEENTE.NL" both become "a.jansen"."""
    import getpass

    return getpass.getuser().rsplit("\\", 1)[-1].split("@", 1)[0].strip().lower()


def sign_in_with_ticket(store: Store) -> Actor:
    """Server mode with single sign-on (Kerberos, SSPI on Windows): PostgreSQL accepts
    the ticket of the person signed in to the computer; no password is typed or kept."""
    if not store.staff_login:
        raise SignInFailed(MSG_SIGN_IN)
    return _sign_in_to_server(store, login_name(), None)


def _sign_in_to_server(store: Store, name: str, password: str | None) -> Actor:
    if not name or password == "":
        raise SignInFailed(MSG_SIGN_IN)
    store.connect_as(name, password)
    with store.transaction() as session:
        staff = session.scalar(select(Staff).where(Staff.username == name))
        if staff is None or not staff.active or staff.deleted_at is not None:
            store.close()
            raise SignInFailed(MSG_SIGN_IN)
        _signed_in_now(session, staff)
        actor = actor_of(staff)
        audit.record(
            session,
            actor,
            audit.SIGN_IN,
            workstation=store.workstation,
            details={"wijze": "windows-account" if store.by_ticket else "wachtwoord"},
        )
    return actor


# Wrong passwords of a signed-in person count together, wherever they were typed.
AGAIN_FAILED = (audit.UNLOCK_FAILED, audit.PASSWORD_CHANGE_FAILED)


def verify_again(
    store: Store, actor: Actor, password: str, action: str = audit.UNLOCK_FAILED
) -> bool:
    """The signed-in person types their password again (unlocking an idle window,
    changing the password); a wrong one is audited as ``action``. After too many
    wrong ones, ``SignInWait`` (wait, or locked for a while)."""
    if store.staff_login:
        ok = store.password_works(password)
        if not ok:
            audit.record_standalone(store, actor, action)
        return ok
    refused = None
    with store.transaction() as session:
        try:  # guessing at a locked window is slowed down and stopped like a sign-in
            sign_in_guard.check(session, actor.username, store.workstation, utcnow(), AGAIN_FAILED)
        except sign_in_guard.SignInWait as wait:
            refused = wait
        staff = session.get(Staff, actor.staff_id)
        ok = (
            refused is None
            and staff is not None
            and staff.active
            and staff.deleted_at is None
            and _verify(staff.password_hash, password)
        )
        if not ok:
            audit.record(session, actor, action, workstation=store.workstation)
    if refused is not None:
        raise refused
    return ok
