"""Letters to clients: the appointment confirmation and the kick-off invitations, through
the services (text read back from the PDF) and through the agenda and kick-off screens."""

from __future__ import annotations

import io
import uuid
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import select

from intake_desktop.db.models import Aanmelding, AuditEvent, KickoffSession
from intake_desktop.domain.calendar import at_local
from intake_desktop.domain.validation import ClientInput
from intake_desktop.services.agenda import brieven
from intake_desktop.services.agenda.errors import (
    AppointmentNotFound,
    KickoffNotFound,
    MayNotInvite,
    NotUpcoming,
)
from intake_desktop.services.balie import aanmelding, ambitiegesprek
from intake_desktop.services.beheer import accounts
from intake_desktop.services.core.access import NoAccess
from tests.support.journey import growing_client, scan, screen, session_for
from tests.support.staff import DEMO_PASSWORD, make_staff
from tests.support.ui import activate, answer_message_box, when_modal

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL

MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december"
).split()


@pytest.fixture
def team(store, beheerder):
    make_staff(
        store, "wissel", {"poortwachter", "wisselwachter"}, actor=beheerder, name="Willem Wissel"
    )
    make_staff(store, "km", {"klantmanager"}, actor=beheerder, name="Karin Klant")
    return (
        accounts.sign_in(store, "wissel", DEMO_PASSWORD),
        accounts.sign_in(store, "km", DEMO_PASSWORD),
    )


def register(store, actor, first="Noël", surname="Maës", bsn="999990019", **address):
    address = address or {
        "street": "Kerkstraat",
        "house_number": "12",
        "house_number_suffix": "A",
        "postcode": "1234AB",
        "city": "Voorbeeld",
    }
    return aanmelding.register_aanmelding(
        store,
        actor,
        aanmelding.AanmeldingRequest(
            channel="balie",
            route="intake",
            question="Werk en inkomen",
            client=ClientInput(
                first_names=first, surname=surname, bsn=bsn, birth_date="01-01-1990", **address
            ),
        ),
    ).aanmelding_id


def next_tuesday_at_ten():
    today = date.today()
    day = today + timedelta(days=(1 - today.weekday()) % 7 + 7)
    return at_local(day, 10)


def planned_appointment(store, balie, team):
    """A client with an address and a Work First intake next Tuesday at 10:00."""
    wissel, km = team
    item_id = register(store, balie)
    screen(store, wissel, item_id)
    when = next_tuesday_at_ten()
    done = scan(store, wissel, item_id, km.staff_id, when=when)
    return done.appointment_ids[0], when


