"""A program starting on an old store, as a subprocess the migration kill test kills:
prints "begin" just before the migration and "klaar" after it."""

import sys
import time

from intake_desktop.db import migrate
from intake_desktop.db.engine import make_engine

engine = make_engine(sys.argv[1])
print("begin", flush=True)
started = time.perf_counter()
migrate.upgrade(engine)
print(f"klaar {time.perf_counter() - started:.3f}", flush=True)
