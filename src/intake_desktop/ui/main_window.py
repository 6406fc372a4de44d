"""The main window: navigation between the areas that exist (built in ui/main_areas.py),
the counter's tabs, the werkvoorraad's count, the laptop's status bar."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import Qt, QTimer, Signal
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

from intake_desktop.domain.roles import BEHEERDER, KLANTMANAGER, ROLE_LABELS, TEAMLEIDER, Actor
from intake_desktop.services.core.access import NoAccess
from intake_desktop.services.core.errors import ServiceError
from intake_desktop.services.core.store import Store
from intake_desktop.services.laptop.workplace import database_kind
from intake_desktop.ui.balie.search_panel import SearchPanel
from intake_desktop.ui.main_areas import MainAreas
from intake_desktop.ui.widgets.background import BackgroundRefresh
from intake_desktop.ui.widgets.forms import fit_to_screen
from intake_desktop.ui.widgets.i18n import tr_domain, tr_error
from intake_desktop.ui.widgets.lazy_page import LazyPage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    # Afmelden or Wissel gebruiker (ui/session_menu.py): the program signs in anew.
    session_ended = Signal(str)

    def __init__(self, store: Store, actor: Actor, workplace=None):
        super().__init__()
        self.store, self.actor = store, actor
        self.idle_lock = None  # set by the program (ui/app.py), not in tests of screens
        self.ended_as: str | None = None
        # Where the program works (server or laptop); None in tests of single screens.
        self.workplace = workplace
        # Set after a synchronisation done offline: the program starts again online.
        self.start_online = False
        self.offline = bool(workplace and workplace.offline)
        self._counts = None
        title = self.tr("Intake Werkplein – {gemeente}").format(
            gemeente=store.config.default_gemeente.naam
        )
        self.setWindowTitle(title + (self.tr(" (offline)") if self.offline else ""))
        fit_to_screen(self, 1200, 760)  # title bar and taskbar included on 1366×768
        self._frame()
        self._balie_tabs()
        self._areas(MainAreas(self))
        self.nav.currentRowChanged.connect(self._show_area)
        self.nav.setCurrentRow(0)
        self._shortcuts()
        self._status_bar()
        # The werkvoorraad's count: read in the background, now and then.
        self._counting = BackgroundRefresh(self, self._counts_arrived, self._counts_not_read)
        self.count_timer = QTimer(self)
        self.count_timer.setInterval(60_000)
        self.count_timer.timeout.connect(self.count_in_background)
        self.count_timer.start()
        QTimer.singleShot(250, self.count_in_background)  # once the window has been painted
        self.search.focus_search()

    # --- building ---------------------------------------------------------------------

    def _frame(self) -> None:
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

    def _balie_tabs(self) -> None:
        self.balie = QTabWidget()
        self.balie.setObjectName("balieTabs")
        self.balie.setTabsClosable(True)
        self.balie.setDocumentMode(True)
        self.balie.tabCloseRequested.connect(self._close_tab)
        self.search = SearchPanel(self.store, self.actor)
        self.search.open_client.connect(self.open_dossier)
        self.search.new_aanmelding.connect(lambda: self.new_aanmelding())
        self.balie.addTab(self.search, self.tr("Zoeken"))
        self.balie.tabBar().setTabButton(0, self.balie.tabBar().ButtonPosition.RightSide, None)

    def _areas(self, build: MainAreas) -> None:
        actor = self.actor
        self._add_area(self.tr("Balie"), self.balie)
        self.queue = LazyPage(build.queue)
        self._add_area(self.tr("Wachtrij"), self.queue)
        self.agenda = LazyPage(build.agenda)
        self._add_area(self.tr("Agenda"), self.agenda)
        self.werkvoorraad = LazyPage(build.werkvoorraad)
        self._add_area(self.tr("Werkvoorraad"), self.werkvoorraad)
        self.werkvoorraad_item = self.nav.item(self.nav.count() - 1)
        if actor.has(KLANTMANAGER, TEAMLEIDER):
            self.caseload = LazyPage(build.caseload)
            self._add_area(
                self.tr("Caseloads") if actor.has(TEAMLEIDER) else self.tr("Mijn caseload"),
                self.caseload,
            )
        if actor.has(BEHEERDER, TEAMLEIDER):  # a teamleider: the Vernietigingslijst only
            self.beheer = LazyPage(build.beheer)
            self._add_area(self.tr("Beheer"), self.beheer)
        from intake_desktop.services.monitoring.overview import MONITORING_ROLES

        if actor.has(*MONITORING_ROLES):
            self.monitoring = LazyPage(build.monitoring)
            self._add_area(self.tr("Monitoring"), self.monitoring)

    def _shortcuts(self) -> None:
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

    def _status_bar(self) -> None:
        kind = database_kind(self.store)
        database = "SQLite" if kind == "sqlite" else kind
        if self.offline:
            database = self.tr("laptop (versleuteld)")
        areas = " · ".join(
            f"Alt+{n + 1} {self.nav.item(n).text()}" for n in range(self.nav.count())
        )
        from intake_desktop.services.core import access

        if access.may_register(self.store, self.actor):
            hint = self.tr("Database: {db} · {areas} · Ctrl+F zoeken · Ctrl+N nieuwe aanmelding")
        else:  # toegang.toml: this role neither searches nor registers (beheer, beleid)
            hint = self.tr("Database: {db} · {areas}")
        self.statusBar().showMessage(hint.format(db=database, areas=areas))
        self.sync_status = None
        if self.workplace is not None:
            from intake_desktop.ui.laptop.sync_status import SyncStatus

            self.sync_status = SyncStatus(self.workplace, self.actor, self)
            self.sync_status.sync_requested.connect(self.synchronise)
            self.statusBar().addPermanentWidget(self.sync_status)

    def _header(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("headerBar")
        row = QHBoxLayout(bar)
        title = QLabel(self.tr("Intake Werkplein"))
        title.setObjectName("appTitle")
        row.addWidget(title)
        row.addStretch(1)
        roles = ", ".join(tr_domain(ROLE_LABELS[r]) for r in sorted(self.actor.roles))
        from intake_desktop.ui.session_menu import SessionMenu

        self.session_menu = SessionMenu(self, f"{self.actor.display_name} · {roles}")
        row.addWidget(self.session_menu.button)
        return bar

    def attach_idle_lock(self, lock) -> None:
        """The lock's "Andere gebruiker" signs this window's person out."""
        from intake_desktop.ui.session_menu import SWITCH_USER, end_session

        self.idle_lock = lock
        lock.switch_user.connect(lambda: end_session(self, SWITCH_USER))

    def stop_timers(self) -> None:
        for timer in self.findChildren(QTimer):  # counts, server checks, refreshes
            timer.stop()

    # --- the laptop -------------------------------------------------------------------

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

    # --- the werkvoorraad's count -----------------------------------------------------

    def count_in_background(self) -> bool:
        """Read the count in the background; False when the last read still runs."""
        from intake_desktop.services.caseload import werkvoorraad

        store, actor = self.store, self.actor
        return self._counting.run(lambda: werkvoorraad.counts(store, actor))

    def update_counts(self) -> None:
        """The werkvoorraad's count in the navigation (due and overdue items), read now:
        the list was just read again."""
        from intake_desktop.services.caseload import werkvoorraad

        self._counting.supersede()
        try:
            counts = werkvoorraad.counts(self.store, self.actor)
        except ServiceError:
            return  # the store is busy or unreachable: the next tick tries again
        self._show_counts(counts)

    def _counts_arrived(self, counts) -> None:
        """From the background: when the count changed and the list is on screen, the
        list is read again too."""
        first = self._counts is None
        changed = self._show_counts(counts)
        view = self.werkvoorraad.content
        if changed and not first and view is not None and view.isVisible():
            view.refresh()

    def _counts_not_read(self, error) -> None:
        log.info("werkvoorraad count not read: %s", type(error).__name__)  # next tick again

    def _show_counts(self, counts) -> bool:
        changed = counts != self._counts
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
        return changed

    # --- navigation -------------------------------------------------------------------

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

    # --- the counter's tabs -----------------------------------------------------------

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
        except NoAccess as exc:
            if not exc.may_ask or not self._ask_access(client_id, exc):
                if not exc.may_ask:
                    QMessageBox.warning(self, self.tr("Dossier"), tr_error(exc))
                return None
            return self.open_dossier(client_id)  # now with access until the end of the day
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

    def _ask_access(self, client_id: uuid.UUID, refusal: NoAccess) -> bool:
        """Outside the own work: offer "toegang met reden"; True when it was granted."""
        from intake_desktop.ui.dossier.toegang_dialog import ToegangDialog

        return ToegangDialog(self.store, self.actor, client_id, refusal, self).exec() == 1

    def offer_unfinished(self) -> None:
        """After a crash: offer to resume each unfinished screen."""
        from intake_desktop.ui.unfinished_work import UnfinishedWork

        work = UnfinishedWork(self)
        work.offer()
        work.deleteLater()

    def new_aanmelding(self, client_id: uuid.UUID | None = None, name: str = "") -> None:
        from intake_desktop.services.core import access
        from intake_desktop.ui.balie.aanmelding_dialog import AanmeldingDialog

        if not access.may_register(self.store, self.actor):  # Ctrl+N of a role without it
            QMessageBox.information(
                self, self.tr("Nieuwe aanmelding"), tr_error(access.RegisterNotAllowed())
            )
            return
        existing = (client_id, name) if client_id else None
        dialog = AanmeldingDialog(self.store, self.actor, self, existing_client=existing)
        if dialog.exec() and dialog.result_value and dialog.result_value.client_id:
            self.open_dossier(dialog.result_value.client_id)
        elif dialog.result_value:
            self.statusBar().showMessage(
                self.tr("Doorverwijzing vastgelegd als anoniem contact."), 8000
            )
