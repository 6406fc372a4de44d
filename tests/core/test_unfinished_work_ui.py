"""Unfinished work offered again after a crash (ui/unfinished_work.py): the paths the
counter-flow and voortgang tests do not take."""

from __future__ import annotations

import uuid

import pytest

from intake_desktop.services.core import drafts
from intake_desktop.ui import unfinished_work
from intake_desktop.ui.main_window import MainWindow
from tests.support.ui import answer_message_box


@pytest.mark.parametrize("kind", ["trajectplan", "ambitiegesprek"])
def test_a_draft_for_a_client_gone_meanwhile_is_thrown_away_with_a_message(
    qtbot, store, beheerder, monkeypatch, kind
):
    gone = uuid.uuid4()
    drafts.save_draft(store, beheerder, f"{kind}:{gone}", {"label": "Test Weg"})
    window = MainWindow(store, beheerder)
    qtbot.addWidget(window)
    warned = []
    monkeypatch.setattr(
        unfinished_work.QMessageBox,
        "warning",
        staticmethod(lambda parent, title, text: warned.append(title)),
    )
    seen: list[str] = []
    answer_message_box("Hervatten", seen)
    window.offer_unfinished()
    assert seen and "voor Test Weg is nog niet afgerond. Hervatten?" in seen[0]
    assert warned == ["Hervatten"]
    assert drafts.load_draft(store, beheerder, f"{kind}:{gone}") is None


def test_later_keeps_the_draft_and_weggooien_throws_it_away(qtbot, store, beheerder):
    client = uuid.uuid4()
    key = f"notitie:{client}"
    drafts.save_draft(store, beheerder, key, {"label": "Test Later"})
    window = MainWindow(store, beheerder)
    qtbot.addWidget(window)
    seen: list[str] = []
    answer_message_box("Later", seen)
    window.offer_unfinished()
    assert seen[0].startswith("Een notitie van ")
    assert drafts.load_draft(store, beheerder, key) is not None
    answer_message_box("Weggooien")
    window.offer_unfinished()
    assert drafts.load_draft(store, beheerder, key) is None
