"""Start-up to a usable main window with 250,000 clients, against a bare Qt script.

    .venv/bin/python bench/bench_startup.py

Each side is a fresh process (startup_app.py, startup_bare.py), timed from spawn to
exit; 15 runs each, interleaved. The argon2 password check is timed apart and left out
of the compared figure: a person types the password, the comparison is about start-up.
Target: (program - argon2) / bare <= 1.5 on the median wall-clock times.

A third child (startup_signin.py) runs the program's real start-up path up to the
first window a user can type in, the sign-in dialog. While the user types the
password the program preloads what the main window needs (ui.app.preload_main_window),
so in real use the main window follows the password without that wait.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from make_store import make_store, store_path

from intake_desktop.config import load_config
from intake_desktop.services.beheer import accounts
from intake_desktop.services.core.store import Store

CLIENTS = 250_000
RUNS = 15
TARGET_RATIO = 1.5
USER, PASSWORD = "bench", "bench-wachtwoord"
HERE = Path(__file__).resolve().parent


def ensure_account(path: Path) -> None:
    """One beheerder in the bench store, created once."""
    store = Store.open(f"sqlite:///{path}", load_config())
    if not accounts.has_staff(store):
        accounts.create_staff(
            store,
            None,
            accounts.NewStaff(
                username=USER,
                display_name="Bench",
                password=PASSWORD,
                roles={"beheerder"},
                gemeente_code=store.config.default_gemeente.code,
            ),
        )
    store.close()


def run_child(script: str, env: dict[str, str]) -> dict[str, float]:
    """Wall-clock from spawn to exit, plus the timings the child prints itself."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(HERE / script)], env=env, capture_output=True, text=True
    )
    wall_ms = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{script} failed:\n{done.stderr}")
    return {"wall_ms": wall_ms, **json.loads(done.stdout.strip().splitlines()[-1])}


def median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def main() -> None:
    path = make_store(store_path(CLIENTS), CLIENTS)
    ensure_account(path)
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "INTAKE_HOME": home,
            "INTAKE_DB_URL": f"sqlite:///{path}",
            "BENCH_USER": USER,
            "BENCH_PASSWORD": PASSWORD,
        }
        run_child("startup_bare.py", env)  # warm-up: file cache, .pyc files
        run_child("startup_app.py", env)
        run_child("startup_signin.py", env)
        bare, app, signin = [], [], []
        for number in range(RUNS):
            order = ("bare", "app", "signin") if number % 2 == 0 else ("signin", "app", "bare")
            for side in order:
                if side == "bare":
                    bare.append(run_child("startup_bare.py", env))
                elif side == "app":
                    app.append(run_child("startup_app.py", env))
                else:
                    signin.append(run_child("startup_signin.py", env))
    for run in app:
        run["compared_ms"] = run["wall_ms"] - run["argon2_ms"]
        run["window_wo_argon2_ms"] = run["window_ms"] - run["argon2_ms"]

    print(f"Start-up with {CLIENTS:,} clients, median of {RUNS} runs each (ms):")
    print(
        f"  bare Qt + SQLAlchemy   wall {median(bare, 'wall_ms'):7.0f}   "
        f"in-process: imports {median(bare, 'import_ms'):5.0f}, "
        f"window shown {median(bare, 'window_ms'):5.0f}"
    )
    print(
        f"  intake-desktop         wall {median(app, 'wall_ms'):7.0f}   "
        f"in-process: imports {median(app, 'import_ms'):5.0f}, "
        f"store open {median(app, 'store_ms'):4.0f}, "
        f"sign_in {median(app, 'sign_in_ms'):4.0f} (of which argon2 "
        f"{median(app, 'argon2_ms'):4.0f}), main window {median(app, 'main_window_ms'):4.0f}, "
        f"window shown {median(app, 'window_ms'):5.0f}"
    )
    print(f"  argon2 password check (left out below): {median(app, 'argon2_ms'):.0f} ms")
    compared, baseline = median(app, "compared_ms"), median(bare, "wall_ms")
    ratio = compared / baseline
    in_process = median(app, "window_wo_argon2_ms") / median(bare, "window_ms")
    print(f"  program wall without argon2: {compared:.0f} ms vs bare {baseline:.0f} ms")
    print(
        f"  ratio (wall, spawn to exit): {ratio:.2f}   "
        f"(in-process time to window: {in_process:.2f})"
    )
    print(f"  target ratio <= {TARGET_RATIO}: {'MET' if ratio <= TARGET_RATIO else 'NOT MET'}")
    first = median(signin, "window_ms") / median(bare, "window_ms")
    print(
        f"  first usable window (sign-in dialog, real run_gui path): in-process "
        f"{median(signin, 'window_ms'):.0f} ms vs bare window {median(bare, 'window_ms'):.0f} ms"
        f" -> ratio {first:.2f} (target {TARGET_RATIO}: "
        f"{'MET' if first <= TARGET_RATIO else 'NOT MET'})"
    )
    print(
        "  all wall times (ms): bare "
        + " ".join(f"{r['wall_ms']:.0f}" for r in bare)
        + " | program "
        + " ".join(f"{r['wall_ms']:.0f}" for r in app)
    )


if __name__ == "__main__":
    main()
