"""The inburgering screen from the dossier, driven from the keyboard: registering the
duty, a whole "verlengen termijn" (with a refused save first) and the decision letter saved
as a PDF, then what is stored and what the screen shows; a fine that asks its amount, and
Esc that asks before throwing typing away."""

from __future__ import annotations

import io
from datetime import timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent, Inburgeringsplicht, InburgeringStap
from intake_desktop.domain.validation import format_date
from intake_desktop.services.core import drafts
from intake_desktop.services.traject import inburgering
from intake_desktop.ui.main_window import MainWindow
from intake_desktop.ui.traject.inburgering_dialog import InburgeringDialog
from intake_desktop.ui.traject.inburgering_forms import DutyDialog
from intake_desktop.ui.traject.inburgering_step import StepDialog
from intake_desktop.ui.widgets.pdf_view import PdfViewDialog
from tests.support.inburgering import SINCE, TODAY, handhaven_to_fine, step
from tests.support.inburgering_ui import alt, key, texts, type_date
from tests.support.ui import activate, answer_message_box, type_text, when_modal


def test_an_extension_is_recorded_and_its_letter_saved_from_the_keyboard(
    qtbot, store, km, client_id, tmp_path, monkeypatch
):
    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    window = MainWindow(store, km)
    qtbot.addWidget(window)
    window.show()
    activate(window)
    dossier = window.open_dossier(client_id)
    new_deadline = TODAY + timedelta(days=365)
    seen: dict = {}

    def register(dialog):
        assert isinstance(dialog, DutyDialog)
        type_text(qtbot, dialog.since, format_date(SINCE))  # the deadline stays empty
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    def request(dialog):
        assert isinstance(dialog, StepDialog)
        seen["request_fields"] = sorted(dialog.fields.rows)
        type_date(qtbot, TODAY - timedelta(days=7))
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    def decision(dialog):
        assert not dialog.new_deadline.isVisibleTo(dialog)  # only with "Termijn verlengd"
        key(qtbot, Qt.Key.Key_Tab)  # date (today) -> decision
        key(qtbot, Qt.Key.Key_Down)  # "Termijn verlengd"
        seen["decision"] = dialog.decision.currentText()
        assert dialog.new_deadline.isVisibleTo(dialog)
        key(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.new_deadline
        type_text(qtbot, dialog.new_deadline, format_date(SINCE))  # before the deadline
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        error = dialog.fields.rows["new_deadline"].error
        seen["error"] = error.text() if error.isVisible() else ""
        seen["summary"] = dialog.summary.text()
        seen["draft"] = drafts.load_draft(store, km, f"inburgering:{client_id}:verlengen")[
            0
        ]  # what was typed survives the refusal
        assert QApplication.focusWidget() is dialog.new_deadline
        type_date(qtbot, new_deadline)
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    def letter(pdf):
        assert isinstance(pdf, PdfViewDialog)
        seen["pages"] = pdf.pages_label.text()
        answer_message_box("OK", seen.setdefault("saved", []))
        qtbot.mouseClick(pdf.save_button, Qt.MouseButton.LeftButton)
        activate(pdf)  # back from the message box
        qtbot.keyClick(pdf, Qt.Key.Key_Escape)

    def screen(dialog):
        assert isinstance(dialog, InburgeringDialog)
        seen["before"] = (dialog.since.text(), dialog.step_button.isEnabled())
        alt(qtbot, "V", when_modal(register, kind=DutyDialog), lambda: dialog.view.duty)
        activate(dialog)
        seen["overdue"] = (dialog.days_left.text(), dialog.days_left.property("role"))
        dialog.tabs.tabBar().setFocus()
        for _ in range(3):  # Handhaven -> Beboeten -> Ontheffen -> Verlengen termijn
            key(qtbot, Qt.Key.Key_Right)
        seen["tab"] = dialog.tabs.tabText(dialog.tabs.currentIndex())
        steps = dialog.tabs.tables["verlengen"]
        alt(qtbot, "S", when_modal(request, kind=StepDialog), lambda: steps.rowCount() == 1)
        activate(dialog)
        alt(qtbot, "S", when_modal(decision, kind=StepDialog), lambda: steps.rowCount() == 2)
        activate(dialog)
        seen["notice"] = dialog.notice.text()
        seen["deadline"] = dialog.deadline.text()
        seen["days"] = (dialog.days_left.text(), dialog.days_left.property("role"))
        seen["rows"] = texts(dialog.tabs.tables["verlengen"])
        seen["next"] = dialog.tabs.next_labels["verlengen"].text()
        table = dialog.tabs.tables["verlengen"]
        qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=2000)
        assert table.currentRow() == 1  # the new row, for its letter
        alt(
            qtbot,
            "B",
            when_modal(letter, kind=PdfViewDialog),
            lambda: "afgedrukt " in steps.item(1, 4).text(),
        )
        activate(dialog)
        seen["after_letter"] = texts(dialog.tabs.tables["verlengen"])
        key(qtbot, Qt.Key.Key_Escape)

    failures = when_modal(screen, kind=InburgeringDialog)
    qtbot.mouseClick(dossier.inburgering_button, Qt.MouseButton.LeftButton)
    failures.check()

    # What the screen showed.
    assert seen["before"] == ("Geen inburgeringsplicht vastgelegd", False)
    assert seen["overdue"][0].startswith("verlopen (") and seen["overdue"][1] == "fieldError"
    assert seen["tab"] == "Verlengen termijn"
    assert seen["request_fields"] == ["occurred_on"]
    assert seen["decision"] == "Termijn verlengd"
    assert seen["error"] == "De nieuwe termijn moet na de huidige termijn liggen."
    assert "Er is nog niets opgeslagen" in seen["summary"]
    assert seen["draft"]["decision"] == "Termijn verlengd"
    assert seen["draft"]["new_deadline"] == format_date(SINCE)
    assert seen["notice"].startswith("Vastgelegd: Besluit op verlenging.")
    assert seen["deadline"] == format_date(new_deadline)
    assert seen["days"] == ("nog 365 dagen", "")
    assert seen["rows"] == [
        [
            format_date(TODAY - timedelta(days=7)),
            "Verzoek om verlenging",
            "",
            "",
            "—",
            "Karin Jansen",
        ],
        [
            format_date(TODAY),
            "Besluit op verlenging",
            "Termijn verlengd",
            f"nieuwe termijn {format_date(new_deadline)}",
            "nog niet afgedrukt",
            "Karin Jansen",
        ],
    ]
    assert seen["next"] == "Volgende stap: Verzoek om verlenging (een nieuwe ronde)"
    assert seen["after_letter"][1][4].startswith("afgedrukt ")
    assert seen["pages"] == "1 pagina('s)" and seen["saved"] == [f"Opgeslagen: {target}"]
    letter_text = " ".join(
        PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text().split()
    )
    assert "Termijn verlengd" in letter_text and "Noël Maës" in letter_text

    # What was stored.
    with store.reading() as s:
        duty = s.scalar(select(Inburgeringsplicht))
        assert (duty.duty_since, duty.deadline, duty.status) == (SINCE, new_deadline, "loopt")
        steps = s.scalars(select(InburgeringStap).order_by(InburgeringStap.created_at)).all()
        assert [(x.procedure, x.step, x.decision, x.new_deadline) for x in steps] == [
            ("verlengen", "verzoek", None, None),
            ("verlengen", "besluit", "Termijn verlengd", new_deadline),
        ]
        assert steps[0].letter_printed_at is None and steps[1].letter_printed_at is not None
        printed = s.scalars(
            select(AuditEvent.details).where(
                AuditEvent.entity == "inburgering", AuditEvent.action == "afdrukken"
            )
        ).all()
        assert printed == [{"procedure": "verlengen", "stap": "besluit", "uitvoer": "opslaan"}]
    assert drafts.load_draft(store, km, f"inburgering:{client_id}:verlengen") is None


