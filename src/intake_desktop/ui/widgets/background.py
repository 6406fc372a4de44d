"""One way to run work off the UI thread, in the shape of Anki's ``QueryOp``.

The work is a plain function ``work(progress, cancelled)``: it reports with
``progress(done, total)`` and looks at ``cancelled()`` now and then. It runs in a thread
of its own and must not touch widgets. Its answer comes back on the UI thread::

    BackgroundOp(self, lambda progress, cancelled: overview(store, actor, period),
                 success=self.show_overview).failure(self.show_error).run_in_background()

- ``success(result)`` runs on the UI thread with what the work returned.
- An expected failure (an ``IntakeError``) goes to ``failure(error)``; without one, a
  short Dutch message box says what went wrong.
- Anything else is a fault of the program: it goes to the log and the crash message
  (``sys.excepthook``, see ``ui/widgets/errors.py``).
- When the parent widget is destroyed meanwhile, nobody waits for the answer: no
  callback runs, and ``cancelled()`` turns true so long work can stop.
- ``with_progress(label)`` shows a modal progress dialog (after 300 ms) with Afbreken.

``BackgroundRefresh`` repeats a read (a timer, a button) with the same machinery, one at a
time; ``run_with_progress`` waits for the answer (long work a dialog needs before it
goes on), also with the same machinery.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from intake_desktop.domain.errors import IntakeError
from intake_desktop.ui.widgets.i18n import tr_error

log = logging.getLogger(__name__)

T = TypeVar("T")
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# Ops whose answer has not been handled yet (nothing else may hold them).
_pending: set[BackgroundOp] = set()


class _Hub(QObject):
    """Lives on the UI thread: the workers' signals are delivered there, queued (a plain
    function as receiver would run in the worker's thread)."""

    arrived = Signal(object, object, object)  # op, result, error
    progressed = Signal(object)  # op

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.arrived.connect(self._arrived, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object, object)
    def _arrived(self, op: BackgroundOp, result, error) -> None:
        op._settle(result, error)

    @Slot(object)
    def _progressed(self, op: BackgroundOp) -> None:
        op._show_progress()


_hub: _Hub | None = None


def _the_hub() -> _Hub:
    global _hub
    if _hub is None or not shiboken6.isValid(_hub):
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() != app.thread():
            raise RuntimeError("background work must be started from the UI thread")
        _hub = _Hub(app)
    return _hub


def report_unexpected(error: BaseException) -> None:
    """A fault of the program: the log and the crash message, with the worker's traceback."""
    sys.excepthook(type(error), error, error.__traceback__)


