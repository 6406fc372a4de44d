"""Qt objects must die on the thread they live on. The background helper's worker held
the last reference to the work (and the widget in its closure) a moment after it sent
its answer; when the screen had closed meanwhile, the widget was destroyed in the
worker's thread, its timers stayed registered on the UI thread, and the next timer event
crashed the program (seen as a segmentation fault after the import screen)."""

from __future__ import annotations

import threading
import time
import weakref

from PySide6.QtWidgets import QWidget

from intake_desktop.ui.widgets import background
from intake_desktop.ui.widgets.background import BackgroundOp


def test_the_work_and_its_widget_are_let_go_on_the_ui_thread(qtbot, monkeypatch):
    original = BackgroundOp._run

    def slow_to_end(self) -> None:  # the worker lingers after sending its answer
        original(self)
        time.sleep(0.2)

    monkeypatch.setattr(BackgroundOp, "_run", slow_to_end)
    died_on: list[str] = []
    answers: list = []

    def start() -> None:
        widget = QWidget()  # only the work's closure holds it
        weakref.finalize(widget, lambda: died_on.append(threading.current_thread().name))
        BackgroundOp(None, lambda _p, _c: widget.objectName(), answers.append).run_in_background()

    start()
    qtbot.waitUntil(lambda: answers == [""])
    qtbot.waitUntil(lambda: died_on != [], timeout=3000)
    assert died_on == [threading.main_thread().name]
    assert not background._pending
