"""The trajectplan, progress talk, closure, inburgering and laptop dialogs fit a
1366×768 screen with a title bar (each step of a stepped one). The other dialogs:
tests/core/test_dialogs_fit_ui.py."""

from __future__ import annotations

import pytest

from intake_desktop.services.caseload import mijn_caseload
from intake_desktop.services.laptop.workplace import Workplace
from intake_desktop.services.traject import afsluiting
from tests.support.ui import size_problems
from tests.support.voortgang import client_in_group, first_talk_due_now, klantmanager, signed_plan

pytestmark = pytest.mark.usefixtures("small_screen")


def _check(qtbot, problems, dialog, what=""):
    qtbot.addWidget(dialog)
    problems += size_problems(dialog, what)
    dialog.done(0)


def test_traject_dialogs_fit(qtbot, store, balie, beheerder, intaker):
    from intake_desktop.ui.traject.afsluiting_dialog import AfsluitingDialog
    from intake_desktop.ui.traject.inburgering_dialog import InburgeringDialog
    from intake_desktop.ui.traject.inburgering_forms import DutyDialog
    from intake_desktop.ui.traject.trajectplan_dialog import TrajectplanDialog
    from intake_desktop.ui.traject.trajectplan_goal_dialog import ActivityDialog, GoalDialog
    from intake_desktop.ui.traject.voortgang_dialog import VoortgangDialog

    km = klantmanager(store, beheerder)
    client_id = client_in_group(store, balie, beheerder, intaker, km, "zorgen")
    signed_plan(store, km, client_id)
    first_talk_due_now(store, client_id)
    problems: list[str] = []

    _check(qtbot, problems, TrajectplanDialog(store, km, client_id))
    _check(qtbot, problems, GoalDialog(store, None))
    _check(qtbot, problems, ActivityDialog(store, None, "werk"))
    talk = VoortgangDialog(store, km, client_id)
    qtbot.addWidget(talk)
    talk.show()
    for index in range(talk.steps.count()):
        talk._show_step(index)
        problems += size_problems(talk, f"VoortgangDialog stap {index + 1}")
    talk.done(0)
    context = afsluiting.prepare(store, km, client_id)
    _check(qtbot, problems, AfsluitingDialog(store, km, context))
    _check(qtbot, problems, InburgeringDialog(store, km, client_id))
    _check(qtbot, problems, DutyDialog(store, km, client_id, "Noël Maës"))
    assert not problems, "\n".join(problems)


def test_laptop_checkout_dialog_fits(qtbot, store, balie, beheerder, intaker, tmp_path):
    from intake_desktop.ui.laptop.checkout_dialog import CheckoutDialog

    km = klantmanager(store, beheerder)
    client_id = client_in_group(store, balie, beheerder, intaker, km, "zorgen")
    workplace = Workplace.online(store, str(store.engine.url), tmp_path / "data")
    rows = mijn_caseload.clients_of(store, km, km.staff_id)
    problems: list[str] = []
    _check(qtbot, problems, CheckoutDialog(workplace, km, rows, {client_id}))
    assert not problems, "\n".join(problems)
