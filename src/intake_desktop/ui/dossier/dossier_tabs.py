"""The dossier's tabs: the timeline, the conversations (screening and quickscan as the
back office reads them), appointments and open tasks, and the notes."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTabWidget, QTextBrowser, QTreeWidget, QTreeWidgetItem

from intake_desktop.domain.intake import APPOINTMENT_STATUS
from intake_desktop.domain.roles import ROLE_LABELS
from intake_desktop.domain.validation import format_moment
from intake_desktop.services.agenda.kickoff_presence import LABELS as KICKOFF_PRESENCE
from intake_desktop.services.core.store import Store
from intake_desktop.services.dossier.dossier import Dossier
from intake_desktop.ui.widgets.conversations_html import ConversationsHtml
from intake_desktop.ui.widgets.i18n import tr_domain


class DossierTabs(QTabWidget):
    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("dossierTabs")
        self.timeline = QTreeWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setAccessibleName(self.tr("Tijdlijn"))
        self.timeline.setRootIsDecorated(False)
        self.timeline.setHeaderLabels(
            [self.tr("Wanneer"), self.tr("Wat"), self.tr("Door"), self.tr("Details")]
        )
        self.timeline.setWordWrap(True)
        self.timeline.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.header().setStretchLastSection(True)
        self.timeline.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.addTab(self.timeline, self.tr("Tijdlijn"))
        self.conversations = QTextBrowser()
        self.conversations.setObjectName("conversations")
        self.conversations.setAccessibleName(self.tr("Gesprekken"))
        self.addTab(self.conversations, self.tr("Gesprekken"))
        self.agenda = QTreeWidget()
        self.agenda.setObjectName("dossierAgenda")
        self.agenda.setAccessibleName(self.tr("Afspraken en taken"))
        self.agenda.setRootIsDecorated(False)
        self.agenda.setHeaderLabels(
            [self.tr("Wanneer"), self.tr("Wat"), self.tr("Status"), self.tr("Meenemen / voor wie")]
        )
        header = self.agenda.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 3):  # the texts share the width (the whole text in the tooltip)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.agenda.setUniformRowHeights(False)  # what to bring: a line per paper
        self.addTab(self.agenda, self.tr("Afspraken en taken"))
        self.notes_view = QTextBrowser()
        self.notes_view.setObjectName("notes")
        self.notes_view.setAccessibleName(self.tr("Notities"))
        self.notes_view.setOpenLinks(False)
        self.addTab(self.notes_view, self.tr("Notities"))

    def show_dossier(self, d: Dossier) -> None:
        self._fill_timeline(d)
        self._fill_conversations(d)
        self._fill_agenda(d)
        self._fill_notes(d)
        self._hide_what_the_role_may_not_read(d)

    def _hide_what_the_role_may_not_read(self, d: Dossier) -> None:
        """Need to know (toegang.toml): a part the reader may not see is a disabled tab
        that says why, not an empty one that suggests there is nothing."""
        hidden = self.tr("Niet zichtbaar met uw rol.")
        for widget, part in (
            (self.conversations, "gesprekken"),
            (self.agenda, "afspraken"),
            (self.notes_view, "notities"),
        ):
            index = self.indexOf(widget)
            allowed = d.access.may_read(part)
            self.setTabEnabled(index, allowed)
            self.setTabToolTip(index, "" if allowed else hidden)
            if not allowed and hasattr(widget, "setPlainText"):
                widget.setPlainText(hidden)

    def _fill_timeline(self, d: Dossier) -> None:
        self.timeline.clear()
        for entry in d.timeline:
            item = QTreeWidgetItem(
                self.timeline,
                [format_moment(entry.at), tr_domain(entry.title), entry.who, entry.detail],
            )
            item.setToolTip(3, entry.detail)

    # --- conversations ----------------------------------------------------------------
    def _fill_conversations(self, d: Dossier) -> None:
        """Screening and quickscan as the back office reads them: what was discussed."""
        html = ConversationsHtml(self.store.config).render(d.conversations)
        self.conversations.setHtml(html or self.tr("Nog geen gesprekken vastgelegd."))

    # --- appointments, tasks and notes ------------------------------------------------
    def _fill_agenda(self, d: Dossier) -> None:
        """Appointments, kick-offs and open tasks in one list, in date order (undated
        last), so it reads as one agenda."""
        self.agenda.clear()
        rows = []  # (when, cells, urgent)
        for a in d.appointments:
            kind = self.store.config.appointment_type(a.kind)
            status = tr_domain(APPOINTMENT_STATUS.get(a.status, a.status))
            what = a.documents_to_bring.strip()  # one line per paper: nothing cut off
            rows.append((a.starts_at, [kind.naam if kind else a.kind, status, what], False))
        for k in d.kickoffs:
            presence = tr_domain(KICKOFF_PRESENCE.get(k.presence, k.presence))
            rows.append((k.starts_at, [self.tr("Kick-off"), presence, k.location], False))
        teams = self.store.config.toewijzing
        for t in d.open_tasks:
            who = teams.team_name(t.assigned_team) if t.assigned_team else ""
            if not who and t.assigned_role:
                who = tr_domain(ROLE_LABELS.get(t.assigned_role, t.assigned_role))
            rows.append((t.due_at, [t.title, self.tr("open taak"), who], t.urgent))
        far = datetime.max.replace(tzinfo=UTC)
        for when, cells, urgent in sorted(rows, key=lambda r: r[0] or far):
            item = QTreeWidgetItem(self.agenda, [format_moment(when), *cells])
            for column, text in enumerate(cells, 1):
                item.setToolTip(column, text)
            if urgent:
                item.setForeground(1, QBrush(QColor("#b00020")))

    def _fill_notes(self, d: Dossier) -> None:
        """Newest first: when, who, whether at home, then the text as it was written."""
        home = self.tr("huisbezoek")
        parts = []
        for note in d.notes:
            heading = f"{format_moment(note.at)} · {escape(note.author or '—')}"
            if note.at_home:
                heading += f" · {escape(home)}"
            body = escape(note.text).replace("\n", "<br>")
            parts.append(
                f"<p style='margin-top:10px; margin-bottom:2px'><b>{heading}</b></p>"
                f"<p style='margin-top:0; margin-bottom:8px'>{body}</p>"
            )
        index = self.indexOf(self.notes_view)
        if d.notes:
            self.notes_view.setHtml("<hr style='background-color:#bcd4ec'>".join(parts))
            self.setTabText(index, self.tr("Notities ({count})").format(count=len(d.notes)))
        else:
            self.notes_view.setPlainText(self.tr("Nog geen notities."))
            self.setTabText(index, self.tr("Notities"))
