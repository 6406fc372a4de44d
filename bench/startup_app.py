"""Child of bench_startup.py: what intake_desktop.ui.app.run_gui does up to a shown main
window, with accounts.sign_in() in place of the sign-in dialog. Needs INTAKE_HOME,
INTAKE_DB_URL, BENCH_USER and BENCH_PASSWORD; prints its own timings as JSON."""

import time

started = time.perf_counter()  # as close to interpreter start as a script gets

import json  # noqa: E402
import os  # noqa: E402

from intake_desktop.logging_setup import setup_logging  # noqa: E402
from intake_desktop.services.beheer import accounts  # noqa: E402
from intake_desktop.settings import load_settings  # noqa: E402
from intake_desktop.ui.app import create_application, install_qt_log, open_store  # noqa: E402
from intake_desktop.ui.widgets.errors import install_exception_hook  # noqa: E402

imported = time.perf_counter()

# The argon2 check (with its import) is what a typed password costs; time it apart.
argon2_ms = 0.0
_verify = accounts._verify


def _timed_verify(stored_hash: str, password: str) -> bool:
    global argon2_ms
    begun = time.perf_counter()
    try:
        return _verify(stored_hash, password)
    finally:
        argon2_ms += (time.perf_counter() - begun) * 1000


accounts._verify = _timed_verify

settings = load_settings()
setup_logging(settings.log_file)
install_qt_log()
app = create_application(settings.language)
install_exception_hook(settings.log_file)
store = open_store(settings)
store_open = time.perf_counter()

# In place of the sign-in dialog: the same service call the dialog makes.
actor = accounts.sign_in(store, os.environ["BENCH_USER"], os.environ["BENCH_PASSWORD"])
signed_in = time.perf_counter()

from intake_desktop.ui.idle_lock import IdleLock  # noqa: E402
from intake_desktop.ui.main_window import MainWindow  # noqa: E402

window = MainWindow(store, actor)
window.idle_lock = IdleLock(store, actor, store.config.idle_lock_minutes, window)
window.show()
app.processEvents()
shown = time.perf_counter()
print(
    json.dumps(
        {
            "import_ms": (imported - started) * 1000,
            "store_ms": (store_open - imported) * 1000,
            "sign_in_ms": (signed_in - store_open) * 1000,
            "argon2_ms": argon2_ms,
            "main_window_ms": (shown - signed_in) * 1000,
            "window_ms": (shown - started) * 1000,
        }
    )
)
store.close()
