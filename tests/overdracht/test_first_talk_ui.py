"""At the counter after a debts-only aanmelding: the first talk proposed at a free
time, booked with a key, and the sheet printed naming it (the PDF's text read back)."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import select

from intake_desktop.db.models import Appointment, AuditEvent
from intake_desktop.domain.validation import ClientInput
from intake_desktop.services.balie import aanmelding
from intake_desktop.ui.balie.meeneemblad_dialog import MeeneembladDialog
from tests.support.ui import activate


def test_the_first_talk_is_booked_and_the_sheet_names_it(
    qtbot, store, balie, staff_member, monkeypatch
):
    staff_member("sanne", {"backoffice"}, name="Sanne Schuld", team="schuldhulpverlening")
    result = aanmelding.register_aanmelding(
        store,
        balie,
        aanmelding.AanmeldingRequest(
            channel="balie",
            route="schuldhulpverlening",
            question="Schulden",
            client=ClientInput(
                first_names="Anaïs", surname="Maës", bsn="999990019", birth_date="05-03-1980"
            ),
        ),
    )
    dialog = MeeneembladDialog(store, balie, result)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(dialog)
    assert dialog.member.currentText() == "Sanne Schuld"
    assert "Voorgesteld: het eerste moment" in dialog.where.text()
    proposed = dialog.when.dateTime().toPython()
    dialog.book_button.setFocus()
    qtbot.keyClick(dialog.book_button, Qt.Key.Key_Space)
    assert dialog.where.text().startswith("Afspraak gemaakt: ")
    assert "met Sanne Schuld, Werkplein, schuldhulpverlening." in dialog.where.text()
    assert not dialog.book_button.isEnabled()
    printed = {}

    def fake_print(parent, data, title):
        printed["data"], printed["title"] = data, title
        return True

    monkeypatch.setattr("intake_desktop.ui.widgets.pdf_view.print_pdf", fake_print)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    reader = PdfReader(io.BytesIO(printed["data"]))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) == 1
    assert "Uw afspraak" in text and "Sanne Schuld" in text
    assert proposed.strftime("%d-%m-%Y %H:%M") in text
    assert "Bankafschriften van de laatste drie maanden" in text
    with store.reading() as s:
        appointment = s.scalar(select(Appointment).where(Appointment.kind == "schuldhulpverlening"))
        assert appointment.starts_at.astimezone().replace(tzinfo=None) == proposed.replace(
            second=0, microsecond=0
        )
        assert s.scalar(
            select(AuditEvent).where(
                AuditEvent.entity == "meeneemblad", AuditEvent.action == "afdrukken"
            )
        )
