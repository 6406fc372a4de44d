"""The ambitiegesprek in three steps: life domains and ladder; strengths and obstacles;
the klantgroep, chosen by the client with the advice and each group explained."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QScrollArea, QWidget

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.balie import ambitiegesprek
from intake_desktop.services.balie.ambitiegesprek import AmbitieInput
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.ui.balie.ambitiegesprek_choice import KlantgroepChoiceStep
from intake_desktop.ui.balie.ambitiegesprek_steps import AmbitieDomainsStep, AmbitieStrengthsStep
from intake_desktop.ui.widgets.draft_keeper import DraftKeeper
from intake_desktop.ui.widgets.forms import FieldSet, fit_to_screen
from intake_desktop.ui.widgets.i18n import tr_error
from intake_desktop.ui.widgets.stepped_dialog import SteppedDialog


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class AmbitiegesprekDialog(SteppedDialog):
    def __init__(
        self,
        store: Store,
        actor: Actor,
        client_id: uuid.UUID,
        parent: QWidget | None = None,
        resume: bool = False,
    ):
        super().__init__(parent)
        self.store, self.actor, self.client_id = store, actor, client_id
        self.config = store.config
        self.context = ambitiegesprek.context(store, actor, client_id)
        self.outcome_message = ""
        self.setWindowTitle(self.tr("Ambitiegesprek: {name}").format(name=self.context.client_name))
        fit_to_screen(self, 820, 820)
        self.fields = FieldSet()
        step = (self.config, self.context, self.fields, self._changed)
        self.domains_step = AmbitieDomainsStep(*step)
        self.strengths_step = AmbitieStrengthsStep(*step)
        self.choice_step = KlantgroepChoiceStep(store, self.fields, self._changed)
        self._build_frame(
            [
                _scroll(self.domains_step),
                _scroll(self.strengths_step),
                _scroll(self.choice_step),
            ]
        )
        self.drafts = DraftKeeper(store, actor, f"ambitiegesprek:{client_id}", self.collect, self)
        self.drafts.offer(self.restore, ask=not resume)
        self._show_step(self.steps.currentIndex())

    # --- behaviour -------------------------------------------------------------------
    def _input(self) -> AmbitieInput:
        strengths, choice = self.strengths_step, self.choice_step
        return AmbitieInput(
            scores=self.domains_step.values(),
            ladder_rung=self.domains_step.ladder_now.currentData(),
            ladder_target=self.domains_step.ladder_goal.currentData(),
            strengths=strengths.strengths.toPlainText(),
            obstacles=strengths.checked_obstacles(),
            months_on_benefit=strengths.months_on_benefit(),
            stress_signals=strengths.stress.text(),
            chosen=choice.chosen(),
            motivation=choice.motivation.text(),
            rights_duties_ticked=[b.text() for b in choice.rights if b.isChecked()],
            commitment=choice.commitment.isChecked(),
            kickoff_session_id=choice.kickoff_session_id(),
            progress_at_home=choice.at_home.isChecked(),
        )

    def _show_step(self, index: int) -> None:
        arriving = index != self.steps.currentIndex() or self.choice_step.advised is None
        self.steps.setCurrentIndex(index)
        titles = [
            self.tr("Stap 1 van 3: leefgebieden en participatieladder"),
            self.tr("Stap 2 van 3: sterktes en belemmeringen"),
            self.tr("Stap 3 van 3: klantgroep, rechten en plichten"),
        ]
        self.step_label.setText(titles[index])
        last = index == len(titles) - 1
        self.next_button.setText(
            self.tr("&Afronden (Ctrl+Enter)") if last else self.tr("&Verder (Ctrl+Enter)")
        )
        self.next_button.setDefault(not last)
        self.back_button.setEnabled(index > 0)
        if last and arriving:  # the advice from what was said in the steps before
            self.choice_step.show_advice(ambitiegesprek.suggestion(self.store, self._input()))

    def collect(self) -> dict:
        return {
            "label": self.context.client_name,
            "step": self.steps.currentIndex(),
            **self.domains_step.collect(),
            **self.strengths_step.collect(),
            **self.choice_step.collect(),
        }

    def restore(self, data: dict) -> None:
        for step in (self.domains_step, self.strengths_step, self.choice_step):
            step.restore(data)
        self.steps.setCurrentIndex(int(data.get("step", 0)))

    def finish(self) -> None:
        data = self._input()
        try:
            result = ambitiegesprek.complete_ambitiegesprek(
                self.store, self.actor, self.client_id, data
            )
        except ValidationFailed as exc:
            errors = dict(exc.errors)
            first_step = (
                0
                if {"ladder_rung", "ladder_target", "scores"} & set(errors)
                else (1 if {"months_on_benefit", "obstacles"} & set(errors) else 2)
            )
            self._show_step(first_step)
            self.fields.report(
                errors,
                self.summary_label,
                self.tr(
                    "Controleer de gemarkeerde velden. Er is nog "
                    "niets opgeslagen; uw invoer is bewaard."
                ),
            )
            return
        except ServiceError as exc:
            self.summary_label.setText(tr_error(exc))
            self.summary_label.show()
            return
        self.drafts.discard()
        group = self.config.klantgroep(result.klantgroep)
        text = self.tr("Klantgroep {group} vastgelegd. Afspraken gepland: {a}.").format(
            group=group.naam, a=len(result.appointment_ids)
        )
        if result.deviates:
            text += " " + {
                "voortgangsgesprek": self.tr(
                    "De keuze wijkt af van het advies; dat komt terug in het eerste "
                    "voortgangsgesprek."
                ),
                "werkcoach": self.tr(
                    "De keuze wijkt af van het advies; dat komt terug in het gesprek met de "
                    "werkcoach na de kick-off."
                ),
            }.get(
                result.discussed_in,
                self.tr(
                    "De keuze wijkt af van het advies; dat komt terug in het eerstvolgende "
                    "gesprek met de klant."
                ),
            )
        self.outcome_message = text
        self.accept()

    def reject(self) -> None:
        self.drafts.save_if_dirty()
        super().reject()
