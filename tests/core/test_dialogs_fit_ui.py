"""Every dialog of the counter, the dossier, the caseload, the agenda, Beheer and the
session fits a 1366×768 screen with a title bar (each step of a stepped one), its
buttons in reach. The trajectplan, progress, closure, inburgering and laptop dialogs:
tests/traject/test_dialogs_fit_ui.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from intake_desktop.domain.validation import ClientInput
from intake_desktop.services.balie import aanmelding, screening
from intake_desktop.services.beheer import accounts
from intake_desktop.services.core.access import NoAccess
from intake_desktop.services.dossier import inzage
from tests.support.journey import a_client, new_aanmelding, scan, screen
from tests.support.staff import DEMO_PASSWORD, make_staff
from tests.support.ui import size_problems

pytestmark = pytest.mark.usefixtures("small_screen")


def _check(qtbot, problems, dialog, what=""):
    qtbot.addWidget(dialog)
    problems += size_problems(dialog, what)
    dialog.done(0)


def _steps(qtbot, problems, dialog):
    """Each step of a stepped dialog, as the user sees it."""
    qtbot.addWidget(dialog)
    dialog.show()
    for index in range(dialog.steps.count()):
        dialog._show_step(index)
        problems += size_problems(dialog, f"{type(dialog).__name__} stap {index + 1}")
    dialog.done(0)


def test_counter_dialogs_fit(qtbot, store, balie, beheerder, intaker):
    from intake_desktop.ui.balie.aanmelding_dialog import AanmeldingDialog
    from intake_desktop.ui.balie.ambitiegesprek_dialog import AmbitiegesprekDialog
    from intake_desktop.ui.balie.meeneemblad_dialog import MeeneembladDialog
    from intake_desktop.ui.balie.quickscan_dialog import QuickscanDialog
    from intake_desktop.ui.balie.screening_dialog import ScreeningDialog

    make_staff(store, "wissel", {"poortwachter", "wisselwachter"}, actor=beheerder)
    wissel = accounts.sign_in(store, "wissel", DEMO_PASSWORD)
    problems: list[str] = []

    empty = AanmeldingDialog(store, balie)
    _check(qtbot, problems, empty, "Aanmelding, leeg")
    refused = AanmeldingDialog(store, balie)
    qtbot.addWidget(refused)
    refused.show()
    wrong = {
        "bsn": "123",
        "surname": "J4nsen",
        "birth_date": "31-02-1990",
        "house_number": "a12",
        "postcode": "0123 AB",
        "phone": "12345",
        "email": "geen-adres",
        "tussenvoegsel": "v" * 40,
        "street": "s" * 200,
        "city": "c" * 200,
    }
    for name, text in wrong.items():
        refused.client_form.edit(name).setText(text)
    qtbot.mouseClick(refused.save_button, Qt.MouseButton.LeftButton)  # every field marked
    assert sum(row.error.isVisible() for row in refused.fields.rows.values()) >= 9
    _check(qtbot, problems, refused, "Aanmelding met foutmeldingen")

    result = aanmelding.register_aanmelding(
        store,
        balie,
        aanmelding.AanmeldingRequest(
            channel="balie",
            route="schuldhulpverlening",
            question="Schulden",
            client=ClientInput(
                first_names="Noël", surname="Maës", bsn="999990019", birth_date="01-01-1990"
            ),
        ),
    )
    _check(qtbot, problems, MeeneembladDialog(store, balie, result))

    item = new_aanmelding(store, balie, "Jansen", "999990020")
    _check(qtbot, problems, ScreeningDialog(store, wissel, item, "Jansen"))
    screening.complete_screening(
        store,
        wissel,
        item,
        screening.ScreeningInput(eligibility="onduidelijk", eligibility_reason="Uitzoeken"),
    )
    quick = QuickscanDialog(store, wissel, item, "Jansen")
    _steps(qtbot, problems, quick)

    client_id = a_client(store, balie, "Bakker", "999990032")
    _steps(qtbot, problems, AmbitiegesprekDialog(store, intaker, client_id))
    assert not problems, "\n".join(problems)


def test_dossier_caseload_and_agenda_dialogs_fit(qtbot, store, balie, beheerder, teamleider):
    from intake_desktop.ui.agenda.kickoff_view import PlanKickoffDialog
    from intake_desktop.ui.caseload.assign_dialog import AssignDialog
    from intake_desktop.ui.caseload.reassign_dialog import ReassignDialog
    from intake_desktop.ui.dossier.compare_dialog import CompareDialog
    from intake_desktop.ui.dossier.dossier_view import DossierView
    from intake_desktop.ui.dossier.edit_client_dialog import EditClientDialog
    from intake_desktop.ui.dossier.inzage_dialog import InzageDialog, render_inzage
    from intake_desktop.ui.dossier.note_dialog import NoteDialog
    from intake_desktop.ui.dossier.toegang_dialog import ToegangDialog
    from intake_desktop.ui.widgets.pdf_view import PdfViewDialog

    make_staff(store, "km", {"klantmanager"}, actor=beheerder, name="Karin Klant")
    km = accounts.sign_in(store, "km", DEMO_PASSWORD)
    item = new_aanmelding(store, balie)
    screen(store, km if km.has("poortwachter") else beheerder, item)
    scan(store, beheerder, item, km.staff_id)
    client_id = a_client(store, balie)
    problems: list[str] = []

    view = DossierView(store, balie, client_id)
    qtbot.addWidget(view)
    _check(qtbot, problems, EditClientDialog(store, balie, view.dossier, view))
    _check(qtbot, problems, NoteDialog(store, km, client_id, "Noël Maës"))
    _check(qtbot, problems, ToegangDialog(store, balie, client_id, NoAccess("notities", True)))
    labels = {"phone": "Telefoon", "email": "E-mail", "street": "Straat"}
    mine = {"phone": "0612345678", "email": "a@example.org", "street": "Dorpsstraat"}
    theirs = {"phone": "0687654321", "email": "b@example.org", "street": "Kerkstraat"}
    _check(qtbot, problems, CompareDialog(labels, list(labels), mine, theirs, "Bea Beheer"))
    report = inzage.report(store, km, client_id)
    pdf = render_inzage(store.config.huisstijl, report)
    _check(qtbot, problems, InzageDialog(store, km, client_id, report, pdf))
    _check(qtbot, problems, PdfViewDialog(pdf, "Inzage", "inzage.pdf"))
    _check(qtbot, problems, AssignDialog(store, beheerder, client_id, "Noël Maës"))
    _check(qtbot, problems, ReassignDialog(store, teamleider, km.staff_id, "Karin Klant"))
    _check(qtbot, problems, PlanKickoffDialog(store, beheerder))
    assert not problems, "\n".join(problems)


def test_beheer_and_session_dialogs_fit(qtbot, store, balie, beheerder):
    from intake_desktop.ui.beheer.medewerker_dialog import AbsenceDialog, EditStaffDialog
    from intake_desktop.ui.beheer.medewerkers_view import NewStaffDialog
    from intake_desktop.ui.beheer.temporary_password import TemporaryPasswordDialog
    from intake_desktop.ui.beheer.vernietiging_besluit import DecisionDialog
    from intake_desktop.ui.first_run_dialog import FirstRunDialog
    from intake_desktop.ui.idle_lock import UnlockDialog
    from intake_desktop.ui.new_password_dialog import NewPasswordDialog
    from intake_desktop.ui.sign_in_dialog import SignInDialog

    problems: list[str] = []
    _check(qtbot, problems, NewStaffDialog(store, beheerder))
    _check(qtbot, problems, EditStaffDialog(store, beheerder, balie.staff_id))
    _check(qtbot, problems, AbsenceDialog(store, beheerder, balie.staff_id))
    _check(qtbot, problems, TemporaryPasswordDialog("Bea Balie", "Tijdelijk-1234"))
    _check(qtbot, problems, DecisionDialog(True, 12))
    _check(qtbot, problems, DecisionDialog(False, 12))
    _check(qtbot, problems, SignInDialog(store, demo_hint=True, unencrypted=True))
    _check(qtbot, problems, FirstRunDialog(store))
    _check(qtbot, problems, UnlockDialog(store, balie))
    _check(qtbot, problems, NewPasswordDialog(store, balie))
    assert not problems, "\n".join(problems)
