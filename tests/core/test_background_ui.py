"""Work off the UI thread (ui/widgets/background.py) and what runs on it: the monitoring
loader, the server check, the periodic refreshes; Qt's warnings in the log; the crash
message's "Details kopiëren". Real widgets, no fixed waits."""

from __future__ import annotations

import logging
import socket
import threading
import uuid
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QThread, QTimer, qInstallMessageHandler, qWarning
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_desktop.domain.roles import Actor
from intake_desktop.services.beheer import accounts
from intake_desktop.services.core.errors import NotAllowed, StoreBusy
from intake_desktop.services.core.store import BUSY, Store
from intake_desktop.services.laptop import workplace as places
from intake_desktop.services.laptop.errors import ServerUnreachable
from intake_desktop.ui.widgets import background
from intake_desktop.ui.widgets.background import (
    BackgroundOp,
    BackgroundRefresh,
    run_with_progress,
)
from tests.support.staff import DEMO_PASSWORD, make_staff

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


@pytest.fixture
def ticking(qtbot):
    """A timer that counts its ticks: it only ticks while the event loop runs."""
    ticks = {"n": 0}
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.__setitem__("n", ticks["n"] + 1))
    timer.start()
    yield ticks
    timer.stop()


@pytest.fixture
def no_message_boxes(monkeypatch):
    shown: list[str] = []
    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(
            QMessageBox, name, staticmethod(lambda *a, _n=name, **k: shown.append(_n))
        )
    return shown


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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


# --- the screens that use it ------------------------------------------------------------


def test_the_monitoring_view_shows_its_figures_after_loading_in_the_background(
    qtbot, store, beheerder, monkeypatch
):
    from intake_desktop.services.monitoring import overview as monitoring
    from intake_desktop.ui.monitoring.monitoring_view import MonitoringView
    from tests.support.monitoring_store import prepared_store

    prepared_store(store)
    make_staff(store, "tineke", {"teamleider"}, actor=beheerder, name="Tineke Teamleider")
    teamleider = accounts.sign_in(store, "tineke", DEMO_PASSWORD)
    threads = []
    real = monitoring.overview

    def overview(*args):
        threads.append(on_ui_thread())
        return real(*args)

    monkeypatch.setattr(monitoring, "overview", overview)
    view = MonitoringView(store, teamleider)
    qtbot.addWidget(view)
    view.show()
    view.first.setCurrentText("2025-K1")
    view.last.setCurrentText("2025-K4")
    view.refresh()
    assert view.state.text() == "Bezig met berekenen…"
    qtbot.waitUntil(
        lambda: view.overview is not None and view.overview.period.label == "2025-K1 t/m 2025-K4",
        timeout=20_000,
    )
    assert threads and not any(threads)  # computed off the UI thread
    assert "berekend om" in view.state.text()
    _caption, bestand = view.tables["bestand"]
    row = [bestand.item(0, c).text() for c in range(bestand.columnCount())]
    assert row == ["Matchen", "1", "1", "1", "1", "1", "1"]
    assert view.excel_button.isEnabled()


def test_the_queue_refresh_on_a_hanging_server_keeps_the_window_responsive(
    qtbot, store, balie, monkeypatch, ticking, no_message_boxes
):
    from intake_desktop.services.balie import queue
    from intake_desktop.ui.balie.queue_view import QueueView

    view = QueueView(store, balie)
    qtbot.addWidget(view)
    view.show()
    hanging = Blocked(error=StoreBusy(BUSY))
    monkeypatch.setattr(queue, "today_queue", hanging)
    view._timer.timeout.emit()  # the 30-second tick
    assert hanging.started.wait(WAIT_MS / 1000)
    assert not hanging.ended.is_set()  # the tick returned while the server hangs
    before = ticking["n"]
    qtbot.waitUntil(lambda: ticking["n"] >= before + 5, timeout=WAIT_MS)  # the loop runs
    view._timer.timeout.emit()
    assert view.refresh_in_background() is False  # not started twice
    assert hanging.calls == 1 and hanging.threads == [False]
    hanging.release.set()
    not_read = "De wachtrij kon niet worden ververst; probeer het zo opnieuw."
    qtbot.waitUntil(lambda: view.message.text() == not_read, timeout=WAIT_MS)
    assert no_message_boxes == []

    monkeypatch.setattr(queue, "today_queue", lambda store, actor: [])
    assert view.refresh_in_background() is True
    qtbot.waitUntil(lambda: view.message.text() == "", timeout=WAIT_MS)  # reachable again


