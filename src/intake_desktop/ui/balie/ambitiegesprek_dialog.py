"""The ambitiegesprek in three steps: life domains and ladder; strengths and obstacles;
the klantgroep, chosen by the client with the advice and each group explained."""

from __future__ import annotations

import uuid
from datetime import timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.clock import utcnow
from intake_desktop.domain.intake import LADDER, NEED, SCORE_LABELS
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed, format_moment
from intake_desktop.services.agenda import kickoff
from intake_desktop.services.balie import ambitiegesprek
from intake_desktop.services.balie.ambitiegesprek import AmbitieInput, DomainScore
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.ui.widgets.draft_keeper import DraftKeeper
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet, fit_to_screen
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error
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
        self._build_frame(
            [
                _scroll(self._domains_step()),
                _scroll(self._strengths_step()),
                _scroll(self._choice_step()),
            ]
        )
        self.drafts = DraftKeeper(store, actor, f"ambitiegesprek:{client_id}", self.collect, self)
        self.drafts.offer(self.restore, ask=not resume)
        self._show_step(self.steps.currentIndex())

    # --- step 1: life domains and ladder ---------------------------------------------
    def _domains_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if self.context.question:
            known = QLabel(self.tr("Uit de quickscan: {q}").format(q=self.context.question))
            known.setWordWrap(True)
            known.setProperty("role", "notice")
            layout.addWidget(known)
        self.scores: dict[str, tuple[QComboBox, QLineEdit, QLineEdit]] = {}
        for domain in self.config.domains:
            box = QGroupBox(domain.naam)
            form = QFormLayout(box)
            answered = self.context.domains.get(domain.code)
            if answered and any(answered[:2]):
                note = QLabel(
                    self.tr("Al besproken: {obs} {q} (behoefte: {need})").format(
                        obs=answered[0],
                        q=answered[1],
                        need=tr_domain(NEED.get(answered[2], answered[2])),
                    )
                )
                note.setWordWrap(True)
                form.addRow(note)
            score = QComboBox()
            score.setObjectName(f"score_{domain.code}")
            score.addItem(self.tr("Niet gescoord"), None)
            for value, label in SCORE_LABELS.items():
                score.addItem(tr_domain(label), value)
            observation, view = QLineEdit(), QLineEdit()
            observation.setObjectName(f"obs_{domain.code}")
            view.setObjectName(f"view_{domain.code}")
            for widget, label in (
                (score, self.tr("Zelfredzaamheid")),
                (observation, self.tr("Observatie intaker")),
                (view, self.tr("Wat de klant zelf zegt")),
            ):
                caption = QLabel(label)
                caption.setBuddy(widget)
                widget.setAccessibleName(f"{domain.naam}: {label}")
                form.addRow(caption, widget)
            score.currentIndexChanged.connect(self._changed)
            observation.textChanged.connect(self._changed)
            view.textChanged.connect(self._changed)
            self.scores[domain.code] = (score, observation, view)
            layout.addWidget(box)
        ladder = QGroupBox(self.tr("Participatieladder"))
        lform = QFormLayout(ladder)
        self.ladder_now, self.ladder_goal = QComboBox(), QComboBox()
        for widget, name, label in (
            (self.ladder_now, "ladder_rung", self.tr("&Trede nu *")),
            (self.ladder_goal, "ladder_target", self.tr("T&rede die de klant wil bereiken *")),
        ):
            widget.addItem(self.tr("Kies…"), None)
            for value, text in LADDER.items():
                widget.addItem(tr_domain(text), value)
            widget.currentIndexChanged.connect(self._changed)
            self.fields.add(FieldRow(label, widget, name)).add_to(lform)
        layout.addWidget(ladder)
        return page

    # --- step 2: strengths, obstacles, benefit ---------------------------------------
    def _strengths_step(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.strengths = QPlainTextEdit()
        self.strengths.setObjectName("strengths")
        self.strengths.setTabChangesFocus(True)
        self.strengths.setFixedHeight(90)
        self.strengths.setPlaceholderText(
            self.tr("Werkervaring, opleiding, vrijwilligerswerk, hobby's")
        )
        self.fields.add(
            FieldRow(self.tr("&Sterktes en interesses"), self.strengths, "strengths")
        ).add_to(form)
        self.obstacles = QListWidget()
        self.obstacles.setObjectName("obstacles")
        for text in self.config.ambitie.obstacles:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.obstacles.addItem(item)
        self.obstacles.itemChanged.connect(self._changed)
        self.fields.add(FieldRow(self.tr("&Belemmeringen"), self.obstacles, "obstacles")).add_to(
            form
        )
        self.months = QSpinBox()
        self.months.setObjectName("months")
        # -1 shows as "Onbekend": an unknown duration must not count as 0 months.
        self.months.setRange(-1, 600)
        self.months.setSpecialValueText(self.tr("Onbekend"))
        self.months.setValue(-1)
        self.months.setSuffix(self.tr(" maanden"))
        if self.context.months_on_benefit is not None:  # known from the benefit start date
            self.months.setValue(max(self.context.months_on_benefit, 0))
        self.months.valueChanged.connect(self._changed)
        self.fields.add(
            FieldRow(self.tr("&Uitkeringsduur"), self.months, "months_on_benefit")
        ).add_to(form)
        self.stress = QLineEdit()
        self.stress.setObjectName("stress")
        self.stress.textChanged.connect(self._changed)
        self.fields.add(
            FieldRow(self.tr("Signalen van s&tress"), self.stress, "stress_signals")
        ).add_to(form)
        return page

    # --- step 3: the klantgroep ------------------------------------------------------
    def _choice_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.advice = QLabel()
        self.advice.setObjectName("advice")
        self.advice.setWordWrap(True)
        self.advice.setProperty("role", "notice")
        layout.addWidget(self.advice)
        self.group_buttons: dict[str, QRadioButton] = {}
        buttons = QButtonGroup(self)
        who_label, gets_label, expected_label = (
            self.tr("Voor wie"),
            self.tr("Wat de klant krijgt"),
            self.tr("Wat er verwacht wordt"),
        )
        for group in self.config.klantgroepen:
            box = QGroupBox()
            box.setStyleSheet(f"QGroupBox {{ border-left: 6px solid {group.kleur}; }}")
            inner = QVBoxLayout(box)
            radio = QRadioButton(group.naam)
            radio.setObjectName(f"group_{group.code}")
            radio.toggled.connect(self._group_changed)
            buttons.addButton(radio)
            self.group_buttons[group.code] = radio
            talks = (
                self.tr("{n}× per jaar een voortgangsgesprek").format(n=group.voortgang_per_jaar)
                if group.voortgang_per_jaar
                else self.tr("geen vaste voortgangsgesprekken")
            )
            text = QLabel(
                f"<b>{escape(who_label)}:</b> {escape(group.wie)}<br>"
                f"<b>{escape(gets_label)}:</b> "
                f"{escape(group.dienstverlening)}<br>"
                f"<b>{escape(expected_label)}:</b> "
                f"{escape(group.verwachting)}<br>{escape(talks)}"
            )
            text.setWordWrap(True)
            inner.addWidget(radio)
            inner.addWidget(text)
            layout.addWidget(box)
        self.choice_row = self.fields.add(FieldRow(self.tr("Keuze"), QWidget(), "chosen"))
        layout.addWidget(self.choice_row.error)
        form = QFormLayout()
        self.motivation = QLineEdit()
        self.motivation.setObjectName("motivation")
        self.motivation.textChanged.connect(self._changed)
        self.fields.add(
            FieldRow(
                self.tr("&Motivatie bij afwijken van het advies"), self.motivation, "motivation"
            )
        ).add_to(form)
        self.kickoff = QComboBox()
        self.kickoff.setObjectName("kickoff")
        self.kickoff.currentIndexChanged.connect(self._changed)
        self.fields.add(FieldRow(self.tr("&Kick-off *"), self.kickoff, "kickoff")).add_to(form)
        self.at_home = QCheckBox(self.tr("Voortgangsgesprekken bij de klant &thuis"))
        self.at_home.toggled.connect(self._changed)
        form.addRow(self.at_home)
        layout.addLayout(form)
        rights = QGroupBox(self.tr("Rechten en plichten (samen met de klant doorlopen)"))
        rlayout = QVBoxLayout(rights)
        self.rights: list[QCheckBox] = []
        for text in self.config.ambitie.rights_duties:
            box = QCheckBox(text)
            box.toggled.connect(self._changed)
            self.rights.append(box)
            rlayout.addWidget(box)
        self.commitment = QCheckBox(
            self.tr("De klant zegt toe zich aan de afspraken te houden (afspraak is afspraak)")
        )
        self.commitment.setObjectName("commitment")
        self.commitment.toggled.connect(self._changed)
        rlayout.addWidget(self.commitment)
        self.rights_row = self.fields.add(
            FieldRow(self.tr("Rechten en plichten"), rights, "rights_duties")
        )
        layout.addWidget(self.rights_row.container)
        self.commitment_row = self.fields.add(FieldRow("", QWidget(), "commitment"))
        layout.addWidget(self.commitment_row.error)
        return page

    # --- behaviour -------------------------------------------------------------------
    def _input(self) -> AmbitieInput:
        chosen = next((code for code, radio in self.group_buttons.items() if radio.isChecked()), "")
        return AmbitieInput(
            scores=[
                DomainScore(code, score.currentData(), obs.text(), view.text())
                for code, (score, obs, view) in self.scores.items()
            ],
            ladder_rung=self.ladder_now.currentData(),
            ladder_target=self.ladder_goal.currentData(),
            strengths=self.strengths.toPlainText(),
            obstacles=[
                self.obstacles.item(i).text()
                for i in range(self.obstacles.count())
                if self.obstacles.item(i).checkState() == Qt.CheckState.Checked
            ],
            months_on_benefit=self.months.value() if self.months.value() >= 0 else None,
            stress_signals=self.stress.text(),
            chosen=chosen,
            motivation=self.motivation.text(),
            rights_duties_ticked=[b.text() for b in self.rights if b.isChecked()],
            commitment=self.commitment.isChecked(),
            kickoff_session_id=uuid.UUID(self.kickoff.currentData())
            if self.kickoff.currentData()
            else None,
            progress_at_home=self.at_home.isChecked(),
        )

    def _refresh_advice(self) -> None:
        advice = ambitiegesprek.suggestion(self.store, self._input())
        group = self.config.klantgroep(advice.klantgroep)
        self.advice.setText(advice.explanation(group.naam))
        self._advised = advice.klantgroep
        self._group_changed()

    def _group_changed(self, *_args) -> None:
        chosen = self._input().chosen
        differs = bool(chosen) and chosen != getattr(self, "_advised", chosen)
        self.motivation.setEnabled(differs)
        previous = self.kickoff.currentData()
        self.kickoff.clear()
        if chosen:
            # Kick-offs from about two weeks on (a few days' slack), as configured.
            earliest = utcnow() + timedelta(days=max(self.config.ambitie.kickoff_after_days - 3, 1))
            for row in kickoff.sessions(self.store, chosen, earliest):
                label = self.tr("{when} · {place} · {trainer} ({booked}/{capacity})").format(
                    when=format_moment(row.starts_at),
                    place=row.location,
                    trainer=row.trainer,
                    booked=row.booked,
                    capacity=row.capacity,
                )
                if not row.has_room:
                    label = self.tr("{label} – vol").format(label=label)
                self.kickoff.addItem(label, str(row.id))  # text: findData compares values
            kept = self.kickoff.findData(previous) if previous else -1
            first = kickoff.first_with_room(self.store, chosen, earliest)
            if kept >= 0:
                self.kickoff.setCurrentIndex(kept)  # the intaker's own pick stays
            elif first is not None:
                self.kickoff.setCurrentIndex(self.kickoff.findData(str(first.id)))
        self._changed()

    def _show_step(self, index: int) -> None:
        arriving = index != self.steps.currentIndex() or not hasattr(self, "_advised")
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
        if last and arriving:
            self._refresh_advice()

    def collect(self) -> dict:
        data = self._input()
        return {
            "label": self.context.client_name,
            "step": self.steps.currentIndex(),
            "scores": {s.code: [s.score, s.observation, s.client_view] for s in data.scores},
            "ladder": [data.ladder_rung, data.ladder_target],
            "strengths": data.strengths,
            "obstacles": data.obstacles,
            "months": data.months_on_benefit,
            "stress": data.stress_signals,
            "chosen": data.chosen,
            "motivation": data.motivation,
            "rights": data.rights_duties_ticked,
            "commitment": data.commitment,
            "at_home": data.progress_at_home,
            "kickoff": str(data.kickoff_session_id or ""),
        }

    def restore(self, data: dict) -> None:
        for code, (score, obs, view) in data.get("scores", {}).items():
            if code in self.scores:
                widgets = self.scores[code]
                widgets[0].setCurrentIndex(max(widgets[0].findData(score), 0))
                widgets[1].setText(obs or "")
                widgets[2].setText(view or "")
        now, goal = data.get("ladder", [None, None])
        self.ladder_now.setCurrentIndex(max(self.ladder_now.findData(now), 0))
        self.ladder_goal.setCurrentIndex(max(self.ladder_goal.findData(goal), 0))
        self.strengths.setPlainText(data.get("strengths", ""))
        chosen_obstacles = set(data.get("obstacles", []))
        for i in range(self.obstacles.count()):
            item = self.obstacles.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.text() in chosen_obstacles
                else Qt.CheckState.Unchecked
            )
        months = data.get("months")
        self.months.setValue(-1 if months is None else int(months))
        self.stress.setText(data.get("stress", ""))
        if data.get("chosen") in self.group_buttons:
            self.group_buttons[data["chosen"]].setChecked(True)
        self.motivation.setText(data.get("motivation", ""))
        ticked = set(data.get("rights", []))
        for box in self.rights:
            box.setChecked(box.text() in ticked)
        self.commitment.setChecked(bool(data.get("commitment")))
        self.at_home.setChecked(bool(data.get("at_home")))
        if data.get("kickoff"):
            index = self.kickoff.findData(data["kickoff"])
            if index >= 0:
                self.kickoff.setCurrentIndex(index)
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
            text += " " + self.tr(
                "De keuze wijkt af van het advies; dat komt terug in het eerste voortgangsgesprek."
            )
        self.outcome_message = text
        self.accept()

    def reject(self) -> None:
        self.drafts.save_if_dirty()
        super().reject()
