"""The voortgangsgesprek in four steps: how the client is doing; the life domains and the
participatieladder next to last time; the trajectplan's goals; lawfulness and whether
the client is still in the right klantgroep, with what saving will set in motion."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QScrollArea, QWidget

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed, format_moment
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject import voortgang
from intake_desktop.services.traject.voortgang_record import VoortgangInput
from intake_desktop.ui.traject.voortgang_finish import FinishStep
from intake_desktop.ui.traject.voortgang_goals import GoalsStep
from intake_desktop.ui.traject.voortgang_scores import ScoresStep
from intake_desktop.ui.traject.voortgang_talk import TalkStep
from intake_desktop.ui.widgets.draft_keeper import DraftKeeper
from intake_desktop.ui.widgets.forms import FieldSet, fit_to_screen, run_step
from intake_desktop.ui.widgets.i18n import tr_error
from intake_desktop.ui.widgets.stepped_dialog import SteppedDialog


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class VoortgangDialog(SteppedDialog):
    def __init__(
        self,
        store: Store,
        actor: Actor,
        client_id: uuid.UUID,
        parent: QWidget | None = None,
        resume: bool = False,
    ):
        # Read first: a closed traject is refused (ServiceError) before a dialog exists.
        prev = voortgang.previous(store, actor, client_id)
        super().__init__(parent)
        self.store, self.actor, self.client_id = store, actor, client_id
        self.config = store.config
        self.prev = prev
        self.outcome_message = ""
        self.setWindowTitle(self.tr("Voortgangsgesprek: {name}").format(name=self.prev.client_name))
        fit_to_screen(self, 860, 820)
        self.fields = FieldSet()
        self.finish_step = FinishStep(self.config, self.prev, self.fields, self._changed)
        step = (self.config, self.prev, self.fields, self._changed)
        self.talk_step = TalkStep(*step)
        self.scores_step = ScoresStep(*step)
        self.goals_step = GoalsStep(*step)
        self._build_frame(
            [
                _scroll(self.talk_step),
                _scroll(self.scores_step),
                _scroll(self.goals_step),
                _scroll(self.finish_step),
            ]
        )
        self.drafts = DraftKeeper(store, actor, f"voortgang:{client_id}", self.collect, self)
        self.drafts.offer(self.restore, ask=not resume)
        self._show_step(self.steps.currentIndex())

    # --- behaviour -------------------------------------------------------------------
    def _input(self) -> VoortgangInput:
        talk, finish = self.talk_step, self.finish_step
        return VoortgangInput(
            klantgroep_before=self.prev.klantgroep,
            stress=talk.stress.currentData(),
            summary=talk.summary.toPlainText(),
            life_changes=talk.life.toPlainText(),
            income_changes=talk.income.toPlainText(),
            at_home=talk.at_home.isChecked(),
            appointment_id=talk.appointment_id(),
            scores=self.scores_step.values(),
            ladder_rung=self.scores_step.ladder.currentData(),
            goals=self.goals_step.values(),
            plan_row_version=self.prev.plan_row_version,
            lawfulness_checked=finish.lawfulness.isChecked(),
            right_group=finish.right_group(),
            new_group=finish.new_group(),
            reason=finish.reason.text(),
            next_at_home=finish.next_at_home.isChecked(),
        )

    def _changed(self, *_args) -> None:
        super()._changed()
        if hasattr(self, "steps") and self.steps.currentIndex() == self.steps.count() - 1:
            self.finish_step.show_preview(voortgang.preview(self.store, self.prev, self._input()))

    def _show_step(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
        titles = [
            self.tr("Stap 1 van 4: hoe gaat het met de klant"),
            self.tr("Stap 2 van 4: leefgebieden en participatieladder"),
            self.tr("Stap 3 van 4: doelen van het trajectplan"),
            self.tr("Stap 4 van 4: rechtmatigheid en klantgroep"),
        ]
        self.step_label.setText(titles[index])
        last = index == len(titles) - 1
        self.next_button.setText(
            self.tr("&Afronden (Ctrl+Enter)") if last else self.tr("&Verder (Ctrl+Enter)")
        )
        self.back_button.setEnabled(index > 0)
        if last:
            if not self.finish_step.touched:
                self.finish_step.next_at_home.setChecked(self.talk_step.at_home.isChecked())
            self.finish_step.show_preview(voortgang.preview(self.store, self.prev, self._input()))

    def collect(self) -> dict:
        return {
            "label": self.prev.client_name,
            "step": self.steps.currentIndex(),
            **self.talk_step.collect(),
            **self.scores_step.collect(),
            **self.goals_step.collect(),
            **self.finish_step.collect(),
        }

    def restore(self, data: dict) -> None:
        for step in (self.talk_step, self.scores_step, self.goals_step, self.finish_step):
            step.restore(data)
        self._show_step(int(data.get("step", 0)))

    def finish(self) -> None:
        try:
            result = voortgang.hold_talk(self.store, self.actor, self.client_id, self._input())
        except ValidationFailed as exc:
            errors = dict(exc.errors)
            steps = (
                ({"stress", "appointment"}, 0),
                ({"scores", "ladder_rung"}, 1),
                ({"goals"}, 2),
            )
            self._show_step(next((n for names, n in steps if names & set(errors)), 3))
            self.fields.report(
                errors,
                self.summary_label,
                self.tr(
                    "Controleer de gemarkeerde velden. Er is nog niets opgeslagen; uw invoer "
                    "is bewaard."
                ),
            )
            return
        except ServiceError as exc:
            self.drafts.save()
            self.fields.clear_errors()
            self.summary_label.setText(tr_error(exc))
            self.summary_label.show()
            return
        self.drafts.discard()
        self.outcome_message = self._outcome(result)
        self.accept()

    def _outcome(self, result: voortgang.VoortgangResult) -> str:
        parts = [self.tr("Voortgangsgesprek vastgelegd.")]
        if result.group_changed:
            group = self.config.klantgroep(result.klantgroep)
            parts.append(self.tr("Nieuwe klantgroep: {group}.").format(group=group.naam))
        if result.next_talk:
            parts.append(
                self.tr("Volgend voortgangsgesprek: {when}.").format(
                    when=format_moment(result.next_talk)
                )
            )
        else:
            parts.append(self.tr("Er is geen vast volgend voortgangsgesprek."))
        if result.plan_version_no:
            parts.append(
                self.tr("Het trajectplan is bijgewerkt (versie {n}, concept).").format(
                    n=result.plan_version_no
                )
            )
        if result.reassignment_task:
            parts.append(
                self.tr(
                    "De klantgroep vraagt om een klantmanager met een andere functie: de "
                    "wisselwachters hebben daarvoor een taak."
                )
            )
        return " ".join(parts)

    def reject(self) -> None:
        self.drafts.save_if_dirty()
        super().reject()


def open_from_dossier(parent: QWidget, store: Store, actor: Actor, client_id: uuid.UUID) -> bool:
    """The dossier's "Voortgangsgesprek…" button. True when a talk was recorded."""
    try:
        dialog = VoortgangDialog(store, actor, client_id, parent)
    except ServiceError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("VoortgangDialog", "Voortgangsgesprek"),
            tr_error(exc),
        )
        return False
    return run_step(parent, dialog)