class BackgroundOp(Generic[T]):
    """One piece of work off the UI thread and what to do with its answer (see above)."""

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[Progress, Cancelled], T],
        success: Callable[[T], None] | None = None,
    ):
        self.parent, self.work, self._success = parent, work, success
        self._failure: Callable[[IntakeError], None] | None = None
        self._done_hooks: list[Callable[[], None]] = []
        self._label: str | None = None
        self._cancellable = True
        self.dialog: QProgressDialog | None = None
        self._cancel_flag = threading.Event()
        self._latest = (0, 0)
        self._progress_queued = False
        self._started = self._finished = False
        self._hub: _Hub | None = None
        self._thread: threading.Thread | None = None
        # run_with_progress: every outcome to the waiting caller, parent or not.
        self._on_any_outcome: Callable[[Any, BaseException | None], None] | None = None

    # --- setting up -----------------------------------------------------------------

    def failure(self, callback: Callable[[IntakeError], None]) -> BackgroundOp[T]:
        """Called on the UI thread with an expected failure (an ``IntakeError``)."""
        self._failure = callback
        return self

    def with_progress(self, label: str, cancellable: bool = True) -> BackgroundOp[T]:
        """A modal progress dialog, shown when the work takes longer than a moment."""
        self._label, self._cancellable = label, cancellable
        return self

    def when_done(self, callback: Callable[[], None]) -> BackgroundOp[T]:
        """Called on the UI thread after the answer was handled, whatever it was (not
        when the parent is gone)."""
        self._done_hooks.append(callback)
        return self

    # --- running --------------------------------------------------------------------

    def run_in_background(self) -> BackgroundOp[T]:
        if self._started:
            raise RuntimeError("a BackgroundOp runs once")
        self._started = True
        self._hub = _the_hub()
        if self._label is not None:
            self.dialog = self._progress_dialog(self._label)
        _pending.add(self)
        self._thread = threading.Thread(target=self._run, daemon=True, name="background")
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop; it decides what it returns then."""
        self._cancel_flag.set()

    def cancelled(self) -> bool:
        return self._cancel_flag.is_set() or not self._parent_alive()

    def is_done(self) -> bool:
        """The answer arrived on the UI thread (handled, or dropped for a parent gone)."""
        return self._finished

    def _run(self) -> None:  # in the worker's thread
        try:
            result, error = self.work(self._progress, self.cancelled), None
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
            result, error = None, exc
        try:
            self._hub.arrived.emit(self, result, error)
        except RuntimeError:  # the application is gone: nobody waits for the answer
            pass

    def _progress(self, done: int, total: int) -> None:  # in the worker's thread
        self._latest = (int(done), int(total))
        if self.dialog is not None and not self._progress_queued:
            self._progress_queued = True  # one queued update at a time, the latest values
            try:
                self._hub.progressed.emit(self)
            except RuntimeError:
                pass

    # --- on the UI thread -----------------------------------------------------------

    def _parent_alive(self) -> bool:
        return self.parent is None or shiboken6.isValid(self.parent)

    def _progress_dialog(self, label: str) -> QProgressDialog:
        cancel_text = (
            QCoreApplication.translate("background", "Afbreken") if self._cancellable else ""
        )
        dialog = QProgressDialog(label, cancel_text, 0, 0, self.parent)
        dialog.setWindowTitle(label)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel)
        return dialog

    def _show_progress(self) -> None:
        self._progress_queued = False
        if self.dialog is None or not shiboken6.isValid(self.dialog):
            return
        done, total = self._latest
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()  # emits canceled(): harmless, the work has ended
            dialog.deleteLater()

    def _settle(self, result, error: BaseException | None) -> None:
        self._finished = True
        # The worker has sent its answer and is ending. Wait for that before letting go:
        # the last reference to this op (and so to the work's closure and the widgets it
        # holds) must be dropped on this thread. A widget destroyed in the worker's thread
        # leaves its timers registered here, and Qt crashes on the next timer event.
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()
        _pending.discard(self)
        self._close_dialog()
        if self._on_any_outcome is not None:
            self._on_any_outcome(result, error)
            return
        if not self._parent_alive():
            log.debug("background answer dropped: its screen was closed")
            return
        try:
            if error is None:
                if self._success is not None:
                    self._success(result)
            elif isinstance(error, IntakeError):
                (self._failure or self._say_failure)(error)
            else:
                report_unexpected(error)
        finally:
            for hook in self._done_hooks:
                hook()

    def _say_failure(self, error: IntakeError) -> None:
        QMessageBox.warning(
            self.parent,
            self._label or QCoreApplication.translate("background", "Niet gelukt"),
            tr_error(error),
        )


def cancel_all(wait_seconds: float = 5.0) -> int:
    """Signing out: ask all running work to stop and wait a moment for it to end (the
    next person must not find the previous one's work still running). Returns how many
    pieces of work still ran after the wait; their answers are dropped with their
    screens."""
    import time

    deadline = time.monotonic() + wait_seconds
    running = [op for op in list(_pending) if op._thread is not None]
    for op in running:
        op.cancel()
    for op in running:
        op._thread.join(max(0.0, deadline - time.monotonic()))
    return sum(op._thread.is_alive() for op in running)


class BackgroundRefresh(Generic[T]):
    """A read repeated now and then (a timer) off the UI thread, never two at once.

    ``run(read)`` starts ``read()`` in the background unless one still runs (it returns
    False then). ``show(result)`` and ``failed(error)`` run on the UI thread. A read done
    on the UI thread meanwhile calls ``supersede()``: the older answer is dropped."""

    def __init__(
        self,
        parent: QWidget,
        show: Callable[[T], None],
        failed: Callable[[IntakeError], None],
    ):
        self.parent, self.show, self.failed = parent, show, failed
        self._running = False
        self._generation = 0

    @property
    def running(self) -> bool:
        return self._running

    def supersede(self) -> None:
        self._generation += 1

    def run(self, read: Callable[[], T]) -> bool:
        if self._running:
            return False
        self._running = True
        generation = self._generation

        def arrived(result: T) -> None:
            if generation == self._generation:
                self.show(result)

        def failed(error: IntakeError) -> None:
            if generation == self._generation:
                self.failed(error)

        def finished() -> None:
            self._running = False

        BackgroundOp(self.parent, lambda _progress, _cancelled: read(), arrived).failure(
            failed
        ).when_done(finished).run_in_background()
        return True


def run_with_progress(
    parent: QWidget | None, label: str, work: Callable[[Progress, Cancelled], T], cancellable=True
) -> T:
    """Run ``work`` in the background and wait for it, with a live progress dialog (the
    screen stays painted, Afbreken works); return its result or raise its exception."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def settled(result, error) -> None:
        outcome["result"], outcome["error"] = result, error
        loop.quit()

    op = BackgroundOp(parent, work).with_progress(label, cancellable)
    op._on_any_outcome = settled
    op.run_in_background()
    loop.exec()
    if outcome.get("error") is not None:
        raise outcome["error"]
    return outcome.get("result")
