"""Traject heropenen: a closed client comes back (lost the job, moved back, ...). Asks
why, says what happens, and opens the traject again."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed, format_date
from intake_desktop.services import afsluiting
from intake_desktop.services.afsluiting import AfsluitingContext
from intake_desktop.services.errors import ServiceError
from intake_desktop.services.store import Store
from intake_desktop.ui.draft_keeper import DraftKeeper
from intake_desktop.ui.forms import (
    FieldRow,
    FieldSet,
    confirm_discard,
    error_summary,
    fit_to_screen,
)


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
        closed = QLabel(self._closed_text())
        closed.setObjectName("closedAbout")
        closed.setWordWrap(True)
        layout.addWidget(closed)
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
                "{name}. Open nazorg- en overdrachtstaken worden afgehandeld. Er begint een "
                "nieuw trajectplan (concept); het afgeronde plan blijft bewaard."
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
        last = self.context.last_closure
        if last is None:
            return self.tr("Het traject van deze klant is afgesloten.")
        text = self.tr("Afgesloten op {date}: {reason}").format(
            date=format_date(last.closed_on), reason=last.reason_name
        )
        if last.sector:
            text += self.tr(" ({sector}, {hours} uur per week)").format(
                sector=last.sector, hours=last.hours_per_week
            )
        if last.closed_by:
            text += self.tr(", door {name}").format(name=last.closed_by)
        return text + "."

    def _draft(self) -> dict:
        return {
            "label": self.context.client_name,
            "client_version": self.base_version,
            "reason": self.reason.toPlainText(),
        }

    def _restore(self, data: dict) -> None:
        self.base_version = data.get("client_version", self.base_version)
        self.reason.setPlainText(data.get("reason", ""))

    def save(self) -> None:
        try:
            afsluiting.reopen_traject(
                self.store,
                self.actor,
                self.context.client_id,
                self.reason.toPlainText(),
                self.base_version,
            )
        except (ValidationFailed, ServiceError) as exc:
            self.fields.report_failure(exc, self.summary)
            self.drafts.save_if_dirty()
            return
        self.drafts.discard()
        self.outcome_message = self.tr(
            "Het traject is heropend. Maak met de klant een nieuw trajectplan."
        )
        self.accept()

    def reject(self) -> None:
        if self.reason.toPlainText().strip() and not confirm_discard(self):
            return
        self.drafts.discard()
        super().reject()
