"""After a kick-off, from the keyboard: who came (absent without notice calls the
client up); and the klantmanager's decision on a proposed measure from her
werkvoorraad."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from intake_desktop.db.models import Appointment, KickoffBooking, Maatregel
from intake_desktop.domain.clock import utcnow
from intake_desktop.services.agenda import agenda
from intake_desktop.ui.agenda.kickoff_presence_dialog import KickoffPresenceDialog
from intake_desktop.ui.agenda.maatregel_dialog import MeasureDialog
from intake_desktop.ui.caseload.werkvoorraad_view import WerkvoorraadView
from tests.agenda.test_kickoff_presence_service import booked  # noqa: F401 (fixture)
from tests.support.ui import activate, answer_message_box, type_text, when_modal


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def test_absent_then_missed_again_and_the_decision(qtbot, store, staff, booked):  # noqa: F811
    km = staff[1]
    session_id, booking_id, client_id = booked
    dialog = KickoffPresenceDialog(store, km, session_id, "vandaag")
    qtbot.addWidget(dialog)
    dialog.show()
    activate(dialog)
    assert QApplication.focusWidget() is dialog.choices[0]
    for _ in range(3):  # aanwezig, afwezig met bericht, afwezig zonder bericht
        key(qtbot, Qt.Key.Key_Down)
    assert dialog.choices[0].currentText() == "Afwezig zonder bericht"
    seen: list = []
    answer_message_box("OK", seen)
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert seen == [
        "Afwezig zonder bericht: 1 oproep(en) in de werkvoorraad; 0 voorstel(len) voor een "
        "maatregel aan de klantmanager."
    ]
    with store.reading() as s:
        assert s.get(KickoffBooking, booking_id).status == "afwezig"
    with store.transaction() as s:
        appointment = Appointment(
            client_id=client_id,
            kind="gesprek_klantmanager",
            starts_at=utcnow() - timedelta(hours=2),
            ends_at=utcnow() - timedelta(hours=1),
            staff_id=km.staff_id,
        )
        s.add(appointment)
        s.flush()
        appointment_id = appointment.id
    agenda.record_missed(store, km, appointment_id)

    view = WerkvoorraadView(store, km)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    row = next(n for n, i in enumerate(view.shown) if i.kind == "maatregel_beoordelen")
    activate(view)
    view.table.selectRow(row)
    view.table.setFocus()

    def decide(measure):
        assert isinstance(measure, MeasureDialog)
        assert QApplication.focusWidget() is measure.decision
        key(qtbot, Qt.Key.Key_Down)  # opleggen
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, QApplication.focusWidget(), "Tweede keer zonder bericht weggebleven.")
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(decide)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    failures.check()
    assert "maatregel_beoordelen" not in [i.kind for i in view.items]
    with store.reading() as s:
        measure = s.scalar(select(Maatregel))
        assert (measure.status, measure.toelichting) == (
            "opgelegd",
            "Tweede keer zonder bericht weggebleven.",
        )
