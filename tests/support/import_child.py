"""An import as a subprocess, for the tests that kill it or measure its memory.

    python -m tests.support.import_child STORE.sqlite FILE.csv CHUNK PAUSE

Signs in as "beheer" (tests.support.staff.DEMO_PASSWORD), prints "chunk" after each
stored chunk (then waits PAUSE seconds) and at the end
"klaar <imported> <refused> <listed> <peak MB>".
"""

import resource
import sys
import time
from pathlib import Path

from intake_desktop.config import load_config
from intake_desktop.services.beheer import accounts, importer
from intake_desktop.services.core.store import Store
from tests.support.staff import DEMO_PASSWORD

store_path, csv_path, chunk, pause = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
store = Store.open(f"sqlite:///{store_path}", load_config())
actor = accounts.sign_in(store, "beheer", DEMO_PASSWORD)
importer.CHUNK = chunk


def progress(done: int, total: int) -> None:
    print("chunk", flush=True)
    time.sleep(pause)


def peak_mb() -> int:
    """The process's own peak memory. VmHWM starts anew at exec; ru_maxrss would carry
    over the parent's peak (a pytest worker's hundreds of MB) through fork and exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


report = importer.import_clients(store, actor, csv_path, progress)
peak = peak_mb()
print(f"klaar {report.imported} {report.error_count} {len(report.errors)} {peak}", flush=True)
