"""The inburgering screen while a colleague changes the duty with a form open: a step that
is still next is saved on the new version, one the colleague recorded meanwhile is refused
with the typing kept as a draft (as after any failed save), and "plicht voldaan" after a
colleague's step, or refused after a colleague's exemption."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from intake_desktop.db.models import Inburgeringsplicht
from intake_desktop.domain.validation import format_date
from intake_desktop.services.core import drafts
from intake_desktop.services.traject import inburgering
from intake_desktop.ui.traject.inburgering_dialog import InburgeringDialog
from intake_desktop.ui.traject.inburgering_step import StepDialog
from tests.support.inburgering import SINCE, TODAY, step, stored_steps
from tests.support.inburgering_ui import alt, key, texts, type_date
from tests.support.ui import ModalFailures, activate, answer_message_box, when_modal


def open_screen(qtbot, store, actor, client_id) -> InburgeringDialog:
    dialog = InburgeringDialog(store, actor, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(dialog)
    return dialog


def test_a_step_still_next_after_a_colleagues_change_is_saved_on_the_new_version(
    qtbot, store, km, teamleider, client_id
):
    inburgering.register_duty(store, km, client_id, SINCE)
    dialog = open_screen(qtbot, store, km, client_id)
    seen: dict = {}

    def signal(step_dialog):
        # Meanwhile the teamleider records a request to extend: the duty's version moves.
        step(store, teamleider, client_id, "verlengen", "verzoek", TODAY)
        type_date(qtbot, TODAY - timedelta(days=2))
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        seen["summary"] = step_dialog.summary.text() if step_dialog.isVisible() else ""
        if step_dialog.isVisible():
            step_dialog.done(0)  # refused after all: close it, so the test fails, not hangs

    steps = dialog.tabs.tables["handhaven"]
    alt(qtbot, "S", when_modal(signal, kind=StepDialog), lambda: steps.rowCount() == 1)
    activate(dialog)
    assert seen["summary"] == ""  # saved at the first Ctrl+S, no "gewijzigd door"
    assert texts(steps)[0][:2] == [
        format_date(TODAY - timedelta(days=2)),
        "Signaal: termijn dreigt te verlopen",
    ]
    assert "Een collega had intussen ook iets vastgelegd" in dialog.notice.text()
    assert texts(dialog.tabs.tables["verlengen"])[0][5] == "Teun Leider"  # the screen caught up
    assert [(s.procedure, s.step) for s in stored_steps(store, client_id)] == [
        ("verlengen", "verzoek"),
        ("handhaven", "signaal"),
    ]
    assert drafts.load_draft(store, km, f"inburgering:{client_id}:handhaven") is None


def test_a_step_a_colleague_recorded_meanwhile_is_refused_and_the_typing_kept(
    qtbot, store, km, teamleider, client_id
):
    inburgering.register_duty(store, km, client_id, SINCE)
    dialog = open_screen(qtbot, store, km, client_id)
    seen: dict = {}

    def signal(step_dialog):
        step(store, teamleider, client_id, "handhaven", "signaal", TODAY)  # the same
        type_date(qtbot, TODAY - timedelta(days=2))
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        seen["summary"] = step_dialog.summary.text()
        seen["save_enabled"] = step_dialog.save_button.isEnabled()
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # nothing happens
        asking = answer_message_box("Yes", seen.setdefault("asked", []))
        key(qtbot, Qt.Key.Key_Escape)  # closes: the typing stays as a draft, no question
        qtbot.waitUntil(lambda: not step_dialog.isVisible(), timeout=3000)
        asking.stop()
        seen["closed"] = True

    steps = dialog.tabs.tables["handhaven"]
    alt(qtbot, "S", when_modal(signal, kind=StepDialog), lambda: seen.get("closed"))
    activate(dialog)
    assert seen["summary"] == (
        "Een collega heeft intussen iets vastgelegd, en deze stap kan nu niet meer: De "
        "volgende stap van Handhaven is nu 'Aanschrijving verzonden'. Er is niets "
        "opgeslagen. Sluit dit venster om te zien wat er is vastgelegd."
    )
    assert not seen["save_enabled"] and seen["asked"] == []
    draft = drafts.load_draft(store, km, f"inburgering:{client_id}:handhaven")
    assert draft is not None and draft[0]["on"] == format_date(TODAY - timedelta(days=2))
    assert [r[5] for r in texts(steps)] == ["Teun Leider"]  # the colleague's step, once
    assert dialog.tabs.next_labels["handhaven"].text() == "Volgende stap: Aanschrijving verzonden"
    assert len(stored_steps(store, client_id)) == 1


def test_a_failed_save_keeps_the_draft_when_the_form_is_closed(qtbot, store, km, client_id):
    inburgering.register_duty(store, km, client_id, SINCE)
    dialog = open_screen(qtbot, store, km, client_id)
    seen: dict = {}

    def signal(step_dialog):
        type_date(qtbot, TODAY + timedelta(days=3))  # in the future: refused
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        seen["error"] = step_dialog.fields.rows["occurred_on"].error.text()
        asking = answer_message_box("Yes", seen.setdefault("asked", []))
        key(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not step_dialog.isVisible(), timeout=3000)
        asking.stop()
        seen["closed"] = True

    alt(qtbot, "S", when_modal(signal, kind=StepDialog), lambda: seen.get("closed"))
    activate(dialog)
    assert seen["error"] == "De datum ligt in de toekomst." and seen["asked"] == []
    draft = drafts.load_draft(store, km, f"inburgering:{client_id}:handhaven")
    assert draft[0]["on"] == format_date(TODAY + timedelta(days=3))

    # Opened again, the form offers what was typed.
    def again(step_dialog):
        seen["again"] = step_dialog.on.text()
        key(qtbot, Qt.Key.Key_Escape)

    answer_message_box("Yes", seen.setdefault("offered", []))
    alt(qtbot, "S", when_modal(again, kind=StepDialog), lambda: "again" in seen)
    assert seen["offered"][0].startswith("Er is invoer die nog niet is opgeslagen")
    assert seen["again"] == format_date(TODAY + timedelta(days=3))


def test_plicht_voldaan_after_a_colleagues_step_is_saved(qtbot, store, km, teamleider, client_id):
    inburgering.register_duty(store, km, client_id, SINCE)
    dialog = open_screen(qtbot, store, km, client_id)
    step(store, teamleider, client_id, "verlengen", "verzoek", TODAY)  # meanwhile
    asked: list = []
    answer_message_box("Yes", asked)
    alt(qtbot, "O", ModalFailures(), lambda: dialog.status.text() == "Voldaan")
    assert asked and asked[0].startswith("Heeft de klant aan de inburgeringsplicht voldaan?")
    assert dialog.notice.text() == "De inburgeringsplicht staat op voldaan."
    assert not dialog.summary.isVisible()
    assert [r[5] for r in texts(dialog.tabs.tables["verlengen"])] == ["Teun Leider"]
    with store.reading() as s:
        assert s.scalar(select(Inburgeringsplicht)).status == "voldaan"


def test_plicht_voldaan_is_refused_when_a_colleague_granted_an_exemption(
    qtbot, store, km, teamleider, client_id
):
    inburgering.register_duty(store, km, client_id, SINCE)
    dialog = open_screen(qtbot, store, km, client_id)
    step(store, teamleider, client_id, "ontheffen", "aanvraag", TODAY)
    step(store, teamleider, client_id, "ontheffen", "onderzoek", TODAY)
    step(
        store,
        teamleider,
        client_id,
        "ontheffen",
        "besluit",
        TODAY,
        decision="Ontheffing verleend",
        reason="Leeftijd",
    )
    answer_message_box("Yes")
    alt(qtbot, "O", ModalFailures(), lambda: dialog.summary.isVisible())
    assert dialog.summary.text() == (
        "De inburgeringsplicht loopt niet meer (status: Ontheffing): er komen geen stappen "
        "meer bij."
    )
    assert dialog.status.text() == "Ontheffing" and not dialog.fulfilled_button.isEnabled()
    with store.reading() as s:
        assert s.scalar(select(Inburgeringsplicht)).status == "ontheffing"
