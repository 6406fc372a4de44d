"""The trajectplan editor: made with the client on screen, then discussed, signed,
printed; earlier signed versions reprinted exactly as they were."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.trajectplan import PLAN_STATUS
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.core.errors import ServiceError, StaleVersion
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject import trajectplan, trajectplan_document, trajectplan_status
from intake_desktop.services.traject.trajectplan import PlanView
from intake_desktop.services.traject.trajectplan_input import PlanInput
from intake_desktop.ui.traject.trajectplan_draft import goals_from_draft, goals_to_draft
from intake_desktop.ui.traject.trajectplan_goals import GoalList
from intake_desktop.ui.traject.trajectplan_print import ask_sign_place, choose_version, show_pdf
from intake_desktop.ui.widgets.date_fields import DateField, date_errors
from intake_desktop.ui.widgets.draft_keeper import DraftKeeper
from intake_desktop.ui.widgets.forms import (
    FieldRow,
    FieldSet,
    error_summary,
    fit_to_screen,
    nothing_saved,
)
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error


def _set_text(edit: QPlainTextEdit, text: str) -> None:
    """Show stored text without moving the cursor when nothing changed (after a save
    the user types on where they were)."""
    if edit.toPlainText() != text:
        edit.setPlainText(text)
        edit.moveCursor(edit.textCursor().MoveOperation.End)


class TrajectplanDialog(QDialog):
    def __init__(
        self,
        store: Store,
        actor,
        client_id: uuid.UUID,
        parent: QWidget | None = None,
        resume: bool = False,
    ):
        super().__init__(parent)
        self.store, self.actor, self.client_id = store, actor, client_id
        self.plan: PlanView = trajectplan.open_plan(store, actor, client_id)
        self.base_version = self.plan.row_version  # the version the form is based on
        self._loading = False
        self.setWindowTitle(self.tr("Trajectplan: {name}").format(name=self.plan.client_name))
        fit_to_screen(self, 980, 820)
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("planHeading")
        self.heading.setProperty("role", "pageTitle")
        outer.addWidget(self.heading)
        self.summary = error_summary("summary")
        outer.addWidget(self.summary)
        self.overwrite_button = QPushButton(self.tr("Mijn invoer to&ch opslaan"))
        self.overwrite_button.clicked.connect(self.overwrite)
        self.overwrite_button.hide()
        outer.addWidget(self.overwrite_button, 0, Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._form())
        outer.addWidget(scroll, 1)
        outer.addLayout(self._buttons())
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.drafts = DraftKeeper(store, actor, f"trajectplan:{client_id}", self.collect, self)
        self._show(self.plan)
        self.drafts.offer(self.restore, ask=not resume)
        for widget in (self.doel, self.afspraken_klant, self.afspraken_gemeente):
            widget.textChanged.connect(self._changed)
        self.next_talk.textChanged.connect(self._changed)
        self.doel.setFocus()

    # --- building ---------------------------------------------------------------------
    def _text(self, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        return edit

    def _form(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.fields = FieldSet()
        self.doel = self._text(80)
        self.fields.add(
            FieldRow(self.tr("&Doelperspectief (één integraal doel)"), self.doel, "doelperspectief")
        ).add_to(form)
        self.goal_list = GoalList(self.store)
        self.goal_list.changed.connect(lambda: self.drafts.changed())
        self.fields.add(
            FieldRow(self.tr("Doelen per &leefgebied"), self.goal_list, "goals")
        ).add_to(form)
        self.goal_list.table.setAccessibleName(self.tr("Doelen per leefgebied"))
        self.afspraken_klant = self._text(70)
        self.fields.add(
            FieldRow(self.tr("Afspraken voor de &klant"), self.afspraken_klant, "afspraken_klant")
        ).add_to(form)
        self.afspraken_gemeente = self._text(70)
        self.fields.add(
            FieldRow(
                self.tr("Afspraken voor de &gemeente"),
                self.afspraken_gemeente,
                "afspraken_gemeente",
            )
        ).add_to(form)
        self.next_talk = DateField(self.tr("dd-mm-jjjj (leeg: nog niet gepland)"))
        self.fields.add(
            FieldRow(
                self.tr("&Eerstvolgend voortgangsgesprek"), self.next_talk, "next_progress_talk"
            )
        ).add_to(form)
        return page

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Opslaan (Ctrl+S)"))
        self.save_button.setObjectName("savePlan")
        self.save_button.clicked.connect(self.save)
        self.discussed_button = QPushButton(self.tr("Be&sproken met klant"))
        self.discussed_button.clicked.connect(self.mark_discussed)
        self.sign_button = QPushButton(self.tr("O&ndertekenen…"))
        self.sign_button.setObjectName("signPlan")
        self.sign_button.clicked.connect(self.sign)
        self.preview_button = QPushButton(self.tr("Voor&beeld en afdrukken…"))
        self.preview_button.setObjectName("previewPlan")
        self.preview_button.clicked.connect(self.preview)
        self.versions_button = QPushButton(self.tr("Eerdere ve&rsies…"))
        self.versions_button.clicked.connect(self.show_versions)
        self.reports_button = QPushButton(self.tr("Rapportages aan&bieders…"))
        self.reports_button.setObjectName("providerReports")
        self.reports_button.clicked.connect(self.show_reports)
        self.finish_button = QPushButton(self.tr("Traject a&fronden…"))
        self.finish_button.clicked.connect(self.finish)
        self.new_button = QPushButton(self.tr("&Nieuw plan beginnen"))
        self.new_button.clicked.connect(self.start_new)
        close = QPushButton(self.tr("Sl&uiten"))
        close.clicked.connect(self.reject)
        for button in (
            self.save_button,
            self.discussed_button,
            self.sign_button,
            self.finish_button,
            self.new_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.reports_button, self.preview_button, self.versions_button, close):
            row.addWidget(button)
        return row

    def _changed(self, *_args) -> None:
        if not self._loading:  # filling the form from the store is no change
            self.drafts.changed()

    # --- showing ----------------------------------------------------------------------
    def _show(self, plan: PlanView) -> None:
        self._loading = True
        try:
            self._fill(plan)
        finally:
            self._loading = False

    def _fill(self, plan: PlanView) -> None:
        self.plan = plan
        self.base_version = plan.row_version
        self.heading.setText(
            self.tr("Trajectplan · versie {n} · {status}").format(
                n=plan.version_no, status=tr_domain(PLAN_STATUS[plan.status])
            )
        )
        _set_text(self.doel, plan.data.doelperspectief)
        self.goal_list.set_goals(plan.data.goals)
        _set_text(self.afspraken_klant, plan.data.afspraken_klant)
        _set_text(self.afspraken_gemeente, plan.data.afspraken_gemeente)
        self.next_talk.set_value(plan.data.next_progress_talk_on)
        self._update_buttons()

    def _update_buttons(self) -> None:
        status = self.plan.status
        editable = status != "afgerond"
        self.discussed_button.setEnabled(status == "concept")
        self.sign_button.setEnabled(status in ("concept", "besproken"))
        self.versions_button.setEnabled(bool(self.plan.versions))
        self.save_button.setEnabled(editable)
        self.finish_button.setVisible(status == "ondertekend")
        self.new_button.setVisible(status == "afgerond")
        for widget in (self.doel, self.afspraken_klant, self.afspraken_gemeente):
            widget.setReadOnly(not editable)
        self.next_talk.setReadOnly(not editable)
        self.goal_list.set_editable(editable)

    # --- the working copy -------------------------------------------------------------
    def value(self) -> PlanInput:
        return PlanInput(
            self.doel.toPlainText(),
            list(self.goal_list.goals),
            self.afspraken_klant.toPlainText(),
            self.afspraken_gemeente.toPlainText(),
            self.next_talk.value(),
        )

    def collect(self) -> dict:
        return {
            "label": self.plan.client_name,
            "row_version": self.base_version,
            "doelperspectief": self.doel.toPlainText(),
            "afspraken_klant": self.afspraken_klant.toPlainText(),
            "afspraken_gemeente": self.afspraken_gemeente.toPlainText(),
            "next_talk_text": self.next_talk.text(),
            "goals": goals_to_draft(self.goal_list.goals),
        }

    def restore(self, data: dict) -> None:
        # Saved against the version the draft was typed on: if a colleague saved
        # meanwhile, the save is refused and nothing of theirs is overwritten unseen.
        self.base_version = data.get("row_version", self.base_version)
        self.doel.setPlainText(data.get("doelperspectief", ""))
        self.afspraken_klant.setPlainText(data.get("afspraken_klant", ""))
        self.afspraken_gemeente.setPlainText(data.get("afspraken_gemeente", ""))
        self.next_talk.setText(data.get("next_talk_text", ""))
        self.goal_list.set_goals(goals_from_draft(data.get("goals", [])))

    def save(self) -> bool:
        """Store the working copy; field messages on a refusal, the input stays."""
        errors = date_errors({"next_progress_talk": self.next_talk})
        if errors:
            self.fields.report(errors, self.summary, nothing_saved())
            return False
        try:
            plan = trajectplan.save_plan(
                self.store, self.actor, self.plan.id, self.value(), self.base_version
            )
        except ValidationFailed as exc:
            goal_errors = [
                self.tr("Doel {n}: {message}").format(n=key.split("_")[1], message=tr_domain(msg))
                for key, msg in sorted(exc.errors.items())
                if key.startswith("goal_")
            ]
            errors = {k: v for k, v in exc.errors.items() if not k.startswith("goal_")}
            if goal_errors:
                errors["goals"] = " ".join(goal_errors)
            self.fields.report(errors, self.summary, nothing_saved())
            return False
        except StaleVersion as exc:
            self.fields.clear_errors()
            self.summary.setText(
                tr_error(exc)
                + " "
                + self.tr(
                    "Met 'Mijn invoer toch opslaan' legt u uw invoer over de nieuwe versie "
                    "heen; met Sluiten en opnieuw openen ziet u eerst de nieuwe versie."
                )
            )
            self.summary.show()
            self.overwrite_button.show()
            self.overwrite_button.setFocus()
            return False
        except ServiceError as exc:
            self.fields.report_failure(exc, self.summary)
            return False
        self.fields.clear_errors()
        self.summary.hide()
        self.overwrite_button.hide()
        self.drafts.discard()
        self._show(plan)
        return True

    def overwrite(self) -> None:
        """A deliberate choice after a refused save: my input over the newer version."""
        self.base_version = trajectplan.open_plan(
            self.store, self.actor, self.client_id
        ).row_version
        self.save()

    def _reload(self) -> None:
        self._show(trajectplan.open_plan(self.store, self.actor, self.client_id))

    def mark_discussed(self) -> None:
        if not self.save():
            return
        try:
            trajectplan_status.mark_discussed(
                self.store, self.actor, self.plan.id, self.plan.row_version
            )
        except ServiceError as exc:
            self.fields.report_failure(exc, self.summary)
            return
        self._reload()

    def sign(self) -> None:
        if not self.save():
            return
        place = ask_sign_place(self, self.store.config.huisstijl.plaats)
        if place is None:
            return
        try:
            version_id = trajectplan_status.sign(
                self.store, self.actor, self.plan.id, self.plan.row_version, place
            )
        except (ValidationFailed, ServiceError) as exc:
            self.fields.report_failure(exc, self.summary)
            return
        self._reload()
        self._open_pdf(
            trajectplan_document.version_pdf(self.store, self.actor, version_id),
            self.plan.version_no,
        )

    def preview(self) -> None:
        """The plan as a document: a signed (or finished) plan is its signed version,
        exactly as signed; a plan in the making is the working copy."""
        try:
            if self.plan.status in ("ondertekend", "afgerond") and self.plan.versions:
                latest = self.plan.versions[0]
                data = trajectplan_document.version_pdf(self.store, self.actor, latest.id)
                self._open_pdf(data, latest.version_no)
                return
            if not self.save():
                return
            data = trajectplan_document.current_pdf(self.store, self.actor, self.plan.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.windowTitle(), tr_error(exc))
            return
        self._open_pdf(data, None)

    def _open_pdf(self, data: bytes, version_no: int | None) -> None:
        show_pdf(self, self.store, self.actor, self.plan, data, version_no)

    def finish(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Traject afronden"),
            self.tr("Is het traject klaar? Het plan wordt dan afgerond en wijzigt niet meer."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            trajectplan_status.finish(self.store, self.actor, self.plan.id, self.plan.row_version)
        except ServiceError as exc:
            self.fields.report_failure(exc, self.summary)
            return
        self.drafts.discard()
        self._reload()

    def start_new(self) -> None:
        """A client who comes back after a finished traject gets a new plan."""
        self._show(trajectplan.open_plan(self.store, self.actor, self.client_id, start_new=True))

    def show_reports(self) -> None:
        from intake_desktop.ui.traject.rapportage_dialog import RapportageDialog

        dialog = RapportageDialog(self.store, self.actor, self.plan.id, self)
        dialog.exec()
        dialog.deleteLater()

    def show_versions(self) -> None:
        version = choose_version(self, self.plan)
        if version is None:
            return
        self._open_pdf(
            trajectplan_document.version_pdf(self.store, self.actor, version.id), version.version_no
        )

    def reject(self) -> None:
        if self.plan.status != "afgerond":
            self.drafts.save_if_dirty()  # what was typed stays as a draft
        else:
            self.drafts.discard()
        super().reject()
