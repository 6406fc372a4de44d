"""The ambitiegesprek screen: advice, the client's own choice with a motivation, the
kick-off (and a full one refused), the income appointment, progress talks, history."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from intake_desktop.db.models import Appointment, KickoffBooking, KlantgroepKeuze
from intake_desktop.domain.clock import utcnow
from intake_desktop.services.agenda import kickoff
from intake_desktop.services.balie import ambitiegesprek
from intake_desktop.services.core import drafts
from intake_desktop.ui.balie.ambitiegesprek_dialog import AmbitiegesprekDialog
from tests.support.journey import a_client, growing_client
from tests.support.ui import activate, replace_text, type_text


def test_full_ambitiegesprek_with_a_choice_against_the_advice(
    qtbot, store, balie, beheerder, intaker
):
    client_id = a_client(store, balie)
    full = kickoff.plan_session(
        store,
        beheerder,
        "faciliteren",
        utcnow() + timedelta(days=13),
        "Werkplein, zaal 1",
        "Tom Trainer",
        1,
    )
    room = kickoff.plan_session(
        store,
        beheerder,
        "faciliteren",
        utcnow() + timedelta(days=15),
        "Buurthuis De Linde",
        "Fatma Trainer",
        8,
    )
    other = a_client(store, balie, "Jansen", "999990020")
    ambitiegesprek.complete_ambitiegesprek(
        store,
        intaker,
        other,
        growing_client(
            store,
            store.config,
            chosen="faciliteren",
            motivation="Eigen keuze",
            kickoff_session_id=full,
        ),
    )

    dialog = AmbitiegesprekDialog(store, intaker, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(dialog)
    score, observation, view = dialog.domains_step.scores["werk"]
    score.setFocus()
    for _ in range(3):
        qtbot.keyClick(score, Qt.Key.Key_Down)  # 3 – lukt deels, met hulp
    type_text(qtbot, observation, "Ervaren in de zorg; wil graag iets met ouderen")
    type_text(qtbot, view, "Ik wil eerst vrijwilligerswerk doen, dan zien we verder")
    for combo, steps in ((dialog.domains_step.ladder_now, 3), (dialog.domains_step.ladder_goal, 5)):
        combo.setFocus()
        for _ in range(steps):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.steps.currentIndex() == 1
    type_text(qtbot, dialog.strengths_step.strengths, "Geduldig, betrouwbaar, rijbewijs B")
    dialog.strengths_step.obstacles.item(3).setCheckState(Qt.CheckState.Checked)  # Schulden
    replace_text(qtbot, dialog.strengths_step.months.lineEdit(), "20")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.steps.currentIndex() == 2
    assert dialog.choice_step.advice.text().startswith(
        "Voorstel: Groeien, omdat de klant 20 maanden"
    )

    dialog.choice_step.group_buttons["faciliteren"].setFocus()
    qtbot.keyClick(dialog.choice_step.group_buttons["faciliteren"], Qt.Key.Key_Space)
    assert dialog.choice_step.motivation.isEnabled()
    assert dialog.choice_step.kickoff.currentData() == str(room)  # the first session with room
    assert dialog.choice_step.kickoff.itemText(
        dialog.choice_step.kickoff.findData(str(full))
    ).endswith("– vol")
    for box in dialog.choice_step.rights:
        box.setChecked(True)
    dialog.choice_step.commitment.setChecked(True)
    dialog.choice_step.at_home.setChecked(True)

    dialog.choice_step.kickoff.setCurrentIndex(dialog.choice_step.kickoff.findData(str(full)))
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    rows = dialog.fields.rows
    assert "wijkt af van het advies" in rows["motivation"].error.text()
    type_text(qtbot, dialog.choice_step.motivation, "Klant wil eerst meedoen als vrijwilliger")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "vol (1 van 1)" in rows["kickoff"].error.text()
    dialog.choice_step.kickoff.setCurrentIndex(dialog.choice_step.kickoff.findData(str(room)))
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "wijkt af van het advies" in dialog.outcome_message
    assert drafts.load_draft(store, intaker, f"ambitiegesprek:{client_id}") is None

    with store.reading() as s:
        choice = s.scalar(select(KlantgroepKeuze).where(KlantgroepKeuze.client_id == client_id))
        assert (choice.klantgroep, choice.suggested, choice.deviates_from_advice) == (
            "faciliteren",
            "groeien",
            True,
        )
        assert choice.reason == "Klant wil eerst meedoen als vrijwilliger"
        assert (
            s.scalar(select(KickoffBooking.session_id).where(KickoffBooking.client_id == client_id))
            == room
        )
        appointments = list(
            s.scalars(
                select(Appointment)
                .where(Appointment.client_id == client_id)
                .order_by(Appointment.starts_at)
            )
        )
    income = [a for a in appointments if a.kind == "uitkeringsintake"]
    talks = [a for a in appointments if a.kind == "voortgangsgesprek"]
    assert len(income) == 1 and "Bankafschriften" in income[0].documents_to_bring
    assert timedelta(days=6) < income[0].starts_at - utcnow() < timedelta(days=10)
    assert len(talks) == 2 and all(t.at_home for t in talks)  # twice a year, at home
    assert not [a for a in appointments if a.kind == "gesprek_klantmanager"]  # no werkcoach


def test_ambitiegesprek_draft_comes_back(qtbot, store, balie, intaker):
    from tests.support.ui import answer_message_box

    client_id = a_client(store, balie)
    dialog = AmbitiegesprekDialog(store, intaker, client_id)
    dialog.show()
    type_text(qtbot, dialog.domains_step.scores["werk"][1], "Wil graag koken")
    qtbot.waitUntil(
        lambda: drafts.load_draft(store, intaker, f"ambitiegesprek:{client_id}") is not None,
        timeout=3000,
    )
    dialog.hide()
    dialog.deleteLater()
    answer_message_box("Yes")
    again = AmbitiegesprekDialog(store, intaker, client_id)
    qtbot.addWidget(again)
    assert again.domains_step.scores["werk"][1].text() == "Wil graag koken"


def test_a_teamleider_plans_a_kickoff_session(qtbot, store, beheerder):
    from intake_desktop.ui.agenda.kickoff_view import KickoffView
    from tests.support.ui import when_modal

    view = KickoffView(store, beheerder)
    qtbot.addWidget(view)
    view.show()

    def fill(dialog):
        type_text(qtbot, dialog.location, "Buurthuis Het Anker")
        dialog.save()  # trainer missing: refused with a message
        assert dialog.fields.rows["trainer"].error.text() == "Vul de trainer in."
        type_text(qtbot, dialog.trainer, "Fatma Trainer")
        qtbot.keyClick(dialog.trainer, Qt.Key.Key_Return)

    failures = when_modal(fill)
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    failures.check()
    assert view.table.rowCount() == 1
    assert view.table.item(0, 2).text() == "Buurthuis Het Anker"
    assert view.table.item(0, 4).text() == "0 van 12"
