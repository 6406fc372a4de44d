"""Child of bench_startup.py: the real start-up path (intake_desktop.ui.app.run_gui) up
to the first window a user can type in, the sign-in dialog; then it exits. Prints its
own timings as JSON."""

import time

started = time.perf_counter()  # as close to interpreter start as a script gets

import json  # noqa: E402

from PySide6.QtWidgets import QApplication  # noqa: E402

from intake_desktop.ui import app, sign_in_dialog  # noqa: E402

imported = time.perf_counter()
timings = {}


def show_and_leave(dialog) -> int:
    dialog.show()
    QApplication.processEvents()
    timings["window_ms"] = (time.perf_counter() - started) * 1000
    return 0  # as if the user pressed "Sluiten"


sign_in_dialog.SignInDialog.exec = show_and_leave
app.run_gui()
print(json.dumps({"import_ms": (imported - started) * 1000, **timings}))
