"""The hand-over, referral, report, kick-off attendance and measure dialogs fit a
1366×768 screen with a title bar (as tests/core/test_dialogs_fit_ui.py for the rest)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from intake_desktop.services.overdracht import verwijzing
from intake_desktop.services.traject import trajectplan
from tests.agenda.test_kickoff_presence_service import booked  # noqa: F401 (fixture)
from tests.overdracht.test_handover_ui import _hand_over
from tests.support.ui import size_problems
from tests.traject.trajectplan.test_rapportage_service import _plan

pytestmark = pytest.mark.usefixtures("small_screen")


def _check(qtbot, problems, dialog, what=""):
    qtbot.addWidget(dialog)
    problems += size_problems(dialog, what)
    dialog.done(0)


def test_hand_over_dialogs_fit(qtbot, store, balie, staff, staff_member, booked):  # noqa: F811
    from intake_desktop.services.agenda import agenda
    from intake_desktop.services.caseload import werkvoorraad
    from intake_desktop.ui.agenda.kickoff_presence_dialog import KickoffPresenceDialog
    from intake_desktop.ui.agenda.maatregel_dialog import MeasureDialog
    from intake_desktop.ui.overdracht.handover_dialog import HandoverDialog
    from intake_desktop.ui.overdracht.verwijzing_dialog import AnswerDialog, ReferralDialog
    from intake_desktop.ui.traject.rapportage_dialog import RapportageDialog

    km = staff[1]
    problems: list[str] = []
    client_id = _hand_over(store, balie, staff)
    sanne = staff_member("sanne", {"backoffice"}, name="Sanne Schuld", team="schuldhulpverlening")
    task = next(i for i in werkvoorraad.items(store, sanne) if i.team)
    _check(qtbot, problems, HandoverDialog(store, sanne, task.task_id))
    _check(qtbot, problems, ReferralDialog(store, km, client_id, "Noël Maës"))
    verwijzing.refer(store, km, client_id, verwijzing.Referral("UWV", "WW-aanvraag", "mondeling"))
    row = verwijzing.client_handovers(store, km, client_id)[0]
    _check(qtbot, problems, AnswerDialog(store, km, row))

    plan = trajectplan.open_plan(store, km, client_id)
    trajectplan.save_plan(
        store, km, plan.id, _plan(date.today() + timedelta(days=9)), plan.row_version
    )
    _check(qtbot, problems, RapportageDialog(store, km, plan.id))

    session_id, _booking, kickoff_client = booked
    _check(qtbot, problems, KickoffPresenceDialog(store, km, session_id, "vandaag"))
    for _ in range(2):
        with store.transaction() as s:
            from intake_desktop.db.models import Appointment
            from intake_desktop.domain.clock import utcnow

            a = Appointment(
                client_id=client_id,
                kind="gesprek_klantmanager",
                starts_at=utcnow() - timedelta(hours=3),
                ends_at=utcnow() - timedelta(hours=2),
                staff_id=km.staff_id,
            )
            s.add(a)
            s.flush()
            appointment_id = a.id
        agenda.record_missed(store, km, appointment_id)
    review = next(i for i in werkvoorraad.items(store, km) if i.kind == "maatregel_beoordelen")
    _check(qtbot, problems, MeasureDialog(store, km, review.task_id))
    assert not problems, "\n".join(problems)
