"""Unexpected errors: logged with their traceback, shown to the user as a short message."""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("intake_desktop")


def install_exception_hook(log_file) -> None:
    def show(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is None:
            return
        QMessageBox.critical(
            QApplication.activeWindow(),
            QCoreApplication.translate("errors", "Er ging iets mis"),
            QCoreApplication.translate(
                "errors",
                "Er ging onverwacht iets mis. Wat u had ingevuld, is zoveel mogelijk "
                "bewaard. De fout is vastgelegd in het logboek:\n{path}",
            ).format(path=log_file),
        )

    sys.excepthook = show
    threading.excepthook = lambda args: log.error(
        "unexpected error in thread", exc_info=(args.exc_type, args.exc_value, args.exc_traceback)
    )
