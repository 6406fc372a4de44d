"""A back office's hand-over: what was asked and already discussed (so nobody asks the
client again), taking it or handing it to a colleague, and the result that goes back to
the klantmanager. The result's explanation is kept as a draft until it is reported."""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed, format_moment
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.services.overdracht import backoffice
from intake_desktop.services.overdracht.handover_view import HandoverView, handover
from intake_desktop.ui.widgets.conversations_html import ConversationsHtml
from intake_desktop.ui.widgets.draft_keeper import DraftKeeper
from intake_desktop.ui.widgets.forms import (
    FieldRow,
    FieldSet,
    confirm_discard,
    error_summary,
    fit_to_screen,
    on_ctrl_enter,
)
from intake_desktop.ui.widgets.i18n import tr_error


class HandoverDialog(QDialog):
    """Opened from the werkvoorraad. ``open_dossier`` is set when the user asked for the
    client's dossier instead."""

    def __init__(
        self, store: Store, actor: Actor, task_id: uuid.UUID, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.store, self.actor, self.task_id = store, actor, task_id
        self.open_dossier = False
        self.view: HandoverView = handover(store, actor, task_id)  # NoAccess: the caller says
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Overdracht: {team}").format(team=self.view.team_name))
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("handoverHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.heading)
        self.discussed = QTextBrowser()
        self.discussed.setObjectName("handoverDiscussed")
        self.discussed.setAccessibleName(self.tr("Wat er al besproken is"))
        layout.addWidget(self.discussed, 1)
        layout.addLayout(self._who_row())
        self.summary = error_summary()
        layout.addWidget(self.summary)
        layout.addLayout(self._result_form())
        layout.addWidget(self._buttons())
        self._show_view()
        self.drafts = DraftKeeper(store, actor, f"overdracht:{task_id}", self._draft, self)
        self.drafts.offer(self._restore)
        self.uitkomst.currentIndexChanged.connect(self.drafts.changed)
        self.toelichting.textChanged.connect(self.drafts.changed)
        fit_to_screen(self, 820, 640)
        (self.uitkomst if self.view.mine or not self.view.open else self.claim_button).setFocus()

    # --- what was asked and discussed ---------------------------------------------------
    def _show_view(self) -> None:
        v = self.view
        facts = [
            self.tr("<b>{client}</b> · {title}").format(
                client=escape(v.client_name), title=escape(v.title)
            ),
            self.tr("Overgedragen op {when} door {who}").format(
                when=format_moment(v.sent_at), who=escape(v.sent_by or "—")
            ),
            self.tr("Terugmelden aan: {km}").format(
                km=escape(v.report_to or self.tr("(geen klantmanager; staat in het dossier)"))
            ),
        ]
        self.heading.setText("<br>".join(facts))
        question, registered, papers = (
            self.tr("Vraag"),
            self.tr("Aanmeldingen"),
            self.tr("Mee te nemen papieren"),
        )
        parts = [f"<h3>{escape(question)}</h3><p>{escape(v.vraag or '—')}</p>"]
        if v.questions:
            items = "".join(f"<li>{format_moment(at)}: {escape(q)}</li>" for at, q in v.questions)
            parts.append(f"<h3>{escape(registered)}</h3><ul>{items}</ul>")
        parts.append(ConversationsHtml(self.store.config).render(v.conversations))
        if v.documents:
            items = "".join(
                f"<li>{format_moment(at)} · {escape(what)}: "
                f"{escape(docs.replace(chr(10), '; '))}</li>"
                for at, what, docs in v.documents
            )
            parts.append(f"<h3>{escape(papers)}</h3><ul>{items}</ul>")
        self.discussed.setHtml("".join(parts))
        self._show_who()

    def _who_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.who = QLabel()
        self.who.setObjectName("handoverClaimedBy")
        row.addWidget(self.who, 1)
        self.claim_button = QPushButton(self.tr("&Oppakken"))
        self.claim_button.setObjectName("claim")
        self.claim_button.clicked.connect(self.claim)
        row.addWidget(self.claim_button)
        give_label = QLabel(self.tr("&Geven aan:"))
        self.member = QComboBox()
        self.member.setObjectName("giveTo")
        self.member.setAccessibleName(self.tr("Geven aan"))
        give_label.setBuddy(self.member)
        self.give_button = QPushButton(self.tr("Ge&ven"))
        self.give_button.setObjectName("give")
        self.give_button.clicked.connect(self.give)
        for widget in (give_label, self.member, self.give_button):
            row.addWidget(widget)
        return row

    def _show_who(self) -> None:
        v = self.view
        self.who.setText(
            self.tr("Opgepakt door {who}").format(who=v.claimed_by)
            if v.claimed_by
            else self.tr("Nog door niemand in het team opgepakt")
        )
        self.claim_button.setVisible(v.open and not v.mine)
        self.member.clear()
        for staff_id, name in v.members:
            self.member.addItem(name, staff_id)
        for widget in (self.member, self.give_button):
            widget.setEnabled(v.open and bool(v.members))

    # --- the result ---------------------------------------------------------------------
    def _result_form(self) -> QFormLayout:
        form = QFormLayout()
        self.fields = FieldSet()
        self.uitkomst = QComboBox()
        self.uitkomst.addItem(self.tr("— kies wat eruit kwam —"), "")
        for text in self.view.uitkomsten:
            self.uitkomst.addItem(text, text)
        self.fields.add(FieldRow(self.tr("&Resultaat *"), self.uitkomst, "uitkomst")).add_to(form)
        self.toelichting = QPlainTextEdit()
        self.toelichting.setTabChangesFocus(True)
        self.toelichting.setMaximumHeight(90)
        self.toelichting.setPlaceholderText(
            self.tr("Wat de klantmanager moet weten, bijvoorbeeld de afspraken met de klant.")
        )
        self.fields.add(FieldRow(self.tr("&Toelichting"), self.toelichting, "toelichting")).add_to(
            form
        )
        return form

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.report_button = buttons.addButton(
            self.tr("&Terugmelden (Ctrl+S)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.report_button.setObjectName("reportBack")
        self.report_button.setEnabled(self.view.open)
        dossier = buttons.addButton(
            self.tr("&Dossier openen"), QDialogButtonBox.ButtonRole.ActionRole
        )
        dossier.setObjectName("openDossier")
        dossier.clicked.connect(self._to_dossier)
        close = buttons.addButton(self.tr("&Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("close")
        buttons.accepted.connect(self.report)
        buttons.rejected.connect(self.reject)
        on_ctrl_enter(self, self.report, QKeySequence(QKeySequence.StandardKey.Save))
        return buttons

    def _refresh(self) -> None:
        try:
            self.view = handover(self.store, self.actor, self.task_id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.windowTitle(), tr_error(exc))
            return
        self._show_who()
        self.report_button.setEnabled(self.view.open)

    def claim(self) -> None:
        try:
            backoffice.claim(self.store, self.actor, self.task_id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Oppakken"), tr_error(exc))
        self.uitkomst.setFocus()  # on to the result, before the button hides
        self._refresh()

    def give(self) -> None:
        staff_id = self.member.currentData()
        if staff_id is None:
            return
        try:
            backoffice.give_to(self.store, self.actor, self.task_id, staff_id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Geven aan"), tr_error(exc))
        self._refresh()

    def report(self) -> None:
        if not self.view.open:
            return
        try:
            done = backoffice.record_result(
                self.store,
                self.actor,
                self.task_id,
                self.uitkomst.currentData() or "",
                self.toelichting.toPlainText(),
            )
        except (ValidationFailed, ServiceError) as exc:
            self.fields.report_failure(exc, self.summary)
            self.drafts.save_if_dirty()  # what was typed survives whatever comes next
            return
        self.drafts.discard()
        QMessageBox.information(
            self,
            self.tr("Terugmelden"),
            self.tr("Teruggemeld: de terugmelding staat in de werkvoorraad van {km}.").format(
                km=done.to
            )
            if done.to
            else self.tr("Vastgelegd in het dossier (de klant heeft geen klantmanager)."),
        )
        self.accept()

    def _to_dossier(self) -> None:
        self.drafts.save_if_dirty()
        self.open_dossier = True
        super().reject()

    def _draft(self) -> dict:
        return {
            "uitkomst": self.uitkomst.currentData() or "",
            "toelichting": self.toelichting.toPlainText(),
            "label": self.view.client_name,
        }

    def _restore(self, draft: dict) -> None:
        index = self.uitkomst.findData(draft.get("uitkomst", ""))
        self.uitkomst.setCurrentIndex(max(index, 0))
        self.toelichting.setPlainText(draft.get("toelichting", ""))

    def reject(self) -> None:
        if self.toelichting.toPlainText().strip() and not confirm_discard(self):
            return
        self.drafts.discard()
        super().reject()
