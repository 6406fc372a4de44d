"""Beheer → Medewerkers: changing a staff member (roles, functie, team, expertise,
caseload, working days, active), absences, and what the list shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent, Staff, StaffAbsence
from intake_desktop.services.beheer import accounts, afwezigheid, medewerkers
from intake_desktop.services.beheer.errors import AbsenceGone, MaintainNotAllowed
from intake_desktop.services.core.errors import StaleVersion, ValidationFailed
from intake_desktop.ui.beheer.medewerker_dialog import AbsenceDialog, EditStaffDialog
from intake_desktop.ui.beheer.medewerkers_view import NewStaffDialog, StaffView
from tests.support.staff import DEMO_PASSWORD, make_staff
from tests.support.ui import activate, answer_message_box, replace_text, type_text, when_modal

pytestmark = pytest.mark.both_stores  # every test here runs on SQLite and PostgreSQL

TODAY = date.today()


@pytest.fixture
def kees(store, beheerder):
    return make_staff(store, "k.jansen", {"klantmanager"}, actor=beheerder, name="Kees Jansen")


@pytest.fixture
def teamleider(store, beheerder):
    make_staff(store, "tl", {"teamleider"}, actor=beheerder, name="Tineke Leider")
    return accounts.sign_in(store, "tl", DEMO_PASSWORD)


def change_of(store, staff_id, **fields):
    detail = medewerkers.staff_detail(store, staff_id)
    return replace(detail.as_change(), **fields), detail.version


def update(store, actor, staff_id, **fields):
    change, version = change_of(store, staff_id, **fields)
    return medewerkers.update_staff(store, actor, staff_id, change, version)


def audit_rows(store, entity):
    with store.reading() as s:
        return list(
            s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == entity)
                .order_by(AuditEvent.occurred_at)
            )
        )


def refused(store, actor, staff_id, **fields) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as err:
        update(store, actor, staff_id, **fields)
    return err.value.errors


# --- the service -----------------------------------------------------------------------


def test_each_field_is_saved_and_audited_by_name_only(store, beheerder, kees):
    before = medewerkers.staff_detail(store, kees)
    assert before.working_days == ("ma", "di", "wo", "do", "vr")
    new_version = update(
        store,
        beheerder,
        kees,
        display_name=" Kees Jansen-Özil ",
        email="K.Jansen@Voorbeeld.nl",
        roles={"klantmanager", "wisselwachter"},
        team="werk",
        functie="werkcoach",
        expertise={"jongeren", "schulden"},
        max_caseload=45,
        working_days=("ma", "di", "do"),
        active=False,
    )
    after = medewerkers.staff_detail(store, kees)
    assert new_version == after.version == before.version + 1
    assert after.display_name == "Kees Jansen-Özil"
    assert after.email == "k.jansen@voorbeeld.nl"
    assert after.roles == ("wisselwachter", "klantmanager")
    assert (after.team, after.functie, after.max_caseload) == ("werk", "werkcoach", 45)
    assert after.expertise == ("jongeren", "schulden")
    assert after.working_days == ("ma", "di", "do")
    assert after.active is False
    [event] = [e for e in audit_rows(store, "staff") if e.action == "wijzigen"]
    assert event.entity_id == kees and event.username == "beheer"
    assert event.details == {
        "velden": [
            "display_name",
            "email",
            "roles",
            "team",
            "functie",
            "expertise",
            "max_caseload",
            "working_days",
            "active",
        ]
    }
    stored = str(event.details)
    for value in ("Özil", "voorbeeld", "werkcoach", "jongeren", "45"):
        assert value not in stored


def test_one_field_at_a_time_and_nothing_changed_writes_nothing(store, beheerder, kees):
    for name, value in (
        ("max_caseload", 30),
        ("max_caseload", None),
        ("expertise", {"inburgering"}),
        ("roles", {"klantmanager", "poortwachter"}),
        ("working_days", ("di", "za")),
        ("team", "inkomen"),
        ("team", ""),
    ):
        version = medewerkers.staff_detail(store, kees).version
        assert update(store, beheerder, kees, **{name: value}) == version + 1
        assert audit_rows(store, "staff")[-1].details == {"velden": [name]}
    detail = medewerkers.staff_detail(store, kees)
    assert (detail.max_caseload, detail.team, detail.working_days) == (None, "", ("di", "za"))
    assert detail.expertise == ("inburgering",)
    count = len(audit_rows(store, "staff"))
    assert update(store, beheerder, kees) == detail.version
    assert len(audit_rows(store, "staff")) == count


def test_wrong_input_is_refused_with_a_dutch_message_per_field(store, beheerder, kees):
    errors = refused(
        store,
        beheerder,
        kees,
        display_name="  ",
        email="geen-adres",
        roles=set(),
        team="onbekend",
        functie="kok",
        expertise={"schulden", "toveren"},
        max_caseload=0,
        working_days=(),
    )
    assert errors == {
        "display_name": "Vul de naam in.",
        "email": "Vul een e-mailadres in als naam@voorbeeld.nl.",
        "roles": "Kies minstens één rol.",
        "team": "Dit team staat niet in de lijst.",
        "functie": "Deze functie staat niet in de lijst.",
        "expertise": "Deze expertise staat niet in de lijst.",
        "max_caseload": "Vul een maximum van 1 tot en met 500 in, of kies 'geen maximum'.",
        "working_days": "Kies minstens één werkdag.",
    }
    assert "max_caseload" in refused(store, beheerder, kees, max_caseload=501)
    assert refused(store, beheerder, kees, working_days=("ma", "vrij")) == {
        "working_days": "Kies werkdagen van maandag tot en met zondag."
    }
    assert refused(store, beheerder, kees, roles={"koning"}) == {"roles": "Kies minstens één rol."}
    assert medewerkers.staff_detail(store, kees).display_name == "Kees Jansen"


def test_only_beheerder_and_teamleider_maintain_staff(store, beheerder, balie, kees):
    change, version = change_of(store, kees, max_caseload=20)
    with pytest.raises(MaintainNotAllowed, match="Alleen een beheerder of teamleider"):
        medewerkers.update_staff(store, balie, kees, change, version)
    with pytest.raises(
        MaintainNotAllowed, match="Alleen een beheerder of teamleider beheert medewerkers\\."
    ):
        afwezigheid.add_absence(store, balie, kees, TODAY, TODAY, "")
    with pytest.raises(
        MaintainNotAllowed, match="Alleen een beheerder of teamleider beheert medewerkers\\."
    ):
        make_staff(store, "nieuw", {"baliemedewerker"}, actor=balie)


def test_a_teamleider_may_not_give_or_take_the_beheerder_role(store, beheerder, teamleider, kees):
    assert refused(store, teamleider, kees, roles={"klantmanager", "beheerder"}) == {
        "roles": "Alleen een beheerder geeft of neemt de rol beheerder."
    }
    admin = beheerder.staff_id
    assert refused(store, teamleider, admin, roles={"teamleider"}) == {
        "roles": "Alleen een beheerder geeft of neemt de rol beheerder."
    }
    assert refused(store, teamleider, admin, active=False) == {
        "active": "Alleen een beheerder zet een beheerder op inactief."
    }
    # Everything else a teamleider may change, also of a beheerder.
    update(store, teamleider, kees, roles={"klantmanager", "teamleider"}, max_caseload=12)
    update(store, teamleider, admin, team="werk")
    assert medewerkers.staff_detail(store, kees).roles == ("klantmanager", "teamleider")
    assert medewerkers.staff_detail(store, admin).team == "werk"


def test_a_teamleider_creates_accounts_but_no_beheerder(store, beheerder, teamleider):
    new_id = accounts.create_staff(
        store,
        teamleider,
        accounts.NewStaff(
            username="w.coach",
            display_name="Wim Coach",
            password=DEMO_PASSWORD,
            roles={"klantmanager"},
            gemeente_code=store.config.default_gemeente.code,
            team="werk",
            functie="werkcoach",
            expertise={"educatie"},
            max_caseload=40,
            working_days=("di", "wo", "do"),
        ),
    )
    detail = medewerkers.staff_detail(store, new_id)
    assert (detail.functie, detail.team, detail.max_caseload) == ("werkcoach", "werk", 40)
    assert detail.expertise == ("educatie",) and detail.working_days == ("di", "wo", "do")
    with pytest.raises(ValidationFailed) as err:
        make_staff(store, "baas", {"beheerder"}, actor=teamleider)
    assert err.value.errors == {"roles": "Alleen een beheerder geeft of neemt de rol beheerder."}
    with pytest.raises(ValidationFailed) as err:
        accounts.create_staff(
            store,
            beheerder,
            accounts.NewStaff(
                "x.y", "X Y", DEMO_PASSWORD, {"klantmanager"}, "", functie="kok", working_days=()
            ),
        )
    assert set(err.value.errors) == {"functie", "working_days"}


def test_nobody_deactivates_themselves_or_drops_their_own_beheerder_role(store, beheerder):
    me = beheerder.staff_id
    assert refused(store, beheerder, me, active=False) == {
        "active": "U kunt uw eigen account niet op inactief zetten."
    }
    assert refused(store, beheerder, me, roles={"teamleider"}) == {
        "roles": "U kunt uw eigen rol beheerder niet weghalen."
    }
    update(store, beheerder, me, roles={"beheerder"})  # other roles of one's own: fine
    assert medewerkers.staff_detail(store, me).roles == ("beheerder",)


def test_a_stale_version_is_refused_also_after_a_roles_only_change(
    store, beheerder, teamleider, kees
):
    mine, version = change_of(store, kees, max_caseload=25)
    update(store, teamleider, kees, roles={"klantmanager", "poortwachter"})  # a colleague
    with pytest.raises(StaleVersion) as err:
        medewerkers.update_staff(store, beheerder, kees, mine, version)
    assert "gewijzigd door Tineke Leider" in str(err.value)
    detail = medewerkers.staff_detail(store, kees)
    assert detail.max_caseload is None and "poortwachter" in detail.roles


def test_absences_are_added_listed_and_removed(store, beheerder, kees):
    with pytest.raises(ValidationFailed) as err:
        afwezigheid.add_absence(store, beheerder, kees, TODAY, TODAY - timedelta(days=1), "")
    assert err.value.errors == {
        "ends_on": "De laatste dag ligt vóór de eerste dag. Controleer de data."
    }
    with pytest.raises(ValidationFailed) as err:
        afwezigheid.add_absence(store, beheerder, kees, None, None, "x" * 201)
    assert set(err.value.errors) == {"starts_on", "ends_on", "reason"}

    until = TODAY + timedelta(days=5)
    now = afwezigheid.add_absence(store, beheerder, kees, TODAY, until, " Verlof ")
    later = afwezigheid.add_absence(
        store, beheerder, kees, until + timedelta(days=30), until + timedelta(days=31)
    )
    one_day = afwezigheid.add_absence(store, beheerder, kees, TODAY, TODAY, "")  # same day is fine
    detail = medewerkers.staff_detail(store, kees)
    assert [(a.id, a.reason) for a in detail.absences] == [
        (one_day, ""),
        (now, "Verlof"),
        (later, ""),
    ]
    [row] = [r for r in medewerkers.list_staff(store) if r.id == kees]
    assert row.absent_today and row.absent_until == until

    afwezigheid.remove_absence(store, beheerder, now)
    afwezigheid.remove_absence(store, beheerder, one_day)
    assert [a.id for a in medewerkers.staff_detail(store, kees).absences] == [later]
    [row] = [r for r in medewerkers.list_staff(store) if r.id == kees]
    assert not row.absent_today
    with store.reading() as s:
        assert s.get(StaffAbsence, now).deleted_at is not None  # kept, marked removed
    with pytest.raises(AbsenceGone, match="Deze afwezigheid bestaat niet \\(meer\\)\\."):
        afwezigheid.remove_absence(store, beheerder, now)
    events = audit_rows(store, "staff_absence")
    assert [e.action for e in events] == ["aanmaken"] * 3 + ["verwijderen"] * 2
    assert all(e.details == {} for e in events)  # no dates, no reasons


def test_the_list_holds_what_the_table_shows(store, beheerder, kees):
    update(
        store,
        beheerder,
        kees,
        team="werk",
        functie="werkcoach",
        expertise={"schulden"},
        max_caseload=40,
    )
    [row] = [r for r in medewerkers.list_staff(store) if r.id == kees]
    assert (row.username, row.display_name, row.roles, row.active) == (
        "k.jansen",
        "Kees Jansen",
        ("klantmanager",),
        True,
    )
    assert (row.team, row.functie, row.max_caseload, row.expertise) == (
        "werk",
        "werkcoach",
        40,
        ("schulden",),
    )
    assert [r.username for r in medewerkers.list_staff(store, role="klantmanager")] == [
        "beheer",
        "k.jansen",
    ]


# --- the screens -----------------------------------------------------------------------


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

    detail = medewerkers.staff_detail(store, kees)
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
    assert medewerkers.staff_detail(store, kees).max_caseload is None

    type_text(qtbot, form.display_name, "Kees J.")
    click(qtbot, form.roles.boxes["klantmanager"])
    click(qtbot, form.working_days.boxes["wo"])
    replace_text(qtbot, form.email, "kees@voorbeeld.nl")
    click(qtbot, dialog.save_button)
    assert dialog.result() == dialog.DialogCode.Accepted
    detail = medewerkers.staff_detail(store, kees)
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
    assert medewerkers.staff_detail(store, kees).max_caseload is None
    qtbot.keyClick(dialog.reload_button, Qt.Key.Key_Space)
    assert dialog.form.team.currentData() == "werk"
    assert dialog.form.max_caseload.value() == 50
    click(qtbot, dialog.save_button)
    detail = medewerkers.staff_detail(store, kees)
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
    [absence] = medewerkers.staff_detail(store, kees).absences
    assert (absence.starts_on, absence.ends_on) == (date(year, 12, 10), date(year, 12, 12))

    dialog.absences.setCurrentCell(0, 0)
    assert dialog.remove_absence_button.isEnabled()
    seen: list[str] = []
    answer_message_box("Yes", seen)
    click(qtbot, dialog.remove_absence_button)
    assert seen == [f"De afwezigheid van 10-12-{year} tot en met 12-12-{year} verwijderen?"]
    assert dialog.absences.rowCount() == 0
    assert medewerkers.staff_detail(store, kees).absences == ()
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
    assert medewerkers.staff_detail(store, kees).display_name == "Kees Jansen"


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
