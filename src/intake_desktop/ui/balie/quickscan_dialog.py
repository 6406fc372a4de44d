"""The wisselwachter's quickscan in two steps: the life domains, then the decision."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.calendar import first_working_day
from intake_desktop.domain.intake import BENEFIT
from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import ValidationFailed
from intake_desktop.services.balie import queue, quickscan, quickscan_agenda
from intake_desktop.services.caseload import toewijzing
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.ui.balie.quickscan_domains import QuickscanDomainsStep
from intake_desktop.ui.caseload.klantmanager_picker import KlantmanagerPicker
from intake_desktop.ui.widgets.date_time_edit import DateTimeEdit
from intake_desktop.ui.widgets.draft_keeper import DraftKeeper, release
from intake_desktop.ui.widgets.forms import FieldRow, FieldSet, fit_to_screen
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error
from intake_desktop.ui.widgets.stepped_dialog import SteppedDialog


def _next_working_morning() -> datetime:
    """Local wall-clock time (naive, as QDateTime takes it)."""
    return datetime.combine(first_working_day(date.today() + timedelta(days=1)), time(9, 0))


class QuickscanDialog(SteppedDialog):
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
        self.setWindowTitle(self.tr("Quickscan: {name}").format(name=client_name))
        fit_to_screen(self, 760, 780)
        self.fields = FieldSet()
        self._restored_klantmanager = None
        self.context = queue.aanmelding_context(store, actor, aanmelding_id)
        self._build_frame([self._domains_step(), self._decision_step()])
        self.drafts = DraftKeeper(store, actor, f"quickscan:{aanmelding_id}", self.collect, self)
        self.drafts.offer(self.restore, ask=not resume)
        self._show_step(self.steps.currentIndex())

    # --- step 1 ---------------------------------------------------------------------
    def _domains_step(self) -> QWidget:
        self.domains_step = QuickscanDomainsStep(self.store.config, self.context, self._changed)
        self.domain_widgets = self.domains_step.domain_widgets
        return self.domains_step

    # --- step 2 ---------------------------------------------------------------------
    def _decision_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(80)
        self.summary.textChanged.connect(self._changed)
        self.fields.add(FieldRow(self.tr("&Hele klantvraag *"), self.summary, "summary")).add_to(
            form
        )
        self.benefit = QComboBox()
        self.benefit.setObjectName("benefit")
        self.benefit.addItem(self.tr("Kies…"), "")
        for code, label in BENEFIT.items():
            self.benefit.addItem(tr_domain(label), code)
        self.benefit.currentIndexChanged.connect(self._changed)
        self.fields.add(
            FieldRow(self.tr("Recht op &uitkering? *"), self.benefit, "benefit")
        ).add_to(form)
        layout.addLayout(form)
        routes = self._routes_box()
        self.routes_row = self.fields.add(FieldRow(self.tr("Vervolgstappen"), routes, "routes"))
        layout.addWidget(self.routes_row.container)
        # A partner outside the Werkplein: a referral with the client's consent, now.
        self.refer_button = QPushButton(self.tr("Ver&wijzen naar een partner…"))
        self.refer_button.setObjectName("referFromQuickscan")
        self.refer_button.clicked.connect(self.refer)
        self.refer_button.setEnabled(self.context.client_id is not None)
        layout.addWidget(self.refer_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.picker = KlantmanagerPicker(self.fields, self.store.config.toewijzing.functie_name)
        self.picker.setObjectName("klantmanagerPicker")
        self.picker.changed.connect(self._changed)
        self.picker.changed.connect(self._propose_times)
        for box in self.route_boxes.values():
            box.toggled.connect(self._rank)
        layout.addWidget(self.picker, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _routes_box(self) -> QGroupBox:
        """The routes to choose, each with its appointment's time where it plans one."""
        routes = QGroupBox(self.tr("Vervolgstappen (meer dan één mag)"))
        grid = QGridLayout(routes)
        self.route_boxes: dict[str, QCheckBox] = {}
        self.route_times: dict[str, DateTimeEdit] = {}
        self.chosen_times: set[str] = set()  # typed by the wisselwachter
        self._proposing = False
        for row, rule in enumerate(self.store.config.routes):
            box = QCheckBox(rule.naam)
            box.setObjectName(f"route_{rule.code}")
            box.toggled.connect(self._changed)
            self.route_boxes[rule.code] = box
            grid.addWidget(box, row, 0)
            if rule.afspraak:
                # Appointments one after another by default, not all at the same hour.
                start = _next_working_morning() + timedelta(hours=len(self.route_times))
                when = DateTimeEdit(start)
                when.setObjectName(f"when_{rule.code}")
                when.setEnabled(False)
                kind = self.store.config.appointment_type(rule.afspraak)
                when.setAccessibleName(self.tr("Afspraak {kind}").format(kind=kind.naam))
                docs = self.tr("Meenemen: {docs}").format(docs=", ".join(kind.meenemen))
                when.setToolTip(f"{docs}\n{when.hint}")
                box.toggled.connect(when.setEnabled)
                box.toggled.connect(self._propose_times)
                when.dateTimeChanged.connect(self._changed)
                when.dateTimeChanged.connect(lambda *_a, c=rule.code: self._typed_time(c))
                self.route_times[rule.code] = when
                error = FieldRow(self.tr("Afspraak"), when, f"afspraak_{rule.code}")
                self.fields.add(error)
                grid.addWidget(error.container, row, 1)
        return routes

    def refer(self) -> None:
        from intake_desktop.ui.overdracht.verwijzing_dialog import ReferralDialog

        dialog = ReferralDialog(
            self.store, self.actor, self.context.client_id, self.client_name, self, "quickscan"
        )
        if dialog.exec():
            self.refer_button.setText(self.tr("Ver&wijzen naar nog een partner…"))
        dialog.deleteLater()

    def _typed_time(self, code: str) -> None:
        if not self._proposing:
            self.chosen_times.add(code)  # the wisselwachter's own choice: kept

    def _propose_times(self, *_args) -> None:
        """Each chosen route's appointment at the first time the client and the person
        it will be with are free (a time the wisselwachter typed stays)."""
        if not hasattr(self, "picker"):
            return
        routes = [
            code
            for code, box in self.route_boxes.items()
            if box.isChecked() and code in self.route_times and code not in self.chosen_times
        ]
        if not routes:
            return
        times = quickscan_agenda.propose(
            self.store, self.actor, self.aanmelding_id, self.picker.selected_id(), routes
        )
        self._proposing = True
        try:
            for code, at in times.items():
                self.route_times[code].setDateTime(QDateTime(at.astimezone()))
        finally:
            self._proposing = False

    def _rank(self, *_args) -> None:
        """Rank the klantmanagers with what the form says so far (needs and routes)."""
        if not hasattr(self, "picker") or self.context.client_id is None:
            return
        needs = [
            code
            for code, (_o, _q, need) in self.domain_widgets.items()
            if need.currentData() == "ja"
        ]
        routes = [c for c, box in self.route_boxes.items() if box.isChecked()]
        keep, self._restored_klantmanager = self._restored_klantmanager, None
        self.picker.load(
            toewijzing.suggest(
                self.store,
                self.actor,
                self.context.client_id,
                domains=needs,
                routes=routes,
                audit_view=False,  # the aanmelding's context was audited when opened
            ),
            keep=keep or None,
        )

    # --- navigation -----------------------------------------------------------------
    def _show_step(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
        titles = [self.tr("Stap 1 van 2: leefgebieden"), self.tr("Stap 2 van 2: besluit")]
        self.step_label.setText(titles[index])
        self.next_button.setText(
            self.tr("&Verder (Ctrl+Enter)") if index == 0 else self.tr("&Afronden (Ctrl+Enter)")
        )
        self.back_button.setEnabled(index > 0)
        if index == 1:
            self._rank()
        # Enter goes on from the first step; finishing takes Ctrl+Enter.
        self.next_button.setDefault(index == 0)
        self.next_button.setAutoDefault(index == 0)
        first = self.domains_step.first_input() if index == 0 else self.summary
        first.setFocus()

    def collect(self) -> dict:
        return {
            "label": self.client_name,
            "step": self.steps.currentIndex(),
            "domains": {
                code: {
                    "observation": o.toPlainText(),
                    "question": q.text(),
                    "need": n.currentData(),
                }
                for code, (o, q, n) in self.domain_widgets.items()
            },
            "summary": self.summary.toPlainText(),
            "benefit": self.benefit.currentData() or "",
            "routes": [c for c, box in self.route_boxes.items() if box.isChecked()],
            "times": {
                c: w.dateTime().toString(Qt.DateFormat.ISODate) for c, w in self.route_times.items()
            },
            "klantmanager": str(self.picker.selected_id() or ""),
            "assign_reason": self.picker.reason.text(),
        }

    def restore(self, data: dict) -> None:
        for code, values in data.get("domains", {}).items():
            if code in self.domain_widgets:
                observation, question, need = self.domain_widgets[code]
                observation.setPlainText(values.get("observation", ""))
                question.setText(values.get("question", ""))
                need.setCurrentIndex(max(need.findData(values.get("need")), 0))
        self.summary.setPlainText(data.get("summary", ""))
        self.benefit.setCurrentIndex(max(self.benefit.findData(data.get("benefit")), 0))
        for code, box in self.route_boxes.items():
            box.setChecked(code in data.get("routes", []))
        for code, text in data.get("times", {}).items():
            if code in self.route_times:
                self.route_times[code].setDateTime(
                    QDateTime.fromString(text, Qt.DateFormat.ISODate)
                )
        self.picker.reason.setText(data.get("assign_reason", ""))
        self._restored_klantmanager = data.get("klantmanager")
        self.steps.setCurrentIndex(int(data.get("step", 0)))

    def finish(self) -> None:
        if not self.domains_step.go_on_with_empty(self, self._show_step):
            return
        data = self.collect()
        times = {
            code: self.route_times[code].dateTime().toPython().astimezone()
            for code in data["routes"]
            if code in self.route_times
        }
        try:
            result = quickscan.complete_quickscan(
                self.store,
                self.actor,
                self.aanmelding_id,
                quickscan.QuickscanInput(
                    domains=[
                        quickscan.DomainNote(code, v["observation"], v["question"], v["need"])
                        for code, v in data["domains"].items()
                    ],
                    summary=data["summary"],
                    benefit_may_be_due=data["benefit"],
                    routes=data["routes"],
                    klantmanager_id=self.picker.selected_id(),
                    suggested_id=self.picker.suggested_id(),
                    assign_reason=self.picker.reason.text(),
                    appointments=times,
                ),
            )
        except ValidationFailed as exc:
            self._show_step(1)
            self.fields.report(
                exc.errors,
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
        self.outcome_message = self.tr(
            "Quickscan afgerond. Klantmanager: {km}. Afspraken: {a}, taken met termijn: {t}."
        ).format(
            km=self.picker.selected().staff.name,
            a=len(result.appointment_ids),
            t=len(result.task_ids),
        )
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
