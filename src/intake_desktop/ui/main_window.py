"""The main window: navigation between the areas that exist, the counter's tabs."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import (
    BEHEERDER,
    KLANTMANAGER,
    ROLE_LABELS,
    TEAMLEIDER,
    WISSELWACHTER,
    Actor,
)
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.ui.balie.search_panel import SearchPanel
from intake_desktop.ui.widgets.forms import run_step
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error
from intake_desktop.ui.widgets.lazy_page import LazyPage

# Drafts of the screens after the intake, by key prefix: the module that opens them.
AFTER_INTAKE = {
    "voortgang": "voortgang_dialog",
    "afsluiting": "afsluiting_dialog",
    "heropenen": "afsluiting_dialog",
    "inburgeringsplicht": "inburgering_dialog",
    "inburgering": "inburgering_dialog",
}


class MainWindow(QMainWindow):
    def __init__(self, store: Store, actor: Actor, workplace=None):
        super().__init__()
        self.store, self.actor = store, actor
        # Where the program works (server or laptop); None in tests of single screens.
        self.workplace = workplace
        # Set after a synchronisation done offline: the program starts again online.
        self.start_online = False
        self.offline = bool(workplace and workplace.offline)
        title = self.tr("Intake Werkplein – {gemeente}").format(
            gemeente=store.config.default_gemeente.naam
        )
        self.setWindowTitle(title + (self.tr(" (offline)") if self.offline else ""))
        self.resize(1200, 760)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._header())
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Onderdelen"))
        self.nav.setFixedWidth(170)
        self.pages = QStackedWidget()
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.balie = QTabWidget()
        self.balie.setObjectName("balieTabs")
        self.balie.setTabsClosable(True)
        self.balie.setDocumentMode(True)
        self.balie.tabCloseRequested.connect(self._close_tab)
        self.search = SearchPanel(store)
        self.search.open_client.connect(self.open_dossier)
        self.search.new_aanmelding.connect(lambda: self.new_aanmelding())
        self.balie.addTab(self.search, self.tr("Zoeken"))
        self.balie.tabBar().setTabButton(0, self.balie.tabBar().ButtonPosition.RightSide, None)
        self._add_area(self.tr("Balie"), self.balie)
        self.queue = LazyPage(self._build_queue)
        self._add_area(self.tr("Wachtrij"), self.queue)
        self.agenda = LazyPage(self._build_agenda)
        self._add_area(self.tr("Agenda"), self.agenda)
        self.werkvoorraad = LazyPage(self._build_werkvoorraad)
        self._add_area(self.tr("Werkvoorraad"), self.werkvoorraad)
        self.werkvoorraad_item = self.nav.item(self.nav.count() - 1)
        if actor.has(KLANTMANAGER, TEAMLEIDER):
            self.caseload = LazyPage(self._build_caseload)
            self._add_area(
                self.tr("Caseloads") if actor.has(TEAMLEIDER) else self.tr("Mijn caseload"),
                self.caseload,
            )
        if actor.has(BEHEERDER):
            self.beheer = LazyPage(self._build_beheer)
            self._add_area(self.tr("Beheer"), self.beheer)
        from intake_desktop.services.monitoring.overview import MONITORING_ROLES

        if actor.has(*MONITORING_ROLES):

            def build_monitoring() -> QWidget:
                from intake_desktop.ui.monitoring.monitoring_view import MonitoringView

                return MonitoringView(self.store, self.actor)

            self.monitoring = LazyPage(build_monitoring)
            self._add_area(self.tr("Monitoring"), self.monitoring)
        self.nav.currentRowChanged.connect(self._show_area)
        self.nav.setCurrentRow(0)
        for number in range(self.nav.count()):
            QShortcut(
                QKeySequence(f"Alt+{number + 1}"), self, activated=lambda n=number: self._go_to(n)
            )
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._find)
        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.new_aanmelding())
        QShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_W),
            self,
            activated=lambda: self._close_tab(self.balie.currentIndex()),
        )
        database = "SQLite" if store.engine.dialect.name == "sqlite" else store.engine.dialect.name
        if self.offline:
            database = self.tr("laptop (versleuteld)")
        areas = " · ".join(
            f"Alt+{n + 1} {self.nav.item(n).text()}" for n in range(self.nav.count())
        )
        self.statusBar().showMessage(
            self.tr("Database: {db} · {areas} · Ctrl+F zoeken · Ctrl+N nieuwe aanmelding").format(
                db=database, areas=areas
            )
        )
        self.sync_status = None
        if workplace is not None:
            from intake_desktop.ui.laptop.sync_status import SyncStatus

            self.sync_status = SyncStatus(workplace, actor, self)
            self.sync_status.sync_requested.connect(self.synchronise)
            self.statusBar().addPermanentWidget(self.sync_status)
        self.count_timer = QTimer(self)
        self.count_timer.setInterval(60_000)
        self.count_timer.timeout.connect(self.update_counts)
        self.count_timer.start()
        QTimer.singleShot(250, self.update_counts)  # once the window has been painted
        self.search.focus_search()

    def _header(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("headerBar")
        row = QHBoxLayout(bar)
        title = QLabel(self.tr("Intake Werkplein"))
        title.setObjectName("appTitle")
        row.addWidget(title)
        row.addStretch(1)
        roles = ", ".join(tr_domain(ROLE_LABELS[r]) for r in sorted(self.actor.roles))
        who = QLabel(f"{self.actor.display_name} · {roles}")
        who.setObjectName("signedInAs")
        row.addWidget(who)
        return bar

    def _build_queue(self) -> QWidget:
        from intake_desktop.ui.balie.queue_view import QueueView

        view = QueueView(self.store, self.actor)
        view.open_client.connect(self.open_dossier)
        return view

    def _build_agenda(self) -> QWidget:
        from intake_desktop.ui.agenda.agenda_view import AgendaView
        from intake_desktop.ui.agenda.kickoff_view import KickoffView

        tabs = QTabWidget()
        tabs.setDocumentMode(True)
        self.agenda_tabs = tabs
        self.agenda_view = AgendaView(self.store, self.actor)
        tabs.addTab(self.agenda_view, self.tr("Afspraken"))
        tabs.addTab(KickoffView(self.store, self.actor), self.tr("Kick-offs"))
        if self.actor.has(TEAMLEIDER, BEHEERDER, WISSELWACHTER):
            from intake_desktop.ui.agenda.planning_view import PlanningView

            tabs.addTab(PlanningView(self.store, self.actor), self.tr("Ambitiegesprekken plannen"))
        return tabs

    def _build_werkvoorraad(self) -> QWidget:
        from intake_desktop.ui.caseload.werkvoorraad_view import WerkvoorraadView

        view = WerkvoorraadView(self.store, self.actor)
        view.open_client.connect(self.open_dossier)
        view.open_agenda.connect(self.open_agenda)
        view.open_caseloads.connect(self.open_caseloads)
        view.counts_changed.connect(self.update_counts)
        return view

    def _build_caseload(self) -> QWidget:
        from intake_desktop.ui.caseload.mijn_caseload_view import CaseloadView

        self.caseload_view = CaseloadView(self.store, self.actor)
        self.caseload_view.open_client.connect(self.open_dossier)
        if self.workplace is not None and not self.offline:
            self.caseload_view.enable_take_along()
            self.caseload_view.take_along.connect(self.take_along)
        if not self.actor.has(TEAMLEIDER):
            return self.caseload_view
        from intake_desktop.ui.caseload.caseloads_view import TeamView

        tabs = QTabWidget()
        tabs.setObjectName("caseloadTabs")
        tabs.setDocumentMode(True)
        team = TeamView(self.store, self.actor)
        tabs.addTab(team, self.tr("Team"))
        tabs.addTab(self.caseload_view, self.tr("Caseload per klantmanager"))

        def show_caseload(staff_id) -> None:
            tabs.setCurrentWidget(self.caseload_view)
            self.caseload_view.show_staff(staff_id)

        team.show_caseload.connect(show_caseload)
        tabs.setFocusProxy(team)  # Alt+5 lands in the team table
        if not self.actor.has(BEHEERDER):
            from intake_desktop.ui.beheer.medewerkers_view import StaffView

            tabs.addTab(StaffView(self.store, self.actor), self.tr("Medewerkers"))
        tabs.currentChanged.connect(
            lambda i: tabs.widget(i).refresh() if hasattr(tabs.widget(i), "refresh") else None
        )
        return tabs

    def take_along(self, rows: list, chosen: set) -> None:
        """Meenemen voor huisbezoek, from Mijn caseload."""
        from intake_desktop.ui.laptop.checkout_dialog import CheckoutDialog

        dialog = CheckoutDialog(self.workplace, self.actor, rows, chosen, self)
        dialog.exec()
        dialog.deleteLater()
        if self.sync_status is not None:
            self.sync_status.refresh()

    def synchronise(self) -> None:
        from intake_desktop.services.laptop.checkout import laptop_status
        from intake_desktop.ui.laptop.sync_dialog import SyncDialog

        dialog = SyncDialog(self.workplace, self.actor, self)
        dialog.exec()
        synced = dialog.result is not None
        dialog.deleteLater()
        if self.sync_status is not None:
            self.sync_status.refresh()
        if not (self.offline and synced):
            return
        laptop = self.workplace.laptop(self.actor)
        if laptop_status(laptop).checked_out == 0:
            QMessageBox.information(
                self,
                self.tr("Synchroniseren"),
                self.tr(
                    "Alles staat weer op de server. Het programma start opnieuw en werkt "
                    "dan op de server; meld u opnieuw aan."
                ),
            )
            self.start_online = True
            self.close()

    def update_counts(self) -> None:
        """The werkvoorraad's count in the navigation: due and overdue items. When it
        changed and the list is on screen, the list is read again too."""
        from intake_desktop.services.caseload import werkvoorraad

        try:
            counts = werkvoorraad.counts(self.store, self.actor)
        except ServiceError:
            return  # the store is busy or unreachable: the next tick tries again
        changed = counts != getattr(self, "_counts", None)
        self._counts = counts
        label = self.tr("Werkvoorraad")
        self.werkvoorraad_item.setText(f"{label} ({counts.due})" if counts.due else label)
        self.werkvoorraad_item.setToolTip(
            self.tr("{late} te laat, {due} te doen binnenkort").format(
                late=counts.overdue, due=counts.due
            )
        )
        self.werkvoorraad_item.setForeground(
            QBrush(QColor("#b00020")) if counts.overdue else QBrush()
        )
        view = self.werkvoorraad.content
        if changed and view is not None and view.isVisible() and self.sender() is self.count_timer:
            view.refresh()

    def open_caseloads(self) -> None:
        """The team's caseloads (where clients without a klantmanager are handed out)."""
        if not self.actor.has(TEAMLEIDER):
            QMessageBox.information(
                self,
                self.tr("Werkvoorraad"),
                self.tr("Vraag de teamleider deze klanten te verdelen (Caseloads)."),
            )
            return
        self._go_to(self.pages.indexOf(self.caseload))

    def open_agenda(self, day, staff_id) -> None:
        """Go to the agenda of one day (from the werkvoorraad)."""
        self._go_to(2)
        self.agenda.build()
        self.agenda_tabs.setCurrentIndex(0)
        self.agenda_view.show_day(day, staff_id)

    def _build_beheer(self) -> QWidget:
        from intake_desktop.ui.beheer.beheer_page import BeheerPage

        return BeheerPage(self.store, self.actor)

    def _add_area(self, label: str, page: QWidget) -> None:
        QListWidgetItem(label, self.nav)
        self.pages.addWidget(page)

    def _show_area(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        page = self.pages.currentWidget()
        if isinstance(page, LazyPage):
            page = page.build()
        current = page.currentWidget() if isinstance(page, QTabWidget) else page
        if current is not None and hasattr(current, "refresh"):
            current.refresh()

    def _go_to(self, row: int) -> None:
        self.nav.setCurrentRow(row)
        page = self.pages.currentWidget()
        if isinstance(page, LazyPage):
            page.build()
        page.setFocus()

    def _find(self) -> None:
        self._go_to(0)
        self.balie.setCurrentIndex(0)
        self.search.focus_search()

    def _close_tab(self, index: int) -> None:
        if index > 0:
            widget = self.balie.widget(index)
            self.balie.removeTab(index)
            widget.deleteLater()
            if self.balie.currentIndex() == 0:
                self.search.focus_search()

    def dossier_tab(self, client_id: uuid.UUID):
        for index in range(1, self.balie.count()):
            widget = self.balie.widget(index)
            if getattr(widget, "client_id", None) == client_id:
                return widget
        return None

    def open_dossier(self, client_id: uuid.UUID):
        from intake_desktop.ui.dossier.dossier_view import DossierView  # loaded on first use

        self.nav.setCurrentRow(0)
        view = self.dossier_tab(client_id)
        try:
            if view is None:
                view = DossierView(self.store, self.actor, client_id)
            else:
                view.reload()
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Dossier"), tr_error(exc))
            return None
        if self.balie.indexOf(view) < 0:
            view.new_aanmelding.connect(self.new_aanmelding)
            self.balie.addTab(view, view.dossier.full_name)
            view.title_changed.connect(
                lambda title, v=view: self.balie.setTabText(self.balie.indexOf(v), title)
            )
        self.balie.setCurrentWidget(view)
        view.edit_button.setFocus()
        return view

    def offer_unfinished(self) -> None:
        """After a crash: offer to resume each unfinished screening or quickscan."""
        from intake_desktop.services.core import drafts

        kinds = {
            "screening": self.tr("Screening"),
            "quickscan": self.tr("Quickscan"),
            "ambitiegesprek": self.tr("Ambitiegesprek"),
            "trajectplan": self.tr("Het trajectplan"),
            "notitie": self.tr("Een notitie"),
            "voortgang": self.tr("Een voortgangsgesprek"),
            "afsluiting": self.tr("Het afsluiten van het traject"),
            "heropenen": self.tr("Het heropenen van het traject"),
            "inburgeringsplicht": self.tr("De inburgeringsplicht"),
            "inburgering": self.tr("Een stap van de inburgering"),
        }
        from intake_desktop.services.balie import queue

        for key, data, saved_at in drafts.list_drafts(
            self.store,
            self.actor,
            ("screening:", "quickscan:", "ambitiegesprek:", "trajectplan:", "notitie:")
            + tuple(f"{k}:" for k in AFTER_INTAKE),
        ):
            kind, rest = key.split(":", 1)
            aanmelding = rest.split(":")[0]  # inburgering:<client>:<procedure>
            if (
                kind not in ("ambitiegesprek", "trajectplan", "notitie", *AFTER_INTAKE)
                and queue.open_step(self.store, uuid.UUID(aanmelding)) != kind
            ):
                # Finished or ended by a colleague meanwhile: nothing left to resume.
                drafts.discard_draft(self.store, self.actor, key)
                continue
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Niet-afgerond werk"))
            box.setText(
                self.tr("{kind} van {time} voor {name} is nog niet afgerond. Hervatten?").format(
                    kind=kinds[kind],
                    time=saved_at.astimezone().strftime("%H:%M"),
                    name=data.get("label", ""),
                )
            )
            resume = box.addButton(self.tr("&Hervatten"), QMessageBox.ButtonRole.YesRole)
            box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
            discard = box.addButton(self.tr("&Weggooien"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(resume)
            box.exec()
            if box.clickedButton() is discard:
                drafts.discard_draft(self.store, self.actor, key)
            elif box.clickedButton() is resume:
                self.resume(kind, uuid.UUID(aanmelding), data.get("label", ""))

    def resume(self, kind: str, aanmelding_id: uuid.UUID, label: str) -> None:
        from intake_desktop.services.core import drafts

        if kind in AFTER_INTAKE:  # keyed by the client: the dialog offers its draft
            view = self.open_dossier(aanmelding_id)
            if view is not None:
                view.open_after(AFTER_INTAKE[kind])
            return
        if kind == "notitie":  # keyed by the client: the dossier's note dialog takes it up
            view = self.open_dossier(aanmelding_id)
            if view is not None:
                view.add_note()
            return
        if kind == "trajectplan":  # keyed by the client
            from intake_desktop.ui.traject.trajectplan_dialog import TrajectplanDialog

            try:
                dialog = TrajectplanDialog(self.store, self.actor, aanmelding_id, self, resume=True)
            except ServiceError as exc:
                drafts.discard_draft(self.store, self.actor, f"trajectplan:{aanmelding_id}")
                QMessageBox.warning(self, self.tr("Hervatten"), tr_error(exc))
                return
            dialog.exec()
            dialog.deleteLater()
            return
        if kind == "ambitiegesprek":  # keyed by the client, not by an aanmelding
            from intake_desktop.ui.balie.ambitiegesprek_dialog import AmbitiegesprekDialog

            try:
                dialog = AmbitiegesprekDialog(
                    self.store, self.actor, aanmelding_id, self, resume=True
                )
            except ServiceError as exc:  # the client is gone: nothing to resume
                drafts.discard_draft(self.store, self.actor, f"ambitiegesprek:{aanmelding_id}")
                QMessageBox.warning(self, self.tr("Hervatten"), tr_error(exc))
                return
            run_step(self, dialog)
            return
        from intake_desktop.ui.balie.queue_view import pick_up_or_take_over
        from intake_desktop.ui.balie.quickscan_dialog import QuickscanDialog
        from intake_desktop.ui.balie.screening_dialog import ScreeningDialog

        try:
            if pick_up_or_take_over(self, self.store, self.actor, aanmelding_id) is None:
                return
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Hervatten"), tr_error(exc))
            return
        dialog_class = ScreeningDialog if kind == "screening" else QuickscanDialog
        dialog = dialog_class(self.store, self.actor, aanmelding_id, label, self, resume=True)
        run_step(self, dialog)

    def new_aanmelding(self, client_id: uuid.UUID | None = None, name: str = "") -> None:
        from intake_desktop.ui.balie.aanmelding_dialog import AanmeldingDialog

        existing = (client_id, name) if client_id else None
        dialog = AanmeldingDialog(self.store, self.actor, self, existing_client=existing)
        if dialog.exec() and dialog.result_value and dialog.result_value.client_id:
            self.open_dossier(dialog.result_value.client_id)
        elif dialog.result_value:
            self.statusBar().showMessage(
                self.tr("Doorverwijzing vastgelegd als anoniem contact."), 8000
            )
