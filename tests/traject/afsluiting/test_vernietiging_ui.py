"""Beheer → Vernietiging, driven by keys and clicks: the beheerder draws up the list for
a date; she may not approve her own; the teamleider sees only this tab, approves with
a note (Annuleren is the default button), and the dossier is gone; the proof saves as
CSV and shows as a PDF."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import update

from intake_desktop.db.models import Afsluiting, Client
from intake_desktop.domain.clock import add_years
from intake_desktop.services.traject import afsluiting
from intake_desktop.ui.beheer.beheer_page import BeheerPage
from intake_desktop.ui.beheer.vernietiging_besluit import DecisionDialog
from intake_desktop.ui.beheer.vernietiging_view import VernietigingView
from intake_desktop.ui.widgets.pdf_view import PdfViewDialog
from tests.support.afsluiting import to_work
from tests.support.ui import type_text, when_modal


def _closed_long_ago(store, km, client_id) -> None:
    context = afsluiting.prepare(store, km, client_id)
    afsluiting.close_traject(store, km, client_id, to_work(context), context.client_version)
    with store.transaction() as s:
        s.execute(
            update(Afsluiting)
            .where(Afsluiting.client_id == client_id)
            .values(closed_on=add_years(date.today(), -10) - timedelta(days=1))
        )


def test_draw_up_approve_and_keep_the_proof(
    qtbot, store, km, beheerder, teamleider, client_id, tmp_path, monkeypatch
):
    _closed_long_ago(store, km, client_id)
    mine = VernietigingView(store, beheerder)
    qtbot.addWidget(mine)
    mine.show()
    mine.refresh()
    qtbot.waitUntil(lambda: mine.lists.rowCount() == 0 and mine.draw_up_button.isEnabled())
    qtbot.mouseClick(mine.draw_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mine.lists.rowCount() == 1, timeout=10_000)
    assert mine.entries.rowCount() == 1
    assert mine.entries.item(0, 0).text() == str(client_id)[:8]
    assert mine.lists.item(0, 2).text() == "Wacht op goedkeuring"
    assert not mine.approve_button.isEnabled()  # she drew it up: four eyes

    page = BeheerPage(store, teamleider)
    qtbot.addWidget(page)
    page.show()
    assert [page.tabText(n) for n in range(page.count())] == ["Vernietiging"]
    view = page.vernietiging
    qtbot.waitUntil(lambda: view.lists.rowCount() == 1, timeout=10_000)
    assert not view.draw_up_button.isVisible()
    assert view.approve_button.isEnabled()
    seen = {}

    def approve(dialog):
        assert isinstance(dialog, DecisionDialog)
        assert "1 dossier(s) nu vernietigd" in dialog.explain.text()
        type_text(qtbot, dialog.note_field, "Steekproef van drie dossiers gedaan")
        seen["default_is_cancel"] = not dialog.ok_button.isDefault()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    failures = when_modal(approve)
    qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "vernietigd" in view.message.text() or bool(failures), timeout=20_000)
    failures.check()
    assert seen["default_is_cancel"]
    assert view.message.text() == "1 dossier(s) vernietigd, 0 overgeslagen."
    qtbot.waitUntil(lambda: view.lists.item(0, 2).text() == "Uitgevoerd", timeout=10_000)
    assert view.entries.item(0, 5).text() == "Vernietigd"
    with store.reading() as s:
        assert s.get(Client, client_id) is None

    target = tmp_path / "bewijs"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(view.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Opgeslagen" in view.message.text(), timeout=10_000
    )  # off the UI thread
    text = (tmp_path / "bewijs.csv").read_text(encoding="utf-8-sig")
    assert str(client_id)[:8] in text and "Steekproef" not in text  # note: PDF only
    shown = {}

    def look(dialog):
        assert isinstance(dialog, PdfViewDialog)
        shown["pages"] = dialog.document.pageCount()
        dialog.reject()

    failures = when_modal(look, timeout_ms=15_000)
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "pages" in shown or bool(failures), timeout=20_000)
    failures.check()
    assert shown["pages"] == 1
