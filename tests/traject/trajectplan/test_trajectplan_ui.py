"""Making a trajectplan through the editor with the keyboard, saving it as a PDF from the
preview, and signing it."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog
from sqlalchemy import select

from intake_desktop.db.models import AuditEvent, Trajectplan, TrajectplanVersie
from intake_desktop.ui.main_window import MainWindow
from tests.support.ui import activate, answer_message_box, type_text, when_modal


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def test_a_plan_made_in_the_editor_is_saved_as_pdf_and_signed(
    qtbot,
    store,
    km,
    client_id,
    tmp_path,
    monkeypatch,
):
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    window = MainWindow(store, km)
    qtbot.addWidget(window)
    window.show()
    activate(window)
    dossier = window.open_dossier(client_id)
    seen = {}

    def activity(dialog):
        dialog.product.setFocus()
        key(qtbot, Qt.Key.Key_Down)  # the first service for "werk" (sorted by name)
        seen["product"] = dialog.product.currentText()
        dialog.description.setFocus()
        type_text(qtbot, dialog.description, "Drie maanden, twee dagdelen per week")
        key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    def goal(dialog):
        dialog.description.setFocus()
        type_text(qtbot, dialog.description, "Heftruckcertificaat halen en solliciteren")
        failures = when_modal(activity)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        failures.check()
        activate(dialog)  # back from the activity dialog
        seen["activities"] = dialog.table.rowCount()
        dialog.description.setFocus()
        key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    def preview(dialog):
        seen["pages"] = dialog.pages_label.text()
        answer_message_box("OK", seen.setdefault("saved", []))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    def editor(dialog):
        type_text(qtbot, dialog.doel, "Binnen een jaar betaald werk; café-werk als opstap")
        failures = when_modal(goal)
        qtbot.mouseClick(dialog.goal_list.add_button, Qt.MouseButton.LeftButton)
        failures.check()
        activate(dialog)
        dialog.afspraken_klant.setFocus()
        type_text(qtbot, dialog.afspraken_klant, "Ik solliciteer vier keer per maand.")
        key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        seen["heading"] = dialog.heading.text()
        failures = when_modal(preview)
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        failures.check()
        activate(dialog)

        def place(box):
            assert isinstance(box, QInputDialog)
            box.setTextValue("Voorbeeld")
            box.accept()
            when_modal(lambda pdf: pdf.reject())  # the signed version is shown to print

        when_modal(place)
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
        seen["signed_heading"] = dialog.heading.text()
        dialog.reject()

    failures = when_modal(editor)
    qtbot.mouseClick(dossier.plan_button, Qt.MouseButton.LeftButton)
    failures.check()

    assert seen["activities"] == 1
    assert seen["heading"] == "Trajectplan · versie 1 · Concept"
    pages = len(PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert seen["pages"] == f"{pages} pagina('s)" and pages >= 1
    assert seen["saved"] == [f"Opgeslagen: {target}"]
    assert seen["signed_heading"] == "Trajectplan · versie 1 · Ondertekend"
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages).split()
    )
    assert "Noël Maës" in text
    assert "Binnen een jaar betaald werk; café-werk als opstap" in text
    assert "Heftruckcertificaat halen en solliciteren" in text
    assert seen["product"] in text
    assert "Drie maanden, twee dagdelen per week" in text
    assert "Ik solliciteer vier keer per maand." in text
    with store.reading() as s:
        plan = s.scalar(select(Trajectplan))
        assert (plan.status, len(plan.goals), plan.goals[0].domain_code) == (
            "ondertekend",
            1,
            "werk",
        )
        version = s.scalar(select(TrajectplanVersie))
        assert version.signed_place == "Voorbeeld" and version.pdf.startswith(b"%PDF")
        printed = s.scalars(
            select(AuditEvent.details).where(
                AuditEvent.entity == "trajectplan", AuditEvent.action == "afdrukken"
            )
        ).all()
        assert printed == [{"soort": "opslaan"}]


def test_printing_sends_every_page_to_the_printer(
    qtbot, store, km, client_id, tmp_path, monkeypatch
):
    """The system print dialog is answered as a person would choose "print to file"."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from intake_desktop.services.traject import trajectplan, trajectplan_document
    from intake_desktop.ui.widgets.pdf_view import print_pdf
    from tests.support.journey import a_plan

    out = tmp_path / "printed.pdf"

    def choose_file(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_file)
    plan = trajectplan.open_plan(store, km, client_id)
    plan = trajectplan.save_plan(
        store, km, plan.id, a_plan(goals=6, activities=4), plan.row_version
    )
    data = trajectplan_document.current_pdf(store, km, plan.id)
    assert print_pdf(None, data, "Trajectplan: test")
    pages = len(PdfReader(io.BytesIO(data)).pages)
    assert pages >= 3
    assert len(PdfReader(str(out)).pages) == pages


def test_a_draft_is_gone_after_saving_and_never_overwrites_a_colleague_unseen(
    qtbot, store, km, client_id
):
    from intake_desktop.services.core import drafts
    from intake_desktop.services.traject import trajectplan
    from intake_desktop.ui.traject.trajectplan_dialog import TrajectplanDialog
    from tests.support.journey import a_plan

    def draft_keys():
        return [key for key, _data, _at in drafts.list_drafts(store, km, ("trajectplan:",))]

    dialog = TrajectplanDialog(store, km, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(dialog)
    type_text(qtbot, dialog.doel, "Werk in de zorg")
    qtbot.waitUntil(lambda: draft_keys() != [], timeout=3000)  # autosaved while typing
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.drafts.timer.isActive()  # no autosave comes after the save
    assert draft_keys() == []  # saved: no draft comes back
    type_text(qtbot, dialog.doel, " en de thuiszorg")
    dialog.reject()  # closing keeps what was typed as a draft
    assert draft_keys() == [f"trajectplan:{client_id}"]

    # Meanwhile a colleague saves the plan on another workstation.
    plan = trajectplan.open_plan(store, km, client_id)
    trajectplan.save_plan(store, km, plan.id, a_plan(), plan.row_version)

    answer_message_box("Yes")  # "Wilt u daarmee verdergaan?"
    again = TrajectplanDialog(store, km, client_id)
    qtbot.addWidget(again)
    again.show()
    activate(again)
    assert again.doel.toPlainText() == "Werk in de zorg en de thuiszorg"
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert again.overwrite_button.isVisible()  # refused: the colleague's work is newer
    assert "intussen gewijzigd" in again.summary.text()
    with store.reading() as s:
        assert s.scalar(select(Trajectplan.doelperspectief)) == a_plan().doelperspectief
    qtbot.mouseClick(again.overwrite_button, Qt.MouseButton.LeftButton)  # a deliberate choice
    with store.reading() as s:
        assert s.scalar(select(Trajectplan.doelperspectief)) == "Werk in de zorg en de thuiszorg"
    assert not again.overwrite_button.isVisible()
