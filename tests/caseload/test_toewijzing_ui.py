"""Assigning from the suggestion list, overriding it with a reason, reassigning many
clients with a preview, and the werkvoorraad counts in the navigation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from intake_desktop.db.models import Client, KlantmanagerToewijzing, Task
from intake_desktop.services.beheer import accounts
from intake_desktop.ui.main_window import MainWindow
from tests.support.caseload import client, fill_caseload, klantmanager, scanned_by
from tests.support.staff import DEMO_PASSWORD, make_staff
from tests.support.ui import activate, answer_message_box, type_text, when_modal


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def history(store, client_id):
    with store.reading() as s:
        return s.execute(
            select(
                KlantmanagerToewijzing.klantmanager_id,
                KlantmanagerToewijzing.suggested_id,
                KlantmanagerToewijzing.reason,
            )
            .where(KlantmanagerToewijzing.client_id == client_id)
            .order_by(KlantmanagerToewijzing.assigned_at)
        ).all()


def test_assign_from_the_suggestion_and_override_with_a_reason(qtbot, store, beheerder):
    ilse = klantmanager(store, beheerder, "ilse", functie="inkomensconsulent", max_caseload=40)
    wim = klantmanager(store, beheerder, "wim", functie="werkcoach", max_caseload=40)
    make_staff(store, "wissel", {"wisselwachter"}, actor=beheerder, name="Willem Wissel")
    wissel = accounts.sign_in(store, "wissel", DEMO_PASSWORD)
    first = client(store, klantgroep="zorgen", surname="Eerste")
    second = client(store, klantgroep="zorgen", surname="Tweede")
    scanned_by(store, wissel.staff_id, first, second)
    window = MainWindow(store, wissel)
    qtbot.addWidget(window)
    window.show()
    activate(window)

    # 1. The suggestion as it is: Ilse (inkomensconsulent for Zorgen), Ctrl+S.
    view = window.open_dossier(first)
    assert view.values["klantmanager"].text() == "nog niet toegewezen"

    def take_suggestion(dialog):
        rows = dialog.picker.table
        assert rows.item(0, 0).text() == "Ilse (voorstel)"
        assert "Begeleidt de klantgroep Zorgen" in rows.item(0, 3).text()
        assert rows.item(0, 1).text() == "Inkomensconsulent"
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(take_suggestion)
    qtbot.mouseClick(view.assign_button, Qt.MouseButton.LeftButton)
    failures.check()
    assert view.values["klantmanager"].text() == "Ilse"
    assert history(store, first) == [(ilse, ilse, "Voorstel gevolgd")]

    # 2. Another than the suggestion: the reason is asked next to its field.
    view = window.open_dossier(second)
    seen = {}

    def override(dialog):
        dialog.picker.table.setFocus()
        key(qtbot, Qt.Key.Key_Down)  # the second row: Wim (werkcoach)
        assert dialog.picker.selected().staff.name == "Wim"
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        error = dialog.picker.reason_row.error
        seen["error"] = error.text() if error.isVisible() else ""
        seen["focus"] = dialog.focusWidget() is dialog.picker.reason
        type_text(qtbot, dialog.picker.reason, "Kent de klant van een eerder traject")
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(override)
    qtbot.mouseClick(view.assign_button, Qt.MouseButton.LeftButton)
    failures.check()
    assert seen == {
        "error": "U kiest een ander dan het voorstel: schrijf op waarom.",
        "focus": True,
    }
    assert view.values["klantmanager"].text() == "Wim"
    assert history(store, second) == [(wim, ilse, "Kent de klant van een eerder traject")]
    assert view.timeline.topLevelItem(0).text(3) == (
        "Wim · Kent de klant van een eerder traject (voorstel was Ilse)"
    )


def test_bulk_reassignment_with_a_preview(qtbot, store, beheerder, teamleider):  # noqa: F811
    leaving = klantmanager(store, beheerder, "lotte", functie="werkcoach", max_caseload=20)
    anna = klantmanager(store, beheerder, "anna", functie="werkcoach", max_caseload=20)
    bert = klantmanager(store, beheerder, "bert", functie="werkcoach", max_caseload=20)
    fill_caseload(store, anna, 2)
    moving = [
        client(store, klantgroep="groeien", km=leaving, surname=f"Klant{i}") for i in range(4)
    ]
    window = MainWindow(store, teamleider)
    qtbot.addWidget(window)
    window.show()
    activate(window)
    key(qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)  # Caseloads
    team = window.caseload.content.widget(0)
    assert team.table.hasFocus()  # read when shown, the keyboard in the table
    names = [team.table.item(r, 0).text() for r in range(team.table.rowCount())]
    assert names == ["Anna", "Bea Beheer", "Bert", "Lotte"]
    for _ in range(names.index("Lotte")):
        key(qtbot, Qt.Key.Key_Down)
    assert team.current().name == "Lotte"
    shown = {}

    def preview_and_change(dialog):
        table = dialog.table
        shown["rows"] = [
            (table.item(r, 0).text(), table.item(r, 2).text()) for r in range(table.rowCount())
        ]
        shown["spread"] = dialog.spread.text()
        # Bert (empty) gets the first two until he is as full as Anna, then they alternate.
        for _ in range(3):
            key(qtbot, Qt.Key.Key_Down)  # the fourth client
        key(qtbot, Qt.Key.Key_Return)  # Enter goes to "Naar"
        assert dialog.focusWidget() is dialog.target
        key(qtbot, Qt.Key.Key_Home)  # "(niet verhuizen)"
        shown["changed"] = table.item(3, 2).text()
        key(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        type_text(qtbot, dialog.reason, "Lotte vertrekt per 1 december")
        answer_message_box("OK", shown.setdefault("done", []))
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(preview_and_change)
    key(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # Klanten herverdelen
    # A mnemonic "animates" the click: the dialog opens a moment later.
    qtbot.waitUntil(lambda: bool(shown.get("done")) or bool(failures), timeout=10_000)
    failures.check()
    assert [to for _name, to in shown["rows"]] == ["Bert", "Bert", "Anna", "Bert"]
    assert shown["changed"] == "(blijft)"
    assert shown["spread"] == "4 klanten verhuizen: Anna 1, Bert 3."
    assert shown["done"] == ["3 klanten hebben een andere klantmanager."]
    with store.reading() as s:
        now = {
            c.surname: c.klantmanager_id
            for c in s.scalars(select(Client).where(Client.id.in_(moving)))
        }
    assert now == {"Klant0": bert, "Klant1": bert, "Klant2": anna, "Klant3": leaving}
    assert history(store, moving[0])[-1] == (bert, bert, "Lotte vertrekt per 1 december")
    row = {team.table.item(r, 0).text(): r for r in range(team.table.rowCount())}
    total = team.table.columnCount() - 4
    assert team.table.item(row["Lotte"], total).text() == "1"
    assert team.table.item(row["Bert"], total).text() == "2"


def test_werkvoorraad_count_goes_down_when_a_task_is_handled(qtbot, store, beheerder):
    anna = klantmanager(store, beheerder, "anna", functie="werkcoach")
    someone = client(store, klantgroep="groeien", km=anna, surname="Bos")
    from datetime import timedelta

    from intake_desktop.domain.clock import utcnow

    with store.transaction() as s:
        for title, days in (("Bellen met Work First", -1), ("Verslag maken", 2)):
            s.add(
                Task(
                    client_id=someone,
                    kind="x",
                    title=title,
                    due_at=utcnow() + timedelta(days=days),
                    assigned_to=anna,
                )
            )
    actor = accounts.sign_in(store, "anna", DEMO_PASSWORD)
    window = MainWindow(store, actor)
    qtbot.addWidget(window)
    window.show()
    activate(window)
    qtbot.waitUntil(lambda: window.werkvoorraad_item.text() == "Werkvoorraad (2)")
    key(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    view = window.werkvoorraad.content
    assert view.table.item(0, 1).text() == "Te laat"
    assert view.table.item(0, 2).text() == "Bellen met Work First"
    assert view.table.item(0, 3).text() == "Test Bos"
    assert view.table.hasFocus()  # Alt+4 lands in the list
    answer_message_box("Yes")
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Afhandelen
    qtbot.waitUntil(lambda: view.table.rowCount() == 1)
    assert view.table.item(0, 2).text() == "Verslag maken"
    assert window.werkvoorraad_item.text() == "Werkvoorraad (1)"
    # Enter opens the client's dossier, where the work is done.
    activate(window)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.balie.currentWidget().client_id == someone
