"""Going through a dialog in steps: Ctrl+Enter (or the button) goes on or finishes,
Escape steps back and on the first step closes. Every step change keeps a draft."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog


class SteppedDialog(QDialog):
    """Subclasses provide ``self.steps`` (QStackedWidget), ``self.drafts``
    (DraftKeeper), ``_show_step(index)`` and ``finish()``."""

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
