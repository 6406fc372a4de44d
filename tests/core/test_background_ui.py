"""Work off the UI thread (ui/widgets/background.py) and where its errors end up: the
result and an expected failure on the UI thread, a short Dutch message, an unexpected
error to the log and the crash message, Afbreken, a parent deleted meanwhile,
run_with_progress, one refresh at a time; Qt's warnings in the log and the crash
message's "Details kopiëren". Real widgets, no fixed waits."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer, qInstallMessageHandler, qWarning
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.services.core.errors import NotAllowed, StoreBusy
from intake_desktop.services.core.store import BUSY
from intake_desktop.ui.widgets import background
from intake_desktop.ui.widgets.background import BackgroundOp, BackgroundRefresh, run_with_progress
from tests.support.background import WAIT_MS, Blocked, on_ui_thread

# --- the helper ---------------------------------------------------------------------


def test_success_runs_on_the_ui_thread_with_the_result(qtbot):
    seen = {}

    def work(progress, cancelled):
        seen["work_on_ui"] = on_ui_thread()
        return 42

    def success(result):
        seen["result"], seen["success_on_ui"] = result, on_ui_thread()

    parent = QWidget()
    qtbot.addWidget(parent)
    op = BackgroundOp(parent, work, success).run_in_background()
    qtbot.waitUntil(lambda: "result" in seen, timeout=WAIT_MS)
    assert seen == {"work_on_ui": False, "result": 42, "success_on_ui": True}
    assert op.is_done()


def test_an_expected_failure_goes_to_the_failure_callback_on_the_ui_thread(qtbot):
    seen = {}

    def work(progress, cancelled):
        raise NotAllowed("Dit mag u niet.")

    def failed(error):
        seen["error"], seen["on_ui"] = error, on_ui_thread()

    parent = QWidget()
    qtbot.addWidget(parent)
    BackgroundOp(parent, work, lambda r: seen.setdefault("success", r)).failure(
        failed
    ).run_in_background()
    qtbot.waitUntil(lambda: "error" in seen, timeout=WAIT_MS)
    assert type(seen["error"]) is NotAllowed and str(seen["error"]) == "Dit mag u niet."
    assert seen["on_ui"] is True
    assert "success" not in seen


def test_without_a_failure_callback_a_short_dutch_message_is_shown(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(
        background.QMessageBox,
        "warning",
        staticmethod(lambda parent, title, text: shown.append((title, text))),
    )
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(progress, cancelled):
        raise StoreBusy(BUSY)

    op = BackgroundOp(parent, work).run_in_background()
    qtbot.waitUntil(op.is_done, timeout=WAIT_MS)
    assert shown == [("Niet gelukt", str(StoreBusy(BUSY)))]
    assert shown[0][1].startswith("De database is even bezet of niet bereikbaar.")


def test_an_unexpected_error_goes_to_the_log_and_the_crash_message(qtbot, monkeypatch):
    reported = []
    monkeypatch.setattr(background, "report_unexpected", reported.append)
    failures = []

    def work(progress, cancelled):
        raise KeyError("kapot")

    op = BackgroundOp(None, work).failure(failures.append).run_in_background()
    qtbot.waitUntil(op.is_done, timeout=WAIT_MS)
    assert failures == []  # not an expected failure
    assert [type(e) for e in reported] == [KeyError]
    assert reported[0].__traceback__ is not None  # the worker's traceback, for the log


def test_afbreken_stops_long_work_and_the_dialog_shows_progress(qtbot):
    seen = {}

    def work(progress, cancelled):
        for done in range(2000):
            if cancelled():
                return "afgebroken", done
            progress(done, 2000)
            threading.Event().wait(0.005)
        return "af", 2000

    parent = QWidget()
    qtbot.addWidget(parent)
    op = BackgroundOp(parent, work, lambda r: seen.setdefault("result", r))
    op.with_progress("Bezig met rekenen…").run_in_background()
    dialog = op.dialog
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() > 0, timeout=WAIT_MS)
    assert dialog.labelText() == "Bezig met rekenen…"
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Afbreken")
    button.click()
    qtbot.waitUntil(lambda: "result" in seen, timeout=WAIT_MS)
    outcome, done = seen["result"]
    assert outcome == "afgebroken" and done < 2000
    assert op.dialog is None  # closed with the answer


def test_an_answer_after_its_parent_was_deleted_runs_no_callback(qtbot):
    seen = []
    started = threading.Event()

    def work(progress, cancelled):
        started.set()
        while not cancelled():  # the parent's end turns cancelled() true
            threading.Event().wait(0.005)
        return "te laat"

    parent = QWidget()
    op = BackgroundOp(parent, work, seen.append).failure(seen.append)
    op.with_progress("Bezig…").when_done(lambda: seen.append("done"))
    op.run_in_background()
    assert started.wait(WAIT_MS / 1000)
    shiboken6.delete(parent)  # the screen is closed while the work runs
    qtbot.waitUntil(op.is_done, timeout=WAIT_MS)
    assert seen == []
    assert op.cancelled()


def test_run_with_progress_returns_the_result_and_raises_in_the_caller(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    assert run_with_progress(parent, "Bezig…", lambda p, c: "klaar", cancellable=False) == "klaar"

    def expected(progress, cancelled):
        raise NotAllowed("Niet toegestaan.")

    with pytest.raises(NotAllowed, match="Niet toegestaan."):
        run_with_progress(parent, "Bezig…", expected)

    def unexpected(progress, cancelled):
        raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):  # the caller decides, as before
        run_with_progress(parent, "Bezig…", unexpected)


def test_a_refresh_runs_once_at_a_time_and_a_newer_read_wins(qtbot):
    shown, failed = [], []
    parent = QWidget()
    qtbot.addWidget(parent)
    refresh = BackgroundRefresh(parent, shown.append, failed.append)
    slow = Blocked(answer="oud")
    assert refresh.run(slow) is True
    assert slow.started.wait(WAIT_MS / 1000)
    assert refresh.run(slow) is False  # still running: not started twice
    refresh.supersede()  # read on the UI thread meanwhile
    slow.release.set()
    qtbot.waitUntil(lambda: not refresh.running, timeout=WAIT_MS)
    assert shown == [] and failed == [] and slow.calls == 1
    assert refresh.run(lambda: "nieuw") is True
    qtbot.waitUntil(lambda: shown == ["nieuw"], timeout=WAIT_MS)


# --- Qt's warnings and the crash message ------------------------------------------------


def test_qt_warnings_reach_the_log_at_their_level(qapp, caplog):
    from intake_desktop.ui.app import install_qt_log

    previous = install_qt_log()
    try:
        with caplog.at_level(logging.DEBUG, logger="intake_desktop.qt"):
            qWarning("QFont: iets met een lettertype")
            widget = QWidget()
            QVBoxLayout(widget)
            QVBoxLayout(widget)  # Qt itself warns: the widget already has a layout
    finally:
        qInstallMessageHandler(previous)
    records = [r for r in caplog.records if r.name == "intake_desktop.qt"]
    assert [r.levelno for r in records] == [logging.WARNING, logging.WARNING]
    assert records[0].getMessage() == "QFont: iets met een lettertype"
    assert "already has a layout" in records[1].getMessage()


def failing_with_personal_data():
    bsn = "123456782"
    name = "Noël Maës"
    raise ValueError(f"BSN {bsn} van {name} klopt niet")


def test_the_crash_details_hold_type_frames_and_versions_but_no_message():
    from intake_desktop import __version__
    from intake_desktop.ui.widgets.errors import crash_details

    try:
        try:
            failing_with_personal_data()
        except ValueError as exc:
            raise RuntimeError("opnieuw: 123456782") from exc
    except RuntimeError as exc:
        details = crash_details(exc)
    assert "builtins.RuntimeError" in details
    assert "builtins.ValueError" in details  # the cause, with its own frames
    assert "core/test_background_ui.py" not in details  # paths from the package on ...
    assert "test_background_ui.py:" in details
    assert "in failing_with_personal_data" in details
    assert f"Intake Werkplein {__version__}" in details
    assert "Python " in details and "Qt " in details
    for personal in ("123456782", "Noël", "Maës", "klopt niet", "opnieuw"):
        assert personal not in details
    assert str(Path(__file__).resolve().parent) not in details  # no folder of this user


def test_details_kopieren_puts_the_details_on_the_clipboard(qtbot):
    from intake_desktop.ui.widgets.errors import show_crash_message

    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        copy = box.findChild(QPushButton, "copyCrashDetails")
        if len(seen) == 1:
            assert copy.text() == "Details &kopiëren"
            copy.click()
            QTimer.singleShot(20, answer)
        else:
            box.button(QMessageBox.StandardButton.Ok).click()

    QApplication.clipboard().setText("")
    try:
        failing_with_personal_data()
    except ValueError as exc:
        error = exc
    QTimer.singleShot(20, answer)
    show_crash_message(error, "/tmp/log/intake.log")
    assert len(seen) == 2
    assert seen[0].startswith("Er ging onverwacht iets mis.")
    assert seen[1].endswith("De details staan op het klembord.")
    copied = QApplication.clipboard().text()
    assert "builtins.ValueError" in copied and "in failing_with_personal_data" in copied
    assert "123456782" not in copied and "klopt niet" not in copied
