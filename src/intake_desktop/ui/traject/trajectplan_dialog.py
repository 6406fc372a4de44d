"""The trajectplan editor: made with the client on screen, then discussed, signed,
printed; earlier signed versions reprinted exactly as they were."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.trajectplan import GOAL_STATUS, PLAN_STATUS
from intake_desktop.domain.validation import ValidationFailed, format_date
from intake_desktop.services.core.errors import ServiceError, StaleVersion
from intake_desktop.services.core.store import Store
from intake_desktop.services.traject import trajectplan, trajectplan_document, trajectplan_status
from intake_desktop.services.traject.trajectplan import (
    ActivityInput,
    GoalInput,
    PlanInput,
    PlanView,
)
from intake_desktop.ui.traject.trajectplan_goal_dialog import GoalDialog
from intake_desktop.ui.widgets.date_fields import DateField, date_errors
from intake_desktop.ui.widgets.draft_keeper import DraftKeeper
from intake_desktop.ui.widgets.forms import (
    FieldRow,
    FieldSet,
    error_summary,
    fit_to_screen,
    list_table,
    nothing_saved,
)
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _set_text(edit: QPlainTextEdit, text: str) -> None:
    """Show stored text without moving the cursor when nothing changed (after a save
    the user types on where they were)."""
    if edit.toPlainText() != text:
        edit.setPlainText(text)
        edit.moveCursor(edit.textCursor().MoveOperation.End)


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


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
        self.goals: list[GoalInput] = list(self.plan.data.goals)
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
        goals = QWidget()
        box = QVBoxLayout(goals)
        box.setContentsMargins(0, 0, 0, 0)
        self.goal_table = list_table(
            [
                self.tr("Leefgebied"),
                self.tr("Doel"),
                self.tr("Uiterlijk"),
                self.tr("Status"),
                self.tr("Activiteiten"),
            ]
        )
        self.goal_table.setMinimumHeight(170)
        header = self.goal_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.goal_table.doubleClicked.connect(lambda _i: self.edit_goal())
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.goal_table,
            activated=self.edit_goal,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        box.addWidget(self.goal_table)
        row = QHBoxLayout()
        self.add_goal_button = QPushButton(self.tr("Doel &toevoegen…"))
        self.add_goal_button.setObjectName("addGoal")
        self.add_goal_button.clicked.connect(self.add_goal)
        edit = QPushButton(self.tr("Doel &wijzigen…"))
        edit.clicked.connect(self.edit_goal)
        remove = QPushButton(self.tr("Doel &verwijderen"))
        remove.clicked.connect(self.remove_goal)
        self.goal_buttons = (self.add_goal_button, edit, remove)
        for button in self.goal_buttons:
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        goals.setFocusProxy(self.goal_table)  # Alt+L and a message land in the list
        self.fields.add(FieldRow(self.tr("Doelen per &leefgebied"), goals, "goals")).add_to(form)
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.goal_table,
            activated=self.remove_goal,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.goal_table.setAccessibleName(self.tr("Doelen per leefgebied"))
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
        for button in (self.preview_button, self.versions_button, close):
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
        self.goals = list(plan.data.goals)
        self._fill_goals()
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
        for button in self.goal_buttons:
            button.setEnabled(editable)

    def _fill_goals(self) -> None:
        self.goal_table.setRowCount(len(self.goals))
        for n, goal in enumerate(self.goals):
            cells = (
                self.store.config.domain_name(goal.domain_code),
                goal.description,
                format_date(goal.due_on),
                tr_domain(GOAL_STATUS.get(goal.status, goal.status)),
                str(len(goal.activities)),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.goal_table.setItem(n, column, item)

    # --- goals ------------------------------------------------------------------------
    def add_goal(self) -> None:
        dialog = GoalDialog(self.store, None, self)
        if dialog.exec():
            self.goals.append(dialog.value())
            self._goals_changed(len(self.goals) - 1)
        dialog.deleteLater()

    def edit_goal(self) -> None:
        row = self.goal_table.currentRow()
        if not 0 <= row < len(self.goals):
            return
        dialog = GoalDialog(self.store, self.goals[row], self)
        if dialog.exec():
            self.goals[row] = dialog.value()
            self._goals_changed(row)
        dialog.deleteLater()

    def remove_goal(self) -> None:
        row = self.goal_table.currentRow()
        if 0 <= row < len(self.goals):
            del self.goals[row]
            self._goals_changed(min(row, len(self.goals) - 1))

    def _goals_changed(self, select: int) -> None:
        self._fill_goals()
        if select >= 0:
            self.goal_table.selectRow(select)
        self.goal_table.setFocus()
        self.drafts.changed()

    # --- the working copy -------------------------------------------------------------
    def value(self) -> PlanInput:
        return PlanInput(
            self.doel.toPlainText(),
            list(self.goals),
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
            "goals": [
                {
                    "domain": g.domain_code,
                    "description": g.description,
                    "due_on": _iso(g.due_on),
                    "status": g.status,
                    "activities": [
                        {
                            "product": a.product_code,
                            "description": a.description,
                            "kind": a.kind,
                            "responsible": a.responsible,
                            "starts_on": _iso(a.starts_on),
                            "ends_on": _iso(a.ends_on),
                            "status": a.status,
                        }
                        for a in g.activities
                    ],
                }
                for g in self.goals
            ],
        }

    def restore(self, data: dict) -> None:
        # Saved against the version the draft was typed on: if a colleague saved
        # meanwhile, the save is refused and nothing of theirs is overwritten unseen.
        self.base_version = data.get("row_version", self.base_version)
        self.doel.setPlainText(data.get("doelperspectief", ""))
        self.afspraken_klant.setPlainText(data.get("afspraken_klant", ""))
        self.afspraken_gemeente.setPlainText(data.get("afspraken_gemeente", ""))
        self.next_talk.setText(data.get("next_talk_text", ""))
        self.goals = [
            GoalInput(
                g["domain"],
                g["description"],
                _day(g["due_on"]),
                g["status"],
                [
                    ActivityInput(
                        a["product"],
                        a["description"],
                        a["kind"],
                        a["responsible"],
                        _day(a["starts_on"]),
                        _day(a["ends_on"]),
                        a["status"],
                    )
                    for a in g["activities"]
                ],
            )
            for g in data.get("goals", [])
        ]
        self._fill_goals()

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
        place, ok = QInputDialog.getText(
            self,
            self.tr("Ondertekenen"),
            self.tr(
                "Deze versie wordt vastgelegd: daarna drukt u haar af, en tekenen de klant en "
                "u. Later drukt ze precies zo opnieuw af.\n\nPlaats van ondertekening:"
            ),
            text=self.store.config.huisstijl.plaats,
        )
        if not ok:
            return
        if not place.strip():
            QMessageBox.warning(self, self.tr("Ondertekenen"), self.tr("Vul de plaats in."))
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
        from intake_desktop.ui.widgets.pdf_view import PdfViewDialog

        # No name in the file name: it shows in folders and print queues.
        suffix = f"versie-{version_no}" if version_no else "concept"
        dialog = PdfViewDialog(
            data,
            self.tr("Trajectplan: {name}").format(name=self.plan.client_name),
            f"trajectplan-{date.today().isoformat()}-{suffix}.pdf",
            lambda kind: trajectplan_document.record_output(
                self.store, self.actor, self.plan.id, kind, version_no
            ),
            self,
        )
        dialog.exec()
        dialog.deleteLater()

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

    def show_versions(self) -> None:
        labels = [
            self.tr("Versie {n}: ondertekend op {on} te {place} ({by})").format(
                n=v.version_no,
                on=format_date(v.signed_on.astimezone().date()) if v.signed_on else "",
                place=v.signed_place,
                by=v.signed_by,
            )
            for v in self.plan.versions
        ]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Eerdere versies"), self.tr("Welke versie openen?"), labels, 0, False
        )
        if not ok or choice not in labels:
            return
        version = self.plan.versions[labels.index(choice)]
        self._open_pdf(
            trajectplan_document.version_pdf(self.store, self.actor, version.id), version.version_no
        )

    def reject(self) -> None:
        if self.plan.status != "afgerond":
            self.drafts.save_if_dirty()  # what was typed stays as a draft
        else:
            self.drafts.discard()
        super().reject()
