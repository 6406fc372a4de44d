"""Going through a dialog in steps: Ctrl+Enter (or the button) goes on or finishes,
Escape steps back and on the first step closes. Every step change keeps a draft."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.ui.widgets.forms import error_summary


class SteppedDialog(QDialog):
    """Subclasses call ``_build_frame(pages)`` (or provide ``self.steps`` themselves),
    and provide ``self.drafts`` (DraftKeeper), ``_show_step(index)`` and ``finish()``."""

    def _build_frame(self, pages: list[QWidget]) -> QVBoxLayout:
        """The frame every step dialog shares: the step title, the error line, the
        pages, and Terug / Sluiten / Verder with Ctrl+Enter."""

        outer = QVBoxLayout(self)
        self.step_label = QLabel()
        self.step_label.setProperty("role", "pageTitle")
        outer.addWidget(self.step_label)
        self.summary_label = error_summary("errorSummary")
        outer.addWidget(self.summary_label)
        self.steps = QStackedWidget()
        for page in pages:
            self.steps.addWidget(page)
        outer.addWidget(self.steps, 1)
        row = QHBoxLayout()
        self.back_button = QPushButton(QCoreApplication.translate("SteppedDialog", "&Terug (Esc)"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.close_button = QPushButton(
            QCoreApplication.translate("SteppedDialog", "&Sluiten, concept bewaren")
        )
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.next_button = QPushButton()
        self.next_button.setObjectName("next")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.forward)
        row.addWidget(self.back_button)
        row.addWidget(self.close_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        outer.addLayout(row)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self, activated=self.forward)
        return outer

    def forward(self) -> None:
        if self.steps.currentIndex() < self.steps.count() - 1:
            self.drafts.save()  # every step change is kept
            self._show_step(self.steps.currentIndex() + 1)
        else:
            self.finish()

    def back(self) -> None:
        if self.steps.currentIndex() > 0:
            self.drafts.save()
            self._show_step(self.steps.currentIndex() - 1)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.steps.currentIndex() > 0:
            self.back()
            return
        super().keyPressEvent(event)

    def _changed(self, *_args) -> None:
        if hasattr(self, "drafts"):  # widgets signal while the dialog is being built
            self.drafts.changed()
