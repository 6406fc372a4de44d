"""Signing and printing from the trajectplan editor: the place of signing, the choice of
an earlier signed version, and the document on screen (printing and saving audited).

Its texts belong to the editor's screen, so they are translated in its context."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import format_date
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject import trajectplan_document
from intake_desktop.services.traject.trajectplan import PlanView


def ask_sign_place(parent: QWidget, default: str) -> str | None:
    """Where the plan is signed; None when the user cancels or leaves it empty."""
    title = QCoreApplication.translate("TrajectplanDialog", "Ondertekenen")
    place, ok = QInputDialog.getText(
        parent,
        title,
        QCoreApplication.translate(
            "TrajectplanDialog",
            "Deze versie wordt vastgelegd: daarna drukt u haar af, en tekenen de klant en "
            "u. Later drukt ze precies zo opnieuw af.\n\nPlaats van ondertekening:",
        ),
        text=default,
    )
    if not ok:
        return None
    if not place.strip():
        QMessageBox.warning(
            parent, title, QCoreApplication.translate("TrajectplanDialog", "Vul de plaats in.")
        )
        return None
    return place


def choose_version(parent: QWidget, plan: PlanView):
    """One of the plan's signed versions, or None."""
    labels = [
        QCoreApplication.translate(
            "TrajectplanDialog", "Versie {n}: ondertekend op {on} te {place} ({by})"
        ).format(
            n=v.version_no,
            on=format_date(v.signed_on.astimezone().date()) if v.signed_on else "",
            place=v.signed_place,
            by=v.signed_by,
        )
        for v in plan.versions
    ]
    choice, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("TrajectplanDialog", "Eerdere versies"),
        QCoreApplication.translate("TrajectplanDialog", "Welke versie openen?"),
        labels,
        0,
        False,
    )
    if not ok or choice not in labels:
        return None
    return plan.versions[labels.index(choice)]


def show_pdf(
    parent: QWidget,
    store: Store,
    actor: Actor,
    plan: PlanView,
    data: bytes,
    version_no: int | None,
) -> None:
    """The document on screen, to print or save; each output is audited."""
    from intake_desktop.ui.widgets.pdf_view import PdfViewDialog

    # No name in the file name: it shows in folders and print queues.
    suffix = f"versie-{version_no}" if version_no else "concept"
    dialog = PdfViewDialog(
        data,
        QCoreApplication.translate("TrajectplanDialog", "Trajectplan: {name}").format(
            name=plan.client_name
        ),
        f"trajectplan-{date.today().isoformat()}-{suffix}.pdf",
        lambda kind: trajectplan_document.record_output(store, actor, plan.id, kind, version_no),
        parent,
    )
    dialog.exec()
    dialog.deleteLater()
