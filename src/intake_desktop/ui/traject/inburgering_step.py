"""Recording the next step of an enforcement procedure, with only the fields that step
asks for (the date; the decision, the fine, the reason and the new deadline where the
step has them). What was typed is kept as a draft of that procedure; a step saved while
a colleague changed the duty is saved on the new version when it still comes next, and
refused with a clear message when it does not."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from intake_desktop.config.inburgering import Procedure, Stap
from intake_desktop.domain import inburgering as rules
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed, format_date
from intake_desktop.services.core import drafts
from intake_desktop.services.core.errors import ServiceError, StaleVersion
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject import inburgering
from intake_desktop.services.traject.errors import StepNotFound
from intake_desktop.services.traject.inburgering import StepInput
from intake_desktop.services.traject.inburgering_overview import Overview
from intake_desktop.ui.traject.inburgering_forms import InburgeringForm
from intake_desktop.ui.widgets.date_fields import DateField, date_errors
from intake_desktop.ui.widgets.draft_keeper import DraftKeeper
from intake_desktop.ui.widgets.forms import (
    FieldRow,
    fit_to_screen,
    nothing_saved,
)
from intake_desktop.ui.widgets.i18n import tr_domain


class StepDialog(InburgeringForm):
    """The next step of one procedure: its date, and where the step asks for them the
    decision, the fine, the reason and the new deadline."""

    def __init__(
        self,
        store: Store,
        actor: Actor,
        view: Overview,
        procedure: Procedure,
        stap: Stap,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.store, self.actor, self.view = store, actor, view
        self.procedure, self.stap = procedure, stap
        self.run = view.procedure(procedure.code).run  # the run this step belongs to
        self.colleague_changed = False  # saved on a version a colleague made meanwhile
        self.setWindowTitle(
            self.tr("{procedure}: stap vastleggen ({name})").format(
                procedure=procedure.naam, name=view.client_name
            )
        )
        fit_to_screen(self, 600, 340)
        intro = self._intro()
        self._step_fields()
        self._finish_layout(intro)
        for before, after in zip(
            [*self.widgets, self.save_button],
            [*self.widgets[1:], self.save_button, self.cancel_button],
            strict=True,
        ):
            QWidget.setTabOrder(before, after)
        if self.decision is not None:
            self.decision.currentIndexChanged.connect(self._show_effect_fields)
        self._show_effect_fields()
        self._keep_drafts()
        self.on.setFocus()
        self.on.selectAll()

    def _intro(self) -> QLabel:
        procedure, stap = self.procedure, self.stap
        number = [s.code for s in procedure.stappen].index(stap.code) + 1
        intro = QLabel(
            self.tr("Stap {n} van {m}: <b>{step}</b>").format(
                n=number, m=len(procedure.stappen), step=stap.naam
            )
            + (
                "<br>" + self.tr("Bij deze stap hoort een brief aan de klant.")
                if stap.brief
                else ""
            )
        )
        intro.setObjectName("stepTitle")
        intro.setWordWrap(True)
        return intro

    def _step_fields(self) -> None:
        """The date, and only the fields this step asks for."""
        procedure, stap = self.procedure, self.stap
        self.widgets: list[QWidget] = []
        self.on = DateField(self.tr("dd-mm-jjjj"))
        self.on.set_value(date.today())
        self._row(self.tr("&Datum *"), self.on, "occurred_on")
        self.decision = self.reason = self.amount = self.new_deadline = None
        if stap.besluiten:
            self.decision = self._combo(stap.besluiten, self.tr("— kies het besluit —"))
            self._row(self.tr("&Besluit *"), self.decision, "decision")
        if stap.reden:
            self.reason = self._combo(procedure.redenen, self.tr("— kies de reden —"))
            self._row(self.tr("&Reden *"), self.reason, "reason")
        if stap.bedrag:
            self.amount = QLineEdit()
            self.amount.setPlaceholderText(
                self.tr("in euro's, bijvoorbeeld 250,00 (hoogstens {max})").format(
                    max=rules.format_euros(self.store.config.inburgering.boete_max_euro * 100)
                )
            )
            self._row(self.tr("Bo&etebedrag *"), self.amount, "amount")
        if stap.nieuwe_termijn:
            self.new_deadline = DateField("")
            self._show_deadline()
            self._row(self.tr("&Nieuwe termijn *"), self.new_deadline, "new_deadline")

    def _keep_drafts(self) -> None:
        key = f"inburgering:{self.view.client_id}:{self.procedure.code}"
        self.drafts = DraftKeeper(self.store, self.actor, key, self._draft, self)
        found = drafts.load_draft(self.store, self.actor, key)
        if found and found[0].get("step") == self.stap.code:
            self.drafts.offer(self._restore)  # not a draft of a step recorded meanwhile
        for widget in self.widgets:
            signal = (
                widget.currentIndexChanged if isinstance(widget, QComboBox) else widget.textChanged
            )
            signal.connect(self.drafts.changed)

    def _row(self, label: str, widget: QWidget, name: str) -> None:
        self.fields.add(FieldRow(label, widget, name)).add_to(self.form)
        self.widgets.append(widget)

    def _show_deadline(self) -> None:
        self.new_deadline.setPlaceholderText(
            self.tr("dd-mm-jjjj (nu: {deadline})").format(
                deadline=format_date(self.view.duty.deadline)
            )
        )

    def _combo(self, items, empty: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(empty, "")
        for item in items:
            combo.addItem(item, item)
        return combo

    def _decision(self) -> str:
        return self.decision.currentData() if self.decision is not None else ""

    def _show_effect_fields(self) -> None:
        """The fine and the new deadline only with the decision that takes effect."""
        effect = rules.takes_effect(self.stap, self._decision())
        for name in ("amount", "new_deadline"):
            if name in self.fields.rows:
                self.fields.rows[name].set_visible(effect)

    def _draft(self) -> dict:
        return {
            "label": self.view.client_name,
            "step": self.stap.code,
            "on": self.on.text(),
            "decision": self._decision(),
            "reason": self.reason.currentData() if self.reason is not None else "",
            "amount": self.amount.text() if self.amount is not None else "",
            "new_deadline": self.new_deadline.text() if self.new_deadline is not None else "",
        }

    def _restore(self, data: dict) -> None:
        if data.get("step") != self.stap.code:
            return  # typed for a step that a colleague has recorded meanwhile
        self.on.setText(data.get("on", ""))
        for combo, key in ((self.decision, "decision"), (self.reason, "reason")):
            if combo is not None:
                combo.setCurrentIndex(max(combo.findData(data.get(key, "")), 0))
        if self.amount is not None:
            self.amount.setText(data.get("amount", ""))
        if self.new_deadline is not None:
            self.new_deadline.setText(data.get("new_deadline", ""))

    def typed(self) -> bool:
        return self.drafts.dirty

    def value(self) -> StepInput:
        effect = rules.takes_effect(self.stap, self._decision())
        return StepInput(
            occurred_on=self.on.value(),
            decision=self._decision(),
            amount=self.amount.text() if self.amount is not None and effect else "",
            reason=self.reason.currentData() if self.reason is not None else "",
            new_deadline=self.new_deadline.value()
            if self.new_deadline is not None and effect
            else None,
        )

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return  # Ctrl+S after a refusal that no new try can mend
        dates = {"occurred_on": self.on}
        if self.new_deadline is not None and rules.takes_effect(self.stap, self._decision()):
            dates["new_deadline"] = self.new_deadline
        errors = date_errors(dates)
        if errors:
            self.fields.report(errors, self.summary, nothing_saved())
            self._keep_draft()
            return
        try:
            try:
                self.result_view = self._record()
            except StaleVersion:
                self.result_view = self._record_on_new_version()
        except (ValidationFailed, ServiceError) as exc:
            self._failed(exc)
            return
        if self.result_view is None:
            return
        self.drafts.discard()
        self.accept()

    def _record(self) -> Overview:
        return inburgering.record_step(
            self.store,
            self.actor,
            self.view.client_id,
            self.procedure.code,
            self.stap.code,
            self.value(),
            self.view.duty.version,
        )

    def _record_on_new_version(self) -> Overview | None:
        """A colleague changed the duty while this form was open (another procedure's
        step, an extension): if this step still comes next, save it on the new version;
        the service checks the dates, the decision and the new deadline again. If it
        no longer comes next, say so and save nothing (None)."""
        self.view = inburgering.overview(self.store, self.actor, self.view.client_id)
        self.colleague_changed = True
        if self.new_deadline is not None and self.view.duty is not None:
            self._show_deadline()
        state = self.view.procedure(self.procedure.code)
        if (
            state is not None
            and state.next_step is not None
            and state.next_step.code == self.stap.code
            and state.run == self.run
        ):
            return self._record()
        self.fields.clear_errors()
        if state is None or state.blocked or state.next_step is None:
            status = self.view.duty.status if self.view.duty else ""
            reason = tr_domain(state.blocked if state else StepNotFound.template).format(
                status=tr_domain(rules.STATUS_LABELS.get(status, status))
            )
        else:
            reason = self.tr("De volgende stap van {procedure} is nu '{step}'.").format(
                procedure=tr_domain(self.procedure.naam), step=tr_domain(state.next_step.naam)
            )
        self.summary.setText(
            self.tr(
                "Een collega heeft intussen iets vastgelegd, en deze stap kan nu niet meer: "
                "{reason} Er is niets opgeslagen. Sluit dit venster om te zien wat er is "
                "vastgelegd."
            ).format(reason=reason)
        )
        self.summary.show()
        self.save_button.setEnabled(False)
        self._keep_draft()
        self.cancel_button.setFocus()
        return None
