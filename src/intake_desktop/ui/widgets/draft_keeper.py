"""Autosaving what a user types in a form, and offering it again after a crash."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from intake_desktop.domain.roles import Actor
from intake_desktop.domain.validation import format_moment
from intake_desktop.services.core import drafts
from intake_desktop.services.core.store import Store

log = logging.getLogger(__name__)


class DraftKeeper(QObject):
    """Saves ``collect()`` as a draft shortly after each change (``changed()``)."""

    def __init__(
        self, store: Store, actor: Actor, key: str, collect: Callable[[], dict], parent: QWidget
    ):
        super().__init__(parent)
        self.store, self.actor, self.key, self.collect = store, actor, key, collect
        self.timer = QTimer(self, singleShot=True, interval=800)
        self.timer.timeout.connect(self.save)
        self.dirty = False  # something was typed since the dialog opened

    def changed(self, *_args) -> None:
        self.dirty = True
        self.timer.start()

    def save_if_dirty(self) -> None:
        if self.dirty:
            self.timer.stop()
            self.save()

    def save(self) -> None:
        try:
            drafts.save_draft(self.store, self.actor, self.key, self.collect())
        except Exception:  # a draft must never stop the user from working
            log.exception("autosave of draft %s failed", self.key.split(":")[0])

    def offer(self, restore: Callable[[dict], None], ask: bool = True) -> None:
        """If a draft is there, ask whether to go on with it; otherwise do nothing."""
        found = drafts.load_draft(self.store, self.actor, self.key)
        if not found:
            return
        data, saved_at = found
        if not ask:
            restore(data)
            return
        parent = self.parent()
        answer = QMessageBox.question(
            parent,
            self.tr("Niet-opgeslagen invoer"),
            self.tr(
                "Er is invoer die nog niet is opgeslagen (laatst bewaard om {time}). "
                "Wilt u daarmee verdergaan?"
            ).format(time=format_moment(saved_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            restore(data)
        else:
            self.discard()

    def discard(self) -> None:
        """The work was saved (or thrown away): no draft, and nothing left to keep."""
        self.timer.stop()
        self.dirty = False
        drafts.discard_draft(self.store, self.actor, self.key)


def release(store: Store, actor: Actor, aanmelding_id) -> None:
    """Closing a step without typing anything hands the aanmelding back to the queue."""
    from intake_desktop.services.balie import queue
    from intake_desktop.services.core.errors import ServiceError

    try:
        queue.hand_back(store, actor, aanmelding_id)
    except ServiceError:
        log.info("aanmelding not handed back (someone else holds it)")
