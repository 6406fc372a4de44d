"""After a closure. Traject heropenen: a closed client comes back (lost the job, moved
back, ...). Asks why, says what happens, and opens the traject again. A client changed
meanwhile is read again (the reason typed stays), so the next try can work.

``hand_out``: the werkvoorraad's hand-over task of the teamleiders (no consultant was
chosen at the closure) opens a small dialog with the closure and its note, in which the
teamleider picks the income consultant who takes the client over."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import TEAMLEIDER, Actor
from intake_desktop.domain.validation import ValidationFailed, format_date, format_moment
from intake_desktop.services.core.errors import ServiceError, StaleVersion
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject import afsluiting, afsluiting_heropenen
from intake_desktop.services.traject.afsluiting import AfsluitingContext
from intake_desktop.ui.widgets.draft_keeper import DraftKeeper
from intake_desktop.ui.widgets.forms import (
    FieldRow,
    FieldSet,
    confirm_discard,
    error_summary,
    fit_to_screen,
    run_step,
)
from intake_desktop.ui.widgets.i18n import tr_error


def closed_text(context: AfsluitingContext) -> str:
    """ "Afgesloten op …: reason (sector, hours), door …" for both dialogs here."""
    translate = QCoreApplication.translate
    last = context.last_closure
    if last is None:
        return translate("HeropenenDialog", "Het traject van deze klant is afgesloten.")
    text = translate("HeropenenDialog", "Afgesloten op {date}: {reason}").format(
        date=format_date(last.closed_on), reason=last.reason_name
    )
    if last.sector:
        text += translate("HeropenenDialog", " ({sector}, {hours} uur per week)").format(
            sector=last.sector, hours=last.hours_per_week
        )
    if last.closed_by:
        text += translate("HeropenenDialog", ", door {name}").format(name=last.closed_by)
    return text + "."


class HeropenenDialog(QDialog):
    def __init__(
        self, store: Store, actor: Actor, context: AfsluitingContext, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.store, self.actor, self.context = store, actor, context
        self.base_version = context.client_version
        self.outcome_message = ""
        self.setWindowTitle(self.tr("Traject heropenen: {name}").format(name=context.client_name))
        fit_to_screen(self, 620, 440)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Traject heropenen"))
        heading.setProperty("role", "pageTitle")
        layout.addWidget(heading)
        self.closed = QLabel(self._closed_text())
        self.closed.setObjectName("closedAbout")
        self.closed.setWordWrap(True)
        layout.addWidget(self.closed)
        self.summary = error_summary()
        layout.addWidget(self.summary)
        self.fields = FieldSet()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("Bijvoorbeeld: proeftijd niet doorgekomen, zoekt opnieuw werk.")
        )
        row = self.fields.add(
            FieldRow(self.tr("&Waarom gaat het traject weer open? *"), self.reason, "reason")
        )
        layout.addWidget(row.label)
        layout.addWidget(row.container, 1)
        happens = QLabel(
            self.tr(
                "De klant krijgt weer de status In traject en telt weer mee in de caseload van "
                "{name}. Open nazorg- en overdrachtstaken vervallen. De voortgangsgesprekken "
                "en de rechtmatigheidstoets van de klantgroep worden weer gepland. Er begint "
                "een nieuw trajectplan (concept); het afgeronde plan blijft bewaard."
            ).format(name=context.klantmanager or self.tr("de klantmanager"))
        )
        happens.setObjectName("whatHappens")
        happens.setWordWrap(True)
        happens.setProperty("role", "notice")
        layout.addWidget(happens)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Traject &heropenen (Ctrl+S)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        self.cancel_button = buttons.addButton(
            self.tr("A&nnuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QWidget.setTabOrder(self.reason, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)
        self.drafts = DraftKeeper(store, actor, f"heropenen:{context.client_id}", self._draft, self)
        self.drafts.offer(self._restore)
        self.reason.textChanged.connect(self.drafts.changed)
        self.reason.setFocus()

    def _closed_text(self) -> str:
        return closed_text(self.context)

    def _draft(self) -> dict:
        return {"label": self.context.client_name, "reason": self.reason.toPlainText()}

    def _restore(self, data: dict) -> None:
        # The version stays the one just read: a draft's older one would be stale forever.
        self.reason.setPlainText(data.get("reason", ""))

    def save(self) -> None:
        try:
            result = afsluiting_heropenen.reopen_traject(
                self.store,
                self.actor,
                self.context.client_id,
                self.reason.toPlainText(),
                self.base_version,
            )
        except StaleVersion as exc:
            self.drafts.save_if_dirty()
            self._reload(exc)
            return
        except (ValidationFailed, ServiceError) as exc:
            self.fields.report_failure(exc, self.summary)
            self.drafts.save_if_dirty()
            return
        self.drafts.discard()
        self.outcome_message = self.tr(
            "Het traject is heropend. Maak met de klant een nieuw trajectplan."
        )
        if result.next_talk:
            self.outcome_message += " " + self.tr("Volgend voortgangsgesprek: {when}.").format(
                when=format_moment(result.next_talk)
            )
        self.accept()

    def _reload(self, stale: StaleVersion) -> None:
        try:
            self.context = afsluiting.prepare(self.store, self.actor, self.context.client_id)
        except ServiceError as exc:
            self.fields.report_failure(exc, self.summary)
            return
        self.base_version = self.context.client_version
        self.closed.setText(self._closed_text())
        self.fields.clear_errors()
        if self.context.status != "afgesloten":
            self.save_button.setEnabled(False)
            text = self.tr("Een collega heeft het traject intussen al heropend.")
        else:
            text = self.tr(
                "{who} heeft de klant intussen gewijzigd. Er is nog niets opgeslagen; de "
                "reden staat er nog. Kijk het na en heropen opnieuw."
            ).format(who=stale.changed_by or self.tr("Een collega"))
        self.summary.setText(text)
        self.summary.show()

    def reject(self) -> None:
        if self.reason.toPlainText().strip() and not confirm_discard(self):
            return
        self.drafts.discard()
        super().reject()


def hand_out(parent: QWidget, store: Store, actor: Actor, client_id: uuid.UUID) -> bool | None:
    """The werkvoorraad's "Overdracht" item. None: not for handing out (the actor is no
    teamleider; the dossier opens as for any task). True: given to a consultant."""
    if not actor.has(TEAMLEIDER):
        return None
    try:
        context = afsluiting.prepare(store, actor, client_id)
    except ServiceError as exc:
        QMessageBox.warning(parent, parent.window().windowTitle(), tr_error(exc))
        return False
    return run_step(parent, HandOutDialog(store, actor, context, parent))


class HandOutDialog(QDialog):
    def __init__(
        self, store: Store, actor: Actor, context: AfsluitingContext, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.store, self.actor, self.context = store, actor, context
        self.outcome_message = ""
        self.setWindowTitle(
            self.tr("Overdracht aan inkomen: {name}").format(name=context.client_name)
        )
        fit_to_screen(self, 620, 400)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Overdracht aan een inkomensconsulent"))
        heading.setProperty("role", "pageTitle")
        layout.addWidget(heading)
        last = context.last_closure
        about = QLabel(closed_text(context) + ("\n" + last.note if last and last.note else ""))
        about.setObjectName("closedAbout")
        about.setWordWrap(True)
        layout.addWidget(about)
        self.summary = error_summary()
        layout.addWidget(self.summary)
        self.fields = FieldSet()
        self.consultant = QComboBox()
        self.consultant.addItem(self.tr("Kies een inkomensconsulent…"), None)
        for staff_id, name in context.inkomensconsulenten:
            self.consultant.addItem(name, staff_id)
        form = QFormLayout()
        self.fields.add(
            FieldRow(self.tr("&Inkomensconsulent *"), self.consultant, "handover_to")
        ).add_to(form)
        layout.addLayout(form)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Toewijzen (Ctrl+S)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        self.cancel_button = buttons.addButton(
            self.tr("A&nnuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QWidget.setTabOrder(self.consultant, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)
        self.consultant.setFocus()

    def save(self) -> None:
        try:
            name = afsluiting_heropenen.hand_over(
                self.store, self.actor, self.context.client_id, self.consultant.currentData()
            )
        except (ValidationFailed, ServiceError) as exc:
            self.fields.report_failure(exc, self.summary)
            return
        self.outcome_message = self.tr(
            "De overdracht staat nu in de werkvoorraad van {name}."
        ).format(name=name)
        self.accept()
