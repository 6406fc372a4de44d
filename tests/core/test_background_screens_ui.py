"""The screens that work off the UI thread, on a server that hangs or cannot be reached:
the monitoring loader, the queue refresh, the server check in the status bar, the
werkvoorraad count, and an unreachable server at start. Real widgets, no fixed waits."""

from __future__ import annotations

import socket
import uuid

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from intake_desktop.domain.roles import Actor
from intake_desktop.services.beheer import accounts
from intake_desktop.services.core.errors import StoreBusy
from intake_desktop.services.core.store import BUSY, Store
from intake_desktop.services.laptop import workplace as places
from intake_desktop.services.laptop.errors import ServerUnreachable
from tests.support.background import WAIT_MS, Blocked, on_ui_thread
from tests.support.staff import DEMO_PASSWORD, make_staff


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
