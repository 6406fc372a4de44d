"""The Inzageverzoek from the dossier: the klantmanager clicks it, reads the pages,
saves the PDF and the JSON; both files hold the client's data and who looked, and
every step is in the audit log. Someone without the whole dossier sees no button."""

from __future__ import annotations

import io
import json

import jsonschema
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent
from intake_desktop.services.dossier import dossier, inzage
from intake_desktop.ui.dossier.dossier_view import DossierView
from intake_desktop.ui.dossier.inzage_dialog import InzageDialog
from tests.support.laptop import as_input
from tests.support.ui import answer_message_box, when_modal


def test_the_klantmanager_makes_an_inzage_and_saves_pdf_and_json(
    qtbot, store, km, client_id, tmp_path, monkeypatch
):
    typed, version = as_input(store, client_id, city="Nieuwdorp")
    dossier.update_client(store, km, client_id, version, typed, reason="Verhuisd naar Nieuwdorp")
    view = DossierView(store, km, client_id)
    qtbot.addWidget(view)
    view.show()
    assert view.inzage_button.isVisible()
    seen = {}

    def look(dialog):
        assert isinstance(dialog, InzageDialog)
        seen["notice"] = dialog.findChild(type(dialog.pages_label), "inzageNotice").text()
        seen["pdf"] = dialog.data
        target = tmp_path / "inzage.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        answer_message_box("OK")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen["pdf_file"] = target.read_bytes()
        json_target = tmp_path / "inzage"  # ".json" is added
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(json_target), ""))
        answer_message_box("OK")
        qtbot.mouseClick(dialog.json_button, Qt.MouseButton.LeftButton)
        seen["json"] = (tmp_path / "inzage.json").read_text(encoding="utf-8")
        dialog.reject()

    failures = when_modal(look, timeout_ms=15_000)
    qtbot.mouseClick(view.inzage_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "json" in seen or bool(failures), timeout=20_000)
    failures.check()

    assert "keer ingezien of gewijzigd" in seen["notice"]
    assert seen["pdf_file"] == seen["pdf"]
    reader = PdfReader(io.BytesIO(seen["pdf"]))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) >= 2
    assert reader.metadata.title == "Inzage in uw gegevens"
    for expected in (
        "Inzage in uw gegevens",
        "Noël Maës",
        "999990019",
        "Nieuwdorp",
        "Verhuisd naar Nieuwdorp",
        "Wie heeft uw gegevens ingezien of gewijzigd",
        "Karin Jansen",
        "Bram Balie",
        "Dossier bekeken",
        "Autoriteit Persoonsgegevens",
    ):
        assert expected in text, expected
    report = json.loads(seen["json"])
    jsonschema.validate(report, inzage.schema())
    assert report["gegevens"]["correcties"][0]["reason"] == "Verhuisd naar Nieuwdorp"
    with store.reading() as s:
        rows = s.execute(
            select(AuditEvent.action, AuditEvent.details)
            .where(AuditEvent.entity == "inzage")
            .order_by(AuditEvent.occurred_at)
        ).all()
    assert [(a, d) for a, d in rows] == [
        ("bekijken", {"verwerkingen": len(report["verwerkingen"])}),
        ("exporteren", {"vorm": "pdf", "hoe": "opslaan"}),
        ("exporteren", {"vorm": "json", "hoe": "opslaan"}),
    ]


def test_the_counter_sees_no_inzage_button(qtbot, store, balie, client_id):
    view = DossierView(store, balie, client_id)
    qtbot.addWidget(view)
    view.show()
    assert not view.inzage_button.isVisible()
