"""A page whose contents are built the first time it is shown (keeps start-up fast)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._factory = factory
        self.content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget:
        if self.content is None:
            self.content = self._factory()
            self.layout().addWidget(self.content)
            if self.isVisible():  # else the layout shows it only on the next event loop turn
                self.content.show()
            self.setFocusProxy(self.content)  # Alt+N lands in the page, not on its frame
        return self.content

    def showEvent(self, event) -> None:  # noqa: N802
        self.build()
        super().showEvent(event)
