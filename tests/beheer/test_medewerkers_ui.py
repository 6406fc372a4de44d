"""Beheer → Medewerkers, the screens: the edit dialog saves what is typed and the table
shows it, a refused save keeps everything, a stale version lays the input over the new
data, absences added and removed from the dialog, Esc asks before throwing changes away,
the beheerder role a teamleider cannot tick, labels and accessible names, and the new
staff dialog with the same fields."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from intake_desktop.db.models import Staff
from intake_desktop.services.beheer import afwezigheid, medewerkers
from intake_desktop.ui.beheer.medewerker_dialog import AbsenceDialog, EditStaffDialog
from intake_desktop.ui.beheer.medewerkers_view import NewStaffDialog, StaffView
from tests.support.medewerkers import update
from tests.support.staff import DEMO_PASSWORD
from tests.support.ui import activate, answer_message_box, replace_text, type_text, when_modal

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL

TODAY = date.today()


def table_row(view, username):
    table = view.table
    for row in range(table.rowCount()):
        if table.item(row, 1).text() == username:
            return row, [table.item(row, c).text() for c in range(table.columnCount())]
    raise AssertionError(username)


def open_edit(qtbot, store, actor, staff_id) -> EditStaffDialog:
    dialog = EditStaffDialog(store, actor, staff_id)
    # A failed test must not hang on the "Wijzigingen weggooien?" question when closing.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    activate(dialog)
    return dialog


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_edit_dialog_saves_what_is_typed_and_the_table_shows_it(qtbot, store, beheerder, kees):
    afwezigheid.add_absence(store, beheerder, kees, TODAY, date(TODAY.year + 1, 12, 12), "Verlof")
    view = StaffView(store, beheerder)
    qtbot.addWidget(view)
    view.show()
    row, shown = table_row(view, "k.jansen")
    assert shown[7] == f"t/m 12-12-{TODAY.year + 1}" and shown[8] == "ja"

    def edit(dialog):
        form = dialog.form
        assert form.display_name.hasFocus()
        replace_text(qtbot, form.display_name, "Kees Jansen-Boë")
        qtbot.keyClick(form.display_name, Qt.Key.Key_Tab)
        type_text(qtbot, dialog.focusWidget(), "kees@voorbeeld.nl")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is form.functie
        qtbot.keyClick(form.functie, Qt.Key.Key_Down)  # (geen) -> Werkcoach
        qtbot.keyClick(form.functie, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is form.team
        qtbot.keyClick(form.team, Qt.Key.Key_Down)
        qtbot.keyClick(form.team, Qt.Key.Key_Down)  # Inkomen
        qtbot.keyClick(form.team, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is form.max_caseload
        replace_text(qtbot, form.max_caseload, "35")
        click(qtbot, form.working_days.boxes["vr"])
        click(qtbot, form.working_days.boxes["za"])
        click(qtbot, form.roles.boxes["wisselwachter"])
        click(qtbot, form.expertise.boxes["schulden"])
        click(qtbot, form.expertise.boxes["jongeren"])
        qtbot.keyClick(form.display_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(edit)
    view.table.setFocus()
    view.table.setCurrentCell(row, 0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    failures.check()

    detail = medewerkers.staff_detail(store, beheerder, kees)
    assert detail.display_name == "Kees Jansen-Boë" and detail.email == "kees@voorbeeld.nl"
    assert (detail.functie, detail.team, detail.max_caseload) == ("werkcoach", "inkomen", 35)
    assert detail.working_days == ("ma", "di", "wo", "do", "za")
    assert detail.roles == ("wisselwachter", "klantmanager")
    assert detail.expertise == ("jongeren", "schulden")
    _, shown = table_row(view, "k.jansen")
    assert shown == [
        "Kees Jansen-Boë",
        "k.jansen",
        "Wisselwachter / intaker, Klantmanager",
        "Werkcoach",
        "Inkomen",
        "35",
        "Jongeren, Schulden",
        f"t/m 12-12-{TODAY.year + 1}",
        "ja",
    ]
    assert view.table.currentRow() == table_row(view, "k.jansen")[0]


def test_a_refused_save_shows_the_messages_and_keeps_everything(qtbot, store, beheerder, kees):
    dialog = open_edit(qtbot, store, beheerder, kees)
    form = dialog.form
    replace_text(qtbot, form.display_name, "")
    click(qtbot, form.roles.boxes["klantmanager"])  # no role left
    for day in ("ma", "di", "wo", "do", "vr"):
        click(qtbot, form.working_days.boxes[day])
    replace_text(qtbot, form.email, "kees@")
    replace_text(qtbot, form.max_caseload, "12")
    qtbot.keyClick(form.email, Qt.Key.Key_Return)  # Enter: the default button, Opslaan
    assert dialog.isVisible()
    errors = {name: row.error.text() for name, row in form.fields.rows.items() if row.error.text()}
    assert errors == {
        "display_name": "Vul de naam in.",
        "email": "Vul een e-mailadres in als naam@voorbeeld.nl.",
        "roles": "Kies minstens één rol.",
        "working_days": "Kies minstens één werkdag.",
    }
    assert dialog.summary.text().startswith("Controleer de gemarkeerde velden")
    assert form.display_name.hasFocus()
    assert form.email.text() == "kees@" and form.max_caseload.value() == 12
    assert medewerkers.staff_detail(store, beheerder, kees).max_caseload is None

    type_text(qtbot, form.display_name, "Kees J.")
    click(qtbot, form.roles.boxes["klantmanager"])
    click(qtbot, form.working_days.boxes["wo"])
    replace_text(qtbot, form.email, "kees@voorbeeld.nl")
    click(qtbot, dialog.save_button)
    assert dialog.result() == dialog.DialogCode.Accepted
    detail = medewerkers.staff_detail(store, beheerder, kees)
    assert (detail.display_name, detail.working_days, detail.max_caseload) == (
        "Kees J.",
        ("wo",),
        12,
    )


def test_a_stale_version_keeps_the_input_and_lays_it_over_the_new_data(
    qtbot, store, beheerder, teamleider, kees
):
    dialog = open_edit(qtbot, store, beheerder, kees)
    replace_text(qtbot, dialog.form.max_caseload, "50")
    update(store, teamleider, kees, team="werk")  # meanwhile, a colleague
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert "intussen gewijzigd door Tineke Leider" in dialog.summary.text()
    assert "staan nog in het scherm" in dialog.summary.text()
    assert dialog.form.max_caseload.value() == 50
    assert dialog.reload_button.isVisible() and dialog.reload_button.hasFocus()
    assert medewerkers.staff_detail(store, beheerder, kees).max_caseload is None
    qtbot.keyClick(dialog.reload_button, Qt.Key.Key_Space)
    assert dialog.form.team.currentData() == "werk"
    assert dialog.form.max_caseload.value() == 50
    click(qtbot, dialog.save_button)
    detail = medewerkers.staff_detail(store, beheerder, kees)
    assert (detail.team, detail.max_caseload) == ("werk", 50)


def test_absences_are_added_and_removed_from_the_dialog(qtbot, store, beheerder, kees):
    dialog = open_edit(qtbot, store, beheerder, kees)
    assert not dialog.remove_absence_button.isEnabled()
    year = TODAY.year + 1

    def fill(absence: AbsenceDialog):
        assert absence.starts_on.hasFocus()
        type_date(qtbot, absence.starts_on, f"10-12-{year}")
        assert absence.ends_on.date() == QDate(year, 12, 10)  # follows the first day
        type_date(qtbot, absence.ends_on, f"09-12-{year}")
        qtbot.keyClick(absence.ends_on, Qt.Key.Key_Return)
        assert absence.isVisible()
        assert absence.fields.rows["ends_on"].error.text() == (
            "De laatste dag ligt vóór de eerste dag. Controleer de data."
        )
        type_date(qtbot, absence.ends_on, f"12-12-{year}")
        qtbot.keyClick(absence.ends_on, Qt.Key.Key_Tab)
        type_text(qtbot, absence.reason, "Cursus")
        qtbot.keyClick(absence.reason, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(fill)
    click(qtbot, dialog.add_absence_button)
    failures.check()
    texts = [dialog.absences.item(0, c).text() for c in range(3)]
    assert texts == [f"10-12-{year}", f"12-12-{year}", "Cursus"]
    [absence] = medewerkers.staff_detail(store, beheerder, kees).absences
    assert (absence.starts_on, absence.ends_on) == (date(year, 12, 10), date(year, 12, 12))

    dialog.absences.setCurrentCell(0, 0)
    assert dialog.remove_absence_button.isEnabled()
    seen: list[str] = []
    answer_message_box("Yes", seen)
    click(qtbot, dialog.remove_absence_button)
    assert seen == [f"De afwezigheid van 10-12-{year} tot en met 12-12-{year} verwijderen?"]
    assert dialog.absences.rowCount() == 0
    assert medewerkers.staff_detail(store, beheerder, kees).absences == ()
    # Nothing else was changed: Esc closes without a question.
    qtbot.keyClick(dialog.absences, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected


def type_date(qtbot, edit, text):
    """Type a date into a dd-MM-yyyy QDateEdit, section by section."""
    edit.setFocus()
    edit.setSelectedSection(edit.Section.DaySection)
    qtbot.keyClicks(edit, text.replace("-", ""))


def test_escape_with_changes_asks_before_throwing_them_away(qtbot, store, beheerder, kees):
    dialog = open_edit(qtbot, store, beheerder, kees)
    qtbot.keyClick(dialog.form.display_name, Qt.Key.Key_End)
    type_text(qtbot, dialog.form.display_name, " jr.")
    answer_message_box("No")
    qtbot.keyClick(dialog.form.display_name, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.form.display_name.text() == "Kees Jansen jr."
    answer_message_box("Yes")
    qtbot.keyClick(dialog.form.display_name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert medewerkers.staff_detail(store, beheerder, kees).display_name == "Kees Jansen"


def test_a_teamleider_cannot_tick_the_beheerder_role(qtbot, store, teamleider, kees):
    dialog = EditStaffDialog(store, teamleider, kees)
    qtbot.addWidget(dialog)
    assert not dialog.form.roles.boxes["beheerder"].isEnabled()
    assert dialog.form.roles.boxes["teamleider"].isEnabled()


def test_every_input_has_a_label_and_an_accessible_name(qtbot, store, beheerder, kees):
    dialog = EditStaffDialog(store, beheerder, kees)
    qtbot.addWidget(dialog)
    for name, row in dialog.form.fields.rows.items():
        assert row.label.buddy() is row.widget, name
        assert row.widget.accessibleName(), name
    assert dialog.form.working_days.boxes["ma"].accessibleName() == "maandag"
    assert dialog.absences.accessibleName() == "Afwezigheid"


def test_new_staff_dialog_has_the_same_fields(qtbot, store, beheerder):
    view = StaffView(store, beheerder)
    qtbot.addWidget(view)
    view.show()

    def fill(dialog: NewStaffDialog):
        type_text(qtbot, dialog.display_name, "Zoë de Wit")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        type_text(qtbot, dialog.focusWidget(), "z.dewit")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        type_text(qtbot, dialog.focusWidget(), DEMO_PASSWORD)
        form = dialog.form
        form.functie.setFocus()
        qtbot.keyClicks(form.functie, "Participatie")
        replace_text(qtbot, form.max_caseload, "60")
        click(qtbot, form.roles.boxes["klantmanager"])
        click(qtbot, form.expertise.boxes["gezondheid"])
        click(qtbot, form.working_days.boxes["ma"])
        qtbot.keyClick(form.max_caseload, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    failures = when_modal(fill)
    click(qtbot, view.add_button)
    failures.check()
    with store.reading() as s:
        staff = s.scalar(select(Staff).where(Staff.username == "z.dewit"))
        assert (staff.display_name, staff.functie, staff.max_caseload) == (
            "Zoë de Wit",
            "participatiemakelaar",
            60,
        )
        assert staff.working_days == "di,wo,do,vr"
        assert {e.tag for e in staff.expertise} == {"gezondheid"}
    _, shown = table_row(view, "z.dewit")
    assert shown[3:7] == ["Participatiemakelaar", "", "60", "Gezondheid"]
    assert view.table.currentRow() == table_row(view, "z.dewit")[0]


def test_a_temporary_password_is_shown_once_and_must_be_replaced(qtbot, store, beheerder, kees):
    from intake_desktop.services.beheer import accounts, passwords
    from intake_desktop.ui.beheer.temporary_password import TemporaryPasswordDialog

    view = StaffView(store, beheerder)
    qtbot.addWidget(view)
    view.show()
    view.table.selectRow(table_row(view, "k.jansen")[0])
    seen, shown = [], {}

    def read(dialog):
        assert isinstance(dialog, TemporaryPasswordDialog)
        shown["password"] = dialog.password.text()
        shown["read_only"] = dialog.password.isReadOnly()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    answer_message_box("Yes", seen, then=lambda: failures.append(when_modal(read)))
    failures: list = []
    click(qtbot, view.reset_button)
    for failure in failures:
        failure.check()
    assert "Kees Jansen krijgt een tijdelijk wachtwoord" in seen[0]
    temporary = shown["password"]
    assert len(temporary) == 19 and shown["read_only"]
    if store.staff_login:
        return  # the server's side: tests/beheer/server/test_server_sign_in.py
    signed_in = accounts.sign_in(store, "k.jansen", temporary)
    assert passwords.must_change_password(store, signed_in)