def test_the_server_check_says_an_unreachable_server_in_the_status_bar(
    qtbot, tmp_path, app_config, monkeypatch, ticking, no_message_boxes
):
    from intake_desktop.ui.laptop.sync_status import SyncStatus

    url = f"postgresql+psycopg://intake@127.0.0.1:{closed_port()}/intake"
    store = Store.open(url, app_config, migrate=False)
    try:
        online = places.Workplace.online(store, url, tmp_path / "data")
        actor = Actor(uuid.uuid4(), "karin", "Karin Klant", frozenset({"klantmanager"}))
        status = SyncStatus(online, actor)
        qtbot.addWidget(status)
        assert places.watches_server(online) and status.timer.isActive()
        assert status.connection.text() == "● Online"
        assert status.check_server() is True  # a real attempt on a closed port
        qtbot.waitUntil(
            lambda: status.connection.text() == "● Server niet bereikbaar", timeout=WAIT_MS
        )

        # A server that hangs (no network): the window goes on; one question at a time.
        hanging = Blocked(answer=True)
        monkeypatch.setattr(places, "server_reachable", hanging)
        status.timer.timeout.emit()
        assert hanging.started.wait(WAIT_MS / 1000)
        assert not hanging.ended.is_set()
        before = ticking["n"]
        qtbot.waitUntil(lambda: ticking["n"] >= before + 5, timeout=WAIT_MS)
        assert status.check_server() is False
        hanging.release.set()
        qtbot.waitUntil(lambda: status.connection.text() == "● Online", timeout=WAIT_MS)
        assert hanging.calls == 1 and hanging.threads == [False]
        assert no_message_boxes == []
    finally:
        store.close()


def test_the_werkvoorraad_count_on_an_unreachable_store_says_nothing_every_minute(
    qtbot, store, balie, monkeypatch, no_message_boxes
):
    from intake_desktop.services.caseload import werkvoorraad
    from intake_desktop.ui.main_window import MainWindow

    window = MainWindow(store, balie)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window._counts is not None, timeout=WAIT_MS)  # the first read
    hanging = Blocked(error=StoreBusy(BUSY))
    monkeypatch.setattr(werkvoorraad, "counts", hanging)
    window.count_timer.timeout.emit()
    assert hanging.started.wait(WAIT_MS / 1000)
    assert window.count_in_background() is False  # not started twice
    hanging.release.set()
    qtbot.waitUntil(lambda: not window._counting.running, timeout=WAIT_MS)
    assert hanging.threads == [False]
    assert window.werkvoorraad_item.text() == "Werkvoorraad"  # the last count stays
    assert no_message_boxes == []


def test_an_unreachable_server_at_start_is_a_typed_error(qapp, monkeypatch):
    from intake_desktop.settings import load_settings
    from intake_desktop.ui import app as app_module

    monkeypatch.setenv(
        "INTAKE_DB_URL", f"postgresql+psycopg://intake@127.0.0.1:{closed_port()}/intake"
    )
    settings = load_settings()
    with pytest.raises(ServerUnreachable) as caught:
        app_module.open_workplace(settings, offline=False)
    assert caught.value.kind == "OperationalError"
    assert str(caught.value) == ServerUnreachable.template

    # No laptop store to fall back on: the start-up says so, as it always did.
    shown = []
    monkeypatch.setattr(
        app_module.QMessageBox, "critical", lambda parent, title, text: shown.append(text)
    )
    assert app_module._run_once(qapp, settings, offline=False) == (1, False)
    assert shown == [
        f"De database kon niet worden geopend (OperationalError). Zie het logboek:\n"
        f"{settings.log_file}"
    ]


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
    assert "tests/test_background_ui.py" not in details  # paths from the package on ...
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
