"""The voortgangsgesprek in four steps: how the client is doing; the life domains and the
participatieladder next to last time; the trajectplan's goals; lawfulness and whether
the client is still in the right klantgroep, with what saving will set in motion."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.intake import LADDER, SCORE_LABELS
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.trajectplan import GOAL_STATUS, PLAN_STATUS
from intake_desktop.domain.validation import ValidationFailed, format_date, format_moment
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject import voortgang
from intake_desktop.services.traject.voortgang import movement
from intake_desktop.services.traject.voortgang_record import GoalProgress, VoortgangInput
from intake_desktop.ui.traject.voortgang_finish import FinishStep
from intake_desktop.ui.widgets.draft_keeper import DraftKeeper
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet, fit_to_screen, run_step
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error
from intake_desktop.ui.widgets.stepped_dialog import SteppedDialog


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


def _text_box(name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(70)
    return box


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
        self._build_frame(
            [
                _scroll(self._how_step()),
                _scroll(self._domains_step()),
                _scroll(self._plan_step()),
                _scroll(self.finish_step),
            ]
        )
        self.drafts = DraftKeeper(store, actor, f"voortgang:{client_id}", self.collect, self)
        self.drafts.offer(self.restore, ask=not resume)
        self._show_step(self.steps.currentIndex())

    # --- step 1: how the client is doing ---------------------------------------------
    def _how_step(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        group = self.config.klantgroep(self.prev.klantgroep)
        last = (
            self.tr("Vorig voortgangsgesprek: {when}.").format(
                when=format_moment(self.prev.last_talk_at)
            )
            if self.prev.last_talk_at
            else self.tr("Dit is het eerste voortgangsgesprek.")
        )
        notice = QLabel(
            self.tr("Klantgroep: {group}. {last}").format(
                group=group.naam if group else self.tr("nog niet gekozen"), last=last
            )
        )
        notice.setWordWrap(True)
        notice.setProperty("role", "notice")
        form.addRow(notice)
        self.appointment = QComboBox()
        planned = self.prev.planned
        if planned is not None:
            text = self.tr("Voortgangsgesprek van {when}").format(
                when=format_moment(planned.starts_at)
            )
            if planned.at_home:
                text = self.tr("{talk} (thuis)").format(talk=text)
            self.appointment.addItem(text, str(planned.id))
        self.appointment.addItem(self.tr("Geen geplande afspraak (los gesprek)"), None)
        if planned is not None and not planned.due:
            self.appointment.setCurrentIndex(1)  # planned months ahead: not this one
        self.appointment.currentIndexChanged.connect(self._changed)
        self.fields.add(
            FieldRow(self.tr("&Geplande afspraak"), self.appointment, "appointment")
        ).add_to(form)
        self.stress = QComboBox()
        self.stress.addItem(self.tr("Kies…"), None)
        for value, text in voortgang.STRESS.items():
            self.stress.addItem(tr_domain(text), value)
        self.stress.currentIndexChanged.connect(self._changed)
        stress_row = self.fields.add(FieldRow(self.tr("Str&ess *"), self.stress, "stress"))
        stress_row.add_to(form)
        if self.prev.stress:
            stress_row.label.setToolTip(
                self.tr("Vorige keer: {stress}").format(
                    stress=tr_domain(voortgang.STRESS[self.prev.stress])
                )
            )
        self.summary = _text_box("summary")
        self.summary.setPlaceholderText(self.tr("Hoe gaat het, in de woorden van de klant"))
        self.life = _text_box("life_changes")
        self.life.setPlaceholderText(self.tr("Gezin, gezondheid, wonen, werk"))
        self.income = _text_box("income_changes")
        self.income.setPlaceholderText(self.tr("Werk, toeslagen, alimentatie, schulden"))
        for widget, label, name in (
            (self.summary, self.tr("Hoe gaat het met de &klant"), "summary"),
            (self.life, self.tr("Veranderingen in het &leven"), "life_changes"),
            (self.income, self.tr("Veranderingen in het &inkomen"), "income_changes"),
        ):
            widget.textChanged.connect(self._changed)
            self.fields.add(FieldRow(label, widget, name)).add_to(form)
        self.at_home = QCheckBox(self.tr("Gesprek bij de klant t&huis (huisbezoek)"))
        self.at_home.setObjectName("at_home")
        self.at_home.setChecked(bool(planned and planned.due and planned.at_home))
        self.at_home.toggled.connect(self._changed)
        form.addRow(self.at_home)
        return page

    # --- step 2: life domains and the ladder, next to last time ----------------------
    def _domains_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        grid = QGridLayout()
        for column, text in enumerate(
            (self.tr("Leefgebied"), self.tr("Vorige keer"), self.tr("Nu"), self.tr("Beweging"))
        ):
            header = QLabel(f"<b>{text}</b>")
            grid.addWidget(header, 0, column)
        self.scores: dict[str, tuple[QComboBox, QLabel]] = {}
        row = 1
        for domain in self.config.domains:
            before = self.prev.scores.get(domain.code)
            combo = QComboBox()
            combo.setObjectName(f"score_{domain.code}")
            combo.addItem(self.tr("Niet gescoord"), None)
            for value, text in SCORE_LABELS.items():
                combo.addItem(tr_domain(text), value)
            name = QLabel(domain.naam)
            name.setBuddy(combo)
            combo.setAccessibleName(self.tr("{domain}: score nu").format(domain=domain.naam))
            moved = QLabel()
            moved.setObjectName(f"move_{domain.code}")
            grid.addWidget(name, row, 0)
            grid.addWidget(self._before(SCORE_LABELS, before), row, 1)
            grid.addWidget(combo, row, 2)
            grid.addWidget(moved, row, 3)
            combo.currentIndexChanged.connect(self._moved)
            self.scores[domain.code] = (combo, moved)
            row += 1
        self.ladder = QComboBox()
        self.ladder.addItem(self.tr("Kies…"), None)
        for value, text in LADDER.items():
            self.ladder.addItem(tr_domain(text), value)
        self.ladder.currentIndexChanged.connect(self._moved)
        ladder_row = self.fields.add(
            FieldRow(self.tr("&Participatieladder *"), self.ladder, "ladder_rung")
        )
        self.ladder_move = QLabel()
        self.ladder_move.setObjectName("move_ladder")
        grid.addWidget(ladder_row.label, row, 0)
        grid.addWidget(self._before(LADDER, self.prev.ladder_rung), row, 1)
        grid.addWidget(ladder_row.container, row, 2)
        grid.addWidget(self.ladder_move, row, 3)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.scores_row = self.fields.add(FieldRow("", QWidget(), "scores"))
        layout.addWidget(self.scores_row.error)
        layout.addStretch(1)
        return page

    def _before(self, labels: dict, value: int | None) -> QLabel:
        label = QLabel(tr_domain(labels[value]) if value in labels else "—")
        label.setWordWrap(True)
        return label

    def _move_text(self, before: int | None, now: int | None) -> str:
        arrow = movement(before, now)
        words = {"↑": self.tr("↑ vooruit"), "↓": self.tr("↓ achteruit"), "=": self.tr("= gelijk")}
        return words.get(arrow, "")

    def _moved(self, *_args) -> None:
        for code, (combo, label) in self.scores.items():
            label.setText(self._move_text(self.prev.scores.get(code), combo.currentData()))
        self.ladder_move.setText(self._move_text(self.prev.ladder_rung, self.ladder.currentData()))
        self._changed()

    # --- step 3: the trajectplan's goals ---------------------------------------------
    def _plan_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.goals: list[tuple[int, QComboBox, QLineEdit]] = []
        prev = self.prev
        if not prev.goals:
            empty = QLabel(
                self.tr(
                    "Er is nog geen trajectplan met doelen. Maak het plan met de klant via "
                    "Trajectplan… in het dossier."
                )
            )
            empty.setWordWrap(True)
            empty.setProperty("role", "notice")
            layout.addWidget(empty)
        else:
            status = tr_domain(PLAN_STATUS.get(prev.plan_status, prev.plan_status))
            about = self.tr("Trajectplan versie {n} ({status}).").format(
                n=prev.plan_version_no, status=status.lower()
            )
            if prev.plan_status == "ondertekend":
                about += " " + self.tr(
                    "Een gewijzigde status begint versie {n}; de ondertekende versie blijft."
                ).format(n=prev.plan_version_no + 1)
            elif prev.plan_status == "afgerond":
                about += " " + self.tr(
                    "Een afgerond plan verandert niet meer: de statussen staan vast. Maak zo "
                    "nodig een nieuw plan via Trajectplan… in het dossier."
                )
            notice = QLabel(about)
            notice.setWordWrap(True)
            notice.setProperty("role", "notice")
            layout.addWidget(notice)
        for goal in prev.goals:
            box = QGroupBox(self.config.domain_name(goal.domain_code))
            form = QFormLayout(box)
            was = self.tr("Status tot nu: {status}").format(
                status=tr_domain(GOAL_STATUS.get(goal.status, goal.status))
            )
            if goal.due_on:
                was += " · " + self.tr("streefdatum {date}").format(date=format_date(goal.due_on))
            text = QLabel(f"{goal.description}\n{was}")
            text.setWordWrap(True)
            form.addRow(text)
            combo = QComboBox()
            combo.setObjectName(f"goal_{goal.position}")
            for code, label in GOAL_STATUS.items():
                combo.addItem(tr_domain(label), code)
            combo.setCurrentIndex(max(combo.findData(goal.status), 0))
            combo.setEnabled(prev.plan_status != "afgerond")  # read-only: it cannot change
            note = QLineEdit()
            note.setObjectName(f"goal_note_{goal.position}")
            note.setPlaceholderText(self.tr("Wat is er bereikt, wat is de volgende stap"))
            for widget, label in ((combo, self.tr("Status")), (note, self.tr("Notitie"))):
                caption = QLabel(label)
                caption.setBuddy(widget)
                widget.setAccessibleName(f"{goal.description[:60]}: {label}")
                form.addRow(caption, widget)
            combo.currentIndexChanged.connect(self._changed)
            note.textChanged.connect(self._changed)
            self.goals.append((goal.position, combo, note))
            layout.addWidget(box)
        self.goals_row = self.fields.add(FieldRow("", QWidget(), "goals"))
        layout.addWidget(self.goals_row.error)
        layout.addStretch(1)
        return page

    # --- behaviour -------------------------------------------------------------------
    def _input(self) -> VoortgangInput:
        appointment = self.appointment.currentData()
        finish = self.finish_step
        return VoortgangInput(
            klantgroep_before=self.prev.klantgroep,
            stress=self.stress.currentData(),
            summary=self.summary.toPlainText(),
            life_changes=self.life.toPlainText(),
            income_changes=self.income.toPlainText(),
            at_home=self.at_home.isChecked(),
            appointment_id=uuid.UUID(appointment) if appointment else None,
            scores={code: combo.currentData() for code, (combo, _) in self.scores.items()},
            ladder_rung=self.ladder.currentData(),
            goals=[
                GoalProgress(position, combo.currentData(), note.text())
                for position, combo, note in self.goals
            ],
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
                self.finish_step.next_at_home.setChecked(self.at_home.isChecked())
            self.finish_step.show_preview(voortgang.preview(self.store, self.prev, self._input()))

    def collect(self) -> dict:
        data = self._input()
        return {
            "label": self.prev.client_name,
            "step": self.steps.currentIndex(),
            "appointment": self.appointment.currentIndex(),
            "stress": data.stress,
            "summary": data.summary,
            "life": data.life_changes,
            "income": data.income_changes,
            "at_home": data.at_home,
            "scores": data.scores,
            "ladder": data.ladder_rung,
            "goals": {str(g.position): [g.status, g.note] for g in data.goals},
            **self.finish_step.collect(),
        }

    def restore(self, data: dict) -> None:
        self.appointment.setCurrentIndex(int(data.get("appointment", 0)))
        self.stress.setCurrentIndex(max(self.stress.findData(data.get("stress")), 0))
        self.summary.setPlainText(data.get("summary", ""))
        self.life.setPlainText(data.get("life", ""))
        self.income.setPlainText(data.get("income", ""))
        self.at_home.setChecked(bool(data.get("at_home")))
        for code, score in data.get("scores", {}).items():
            if code in self.scores:
                combo = self.scores[code][0]
                combo.setCurrentIndex(max(combo.findData(score), 0))
        self.ladder.setCurrentIndex(max(self.ladder.findData(data.get("ladder")), 0))
        saved = data.get("goals", {})
        for position, combo, note in self.goals:
            status, text = saved.get(str(position), [combo.currentData(), ""])
            combo.setCurrentIndex(max(combo.findData(status), 0))
            note.setText(text)
        self.finish_step.restore(data)
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