def pdf_text(data: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def print_rows(store, entity):
    with store.reading() as s:
        return list(
            s.scalars(
                select(AuditEvent).where(
                    AuditEvent.action == "afdrukken", AuditEvent.entity == entity
                )
            )
        )


def test_dutch_dates_without_locale():
    from intake_desktop.documents.brieven import day_and_date, long_date, moment_in_words

    assert long_date(date(2026, 3, 1)) == "1 maart 2026"
    assert day_and_date(date(2026, 11, 24)) == "dinsdag 24 november 2026"
    assert moment_in_words(at_local(date(2027, 1, 3), 9, 5)) == "zondag 3 januari 2027 om 09:05"


def test_confirmation_letter_says_what_when_where_and_what_to_bring(store, balie, team):
    appointment_id, when = planned_appointment(store, balie, team)
    _wissel, km = team
    data = brieven.afspraak_bevestiging(store, km, appointment_id)  # her client's appointment
    text, pages = pdf_text(data)
    assert pages == 1
    assert "Noël Maës" in text and "Beste Noël Maës," in text
    assert "Kerkstraat 12 A" in text and "1234 AB Voorbeeld" in text
    assert "Betreft: bevestiging van uw afspraak" in text
    assert "Intake Work First" in text
    month = MONTHS[when.month - 1]
    assert f"dinsdag {when.day} {month} {when.year} om 10:00" in text
    assert "tot ongeveer 10:45" in text
    assert "Werkplein, Work First-balie" in text and "Stationsplein 1" in text
    assert "Karin Klant" in text  # with whom, and the klantmanager who signs
    for item in ("Geldig identiteitsbewijs", "Cv (als u dat heeft)", "Diploma's en certificaten"):
        assert item in text
    assert "Kunt u niet komen?" in text and "14 0000" in text
    assert "999990019" not in text
    rows = print_rows(store, "afspraak")
    assert [(r.entity_id, r.details) for r in rows] == [
        (appointment_id, {"brief": "bevestiging", "uitvoer": "voorbeeld"})
    ]


def test_confirmation_only_for_an_appointment_still_to_come(store, balie, team):
    from tests.support.journey import started_a_while_ago

    _wissel, km = team
    with pytest.raises(AppointmentNotFound, match="Deze afspraak bestaat niet"):
        brieven.afspraak_bevestiging(store, km, uuid.uuid4())
    appointment_id, _when = planned_appointment(store, balie, team)
    started_a_while_ago(store, [appointment_id])
    with pytest.raises(NotUpcoming, match="die nog moet komen"):
        brieven.afspraak_bevestiging(store, km, appointment_id)
    assert print_rows(store, "afspraak") == []


def test_the_counter_reads_no_appointments_so_makes_no_confirmation(store, balie, team):
    appointment_id, _when = planned_appointment(store, balie, team)
    with pytest.raises(NoAccess, match="Met uw rol mag u de afspraken en taken van deze klant"):
        brieven.afspraak_bevestiging(store, balie, appointment_id)
    assert print_rows(store, "afspraak") == []


def booked_clients(store, balie, beheerder, intaker, names):
    session_id = session_for(store, beheerder, "groeien")
    bsns = iter(["999990007", "999990019", "999990020", "999990032", "999990044"])
    for first, surname in names:
        item_id = register(store, balie, first, surname, next(bsns))
        with store.reading() as s:
            client_id = s.get(Aanmelding, item_id).client_id
        ambitiegesprek.complete_ambitiegesprek(
            store,
            intaker,
            client_id,
            growing_client(store, store.config, chosen="groeien", kickoff_session_id=session_id),
        )
    return session_id


NAMES = [("Noël", "Maës"), ("Anna Maria", "Çelik"), ("Piet", "Jansen")]


def test_one_invitation_per_booked_client(store, balie, beheerder, intaker, tmp_path):
    session_id = booked_clients(store, balie, beheerder, intaker, NAMES)
    folder = tmp_path / "brieven"
    seen = []
    result = brieven.kickoff_uitnodigingen(
        store, intaker, session_id, folder, lambda d, t: seen.append((d, t))
    )
    assert (result.written, result.total, result.cancelled) == (3, 3, False)
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    files = sorted(p.name for p in folder.iterdir())
    with store.reading() as s:
        stamp = s.get(KickoffSession, session_id).starts_at.astimezone().date().isoformat()
    assert files == [
        f"uitnodiging-kickoff-{stamp}-01.pdf",
        f"uitnodiging-kickoff-{stamp}-02.pdf",
        f"uitnodiging-kickoff-{stamp}-03.pdf",
    ]
    text, pages = pdf_text((folder / files[2]).read_bytes())
    assert pages == 1
    assert "Beste Noël Maës," in text and "kick-off Groeien" in text
    assert "verplicht" in text and "Tom Trainer" in text and "Werkplein, zaal 2" in text
    assert "Een geldig identiteitsbewijs" in text
    rows = print_rows(store, "kickoff")
    assert len(rows) == 3 and {r.entity_id for r in rows} == {session_id}
    assert all(r.details == {"brief": "uitnodiging", "uitvoer": "opslaan"} for r in rows)


def test_cancelling_keeps_what_was_written(store, balie, beheerder, intaker, tmp_path):
    session_id = booked_clients(store, balie, beheerder, intaker, NAMES)
    folder = tmp_path / "brieven"
    done = [0]
    result = brieven.kickoff_uitnodigingen(
        store,
        intaker,
        session_id,
        folder,
        lambda d, t: done.__setitem__(0, d),
        lambda: done[0] >= 2,
    )
    assert (result.written, result.total, result.cancelled) == (2, 3, True)
    assert len(list(folder.iterdir())) == 2  # and no half-written temporary files
    assert len(print_rows(store, "kickoff")) == 2


def test_invitations_need_the_right_role_and_a_real_session(store, balie, intaker, tmp_path):
    with pytest.raises(MayNotInvite, match="intaker, klantmanager of teamleider"):
        brieven.kickoff_uitnodigingen(store, balie, uuid.uuid4(), tmp_path)
    with pytest.raises(KickoffNotFound, match="Deze kick-off bestaat niet"):
        brieven.kickoff_uitnodigingen(store, intaker, uuid.uuid4(), tmp_path)


# --- on screen ----------------------------------------------------------------------------
def test_kickoff_view_saves_the_invitations(
    qtbot, store, balie, beheerder, intaker, tmp_path, monkeypatch
):
    from intake_desktop.ui.agenda.kickoff_view import KickoffView

    booked_clients(store, balie, beheerder, intaker, NAMES[:2])
    folder = tmp_path / "brieven"
    folder.mkdir()
    monkeypatch.setattr(
        "intake_desktop.ui.agenda.kickoff_view.QFileDialog.getExistingDirectory",
        lambda *args, **kwargs: str(folder),
    )
    view = KickoffView(store, intaker)
    qtbot.addWidget(view)
    view.show()
    activate(view)
    assert view.invite_button.isEnabled()  # the first session is selected
    seen: list[str] = []
    answer_message_box("OK", seen)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == [f"2 uitnodigingen opgeslagen in {folder}."]
    assert len(list(folder.glob("uitnodiging-kickoff-*.pdf"))) == 2


def test_kickoff_view_prints_all_invitations_as_one_document(
    qtbot, store, balie, beheerder, intaker, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from intake_desktop.ui.agenda.kickoff_view import KickoffView
    from tests.support.ui import when_modal

    booked_clients(store, balie, beheerder, intaker, NAMES[:2])
    target = tmp_path / "alle-uitnodigingen.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    view = KickoffView(store, intaker)
    qtbot.addWidget(view)
    view.show()
    activate(view)
    shown = {}

    def preview(dialog):
        shown["pages"] = dialog.pages_label.text()
        answer_message_box("OK", shown.setdefault("saved", []))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    failures = when_modal(preview)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(shown.get("saved")) or bool(failures), timeout=10000)
    failures.check()
    assert shown["pages"] == "2 pagina('s)"
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(target)).pages).split())
    assert all(surname in text for _first, surname in NAMES[:2])
    assert len(print_rows(store, "kickoff")) == 2  # one per client, once it was saved
    from intake_desktop.ui.widgets.pdf_view import PdfViewDialog

    qtbot.waitUntil(lambda: not view.findChildren(PdfViewDialog))


