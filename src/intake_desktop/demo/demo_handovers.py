"""Hand-overs waiting in the demo's back offices: two for schuldhulpverlening (one taken
by a member, one nobody took yet and late), one for Bbz, one for inburgering, each for
a client with a klantmanager who gets the report-back; a referral to a partner waiting
for an answer; and yesterday's kick-off of Matchen with clients whose attendance is
still to be recorded."""

from __future__ import annotations

from datetime import timedelta

from intake_desktop.db.models import Client
from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.roles import BALIEMEDEWERKER
from intake_desktop.services.beheer.accounts import actor_of
from intake_desktop.services.overdracht import backoffice

# team, title, question, taken by (username or None), days since the hand-over
HANDOVERS = [
    (
        "schuldhulpverlening",
        "Afspraak schuldhulpverlening inplannen",
        "Betalingsachterstand bij de zorgverzekeraar en de energieleverancier.",
        "shv.dekker",
        1,
    ),
    (
        "schuldhulpverlening",
        "Afspraak schuldhulpverlening inplannen",
        "Deurwaarder is langs geweest; wil een betalingsregeling.",
        None,
        4,
    ),
    (
        "bbz",
        "Contact opnemen: zelfstandige met geldzorgen (Bbz)",
        "Kapper, omzet gehalveerd.",
        None,
        1,
    ),
    (
        "inburgering",
        "Regulier inburgeringstraject starten",
        "Inburgeringsplichtig sinds maart.",
        None,
        1,
    ),
]


def handovers(session, store, rows: list[dict], staff) -> None:
    by_name = {s.username: s for s in staff}
    counter = actor_of(next(s for s in staff if BALIEMEDEWERKER in s.role_codes))
    with_km = [r for r in rows if r.get("klantmanager_id") and r.get("status") == "in_traject"]
    now = utcnow()
    for row, (team, title, question, taken_by, days) in zip(
        with_km[-20::5], HANDOVERS, strict=False
    ):
        if store.config.toewijzing.team(team) is None:
            continue  # a municipality without this back office
        client = session.get(Client, row["id"])
        task = backoffice.hand_over(
            session,
            store,
            counter,
            client,
            team=team,
            title=title,
            due_at=now - timedelta(days=days) + timedelta(days=2),
            origin="aanmelding",
            vraag=question,
        )
        if taken_by in by_name:
            task.assigned_to = by_name[taken_by].id


def referral_and_past_kickoff(session, store, rows: list[dict], staff) -> None:
    from intake_desktop.db.models import KickoffBooking, KickoffSession
    from intake_desktop.services.overdracht import verwijzing

    by_id = {s.id: s for s in staff}
    matchen = [r for r in rows if r.get("klantgroep") == "matchen" and r.get("klantmanager_id")]
    if matchen and store.config.partners:
        client = session.get(Client, matchen[0]["id"])
        km = actor_of(by_id[client.klantmanager_id])
        verwijzing.refer_in_session(
            session,
            store,
            km,
            client,
            verwijzing.Referral(
                store.config.partners[0].naam, "Hulp bij de opvoeding van de kinderen", "mondeling"
            ),
            "dossier",
        )
    yesterday = (
        (utcnow() - timedelta(days=1))
        .astimezone()
        .replace(hour=10, minute=0, second=0, microsecond=0)
    )
    past = KickoffSession(
        klantgroep="matchen",
        starts_at=yesterday,
        location="Werkplein, zaal 2",
        trainer="Tom Trainer",
        capacity=12,
    )
    session.add(past)
    session.flush()
    for row in matchen[1:4]:
        session.add(KickoffBooking(session_id=past.id, client_id=row["id"]))
