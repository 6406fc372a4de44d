"""Logging to a file in the user log directory; BSNs never reach the log."""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

# 8 or 9 digits, also written with spaces, dots or dashes between them (a BSN).
_NINE_DIGITS = re.compile(r"(?<!\d)(?:\d[ .\-]?){7,8}\d(?!\d)")


class BsnFilter(logging.Filter):
    """Masks any 8- or 9-digit number (a BSN) in a log line, arguments included."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = _NINE_DIGITS.sub("*********", record.exc_text)
        record.msg = _NINE_DIGITS.sub("*********", message)
        record.args = ()
        return True


def setup_logging(log_file: Path, level: int = logging.INFO) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(BsnFilter())
    root = logging.getLogger()
    root.setLevel(level)
    for old in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(old)
    root.addHandler(handler)
