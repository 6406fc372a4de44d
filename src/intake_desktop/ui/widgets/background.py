"""One way to run long work off the UI thread, with a progress dialog and Cancel.

The work is a plain function ``work(progress, cancelled)``: it reports with
``progress(done, total)`` and looks at ``cancelled()`` now and then. It must not
touch widgets. Its result (or exception) comes back on the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Worker(QObject):
    progressed = Signal(int, int)
    done = Signal(object, object)  # result, exception

    def __init__(self, work: Callable, cancel_flag: threading.Event):
        super().__init__()
        self.work, self.cancel_flag = work, cancel_flag

    def run(self) -> None:
        try:
            result = self.work(
                lambda d, t: self.progressed.emit(int(d), int(t)), self.cancel_flag.is_set
            )
        except BaseException as exc:  # handed to the UI thread, raised there
            self.done.emit(None, exc)
        else:
            self.done.emit(result, None)


class _Relay(QObject):
    """Lives on the UI thread, so the worker's signals are delivered there (a plain
    function as receiver would run in the worker's thread and touch the dialog)."""

    def __init__(self, dialog: QProgressDialog, loop: QEventLoop, outcome: dict):
        super().__init__()
        self.dialog, self.loop, self.outcome = dialog, loop, outcome

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    @Slot(object, object)
    def done(self, result, exc) -> None:
        self.outcome["result"], self.outcome["error"] = result, exc
        self.loop.quit()


def run_with_progress(
    parent: QWidget | None, label: str, work: Callable, cancellable: bool = True
) -> Any:
    """Run ``work`` in a thread; block with a live progress dialog; return its result."""
    cancel_flag = threading.Event()
    cancel_text = QCoreApplication.translate("background", "Afbreken") if cancellable else ""
    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    dialog.setWindowTitle(label)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.canceled.connect(cancel_flag.set)
    thread = QThread()
    worker = _Worker(work, cancel_flag)
    worker.moveToThread(thread)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    relay = _Relay(dialog, loop, outcome)
    worker.progressed.connect(relay.progressed)
    worker.done.connect(relay.done)
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    if outcome.get("error") is not None:
        raise outcome["error"]
    return outcome.get("result")
