"""Taking clients along on a laptop ("Meenemen voor huisbezoek") and giving them back.

The laptop's store is an encrypted SQLite file with the same schema as the server
(services/laptop_key). A check-out copies the chosen clients with their whole history,
and the staff and kick-off sessions the screens need (services/client_copy), then
switches on the triggers that record every later change in the outbox
(services/sync_rows). No Qt."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, func, select, update

from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import KLANTMANAGER, TEAMLEIDER, WISSELWACHTER, Actor
from intake_desktop.services.core import access, audit
from intake_desktop.services.core.store import Store
from intake_desktop.services.laptop.client_copy import (
    Progress,
    chunks,
    copy_clients,
    copy_reference,
    own_password_hash,
    remove_clients,
)
from intake_desktop.services.laptop.errors import (
    NoCheckoutRole,
    NoClientsChosen,
    OtherServer,
    OtherUsersLaptop,
)
from intake_desktop.services.laptop.sync_rows import (
    CAPTURED,
    RECORDS_OF_CHANGE,
    table,
    trigger_statements,
)

CHECK_OUT = "meenemen"
CHECK_IN = "terugzetten"


def laptop_path(data_dir: Path, username: str) -> Path:
    """Where a staff member's encrypted laptop store lives."""
    return Path(data_dir) / "laptop" / f"{username}.sqlite"


def laptop_supported() -> bool:
    """True when the encryption (sqlcipher3) and keyring packages are installed."""
    try:
        import keyring  # noqa: F401
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass(frozen=True)
class LaptopStatus:
    checked_out: int
    unsynced: int
    conflicts: int
    last_sync_at: datetime | None
    staff_id: uuid.UUID | None


@dataclass(frozen=True)
class CheckoutResult:
    clients: int
    rows: int
    already_on_laptop: int
    # Clients another laptop has checked out too: (client display name, staff name).
    also_elsewhere: list[tuple[str, str]]


def server_label(server: Store) -> str:
    """Which database a laptop belongs to (its URL without password)."""
    return server.engine.url.render_as_string(hide_password=True)[:300]


def check_same_server(server: Store, laptop: Store) -> None:
    from intake_desktop.db.models import SyncState

    with laptop.reading() as session:
        state = session.get(SyncState, 1)
        expected = state.server if state else ""
    if expected and expected != server_label(server):
        raise OtherServer()


def install_triggers(connection: Connection) -> None:
    for name in CAPTURED:
        for statement in trigger_statements(table(name)):
            connection.exec_driver_sql(statement)


def refresh_triggers(laptop: Store) -> None:
    """Called at every opening of a laptop store: a migration that rebuilt a table
    dropped its triggers, or added a column they must carry."""
    from intake_desktop.db.models import SyncState

    with laptop.transaction() as session:
        if session.get(SyncState, 1) is not None:
            install_triggers(session.connection())


def ensure_laptop(laptop: Store, actor: Actor, server: str = "") -> uuid.UUID:
    """Make the store a laptop store for ``actor`` and ``server`` (once); returns the
    laptop id."""
    from intake_desktop.db.models import SyncState

    with laptop.transaction() as session:
        state = session.get(SyncState, 1)
        if state is None:
            state = SyncState(id=1, laptop_id=uuid.uuid4(), staff_id=actor.staff_id, server=server)
            session.add(state)
        elif state.staff_id != actor.staff_id:
            raise OtherUsersLaptop()
        elif server and state.server and state.server != server:
            raise OtherServer()
        elif server and not state.server:
            state.server = server
        laptop_id = state.laptop_id
        install_triggers(session.connection())
    return laptop_id


def laptop_status(laptop: Store) -> LaptopStatus:
    from intake_desktop.db.models import Client, OutboxEntry, SyncConflict, SyncState

    with laptop.reading() as session:
        state = session.get(SyncState, 1)
        return LaptopStatus(
            checked_out=session.scalar(
                select(func.count()).select_from(Client).where(Client.deleted_at.is_(None))
            )
            or 0,
            # Changes a person made; the audit events and corrections that record them
            # are not counted.
            unsynced=session.scalar(
                select(func.count())
                .select_from(OutboxEntry)
                .where(OutboxEntry.table_name.not_in(RECORDS_OF_CHANGE))
            )
            or 0,
            conflicts=session.scalar(
                select(func.count())
                .select_from(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None))
            )
            or 0,
            last_sync_at=state.last_sync_at if state else None,
            staff_id=state.staff_id if state else None,
        )


def checked_out_ids(laptop: Store) -> list[uuid.UUID]:
    from intake_desktop.db.models import Client

    with laptop.reading() as session:
        return list(session.scalars(select(Client.id)))


def set_capturing(connection: Connection, on: bool) -> None:
    from intake_desktop.db.models import SyncState

    connection.execute(update(SyncState).where(SyncState.id == 1).values(capturing=on))


