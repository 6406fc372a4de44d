"""Changing a client's personal data in the dossier: the reason next to the field and
the correction it records, a stale save refused with the typed data kept, a draft
that survives a crash and never overwrites a colleague unseen, and a field both
changed chosen side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent, Client, Correctie
from intake_desktop.domain.validation import ClientInput
from intake_desktop.services.core import drafts
from intake_desktop.services.dossier import dossier
from intake_desktop.ui.dossier.dossier_view import DossierView
from intake_desktop.ui.dossier.edit_client_dialog import EditClientDialog
from tests.support.journey import MAES_INPUT as MAES
from tests.support.journey import register_client as register
from tests.support.ui import answer_message_box, replace_text, when_modal


def test_stale_save_is_refused_on_screen_and_the_typed_data_stays(qtbot, store, balie, beheerder):
    client_id = register(store, balie)
    view = DossierView(store, balie, client_id)
    qtbot.addWidget(view)
    dialog = EditClientDialog(store, balie, view.dossier, view)
    dialog.show()
    replace_text(qtbot, dialog.form.edit("phone"), "0701234567")
    qtbot.keyClicks(dialog.reason, "nieuw telefoonnummer")
    # Meanwhile a colleague changes the same client.
    theirs = dossier.open_dossier(store, beheerder, client_id)
    dossier.update_client(
        store,
        beheerder,
        client_id,
        theirs.version,
        ClientInput(**{**MAES.as_dict(), "city": "Anderstad"}),
        reason="test: gegevens bijgewerkt",
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "gewijzigd door Bea Beheer" in dialog.summary.text()
    assert dialog.form.edit("phone").text() == "0701234567"
    with store.reading() as s:
        assert s.get(Client, client_id).phone is None
    # Load the colleague's version with my change laid over it, then save.
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.form.edit("city").text() == "Anderstad"
    assert dialog.form.edit("phone").text() == "0701234567"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with store.reading() as s:
        client = s.get(Client, client_id)
        assert (client.city, client.phone) == ("Anderstad", "0701234567")


def test_change_personal_data_through_the_dossier(qtbot, store, balie):
    client_id = register(store, balie)
    view = DossierView(store, balie, client_id)
    qtbot.addWidget(view)
    view.show()

    def edit(dialog):
        replace_text(qtbot, dialog.form.edit("postcode"), "9999")
        qtbot.keyClick(dialog.form.edit("postcode"), Qt.Key.Key_Return)
        assert (
            dialog.form.fields.rows["postcode"].error.text() == "Vul een postcode in als 1234 AB."
        )
        replace_text(qtbot, dialog.form.edit("postcode"), "5678 cd")
        qtbot.keyClick(dialog.form.edit("postcode"), Qt.Key.Key_Return)
        # No reason, no save (AVG art. 16): the message is next to the field.
        assert dialog.isVisible()
        assert dialog.form.fields.rows["reden"].error.text().startswith("Geef aan waarom")
        assert dialog.focusWidget() is dialog.reason
        qtbot.keyClicks(dialog.reason, "Verhuisd binnen de gemeente")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    failures = when_modal(edit)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    failures.check()
    assert view.values["postcode_city"].text() == "5678 CD  Voorbeeld"
    timeline = view.timeline
    shown = [
        [timeline.topLevelItem(r).text(c) for c in range(4)]
        for r in range(timeline.topLevelItemCount())
    ]
    assert ["Gegevens gecorrigeerd", "Bram Balie", "postcode · Verhuisd binnen de gemeente"] in [
        row[1:] for row in shown
    ]
    with store.reading() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "wijzigen"))
        corrections = s.scalars(select(Correctie).where(Correctie.client_id == client_id)).all()
    assert event.details == {"velden": ["postcode"]}
    assert [(c.field, c.old_value, c.new_value, c.reason) for c in corrections] == [
        ("postcode", None, "5678CD", "Verhuisd binnen de gemeente")
    ]


def test_a_restored_draft_cannot_overwrite_a_newer_version(qtbot, store, balie, beheerder):
    client_id = register(store, balie)
    view = DossierView(store, balie, client_id)
    qtbot.addWidget(view)
    dialog = EditClientDialog(store, balie, view.dossier, view)
    dialog.show()
    replace_text(qtbot, dialog.form.edit("city"), "Mijnstad")
    qtbot.keyClicks(dialog.reason, "verhuisd")
    qtbot.waitUntil(
        lambda: drafts.load_draft(store, balie, f"client:{client_id}") is not None, timeout=3000
    )
    dialog.hide()  # crash
    dialog.deleteLater()
    theirs = dossier.open_dossier(store, beheerder, client_id)
    dossier.update_client(
        store,
        beheerder,
        client_id,
        theirs.version,
        ClientInput(**{**MAES.as_dict(), "phone": "0612345678"}),
        reason="test: gegevens bijgewerkt",
    )
    view.reload()
    answer_message_box("Yes")
    again = EditClientDialog(store, balie, view.dossier, view)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert "gewijzigd door Bea Beheer" in again.summary.text()
    qtbot.mouseClick(again.reload_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    with store.reading() as s:
        client = s.get(Client, client_id)
        assert (client.city, client.phone) == ("Mijnstad", "0612345678")


def test_changes_in_the_edit_dialog_survive_a_crash(qtbot, store, balie):
    client_id = register(store, balie)
    view = DossierView(store, balie, client_id)
    qtbot.addWidget(view)
    dialog = EditClientDialog(store, balie, view.dossier, view)
    dialog.show()
    replace_text(qtbot, dialog.form.edit("city"), "Nieuwstad")
    qtbot.keyClicks(dialog.reason, "verhuisd")
    qtbot.waitUntil(
        lambda: (
            (drafts.load_draft(store, balie, f"client:{client_id}") or ({"client": {}},))[0][
                "client"
            ].get("city")
            == "Nieuwstad"
            and drafts.load_draft(store, balie, f"client:{client_id}")[0]["reden"] == "verhuisd"
        ),
        timeout=3000,
    )
    dialog.hide()  # crash: neither saved nor cancelled
    dialog.deleteLater()

    answer_message_box("Yes")
    again = EditClientDialog(store, balie, view.dossier, view)
    assert again.form.edit("city").text() == "Nieuwstad"
    assert again.reason.text() == "verhuisd"
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert drafts.load_draft(store, balie, f"client:{client_id}") is None
    with store.reading() as s:
        assert s.get(Client, client_id).city == "Nieuwstad"


def test_both_changed_the_same_field_choose_per_field_side_by_side(qtbot, store, balie, beheerder):
    from intake_desktop.ui.dossier.compare_dialog import CompareDialog

    client_id = register(store, balie)
    view = DossierView(store, balie, client_id)
    qtbot.addWidget(view)
    dialog = EditClientDialog(store, balie, view.dossier, view)
    dialog.show()
    replace_text(qtbot, dialog.form.edit("city"), "Mijnstad")
    replace_text(qtbot, dialog.form.edit("phone"), "0701234567")
    qtbot.keyClicks(dialog.reason, "verhuisd")
    theirs = dossier.open_dossier(store, beheerder, client_id)
    dossier.update_client(  # the colleague changes the city too, and the e-mail
        store,
        beheerder,
        client_id,
        theirs.version,
        ClientInput(**{**MAES.as_dict(), "city": "Anderstad", "email": "noel@example.org"}),
        reason="test: gegevens bijgewerkt",
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    seen = {}

    def choose(compare):
        assert isinstance(compare, CompareDialog)
        seen["fields"] = list(compare.groups)
        seen["theirs"] = compare.groups["city"][1].text()
        seen["mine"] = compare.groups["city"][2].text()
        compare.groups["city"][1].setFocus()
        qtbot.keyClick(compare.groups["city"][1], Qt.Key.Key_Space)  # keep the colleague's
        compare.accept()

    failures = when_modal(choose)
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    failures.check()
    assert seen == {"fields": ["city"], "theirs": "Anderstad", "mine": "Mijnstad"}
    assert dialog.form.edit("city").text() == "Anderstad"  # chosen
    assert dialog.form.edit("phone").text() == "0701234567"  # only I changed it
    assert dialog.form.edit("email").text() == "noel@example.org"  # only they changed it
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with store.reading() as s:
        client = s.get(Client, client_id)
        assert (client.city, client.phone, client.email) == (
            "Anderstad",
            "0701234567",
            "noel@example.org",
        )
