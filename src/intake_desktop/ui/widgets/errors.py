"""Unexpected errors: logged with their traceback, shown to the user as a short message
that offers "Details kopiëren" (for the service desk, without personal data)."""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox

from intake_desktop import __version__

log = logging.getLogger("intake_desktop")

# How deep a chain of causes ("during handling of ...") the details follow.
MAX_CHAIN = 5


def install_exception_hook(log_file) -> None:
    def show(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is None:
            return
        show_crash_message(exc, log_file)

    sys.excepthook = show
    threading.excepthook = lambda args: log.error(
        "unexpected error in thread", exc_info=(args.exc_type, args.exc_value, args.exc_traceback)
    )


def show_crash_message(error: BaseException, log_file) -> None:
    """The short message; "Details kopiëren" puts ``crash_details`` on the clipboard and
    keeps the message up."""
    details = crash_details(error)
    note = ""
    while True:
        # No parent: the window that was active may be closed and deleted while the
        # message is up (the crash came from it), taking the message with it.
        box = QMessageBox()
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("errors", "Er ging iets mis"))
        box.setText(
            QCoreApplication.translate(
                "errors",
                "Er ging onverwacht iets mis. Wat u had ingevuld, is zoveel mogelijk "
                "bewaard. De fout is vastgelegd in het logboek:\n{path}",
            ).format(path=log_file)
            + note
        )
        copy = box.addButton(
            QCoreApplication.translate("errors", "Details &kopiëren"),
            QMessageBox.ButtonRole.ActionRole,
        )
        copy.setObjectName("copyCrashDetails")
        copy.setToolTip(
            QCoreApplication.translate(
                "errors",
                "Soort fout, plaats in het programma en versies naar het klembord, voor de "
                "servicedesk. Zonder gegevens van klanten.",
            )
        )
        close = box.addButton(QMessageBox.StandardButton.Ok)
        box.setDefaultButton(close)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is not copy:
            return
        QApplication.clipboard().setText(details)
        note = "\n\n" + QCoreApplication.translate("errors", "De details staan op het klembord.")


def crash_details(error: BaseException) -> str:
    """What a developer needs to find the fault: the exception's type, the traceback's
    frames (file:line in function), the program's, Qt's and Python's version and the OS.
    Never the exception's message nor local values: they can hold a BSN or a name."""
    lines = [
        f"Intake Werkplein {__version__}",
        f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}",
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        "",
    ]
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen and len(seen) < MAX_CHAIN:
        if seen:
            lines.append("")
            lines.append("Caused by / during handling of:")
        seen.add(id(current))
        kind = type(current)
        lines.append(f"{kind.__module__}.{kind.__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    return "\n".join(lines)


def _short_path(filename: str) -> str:
    """The file from its package on (``intake_desktop/ui/app.py``): a full path names the
    user's home folder."""
    parts = Path(filename).parts
    for anchor in ("site-packages", "dist-packages"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) + 1 :])
    if "intake_desktop" in parts:
        index = len(parts) - 1 - parts[::-1].index("intake_desktop")
        return "/".join(parts[index:])
    if "lib" in parts and len(parts) > 2:  # the standard library: lib/python3.x/...
        index = len(parts) - 1 - parts[::-1].index("lib")
        return "/".join(parts[index + 1 :])
    return Path(filename).name
