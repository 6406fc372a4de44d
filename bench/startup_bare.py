"""Child of bench_startup.py: the bare baseline. Qt and SQLAlchemy imported, an empty
main window shown, events processed once; prints its own timings as JSON."""

import time

started = time.perf_counter()  # as close to interpreter start as a script gets

import json  # noqa: E402

import sqlalchemy  # noqa: E402, F401
import sqlalchemy.orm  # noqa: E402, F401
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

imported = time.perf_counter()
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
shown = time.perf_counter()
print(json.dumps({"import_ms": (imported - started) * 1000, "window_ms": (shown - started) * 1000}))
