"""PySide6 6.12.0 dropped a reference on every ``Signal.emit()`` (of True, or of None with
a queued connection): after some thousands of emits Python aborted with "deallocating
True or False". The background helper emits once per answer and per progress step, so a
working day reaches that. This guards the pin in pyproject.toml against a release that
brings it back."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot


class Hub(QObject):
    arrived = Signal(object, object, object)
    ping = Signal()

    def __init__(self):
        super().__init__()
        self.got = 0
        self.arrived.connect(self._arrived, Qt.ConnectionType.QueuedConnection)
        self.ping.connect(self._ping, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object, object)
    def _arrived(self, _a, _b, _c) -> None:
        self.got += 1

    @Slot()
    def _ping(self) -> None:
        self.got += 1


def test_emitting_keeps_the_references_of_true_and_none(qtbot):
    hub = Hub()
    before = sys.getrefcount(True), sys.getrefcount(None)

    def work() -> None:
        for _ in range(300):
            hub.arrived.emit(1, None, None)
            hub.ping.emit()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    work()  # and from the UI thread
    qtbot.waitUntil(lambda: hub.got == 1200)
    after = sys.getrefcount(True), sys.getrefcount(None)
    # Other code may take or drop a few references meanwhile; 1200 emits would lose ~600.
    assert after[0] - before[0] > -50 and after[1] - before[1] > -50, (before, after)