def check_out(
    server: Store,
    laptop: Store,
    actor: Actor,
    client_ids: Iterable[uuid.UUID],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CheckoutResult:
    """Copy the chosen clients to the laptop, record the check-out on the server
    (audited per client) and start capturing changes."""
    if not actor.has(KLANTMANAGER, WISSELWACHTER, TEAMLEIDER):
        raise audit.refusal(server, actor, NoCheckoutRole())
    wanted = list(dict.fromkeys(client_ids))
    if not wanted:
        raise NoClientsChosen()
    laptop_id = ensure_laptop(laptop, actor, server_label(server))
    present = set(checked_out_ids(laptop))
    # First the record of what leaves the office (check-outs and audit), then the copy;
    # a copy that fails or is cancelled closes those check-outs again.
    new, elsewhere = _record_checkouts(
        server, actor, laptop_id, [c for c in wanted if c not in present]
    )
    try:
        with server.reading() as session, laptop.transaction() as local:
            source, target = session.connection(), local.connection()
            set_capturing(target, False)
            copy_reference(source, target, actor.staff_id, own_password_hash(server, actor))
            rows = copy_clients(source, target, new, progress, cancelled)
            set_capturing(target, True)
            from intake_desktop.db.models import SyncState

            local.get(SyncState, 1).checked_out_at = utcnow()
    except BaseException:
        _close_checkouts(server, actor, laptop_id, new, broken_off=True)
        raise
    return CheckoutResult(
        clients=len(new),
        rows=rows,
        already_on_laptop=len(wanted) - len([c for c in wanted if c not in present]),
        also_elsewhere=[(f"{first} {last}".strip(), staff) for first, last, staff in elsewhere],
    )


# Need to know (toegang.toml): only a client whose whole dossier the actor may read goes
# on her laptop; otherwise the check-out is refused (and that is audited).
LAPTOP_PARTS = ("identiteit", "contact", "gesprekken", "afspraken", "notities", "plannen")


def _record_checkouts(server: Store, actor: Actor, laptop_id, new: list) -> tuple[list, list]:
    """A check-out row and an audit row per client that (still) exists; returns those
    clients and the (first name, surname, staff name) of those another laptop has too."""
    from intake_desktop.db.models import Checkout, Client, Staff

    with server.transaction() as session:
        existing = set()
        for chunk in chunks(new):
            existing.update(
                session.scalars(
                    select(Client.id).where(Client.id.in_(chunk), Client.deleted_at.is_(None))
                )
            )
        for client_id in new:  # on a server, one she may not see is refused, not skipped
            if client_id not in existing:
                access.live_client(session, server, actor, client_id, "identiteit", "meenemen")
        new = [c for c in new if c in existing]
        for client_id in new:  # the whole dossier goes along: all of it must be readable
            client = session.get(Client, client_id)
            access.require(session, server, actor, client, *LAPTOP_PARTS, what="meenemen")
        elsewhere = []
        for chunk in chunks(new):
            elsewhere.extend(
                session.execute(
                    select(Client.first_names, Client.surname, Staff.display_name)
                    .join(Checkout, Checkout.client_id == Client.id)
                    .join(Staff, Staff.id == Checkout.staff_id)
                    .where(
                        Checkout.client_id.in_(chunk),
                        Checkout.returned_at.is_(None),
                        Checkout.laptop_id != laptop_id,
                    )
                ).all()
            )
        now = utcnow()
        for client_id in new:
            session.add(
                Checkout(
                    client_id=client_id,
                    staff_id=actor.staff_id,
                    laptop_id=laptop_id,
                    workstation=server.workstation,
                    checked_out_at=now,
                )
            )
            audit.record(
                session,
                actor,
                CHECK_OUT,
                workstation=server.workstation,
                client_id=client_id,
                entity="laptop",
                entity_id=laptop_id,
            )
    return new, elsewhere


def record_refreshed(server: Store, actor: Actor, laptop_id, ids: list) -> None:
    """A synchronisation that copied these clients to the laptop again: one audit row
    per client (and so one Logboek record per person, db/logboek.py)."""
    with server.transaction() as session:
        for client_id in ids:
            audit.record(
                session,
                actor,
                "synchroniseren",
                workstation=server.workstation,
                client_id=client_id,
                entity="laptop",
                entity_id=laptop_id,
            )


def _close_checkouts(server: Store, actor: Actor, laptop_id, ids: list, broken_off=False) -> None:
    from intake_desktop.db.models import Checkout

    with server.transaction() as session:
        for chunk in chunks(ids):
            session.execute(
                update(Checkout)
                .where(
                    Checkout.client_id.in_(chunk),
                    Checkout.laptop_id == laptop_id,
                    Checkout.returned_at.is_(None),
                )
                .values(returned_at=utcnow())
            )
        for client_id in ids:
            audit.record(
                session,
                actor,
                CHECK_IN,
                workstation=server.workstation,
                client_id=client_id,
                entity="laptop",
                entity_id=laptop_id,
                details={"afgebroken": True} if broken_off else None,
            )


def return_clients(
    server: Store, laptop: Store, actor: Actor, client_ids: Iterable[uuid.UUID]
) -> int:
    """Take clients off the laptop (after their changes are pushed) and close their
    check-outs on the server."""
    from intake_desktop.db.models import SyncState

    ids = list(dict.fromkeys(client_ids))
    if not ids:
        return 0
    with laptop.reading() as local:
        laptop_id = local.get(SyncState, 1).laptop_id
    # The laptop is emptied first: if the server cannot be told afterwards, the
    # check-outs stay open (on the safe side), never the other way round.
    with laptop.transaction() as local:
        target = local.connection()
        set_capturing(target, False)
        remove_clients(target, ids)
        set_capturing(target, True)
    _close_checkouts(server, actor, laptop_id, ids)
    return len(ids)
