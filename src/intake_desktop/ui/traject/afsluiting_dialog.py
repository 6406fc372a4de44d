"""Traject afsluiten (beëindigingsonderzoek): the reason, for work the sector and hours,
how each goal of the plan ended, a note, and before saving a plain summary of what will
happen (aftercare tasks with their dates, appointments cancelled, tasks that lapse).

A colleague who changed the client or the plan meanwhile makes the save stale: the screen
then reads the client and plan again and keeps what was typed (the outcome of a goal
stays with the same goal), so the next save can work. A draft never brings back an old
version.

``open_from_dossier`` is what the dossier's button calls; for a closed client it opens
the small reopen dialog (ui/afsluiting_heropenen.py) instead.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.trajectplan import PLAN_STATUS
from intake_desktop.domain.validation import ValidationFailed, format_date
from intake_desktop.services.core.errors import ServiceError, StaleVersion
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject import afsluiting
from intake_desktop.services.traject.afsluiting import AfsluitingContext, AfsluitingInput
from intake_desktop.ui.traject.afsluiting_goals import GoalOutcomes, choice_combo, select_data
from intake_desktop.ui.traject.afsluiting_summary import WhatHappens
from intake_desktop.ui.widgets.date_fields import DateField, date_errors
from intake_desktop.ui.widgets.draft_keeper import DraftKeeper
from intake_desktop.ui.widgets.forms import (
    FieldRow,
    FieldSet,
    confirm_discard,
    error_summary,
    fit_to_screen,
    nothing_saved,
    run_step,
)
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error


def open_from_dossier(parent: QWidget, store: Store, actor: Actor, client_id: uuid.UUID) -> bool:
    """Close the client's traject, or reopen it when it is closed. True: something
    changed (the dossier reloads)."""
    try:
        context = afsluiting.prepare(store, actor, client_id)
    except ServiceError as exc:
        QMessageBox.warning(parent, parent.window().windowTitle(), tr_error(exc))
        return False
    if context.status == "afgesloten":
        from intake_desktop.ui.traject.afsluiting_heropenen import HeropenenDialog

        return run_step(parent, HeropenenDialog(store, actor, context, parent))
    return run_step(parent, AfsluitingDialog(store, actor, context, parent))


class AfsluitingDialog(QDialog):
    def __init__(
        self, store: Store, actor: Actor, context: AfsluitingContext, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.store, self.actor, self.context = store, actor, context
        self.client_id = context.client_id
        self.base_version = context.client_version
        self.outcome_message = ""
        self.setWindowTitle(self.tr("Traject afsluiten: {name}").format(name=context.client_name))
        fit_to_screen(self, 860, 860)
        outer = QVBoxLayout(self)
        heading = QLabel(self.tr("Traject afsluiten"))
        heading.setProperty("role", "pageTitle")
        outer.addWidget(heading)
        self.about = QLabel(self._about())
        self.about.setObjectName("about")
        self.about.setWordWrap(True)
        outer.addWidget(self.about)
        self.summary = error_summary("summary")
        outer.addWidget(self.summary)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._form())
        outer.addWidget(scroll, 1)
        outer.addWidget(self._buttons())
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self._tab_order()

        self.drafts = DraftKeeper(store, actor, f"afsluiting:{self.client_id}", self.collect, self)
        self.drafts.offer(self.restore)
        for combo in (self.reason, self.sector, self.handover, *self.outcomes.values()):
            combo.currentIndexChanged.connect(self._changed)
        self.hours.valueChanged.connect(self._changed)
        self.closed_on.textChanged.connect(self._changed)
        self.note.textChanged.connect(self._changed)
        self._update()
        self.reason.setFocus()

    # --- building ---------------------------------------------------------------------
    def _about(self) -> str:
        c = self.context
        parts = [
            self.tr("Klantgroep: {group}").format(group=c.klantgroep_naam or self.tr("geen")),
            self.tr("Klantmanager: {name}").format(name=c.klantmanager or self.tr("geen")),
        ]
        if c.plan_id:
            status = tr_domain(PLAN_STATUS.get(c.plan_status, c.plan_status))
            parts.append(self.tr("Trajectplan: {status}").format(status=status))
        else:
            parts.append(self.tr("Nog geen trajectplan"))
        return " · ".join(parts)

    def _form(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.fields = FieldSet()
        form = QFormLayout()
        box.addLayout(form)
        self.reason = choice_combo(
            self.tr("Kies een reden…"), [(r.naam, r.code) for r in self.context.redenen]
        )
        self.fields.add(FieldRow(self.tr("&Reden *"), self.reason, "reason")).add_to(form)
        self.closed_on = DateField(self.tr("dd-mm-jjjj"))
        self.closed_on.set_value(date.today())
        self.fields.add(
            FieldRow(self.tr("&Datum van afsluiting *"), self.closed_on, "closed_on")
        ).add_to(form)
        self.date_hint = QLabel(self.tr("Bij werk: de eerste werkdag; de nazorg telt vanaf dan."))
        self.date_hint.setProperty("role", "hint")
        form.addRow("", self.date_hint)
        self.sector = choice_combo(
            self.tr("Kies een sector…"), [(s, s) for s in self.context.sectoren]
        )
        self.sector_row = self.fields.add(FieldRow(self.tr("&Sector *"), self.sector, "sector"))
        self.sector_row.add_to(form)
        self.hours = QSpinBox()
        self.hours.setRange(0, afsluiting.MAX_HOURS)
        self.hours.setSpecialValueText(self.tr("Niet ingevuld"))
        self.hours.setSuffix(self.tr(" uur"))
        self.hours_row = self.fields.add(
            FieldRow(self.tr("&Uren per week *"), self.hours, "hours_per_week")
        )
        self.hours_row.add_to(form)
        self.handover = choice_combo(
            self.tr("De teamleider wijst een inkomensconsulent aan"),
            [(name, staff_id) for staff_id, name in self.context.inkomensconsulenten],
        )
        self.handover_row = self.fields.add(
            FieldRow(self.tr("&Inkomensconsulent"), self.handover, "handover_to")
        )
        self.handover_row.add_to(form)
        self.goals_box = GoalOutcomes(self.context, self.fields)
        box.addWidget(self.goals_box)
        notes = QFormLayout()
        box.addLayout(notes)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.note.setPlaceholderText(self.tr("Bijvoorbeeld: werkgever, functie, afspraken"))
        self.fields.add(FieldRow(self.tr("&Toelichting"), self.note, "note")).add_to(notes)
        self.what_happens = WhatHappens()
        box.addWidget(self.what_happens)
        box.addStretch(1)
        return page

    @property
    def outcomes(self) -> dict[str, QComboBox]:
        """The choice of outcome per goal, by goal id."""
        return self.goals_box.combos

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Traject &afsluiten (Ctrl+S)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        self.cancel_button = buttons.addButton(
            self.tr("A&nnuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        return buttons

    def _tab_order(self) -> None:
        chain = [
            self.reason,
            self.closed_on,
            self.sector,
            self.hours,
            self.handover,
            *self.outcomes.values(),
            self.note,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- showing ----------------------------------------------------------------------
    def _reden(self):
        code = self.reason.currentData()
        return next((r for r in self.context.redenen if r.code == code), None)

    def _changed(self, *_args) -> None:
        self.drafts.changed()
        self._update()

    def _update(self) -> None:
        reden = self._reden()
        work = bool(reden and reden.werk)
        self.sector_row.set_visible(work)
        self.hours_row.set_visible(work)
        self.date_hint.setVisible(work)
        self.handover_row.set_visible(bool(reden and reden.overdracht))
        self._show_what_happens()

    def _show_what_happens(self) -> None:
        try:
            start = self.closed_on.value()
        except ValueError:
            start = None
        self.what_happens.show_for(
            self.store,
            self.context,
            self._reden(),
            start,
            self.context.klantmanager or self.actor.display_name,
            self.handover.currentText() if self.handover.currentData() else "",
        )

    # --- input and drafts -------------------------------------------------------------
    def value(self) -> AfsluitingInput:
        try:
            closed_on = self.closed_on.value()
        except ValueError:
            closed_on = None
        return AfsluitingInput(
            reason=self.reason.currentData() or "",
            closed_on=closed_on,
            sector=self.sector.currentData() or "",
            hours_per_week=self.hours.value() or None,
            goal_outcomes=self.goals_box.chosen(),
            note=self.note.toPlainText(),
            handover_to=self.handover.currentData(),
            plan_id=self.context.plan_id,
            plan_version=self.context.plan_version,
        )

    def collect(self) -> dict:
        handover = self.handover.currentData()
        return {
            "label": self.context.client_name,
            "reason": self.reason.currentData() or "",
            "closed_on": self.closed_on.text(),
            "sector": self.sector.currentData() or "",
            "hours": self.hours.value(),
            "handover_to": str(handover) if handover else "",
            "outcomes": self.goals_box.chosen(),
            "note": self.note.toPlainText(),
        }

    def restore(self, data: dict) -> None:
        # The version stays the one just read: a draft's older one would be stale forever.
        select_data(self.reason, data.get("reason") or None)
        self.closed_on.setText(data.get("closed_on", ""))
        select_data(self.sector, data.get("sector") or None)
        self.hours.setValue(int(data.get("hours", 0)))
        handover = data.get("handover_to")
        select_data(self.handover, uuid.UUID(handover) if handover else None)
        self.goals_box.restore(data.get("outcomes", {}))
        self.note.setPlainText(data.get("note", ""))
        self._update()

    def _typed(self) -> bool:
        return bool(
            self.reason.currentData()
            or self.note.toPlainText().strip()
            or any(c.currentData() for c in self.outcomes.values())
        )

    # --- saving -----------------------------------------------------------------------
    def save(self) -> None:
        errors = date_errors({"closed_on": self.closed_on})
        if errors:
            self.fields.report(errors, self.summary, nothing_saved())
            return
        try:
            result = afsluiting.close_traject(
                self.store, self.actor, self.client_id, self.value(), self.base_version
            )
        except StaleVersion as exc:
            self.drafts.save_if_dirty()
            self._reload(exc)
            return
        except (ValidationFailed, ServiceError) as exc:
            self.fields.report_failure(exc, self.summary)
            self.drafts.save_if_dirty()  # what was typed survives whatever comes next
            return
        self.drafts.discard()
        parts = [self.tr("Het traject is afgesloten.")]
        if result.nazorg_tasks:
            parts.append(
                self.tr("{n} nazorgtaken staan klaar, de eerste op {date}.").format(
                    n=len(result.nazorg_tasks),
                    date=format_date(result.nazorg_tasks[0].at.astimezone().date()),
                )
            )
        if result.handover_task:
            parts.append(
                self.tr("De overdracht staat in de werkvoorraad van {name}.").format(
                    name=result.handover_to or self.tr("de teamleiders")
                )
            )
        parts.append(
            self.tr("Afspraken geannuleerd: {a}. Open taken vervallen: {t}.").format(
                a=result.appointments_cancelled, t=result.tasks_closed
            )
        )
        self.outcome_message = " ".join(parts)
        self.accept()

    def _reload(self, stale: StaleVersion) -> None:
        """A colleague changed the client or the plan: read both again, keep the input."""
        try:
            context = afsluiting.prepare(self.store, self.actor, self.client_id)
        except ServiceError as exc:
            self.fields.report_failure(exc, self.summary)
            return
        typed = self.collect()
        by_text = self.goals_box.by_text()
        self.context, self.base_version = context, context.client_version
        self.about.setText(self._about())
        self.goals_box.drop_rows()
        old = self.goals_box
        self.goals_box = GoalOutcomes(context, self.fields, self._changed)
        old.parentWidget().layout().replaceWidget(old, self.goals_box)
        old.hide()
        old.deleteLater()
        self.restore(typed)
        self.goals_box.restore_by_text(by_text)  # a saved plan has new goal rows
        self._tab_order()
        self.fields.clear_errors()
        if context.status == "afgesloten":
            self.save_button.setEnabled(False)
            text = self.tr("Een collega heeft het traject intussen afgesloten.")
        else:
            text = self.tr(
                "{who} heeft de klant of het trajectplan intussen gewijzigd. Er is nog niets "
                "opgeslagen. Het scherm toont nu de nieuwe gegevens en wat u invulde staat er "
                "nog: kijk het na (ook de uitkomst per doel) en sla opnieuw op."
            ).format(who=stale.changed_by or self.tr("Een collega"))
        self.summary.setText(text)
        self.summary.show()

    def reject(self) -> None:
        if self.drafts.dirty and self._typed() and not confirm_discard(self):
            return
        self.drafts.discard()
        super().reject()
