"""Work off the UI thread in tests: how long to wait for it, whether code runs on the UI
thread, and a service call that hangs until the test lets it go."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

WAIT_MS = 10_000


def on_ui_thread() -> bool:
    return QThread.currentThread() == QApplication.instance().thread()


class Blocked:
    """A stand-in for a service call that hangs (a server without network) until the
    test lets it go; then it answers or raises."""

    def __init__(self, answer=None, error: Exception | None = None):
        self.answer, self.error = answer, error
        self.calls = 0
        self.started, self.release, self.ended = (threading.Event() for _ in range(3))
        self.threads: list[bool] = []

    def __call__(self, *args, **kwargs):
        self.calls += 1
        self.threads.append(on_ui_thread())
        self.started.set()
        self.release.wait(WAIT_MS / 1000)  # a synchronous caller would hang this long
        self.ended.set()
        if self.error is not None:
            raise self.error
        return self.answer
