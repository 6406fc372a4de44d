"""The voortgangsgesprek screen, driven from the dossier with the keyboard: a client moves
from Zorgen to Faciliteren and the signed trajectplan starts its next version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from intake_desktop.db.models import Client, IntakeRecord, KlantgroepKeuze, Trajectplan
from intake_desktop.services.core import drafts
from intake_desktop.services.traject import trajectplan_status
from intake_desktop.ui.dossier.dossier_view import DossierView
from intake_desktop.ui.traject.voortgang_dialog import VoortgangDialog
from tests.support.ui import activate, answer_message_box, type_text, when_modal
from tests.support.voortgang import (
    client_in_group,
    first_talk_due_now,
    klantmanager,
    signed_plan,
)


def _next(qtbot, dialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def _down(qtbot, widget, times: int) -> None:
    widget.setFocus()
    for _ in range(times):
        qtbot.keyClick(widget, Qt.Key.Key_Down)


def _press(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def test_a_progress_talk_moves_a_client_from_zorgen_to_faciliteren_and_updates_the_plan(
    qtbot, store, balie, beheerder, intaker
):
    km = klantmanager(store, beheerder)  # an inkomensconsulent, who guides Zorgen
    client_id = client_in_group(store, balie, beheerder, intaker, km, "zorgen")
    plan = signed_plan(store, km, client_id)
    first_talk_due_now(store, client_id)
    dossier = DossierView(store, km, client_id)
    qtbot.addWidget(dossier)
    dossier.show()
    assert dossier.values["klantgroep"].text().startswith("Zorgen")
    seen: list[str] = []

    def hold(dialog: VoortgangDialog) -> None:
        assert dialog.step_label.text() == "Stap 1 van 4: hoe gaat het met de klant"
        assert dialog.talk_step.appointment.currentData() is not None  # today's planned talk
        _down(qtbot, dialog.talk_step.stress, 2)  # 2 – een beetje stress
        type_text(
            qtbot, dialog.talk_step.summary, "Het gaat beter; ze helpt graag in het buurthuis."
        )
        type_text(qtbot, dialog.talk_step.life, "Dochter is uit huis; meer rust.")
        type_text(qtbot, dialog.talk_step.income, "Geen wijzigingen.")
        assert dialog.talk_step.at_home.isChecked()  # the planned talk is a home visit
        _next(qtbot, dialog)

        assert dialog.steps.currentIndex() == 1
        werk, werk_move = dialog.scores_step.scores["werk"]
        financien, financien_move = dialog.scores_step.scores["financien"]
        _down(qtbot, werk, 4)  # 4 – lukt grotendeels zelf (was 3)
        _down(qtbot, financien, 2)  # 2 – lukt nog niet zelf (was 2)
        _down(qtbot, dialog.scores_step.ladder, 4)  # rung 4, was 3
        assert (werk_move.text(), financien_move.text()) == ("↑ vooruit", "= gelijk")
        assert dialog.scores_step.ladder_move.text() == "↑ vooruit"
        _next(qtbot, dialog)

        assert dialog.steps.currentIndex() == 2
        position, status, note = dialog.goals_step.goals[0]
        assert status.currentText() == "Bezig"
        _down(qtbot, status, 1)  # Behaald
        type_text(qtbot, note, "Schuldregeling is rond; budgetcoach stopt.")
        _next(qtbot, dialog)

        finish = dialog.finish_step
        assert dialog.steps.currentIndex() == 3
        assert finish.next_at_home.isChecked()  # like this talk, at home
        _press(qtbot, finish.lawfulness)
        _next(qtbot, dialog)  # the group question is not answered yet
        assert dialog.isVisible()
        assert "juiste groep" in dialog.fields.rows["right_group"].error.text()
        _press(qtbot, finish.no)
        _press(qtbot, finish.group_buttons["faciliteren"])
        _next(qtbot, dialog)  # no reason yet
        assert dialog.fields.rows["reason"].error.text() == (
            "Schrijf op waarom de klant naar een andere groep gaat."
        )
        type_text(qtbot, finish.reason, "Wil vrijwilligerswerk doen; dat kan ze nu aan.")
        preview = finish.preview.text()
        assert "De klant gaat naar Faciliteren." in preview
        assert "participatiemakelaar" in preview
        assert "versie 2" in preview
        answer_message_box("OK", seen)
        _next(qtbot, dialog)

    failures = when_modal(hold, timeout_ms=10000, kind=VoortgangDialog)
    qtbot.mouseClick(dossier.progress_button, Qt.MouseButton.LeftButton)
    failures.check()
    assert seen and seen[0].startswith(
        "Voortgangsgesprek vastgelegd. Nieuwe klantgroep: Faciliteren."
    )
    assert "versie 2" in seen[0]
    assert drafts.load_draft(store, km, f"voortgang:{client_id}") is None

    with store.reading() as s:
        assert s.get(Client, client_id).klantgroep == "faciliteren"
        history = [
            (k.klantgroep, k.reason)
            for k in s.scalars(
                select(KlantgroepKeuze)
                .where(KlantgroepKeuze.client_id == client_id)
                .order_by(KlantgroepKeuze.decided_at)
            )
        ]
        assert history[-1] == ("faciliteren", "Wil vrijwilligerswerk doen; dat kan ze nu aan.")
        stored = s.get(Trajectplan, plan.id)
        assert (stored.version_no, stored.status) == (2, "concept")
        assert [g.status for g in stored.goals] == ["behaald", "open"]
        record = s.scalar(select(IntakeRecord).where(IntakeRecord.kind == "voortgangsgesprek"))
        assert record.details["at_home"] and record.details["lawfulness_checked"]
        assert record.details["goal_progress"][0]["note"] == (
            "Schuldregeling is rond; budgetcoach stopt."
        )
        assert record.summary == "Het gaat beter; ze helpt graag in het buurthuis."

    # The dossier reloaded: the new group, the talk held, the next one planned at home.
    assert dossier.values["klantgroep"].text() == "Faciliteren"
    rows = [
        [dossier.agenda.topLevelItem(i).text(c) for c in range(3)]
        for i in range(dossier.agenda.topLevelItemCount())
    ]
    talks = [r for r in rows if r[1] == "Voortgangsgesprek"]
    assert sorted(r[2] for r in talks) == ["Geannuleerd", "Gehouden", "Gepland"]
    assert any("toewijzen" in r[1].lower() or "klantmanager" in r[1] for r in rows)
    timeline = [
        dossier.timeline.topLevelItem(i).text(3)
        for i in range(dossier.timeline.topLevelItemCount())
    ]
    assert any("Faciliteren" in t and "vrijwilligerswerk" in t for t in timeline)
    assert "Quickscan" not in dossier.conversations.toPlainText()  # a talk is no quickscan


def test_typed_answers_come_back_after_closing(qtbot, store, balie, beheerder, intaker):
    km = klantmanager(store, beheerder)
    client_id = client_in_group(store, balie, beheerder, intaker, km, "zorgen")
    dialog = VoortgangDialog(store, km, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(dialog)
    _down(qtbot, dialog.talk_step.stress, 4)
    type_text(qtbot, dialog.talk_step.income, "Toeslag gestopt per 1 maart; één baan erbij.")
    _next(qtbot, dialog)
    assert dialog.steps.currentIndex() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc steps back
    assert dialog.steps.currentIndex() == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # and on the first step closes
    assert not dialog.isVisible()
    answer_message_box("Yes")
    again = VoortgangDialog(store, km, client_id)
    qtbot.addWidget(again)
    assert again.talk_step.stress.currentData() == 4
    assert again.talk_step.income.toPlainText() == "Toeslag gestopt per 1 maart; één baan erbij."


def test_a_closed_traject_is_refused_before_the_dialog_opens(
    qtbot, store, balie, beheerder, intaker
):
    km = klantmanager(store, beheerder)
    client_id = client_in_group(store, balie, beheerder, intaker, km, "zorgen")
    with store.transaction() as s:
        s.get(Client, client_id).status = "afgesloten"
    dossier = DossierView(store, km, client_id)
    qtbot.addWidget(dossier)
    dossier.show()
    seen: list[str] = []
    answer_message_box("OK", seen)
    appeared: list = []  # a guard closes a dialog that opens anyway, so the test cannot hang
    opened = when_modal(lambda d: (appeared.append(d), d.done(0)), 1000, VoortgangDialog)
    qtbot.mouseClick(dossier.progress_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: seen != [])
    opened.stop()
    opened.check()
    assert appeared == []
    assert seen == ["Het traject van deze klant is afgesloten: heropen het eerst."]
    assert not dossier.findChildren(VoortgangDialog)


def test_a_finished_plan_shows_its_goals_read_only(qtbot, store, balie, beheerder, intaker):
    km = klantmanager(store, beheerder)
    client_id = client_in_group(store, balie, beheerder, intaker, km, "zorgen")
    plan = signed_plan(store, km, client_id)
    trajectplan_status.finish(store, km, plan.id, plan.row_version)
    dialog = VoortgangDialog(store, km, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(dialog)
    _next(qtbot, dialog)
    _next(qtbot, dialog)
    assert dialog.steps.currentIndex() == 2
    assert [combo.isEnabled() for _p, combo, note in dialog.goals_step.goals] == [False, False]
    assert all(note.isEnabled() for _p, _c, note in dialog.goals_step.goals)
    page = dialog.steps.currentWidget()
    assert any(
        "Een afgerond plan verandert niet meer" in label.text()
        for label in page.findChildren(type(dialog.step_label))
    )


def test_a_progress_talk_left_by_a_crash_is_offered_at_the_next_start(
    qtbot, store, balie, beheerder, intaker
):
    from intake_desktop.ui.main_window import MainWindow

    km = klantmanager(store, beheerder)
    client_id = client_in_group(store, balie, beheerder, intaker, km, "zorgen")
    dialog = VoortgangDialog(store, km, client_id)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.talk_step.summary, "Halverwege het gesprek viel de stroom uit.")
    dialog.drafts.save()  # what the autosave timer does; then the program is gone
    window = MainWindow(store, km)
    qtbot.addWidget(window)
    window.show()
    seen: dict = {}

    def on_question(box):
        seen["question"] = box.text()
        resume = next(b for b in box.buttons() if "Hervatten" in b.text())

        def look(resumed):
            seen["summary"] = resumed.talk_step.summary.toPlainText()
            resumed.done(0)

        seen["dialog"] = when_modal(look, 10_000, VoortgangDialog)
        answer_message_box("Yes")  # the dialog's own "take up the draft?"
        resume.click()

    failures = when_modal(on_question)
    window.offer_unfinished()
    qtbot.waitUntil(lambda: "summary" in seen, timeout=10_000)
    failures.check()
    seen["dialog"].check()
    assert seen["question"].startswith("Een voortgangsgesprek van")
    assert seen["summary"] == "Halverwege het gesprek viel de stroom uit."
