"""The poortwachter's screening: checklist, acute need, eligibility, partners, outcome."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.intake import ELIGIBILITY
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.balie import queue, screening
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.services.overdracht import verwijzing
from intake_desktop.ui.widgets.draft_keeper import DraftKeeper, release
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet, fit_to_screen
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error


class ScreeningDialog(QDialog):
    def __init__(
        self,
        store: Store,
        actor: Actor,
        aanmelding_id: uuid.UUID,
        client_name: str,
        parent: QWidget | None = None,
        resume: bool = False,
    ):
        super().__init__(parent)
        self.store, self.actor, self.aanmelding_id = store, actor, aanmelding_id
        self.client_name = client_name
        self.outcome_message = ""
        self.setWindowTitle(self.tr("Screening: {name}").format(name=client_name))
        fit_to_screen(self, 720, 760)
        self.fields = FieldSet()
        context = queue.aanmelding_context(store, actor, aanmelding_id)
        outer = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setProperty("role", "errorSummary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        outer.addWidget(self.summary)
        question = QLabel(self.tr("Vraag bij de aanmelding: {q}").format(q=context.question))
        question.setWordWrap(True)
        question.setProperty("role", "notice")
        outer.addWidget(question)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        for box in (
            *self._checklist(),
            self._eligibility_box(),
            self._partners_box(),
            self._outcome_box(),
        ):
            layout.addWidget(box)
        outer.addWidget(self._buttons())
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self, activated=self.finish)
        self.drafts = DraftKeeper(store, actor, f"screening:{aanmelding_id}", self.collect, self)
        self.drafts.offer(self.restore, ask=not resume)
        first = next(iter(self.answers.values()), self.eligibility)
        first.setFocus()

    def _checklist(self) -> tuple[QGroupBox, QGroupBox]:
        """The checklist, and the questions of acute need in a box of their own."""
        self.answers: dict[str, QCheckBox | QLineEdit] = {}
        checklist = QGroupBox(self.tr("Checklist"))
        form = QFormLayout(checklist)
        acute = QGroupBox(self.tr("Acute nood"))
        acute.setObjectName("acuteBox")
        acute_layout = QVBoxLayout(acute)
        hint = QLabel(
            self.tr(
                "Een vinkje hier zet de aanmelding bovenaan de wachtrij en maakt "
                "een taak voor vandaag."
            )
        )
        hint.setWordWrap(True)
        acute_layout.addWidget(hint)
        for q in self.store.config.screening:
            if q.soort == "ja_nee":
                box = QCheckBox(q.tekst)
                box.setObjectName(f"q_{q.code}")
                box.toggled.connect(self._changed)
                self.answers[q.code] = box
                (acute_layout.addWidget(box) if q.acuut else form.addRow(box))
            else:
                edit = QLineEdit()
                edit.setObjectName(f"q_{q.code}")
                edit.textChanged.connect(self._changed)
                self.answers[q.code] = edit
                label = QLabel(q.tekst)
                label.setWordWrap(True)
                label.setBuddy(edit)
                edit.setAccessibleName(q.tekst)
                form.addRow(label, edit)
        return checklist, acute

    def _eligibility_box(self) -> QGroupBox:
        eligibility_box = QGroupBox(self.tr("Rechtmatigheid (ruwe inschatting)"))
        eform = QFormLayout(eligibility_box)
        self.eligibility = QComboBox()
        self.eligibility.addItem(self.tr("Kies…"), "")
        for code, label in ELIGIBILITY.items():
            self.eligibility.addItem(tr_domain(label), code)
        self.eligibility.currentIndexChanged.connect(self._changed)
        self.fields.add(
            FieldRow(self.tr("&Inschatting *"), self.eligibility, "eligibility")
        ).add_to(eform)
        self.reason = QLineEdit()
        self.reason.textChanged.connect(self._changed)
        self.fields.add(FieldRow(self.tr("&Waarom *"), self.reason, "eligibility_reason")).add_to(
            eform
        )
        return eligibility_box

    def _partners_box(self) -> QGroupBox:
        partners = QGroupBox(self.tr("Doorverwijzen naar partners"))
        playout = QVBoxLayout(partners)
        self.partners = QListWidget()
        self.partners.setObjectName("partners")
        self.partners.setAccessibleName(self.tr("Partners"))
        for partner in self.store.config.partners:
            item = QListWidgetItem(f"{partner.naam} – {partner.waarvoor} ({partner.contact})")
            item.setData(Qt.ItemDataRole.UserRole, partner.naam)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.partners.addItem(item)
        self.partners.setMaximumHeight(120)
        self.partners.itemChanged.connect(self._changed)
        playout.addWidget(self.partners)
        # Each partner ticked becomes a referral record: only with the client's consent.
        cform = QFormLayout()
        self.consent = QComboBox()
        self.consent.addItem(self.tr("— alleen nodig bij een verwijzing —"), "")
        for code, label in verwijzing.CONSENT.items():
            self.consent.addItem(tr_domain(label), code)
        self.consent.currentIndexChanged.connect(self._changed)
        self.fields.add(
            FieldRow(self.tr("&Toestemming van de klant"), self.consent, "consent")
        ).add_to(cform)
        playout.addLayout(cform)
        return partners

    def _outcome_box(self) -> QGroupBox:
        outcome = QGroupBox(self.tr("Uitkomst"))
        oform = QFormLayout(outcome)
        self.go_on = QRadioButton(self.tr("Door naar de &quickscan"))
        self.go_on.setChecked(True)
        self.stop = QRadioButton(self.tr("Aanmelding hier &beëindigen"))
        group = QButtonGroup(self)
        group.addButton(self.go_on)
        group.addButton(self.stop)
        self.go_on.toggled.connect(self._changed)
        oform.addRow(self.go_on)
        oform.addRow(self.stop)
        self.end_reason = QLineEdit()
        self.end_reason.textChanged.connect(self._changed)
        self.fields.add(
            FieldRow(self.tr("&Reden van beëindigen"), self.end_reason, "end_reason")
        ).add_to(oform)
        return outcome

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.finish_button = buttons.addButton(
            # ActionRole: the button box would make an AcceptRole button the default.
            self.tr("&Afronden (Ctrl+Enter)"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.finish_button.setObjectName("finish")
        # Plain Enter must not finish a screening halfway down the form: Ctrl+Enter does.
        self.finish_button.setAutoDefault(False)
        close = buttons.addButton(
            self.tr("&Sluiten, concept bewaren (Esc)"), QDialogButtonBox.ButtonRole.RejectRole
        )
        close.setObjectName("close")
        close.setAutoDefault(False)
        self.finish_button.clicked.connect(self.finish)
        buttons.rejected.connect(self.reject)
        return buttons

    def _changed(self, *_args) -> None:
        self.drafts.changed()

    def collect(self) -> dict:
        answers = {
            code: (w.isChecked() if isinstance(w, QCheckBox) else w.text())
            for code, w in self.answers.items()
        }
        referrals = [
            self.partners.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.partners.count())
            if self.partners.item(i).checkState() == Qt.CheckState.Checked
        ]
        return {
            "label": self.client_name,
            "answers": answers,
            "eligibility": self.eligibility.currentData() or "",
            "eligibility_reason": self.reason.text(),
            "referrals": referrals,
            "consent": self.consent.currentData() or "",
            "go_on": self.go_on.isChecked(),
            "end_reason": self.end_reason.text(),
        }

    def restore(self, data: dict) -> None:
        for code, value in data.get("answers", {}).items():
            widget = self.answers.get(code)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif widget is not None:
                widget.setText(str(value))
        self.eligibility.setCurrentIndex(max(self.eligibility.findData(data.get("eligibility")), 0))
        self.reason.setText(data.get("eligibility_reason", ""))
        chosen = set(data.get("referrals", []))
        for i in range(self.partners.count()):
            item = self.partners.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in chosen
                else Qt.CheckState.Unchecked
            )
        self.consent.setCurrentIndex(max(self.consent.findData(data.get("consent", "")), 0))
        (self.go_on if data.get("go_on", True) else self.stop).setChecked(True)
        self.end_reason.setText(data.get("end_reason", ""))

    def finish(self) -> None:
        data = self.collect()
        try:
            result = screening.complete_screening(
                self.store,
                self.actor,
                self.aanmelding_id,
                screening.ScreeningInput(
                    answers=data["answers"],
                    eligibility=data["eligibility"],
                    eligibility_reason=data["eligibility_reason"],
                    referrals=data["referrals"],
                    consent=data["consent"],
                    go_on=data["go_on"],
                    end_reason=data["end_reason"],
                ),
            )
        except ValidationFailed as exc:
            self.fields.report(
                exc.errors,
                self.summary,
                self.tr(
                    "Controleer de gemarkeerde velden. Er is nog niets "
                    "opgeslagen; uw invoer is bewaard als concept."
                ),
            )
            return
        except ServiceError as exc:
            self.summary.setText(tr_error(exc))
            self.summary.show()
            return
        self.drafts.discard()
        parts = []
        if result.acute:
            parts.append(
                self.tr(
                    "Acute nood vastgelegd: de aanmelding staat bovenaan en er is "
                    "een taak voor vandaag."
                )
            )
        parts.append(
            self.tr("De aanmelding wacht nu op de quickscan.")
            if result.next_status == "wacht_op_quickscan"
            else self.tr("De aanmelding is beëindigd.")
        )
        self.outcome_message = " ".join(parts)
        self.accept()

    def reject(self) -> None:
        if self.drafts.dirty:
            self.drafts.save_if_dirty()  # closing keeps what was typed as a draft
        else:
            release(self.store, self.actor, self.aanmelding_id)
        super().reject()

    def hand_over(self) -> None:
        """Signed out with this step open (ui/session_menu.py): with nothing typed, the
        aanmelding goes back to the queue; otherwise it waits for its draft's author."""
        if not self.drafts.dirty:
            release(self.store, self.actor, self.aanmelding_id)