def test_kickoff_view_hides_invitations_from_the_counter(qtbot, store, balie):
    from intake_desktop.ui.agenda.kickoff_view import KickoffView

    view = KickoffView(store, balie)
    qtbot.addWidget(view)
    assert view.invite_button.isHidden()


def test_agenda_shows_the_confirmation(qtbot, store, balie, team):
    from intake_desktop.ui.agenda.agenda_view import AgendaView
    from intake_desktop.ui.widgets.pdf_view import PdfViewDialog

    appointment_id, when = planned_appointment(store, balie, team)
    _, km = team
    view = AgendaView(store, km)
    qtbot.addWidget(view)
    view.show()
    activate(view)
    view.day.setDate(when.date())
    assert view.table.rowCount() == 1 and view.confirm_button.isEnabled()
    shown = {}

    def look(dialog):
        assert isinstance(dialog, PdfViewDialog)
        shown["title"], shown["pages"] = dialog.windowTitle(), dialog.pages_label.text()
        dialog.reject()

    failures = when_modal(look)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(shown) or bool(failures), timeout=10000)
    failures.check()
    # Closed and deleted with the view still alive (a dialog deleted later than its
    # parent view would be a dangling pointer when the test's view goes away).
    qtbot.waitUntil(lambda: not view.findChildren(PdfViewDialog))
    assert shown == {"title": "Bevestiging afspraak – Noël Maës", "pages": "1 pagina('s)"}
    assert len(print_rows(store, "afspraak")) == 1
    view.day.setDate(when.date() + timedelta(days=1))  # no appointment selected
    assert not view.confirm_button.isEnabled()
