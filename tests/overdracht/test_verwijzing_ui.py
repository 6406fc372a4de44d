"""Referring from the dossier, from the keyboard: the Overdrachten tab, Verwijzen, the
partner, the question and the consent, Ctrl+S; a save without consent says why next to
the field and keeps what was typed; the partner's answer recorded from the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from intake_desktop.db.models import Aanmelding, Overdracht
from intake_desktop.ui.dossier.dossier_view import DossierView
from intake_desktop.ui.overdracht.verwijzing_dialog import AnswerDialog, ReferralDialog
from tests.support.journey import new_aanmelding, scan, screen
from tests.support.ui import activate, type_text, when_modal


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def test_a_referral_with_consent_from_the_dossier(qtbot, store, balie, staff):
    wissel, km = staff
    item = new_aanmelding(store, balie)
    screen(store, wissel, item)
    scan(store, wissel, item, km.staff_id)
    with store.reading() as s:
        client_id = s.get(Aanmelding, item).client_id
    view = DossierView(store, km, client_id)
    qtbot.addWidget(view)
    view.show()
    activate(view)
    view.right_tabs.setCurrentWidget(view.handovers)
    seen: dict = {}

    def refer(dialog):
        assert isinstance(dialog, ReferralDialog)
        assert QApplication.focusWidget() is dialog.partner
        key(qtbot, Qt.Key.Key_Down)  # Maatschappelijk werk
        key(qtbot, Qt.Key.Key_Down)  # Juridisch Loket
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, QApplication.focusWidget(), "Huurgeschil met de verhuurder")
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # no consent yet
        seen["error"] = dialog.fields.rows["consent_how"].error.text()
        seen["kept"] = dialog.question.toPlainText()
        dialog.consent.setFocus()
        key(qtbot, Qt.Key.Key_Down)  # mondeling
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(refer)
    qtbot.mouseClick(view.handovers.refer_button, Qt.MouseButton.LeftButton)
    failures.check()
    assert seen["error"].startswith("Zonder toestemming van de klant verwijst u niet door")
    assert seen["kept"] == "Huurgeschil met de verhuurder"
    row = view.handovers.list.topLevelItem(0)
    assert [row.text(n) for n in (1, 2, 3)] == [
        "Juridisch Loket",
        "Verstuurd",
        "Huurgeschil met de verhuurder",
    ]
    assert row.text(4).startswith("Mondeling")

    view.handovers.list.setCurrentItem(row)
    view.handovers.list.setFocus()

    def answer(dialog):
        assert isinstance(dialog, AnswerDialog)
        key(qtbot, Qt.Key.Key_Down)  # geaccepteerd
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(answer)
    qtbot.mouseClick(view.handovers.answer_button, Qt.MouseButton.LeftButton)
    failures.check()
    assert view.handovers.list.topLevelItem(0).text(2) == "Geaccepteerd"
    with store.reading() as s:
        assert s.scalar(select(Overdracht.status)) == "geaccepteerd"


def test_a_referral_from_the_quickscan(qtbot, store, balie, staff):
    from intake_desktop.services.balie import screening
    from intake_desktop.ui.balie.quickscan_dialog import QuickscanDialog

    wissel = staff[0]
    item = new_aanmelding(store, balie)
    screening.complete_screening(
        store,
        wissel,
        item,
        screening.ScreeningInput(eligibility="onduidelijk", eligibility_reason="Uitzoeken"),
    )
    dialog = QuickscanDialog(store, wissel, item, "Noël Maës")
    qtbot.addWidget(dialog)
    dialog.show()
    activate(dialog)

    def refer(inner):
        assert isinstance(inner, ReferralDialog)
        key(qtbot, Qt.Key.Key_Down)
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, QApplication.focusWidget(), "Opvoedondersteuning")
        inner.consent.setFocus()
        key(qtbot, Qt.Key.Key_Down)
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(refer, kind=ReferralDialog)
    dialog.refer_button.click()
    failures.check()
    assert dialog.refer_button.text().replace("&", "") == "Verwijzen naar nog een partner…"
    with store.reading() as s:
        referral = s.scalar(select(Overdracht))
        assert (referral.partner, referral.consent_by, referral.origin) == (
            "Maatschappelijk werk",
            wissel.staff_id,
            "quickscan",
        )
