"""Beheer → Vernietiging: the dossiers whose retention term ended. A beheerder draws
up the list for a date; a teamleider who did not draw it up approves it (which
destroys the dossiers at once) or rejects it; either prints or saves the proof of
destruction (PDF, CSV). services/beheer/vernietiging.py, vernietiging_bewijs.py."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.roles import BEHEERDER, TEAMLEIDER, Actor
from intake_desktop.domain.validation import format_date
from intake_desktop.services.beheer import vernietiging, vernietiging_bewijs
from intake_desktop.services.core.store import Store
from intake_desktop.ui.beheer.vernietiging_besluit import DecisionDialog
from intake_desktop.ui.widgets.background import BackgroundOp
from intake_desktop.ui.widgets.date_time_edit import DateEdit
from intake_desktop.ui.widgets.pdf_view import PdfViewDialog, choose_target

STATUS = {
    "opgesteld": QT_TRANSLATE_NOOP("VernietigingView", "Wacht op goedkeuring"),
    "goedgekeurd": QT_TRANSLATE_NOOP("VernietigingView", "Goedgekeurd"),
    "afgewezen": QT_TRANSLATE_NOOP("VernietigingView", "Afgewezen"),
    "uitgevoerd": QT_TRANSLATE_NOOP("VernietigingView", "Uitgevoerd"),
}
OUTCOME = {
    "vernietigd": QT_TRANSLATE_NOOP("VernietigingView", "Vernietigd"),
    "overgeslagen": QT_TRANSLATE_NOOP("VernietigingView", "Overgeslagen"),
    "": QT_TRANSLATE_NOOP("VernietigingView", "Te vernietigen"),
}


def _date(value) -> str:
    from datetime import date

    return format_date(date.fromisoformat(value) if isinstance(value, str) else value)


def _table(headers: list[str], name: str, accessible: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class VernietigingView(QWidget):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.views: list[vernietiging_bewijs.ListView] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Dossiers waarvan de bewaartermijn (Selectielijst gemeenten 2020) is "
                "verstreken. Een beheerder stelt de lijst op; een teamleider die haar niet "
                "zelf opstelde, keurt haar goed. Bij goedkeuring worden de dossiers meteen "
                "vernietigd; de lijst blijft als bewijs."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._draw_up_row())
        self.lists = _table(
            [
                self.tr("Opgesteld op"),
                self.tr("Peildatum"),
                self.tr("Status"),
                self.tr("Dossiers"),
                self.tr("Opgesteld door"),
                self.tr("Besloten door"),
            ],
            "retentionLists",
            self.tr("Vernietigingslijsten"),
        )
        self.lists.itemSelectionChanged.connect(self._show_entries)
        self.entries = _table(
            [
                self.tr("Klantnummer"),
                self.tr("Afgesloten"),
                self.tr("Vernietigen vanaf"),
                self.tr("Termijn"),
                self.tr("Categorie"),
                self.tr("Uitkomst"),
            ],
            "retentionEntries",
            self.tr("Dossiers op de lijst"),
        )
        lists_label = QLabel(self.tr("Vernietigings&lijsten"))
        lists_label.setBuddy(self.lists)
        entries_label = QLabel(self.tr("Do&ssiers op de gekozen lijst"))
        entries_label.setBuddy(self.entries)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for label, table in ((lists_label, self.lists), (entries_label, self.entries)):
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(label)
            inner.addWidget(table)
            splitter.addWidget(box)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._decision_row())
        self.message = QLabel()
        self.message.setObjectName("retentionMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._enable()

    def _draw_up_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.peildatum = DateEdit(QDate.currentDate())
        self.peildatum.setObjectName("peildatum")
        self.peildatum.setAccessibleName(self.tr("Peildatum"))
        label = QLabel(self.tr("Peil&datum"))
        label.setBuddy(self.peildatum)
        self.draw_up_button = QPushButton(self.tr("Lijst &opstellen"))
        self.draw_up_button.setObjectName("drawUp")
        self.draw_up_button.clicked.connect(self.draw_up)
        self.draw_up_button.setVisible(self.actor.has(BEHEERDER))
        self.peildatum.setVisible(self.actor.has(BEHEERDER))
        label.setVisible(self.actor.has(BEHEERDER))
        row.addWidget(label)
        row.addWidget(self.peildatum)
        row.addWidget(self.draw_up_button)
        row.addStretch(1)
        return row

    def _decision_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("&Goedkeuren en vernietigen…"))
        self.approve_button.setObjectName("approveList")
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.reject_button = QPushButton(self.tr("Af&wijzen…"))
        self.reject_button.setObjectName("rejectList")
        self.reject_button.clicked.connect(lambda: self.decide(False))
        for button in (self.approve_button, self.reject_button):
            button.setVisible(self.actor.has(TEAMLEIDER))
        self.pdf_button = QPushButton(self.tr("Bewijs als &PDF…"))
        self.pdf_button.setObjectName("proofPdf")
        self.pdf_button.clicked.connect(self.show_pdf)
        self.csv_button = QPushButton(self.tr("Bewijs als &CSV…"))
        self.csv_button.setObjectName("proofCsv")
        self.csv_button.clicked.connect(self.save_csv)
        for button in (self.approve_button, self.reject_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.pdf_button)
        row.addWidget(self.csv_button)
        return row

    # --- reading --------------------------------------------------------------------

    def refresh(self) -> None:
        BackgroundOp(
            self,
            lambda _p, _c: vernietiging_bewijs.lists(self.store, self.actor),
            success=self._show_lists,
        ).failure(self._failed).run_in_background()

    def _show_lists(self, views) -> None:
        chosen = self.current()
        self.views = list(views)
        self.lists.setRowCount(len(self.views))
        for row, view in enumerate(self.views):
            cells = [
                view.created_at.astimezone().strftime("%d-%m-%Y %H:%M"),
                _date(view.peildatum),
                self.tr(STATUS.get(view.status, view.status)),
                str(len(view.entries)),
                view.made_by_name,
                view.decided_by_name,
            ]
            for column, text in enumerate(cells):
                self.lists.setItem(row, column, QTableWidgetItem(text))
        again = next((n for n, v in enumerate(self.views) if chosen and v.id == chosen.id), 0)
        if self.views:
            self.lists.selectRow(again)
        self._show_entries()

    def current(self) -> vernietiging_bewijs.ListView | None:
        rows = self.lists.selectionModel().selectedRows() if self.lists.selectionModel() else []
        if not rows or rows[0].row() >= len(self.views):
            return None
        return self.views[rows[0].row()]

    def _show_entries(self) -> None:
        view = self.current()
        entries = view.entries if view else ()
        self.entries.setRowCount(len(entries))
        terms = {t.code: t.naam for t in self.store.config.bewaartermijnen.termijnen}
        for row, entry in enumerate(entries):
            cells = [
                entry.get("klantnummer", ""),
                _date(entry.get("closed_on")),
                _date(entry.get("destroy_on")),
                terms.get(entry.get("termijn", ""), entry.get("termijn", "")),
                entry.get("categorie", ""),
                self.tr(OUTCOME.get(entry.get("uitkomst", ""), entry.get("uitkomst", ""))),
            ]
            for column, text in enumerate(cells):
                self.entries.setItem(row, column, QTableWidgetItem(text))
        self._enable()

    def _enable(self) -> None:
        view = self.current()
        open_ = view is not None and view.status == vernietiging.LIST_DRAWN_UP
        theirs = view is not None and view.made_by != self.actor.staff_id
        self.approve_button.setEnabled(open_ and theirs)
        self.reject_button.setEnabled(open_ and theirs)
        self.pdf_button.setEnabled(view is not None)
        self.csv_button.setEnabled(view is not None)
        if open_ and not theirs and self.actor.has(TEAMLEIDER):
            self.approve_button.setToolTip(self.tr("U stelde deze lijst zelf op (vier ogen)."))
        else:
            self.approve_button.setToolTip("")

    def _failed(self, error) -> None:
        self.message.setText(str(error))

    # --- acting ---------------------------------------------------------------------

    def draw_up(self) -> None:
        on = self.peildatum.date().toPython()
        self.draw_up_button.setEnabled(False)
        self.message.setText(self.tr("Bezig met opstellen…"))

        def done(_list_id) -> None:
            self.message.setText(self.tr("De lijst is opgesteld; een teamleider keurt haar goed."))
            self.refresh()

        BackgroundOp(
            self, lambda _p, _c: vernietiging.draw_up(self.store, self.actor, on), success=done
        ).failure(self._failed).when_done(
            lambda: self.draw_up_button.setEnabled(True)
        ).run_in_background()

    def decide(self, approve: bool) -> None:
        view = self.current()
        if view is None:
            return
        dialog = DecisionDialog(approve, len(view.entries), self)
        if not dialog.exec():
            return
        note = dialog.note()
        self.message.setText(self.tr("Bezig…"))

        def done(outcome) -> None:
            if outcome is None:
                self.message.setText(self.tr("De lijst is afgewezen; er is niets vernietigd."))
            else:
                self.message.setText(
                    self.tr("{done} dossier(s) vernietigd, {skipped} overgeslagen.").format(
                        done=outcome.destroyed, skipped=outcome.skipped
                    )
                )
            self.refresh()

        BackgroundOp(
            self,
            lambda _p, _c: vernietiging.decide(self.store, self.actor, view.id, approve, note),
            success=done,
        ).failure(self._failed).with_progress(
            self.tr("De dossiers worden vernietigd…"), cancellable=False
        ).run_in_background()

    def show_pdf(self) -> None:
        view = self.current()
        if view is None:
            return

        def show(pdf: bytes) -> None:
            name = f"vernietigingslijst-{view.peildatum.isoformat()}.pdf"
            PdfViewDialog(pdf, self.tr("Verklaring van vernietiging"), name, parent=self).exec()

        BackgroundOp(
            self,
            lambda _p, _c: vernietiging_bewijs.proof_pdf(self.store, self.actor, view.id),
            success=show,
        ).failure(self._failed).run_in_background()

    def save_csv(self) -> None:
        from intake_desktop.documents.output import write_atomically

        view = self.current()
        if view is None:
            return
        target = choose_target(
            self,
            self.tr("Opslaan als CSV"),
            f"vernietigingslijst-{view.peildatum.isoformat()}.csv",
            "CSV (*.csv)",
            ".csv",
        )
        if target is None:
            return

        def write(_p, _c) -> bool:
            data = vernietiging_bewijs.proof_csv(self.store, self.actor, view.id)
            try:
                write_atomically(target, data)
            except OSError:
                return False
            return True

        def written(ok: bool) -> None:
            if ok:
                self.message.setText(self.tr("Opgeslagen: {path}").format(path=target))
                return
            QMessageBox.warning(
                self,
                self.tr("Opslaan als CSV"),
                self.tr("Het bestand kon niet worden opgeslagen. Kies een andere map."),
            )

        BackgroundOp(self, write, success=written).failure(self._failed).run_in_background()
