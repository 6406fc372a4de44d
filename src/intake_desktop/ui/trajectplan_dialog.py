"""The trajectplan editor: made with the client on screen, then discussed, signed,
printed; earlier signed versions reprinted exactly as they were."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.trajectplan import GOAL_STATUS, PLAN_STATUS
from intake_desktop.domain.validation import ValidationFailed, format_date
from intake_desktop.services import trajectplan
from intake_desktop.services.errors import ServiceError
from intake_desktop.services.store import Store
from intake_desktop.services.trajectplan import ActivityInput, GoalInput, PlanInput, PlanView
from intake_desktop.ui.date_fields import date_of, optional_date_edit, set_date
from intake_desktop.ui.draft_keeper import DraftKeeper
from intake_desktop.ui.forms import FieldRow, FieldSet, fit_to_screen, nothing_saved
from intake_desktop.ui.i18n import tr_domain, tr_error
from intake_desktop.ui.trajectplan_goal_dialog import GoalDialog


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


class TrajectplanDialog(QDialog):
    def __init__(self, store: Store, actor, client_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor, self.client_id = store, actor, client_id
        self.plan: PlanView = trajectplan.open_plan(store, actor, client_id)
        self.goals: list[GoalInput] = list(self.plan.data.goals)
        self.setWindowTitle(self.tr("Trajectplan: {name}").format(name=self.plan.client_name))
        fit_to_screen(self, 980, 820)
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("planHeading")
        self.heading.setProperty("role", "pageTitle")
        outer.addWidget(self.heading)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setProperty("role", "errorSummary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        outer.addWidget(self.summary)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._form())
        outer.addWidget(scroll, 1)
        outer.addLayout(self._buttons())
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.drafts = DraftKeeper(store, actor, f"trajectplan:{client_id}", self.collect, self)
        self._show(self.plan)
        self.drafts.offer(self.restore)
        for widget in (self.doel, self.afspraken_klant, self.afspraken_gemeente):
            widget.textChanged.connect(self.drafts.changed)
        self.next_talk.dateChanged.connect(self.drafts.changed)
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
        self.goal_table = QTableWidget(0, 5)
        self.goal_table.setHorizontalHeaderLabels(
            [
                self.tr("Leefgebied"),
                self.tr("Doel"),
                self.tr("Uiterlijk"),
                self.tr("Status"),
                self.tr("Activiteiten"),
            ]
        )
        self.goal_table.verticalHeader().hide()
        self.goal_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.goal_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goal_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goal_table.setTabKeyNavigation(False)
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
        for button in (self.add_goal_button, edit, remove):
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        self.fields.add(FieldRow(self.tr("Doelen per &leefgebied"), goals, "goals")).add_to(form)
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
        self.next_talk = optional_date_edit(self.tr("nog niet gepland"))
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
        close = QPushButton(self.tr("Sl&uiten"))
        close.clicked.connect(self.reject)
        for button in (self.save_button, self.discussed_button, self.sign_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.preview_button, self.versions_button, close):
            row.addWidget(button)
        return row

    # --- showing ----------------------------------------------------------------------
    def _show(self, plan: PlanView) -> None:
        self.plan = plan
        self.heading.setText(
            self.tr("Trajectplan · versie {n} · {status}").format(
                n=plan.version_no, status=tr_domain(PLAN_STATUS[plan.status])
            )
        )
        self.doel.setPlainText(plan.data.doelperspectief)
        self.goals = list(plan.data.goals)
        self._fill_goals()
        self.afspraken_klant.setPlainText(plan.data.afspraken_klant)
        self.afspraken_gemeente.setPlainText(plan.data.afspraken_gemeente)
        set_date(self.next_talk, plan.data.next_progress_talk_on)
        self._update_buttons()

    def _update_buttons(self) -> None:
        status = self.plan.status
        self.discussed_button.setEnabled(status == "concept")
        self.sign_button.setEnabled(status in ("concept", "besproken"))
        self.versions_button.setEnabled(bool(self.plan.versions))
        self.save_button.setEnabled(status != "afgerond")

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
            date_of(self.next_talk),
        )

    def collect(self) -> dict:
        v = self.value()
        return {
            "label": self.plan.client_name,
            "doelperspectief": v.doelperspectief,
            "afspraken_klant": v.afspraken_klant,
            "afspraken_gemeente": v.afspraken_gemeente,
            "next_talk": _iso(v.next_progress_talk_on),
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
                for g in v.goals
            ],
        }

    def restore(self, data: dict) -> None:
        self.doel.setPlainText(data.get("doelperspectief", ""))
        self.afspraken_klant.setPlainText(data.get("afspraken_klant", ""))
        self.afspraken_gemeente.setPlainText(data.get("afspraken_gemeente", ""))
        set_date(self.next_talk, _day(data.get("next_talk", "")))
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
        try:
            plan = trajectplan.save_plan(
                self.store, self.actor, self.plan.id, self.value(), self.plan.row_version
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
        except ServiceError as exc:
            self.fields.report_failure(exc, self.summary)
            return False
        self.fields.clear_errors()
        self.summary.hide()
        self.drafts.discard()
        self._show(plan)
        return True

    def _reload(self) -> None:
        self._show(trajectplan.open_plan(self.store, self.actor, self.client_id))

    def mark_discussed(self) -> None:
        if not self.save():
            return
        try:
            trajectplan.mark_discussed(self.store, self.actor, self.plan.id, self.plan.row_version)
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
                "Hebben de klant en u het afgedrukte plan ondertekend? Dan wordt deze versie "
                "vastgelegd en kan ze later precies zo opnieuw worden afgedrukt.\n\nPlaats:"
            ),
            text=self.store.config.huisstijl.plaats,
        )
        if not ok:
            return
        try:
            version_id = trajectplan.sign(
                self.store, self.actor, self.plan.id, self.plan.row_version, place
            )
        except (ValidationFailed, ServiceError) as exc:
            self.fields.report_failure(exc, self.summary)
            return
        self._reload()
        self._open_pdf(
            trajectplan.version_pdf(self.store, self.actor, version_id), self.plan.version_no
        )

    def preview(self) -> None:
        if self.plan.status != "afgerond" and not self.save():
            return
        try:
            data = trajectplan.current_pdf(self.store, self.actor, self.plan.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.windowTitle(), tr_error(exc))
            return
        self._open_pdf(data, None)

    def _open_pdf(self, data: bytes, version_no: int | None) -> None:
        from intake_desktop.ui.pdf_view import PdfViewDialog

        name = self.plan.client_name.replace(" ", "-").lower()
        suffix = f"-versie-{version_no}" if version_no else "-concept"
        dialog = PdfViewDialog(
            data,
            self.tr("Trajectplan: {name}").format(name=self.plan.client_name),
            f"trajectplan-{name}{suffix}.pdf",
            lambda kind: trajectplan.record_output(
                self.store, self.actor, self.plan.id, kind, version_no
            ),
            self,
        )
        dialog.exec()
        dialog.deleteLater()

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
            trajectplan.version_pdf(self.store, self.actor, version.id), version.version_no
        )

    def reject(self) -> None:
        self.drafts.save_if_dirty()  # what was typed stays as a draft
        super().reject()
