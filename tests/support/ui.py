"""Driving widgets the way a person does: typing, clicking, answering message boxes."""

from __future__ import annotations

from PySide6.QtCore import QDeadlineTimer, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type like a keyboard. keyClicks aborts on lowercase non-ASCII letters (ë, é, €),
    so those are sent one key event at a time."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


def replace_text(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def answer_message_box(
    button_text: str, seen: list | None = None, timeout_ms: int = 5000, then=None
):
    """When the next modal message box appears, click the button whose text contains
    ``button_text`` (ampersands ignored). Records the box's text in ``seen``.
    Returns a handle whose ``stop()`` ends the watch (when no box came, as expected)."""
    waited = {"ms": 0}
    handle = Watch()
    _WATCHES.append(handle)

    def poll() -> None:
        if handle.stopped:
            return
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            if seen is not None:
                seen.append(box.text())
            for button in box.buttons():
                if button_text.lower() in button.text().replace("&", "").lower():
                    if then is not None:
                        QTimer.singleShot(0, then)
                    button.click()
                    return
            box.reject()  # no such button: close it so the test fails instead of hanging
            raise AssertionError(
                f"no button {button_text!r} in {[b.text() for b in box.buttons()]}"
            )
        waited["ms"] += 20
        if waited["ms"] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    return handle


class Watch:
    stopped = False

    def stop(self) -> None:
        self.stopped = True


# Every watch still polling; the conftest stops them when a test ends, so a watch of
# one test never answers a box of the next.
_WATCHES: list = []


def stop_watches() -> None:
    for watch in _WATCHES:
        watch.stop()
    _WATCHES.clear()


def answer_message_boxes(button_texts: list[str], seen: list | None = None) -> None:
    """Answer several message boxes in turn, e.g. ["Yes", "OK"]."""
    remaining = list(button_texts)

    def next_box(*_):
        if remaining:
            answer_message_box(remaining.pop(0), seen, then=next_box)

    next_box()


def activate(window: QWidget, timeout_ms: int = 2000) -> None:
    """Give a window the keyboard focus, as a window manager does for a new dialog."""
    window.activateWindow()
    deadline = QDeadlineTimer(timeout_ms)
    while not window.isActiveWindow() and not deadline.hasExpired():
        QApplication.processEvents()


class ModalFailures(list):
    stopped = False

    def stop(self) -> None:
        """End the watch (no widget came, as expected)."""
        self.stopped = True

    def check(self) -> None:
        if self:
            raise self[0]


def when_modal(action, timeout_ms: int = 5000, kind: type | None = None) -> ModalFailures:
    """Run ``action(widget)`` on the next modal widget that appears (of class ``kind``,
    when given: a dialog opened from another dialog). A failure inside closes the widget
    (so the test cannot hang) and is raised by ``.check()``."""
    waited = {"ms": 0}
    failures = ModalFailures()
    _WATCHES.append(failures)

    def poll() -> None:
        if failures.stopped:
            return
        widget = QApplication.activeModalWidget()
        # A progress dialog of background work comes and goes by itself: wait past it.
        wanted = kind is None or isinstance(widget, kind)
        if widget is not None and wanted and not isinstance(widget, QProgressDialog):
            activate(widget)
            try:
                action(widget)
            except BaseException as exc:  # noqa: BLE001 - handed to the test
                failures.append(exc)
                if isinstance(widget, QDialog):
                    widget.done(0)
                else:
                    widget.close()
            return
        waited["ms"] += 20
        if waited["ms"] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    return failures


# A 1366×768 screen less a title bar and a task bar: what a dialog may take.
SMALL_SCREEN = (1366, 768 - 70)


def size_problems(dialog: QWidget, what: str = "") -> list[str]:
    """Shown, does the dialog fit a 1366×768 screen: its smallest size (the buttons in
    reach) and the size it opens at? One line per problem. (Its sizeHint may be taller
    where a form scrolls: forms.FormScrollArea asks for the whole form and
    fit_to_screen keeps the dialog within the screen.)"""
    if not dialog.isVisible():
        dialog.show()
    QApplication.processEvents()
    dialog.layout().activate()
    width, height = SMALL_SCREEN
    sizes = {
        "minimum": dialog.minimumSizeHint().expandedTo(dialog.minimumSize()),
        "size": dialog.size(),
    }
    return [
        f"{what or type(dialog).__name__}: {name} {size.width()}×{size.height()}"
        for name, size in sizes.items()
        if size.width() > width or size.height() > height
    ]