def test_a_fine_asks_its_amount_and_esc_asks_before_throwing_typing_away(
    qtbot, store, km, client_id
):
    inburgering.register_duty(store, km, client_id, SINCE)
    handhaven_to_fine(store, km, client_id)
    dialog = InburgeringDialog(store, km, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(dialog)
    dialog.tabs.tabBar().setFocus()
    key(qtbot, Qt.Key.Key_Right)  # Beboeten
    seen: dict = {}

    def fine(step_dialog):
        seen["fields"] = sorted(step_dialog.fields.rows)
        type_date(qtbot, TODAY - timedelta(days=1))
        answer_message_box("No", seen.setdefault("asked", []))
        key(qtbot, Qt.Key.Key_Escape)  # typed something: asks, and "No" keeps the form
        seen["still_open"] = step_dialog.isVisible()
        activate(step_dialog)  # back from the question
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    steps = dialog.tabs.tables["beboeten"]
    alt(qtbot, "S", when_modal(fine, kind=StepDialog), lambda: steps.rowCount() == 1)
    activate(dialog)
    assert seen["fields"] == ["occurred_on"]  # voornemen: a date and a letter
    assert seen["asked"] == ["U hebt gegevens gewijzigd die nog niet zijn opgeslagen. Weggooien?"]
    assert seen["still_open"]

    # Zienswijze, then the decision with the amount (only shown with "Boete opgelegd").
    step(store, km, client_id, "beboeten", "zienswijze", TODAY)
    dialog._show(inburgering.overview(store, km, client_id))

    def decision(step_dialog):
        amount = step_dialog.fields.rows["amount"]
        seen["hidden_first"] = not step_dialog.amount.isVisibleTo(step_dialog)
        key(qtbot, Qt.Key.Key_Tab)
        key(qtbot, Qt.Key.Key_Down)  # "Boete opgelegd"
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, step_dialog.amount, "250.50")
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        seen["amount_error"] = amount.error.text()
        key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, step_dialog.amount, "€ 250,50")
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    alt(qtbot, "S", when_modal(decision, kind=StepDialog), lambda: steps.rowCount() == 3)
    assert seen["hidden_first"]
    assert (
        seen["amount_error"] == "Schrijf het bedrag in euro's met een komma, bijvoorbeeld 250,00."
    )
    rows = texts(dialog.tabs.tables["beboeten"])
    assert rows[-1][2:4] == ["Boete opgelegd", "boete € 250,50"]
    with store.reading() as s:
        last = s.scalars(select(InburgeringStap).order_by(InburgeringStap.created_at)).all()[-1]
        assert (last.step, last.decision, last.amount_cents) == (
            "beschikking",
            "Boete opgelegd",
            25_050,
        )
