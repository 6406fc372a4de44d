"""The main window's areas behind the navigation, each built the first time it is shown
(``LazyPage``): their modules are loaded only then."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget

from intake_desktop.domain.roles import BEHEERDER, TEAMLEIDER, WISSELWACHTER

if TYPE_CHECKING:
    from intake_desktop.ui.main_window import MainWindow


class MainAreas(QObject):
    """Builds the pages and wires them to the window (opening a dossier, the agenda of a
    day); the window keeps handles to the parts it steers later (``agenda_view``,
    ``caseload_view``)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.store, self.actor = window.store, window.actor

    def queue(self) -> QWidget:
        from intake_desktop.ui.balie.queue_view import QueueView

        view = QueueView(self.store, self.actor)
        view.open_client.connect(self.window.open_dossier)
        return view

    def agenda(self) -> QWidget:
        from intake_desktop.ui.agenda.agenda_view import AgendaView
        from intake_desktop.ui.agenda.kickoff_view import KickoffView

        tabs = QTabWidget()
        tabs.setDocumentMode(True)
        self.window.agenda_tabs = tabs
        self.window.agenda_view = AgendaView(self.store, self.actor)
        tabs.addTab(self.window.agenda_view, self.tr("Afspraken"))
        tabs.addTab(KickoffView(self.store, self.actor), self.tr("Kick-offs"))
        if self.actor.has(TEAMLEIDER, BEHEERDER, WISSELWACHTER):
            from intake_desktop.ui.agenda.planning_view import PlanningView

            tabs.addTab(PlanningView(self.store, self.actor), self.tr("Ambitiegesprekken plannen"))
        return tabs

    def werkvoorraad(self) -> QWidget:
        from intake_desktop.ui.caseload.werkvoorraad_view import WerkvoorraadView

        view = WerkvoorraadView(self.store, self.actor)
        view.open_client.connect(self.window.open_dossier)
        view.open_agenda.connect(self.window.open_agenda)
        view.open_caseloads.connect(self.window.open_caseloads)
        view.counts_changed.connect(self.window.update_counts)
        return view

    def caseload(self) -> QWidget:
        """Mijn caseload; for a teamleider the team's caseloads around it."""
        from intake_desktop.ui.caseload.mijn_caseload_view import CaseloadView

        window = self.window
        window.caseload_view = view = CaseloadView(self.store, self.actor)
        view.open_client.connect(window.open_dossier)
        if window.workplace is not None and not window.offline:
            view.enable_take_along()
            view.take_along.connect(window.take_along)
        if not self.actor.has(TEAMLEIDER):
            return view
        from intake_desktop.ui.caseload.caseloads_view import TeamView

        tabs = QTabWidget()
        tabs.setObjectName("caseloadTabs")
        tabs.setDocumentMode(True)
        team = TeamView(self.store, self.actor)
        tabs.addTab(team, self.tr("Team"))
        tabs.addTab(view, self.tr("Caseload per klantmanager"))

        def show_caseload(staff_id) -> None:
            tabs.setCurrentWidget(view)
            view.show_staff(staff_id)

        team.show_caseload.connect(show_caseload)
        tabs.setFocusProxy(team)  # Alt+5 lands in the team table
        if not self.actor.has(BEHEERDER):
            from intake_desktop.ui.beheer.medewerkers_view import StaffView

            tabs.addTab(StaffView(self.store, self.actor), self.tr("Medewerkers"))
        tabs.currentChanged.connect(
            lambda i: tabs.widget(i).refresh() if hasattr(tabs.widget(i), "refresh") else None
        )
        return tabs

    def beheer(self) -> QWidget:
        from intake_desktop.ui.beheer.beheer_page import BeheerPage

        return BeheerPage(self.store, self.actor)

    def monitoring(self) -> QWidget:
        from intake_desktop.ui.monitoring.monitoring_view import MonitoringView

        return MonitoringView(self.store, self.actor)
