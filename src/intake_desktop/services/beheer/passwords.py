"""Changing passwords: the signed-in person chooses a new one of their own, and a
beheerder (or a teamleider, for accounts that are no beheerder) gives a colleague who
forgot theirs a temporary one, to be replaced at its first use.

On a single PC and a laptop the staff row keeps an argon2 hash and the
``must_change_password`` flag; in server mode PostgreSQL keeps the password (only a
SCRAM verifier made here travels) and ``intake_security.password_change`` the flag.
Every change is audited, never with the password.
"""

from __future__ import annotations

import secrets
import uuid

from sqlalchemy import select, text, update

from intake_desktop.db.models import Staff
from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import BEHEERDER, Actor
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.beheer import password_policy
from intake_desktop.services.beheer.accounts import hash_password, verify_again
from intake_desktop.services.beheer.errors import (
    ResetBeheerderNotAllowed,
    ResetOwnPassword,
    StaffGone,
)
from intake_desktop.services.beheer.medewerkers import may_maintain
from intake_desktop.services.core import audit
from intake_desktop.services.core.store import Store

MSG_CURRENT_WRONG = QT_TRANSLATE_NOOP("accounts", "Het huidige wachtwoord klopt niet.")
MSG_SAME = QT_TRANSLATE_NOOP("accounts", "Kies een ander wachtwoord dan het huidige.")

# Four groups of four letters and digits without look-alikes (no 0/o, 1/l/i): read
# aloud or typed from a note without mistakes, and ~80 bits of chance.
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def temporary_password() -> str:
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(4))


def must_change_password(store: Store, actor: Actor) -> bool:
    """Signed in with a temporary password that must be replaced now (a reset, a new
    account, ``server init``, a demo account on a server). Never for a Windows-account
    sign-in: no password was typed."""
    if store.staff_login:
        if store.by_ticket:
            return False
        with store.reading() as session:
            return bool(session.scalar(text("SELECT intake_security.must_change_password()")))
    with store.reading() as session:
        return bool(
            session.scalar(select(Staff.must_change_password).where(Staff.id == actor.staff_id))
        )


def change_own_password(store: Store, actor: Actor, current: str, new_password: str) -> None:
    """A new password for the signed-in person, who proves it is her by the current one
    (after a sign-in with a temporary password: the one just typed). A wrong current
    password counts towards the lock like a wrong unlock."""
    weak = password_policy.problem(new_password, actor.username, actor.display_name)
    errors = {"password": weak} if weak else {}
    if not errors and new_password == current:
        errors["password"] = MSG_SAME
    if errors:
        raise ValidationFailed(errors)
    if not verify_again(store, actor, current, audit.PASSWORD_CHANGE_FAILED):
        raise ValidationFailed({"current": MSG_CURRENT_WRONG})
    with store.transaction() as session:
        if store.staff_login:
            from intake_desktop.db.server import scram

            session.execute(
                text("SELECT intake_security.set_own_password(:v)"),
                {"v": scram.verifier(new_password)},
            )
        else:
            session.execute(
                update(Staff)
                .where(Staff.id == actor.staff_id)
                .values(password_hash=hash_password(new_password), must_change_password=False)
                .execution_options(synchronize_session=False)
            )
        audit.record(
            session,
            actor,
            audit.PASSWORD_CHANGED,
            entity="staff",
            entity_id=actor.staff_id,
            workstation=store.workstation,
        )
    if store.staff_login:
        store.connect_as(actor.username, new_password)


def reset_password(store: Store, actor: Actor, staff_id: uuid.UUID) -> str:
    """A temporary password for a colleague, returned once to be handed over in person;
    it must be replaced at the first sign-in. Only a beheerder resets a beheerder's."""
    may_maintain(store, actor)
    if staff_id == actor.staff_id:
        raise audit.refusal(store, actor, ResetOwnPassword())
    temporary = temporary_password()
    with store.transaction() as session:
        staff = session.get(Staff, staff_id)
        if staff is None or staff.deleted_at is not None:
            raise StaffGone()
        if BEHEERDER in staff.role_codes and not actor.has(BEHEERDER):
            raise audit.refusal(store, actor, ResetBeheerderNotAllowed())
        # In server mode the database turns the verifier into the login role's password
        # and marks it temporary (db/server/functions.staff_login).
        staff.password_hash = hash_password(temporary, store)
        staff.must_change_password = True
        staff.updated_by = actor.staff_id
        session.flush()
        audit.record(
            session,
            actor,
            audit.PASSWORD_RESET,
            entity="staff",
            entity_id=staff.id,
            workstation=store.workstation,
        )
    return temporary
