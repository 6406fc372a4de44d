"""A built wheel carries what the program needs (configuration, fonts, translations,
branding, migrations) and, installed apart from this source tree, starts on it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# What the child does: start the real program (run_gui, in English, on an empty home)
# up to its first window, note what it shows, and close it as a user would.
CHILD = """
import json, sys
from intake_desktop.ui import first_run_dialog
from intake_desktop.ui import app

seen = {}

def look_and_close(dialog):
    dialog.show()
    seen["title"] = dialog.windowTitle()
    return 0

first_run_dialog.FirstRunDialog.exec = look_and_close
code = app.run_gui(language="en")
import intake_desktop
from intake_desktop.ui.app import resources_dir
print(json.dumps({"code": code, "package": intake_desktop.__file__,
                  "resources": str(resources_dir()), **seen}))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Built from a copy of the project, so setuptools' build/ and egg-info folders land
    in the temporary folder, not in the source tree."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "TMPDIR": str(source)},
    )
    (found,) = out.glob("intake_desktop-*.whl")
    return found


def test_the_wheel_holds_the_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    config = {n for n in names if n.startswith("intake_desktop/resources/config/")}
    shipped = sorted(p.name for p in (ROOT / "src/intake_desktop/resources/config").glob("*.toml"))
    assert sorted(Path(n).name for n in config) == shipped
    for needed in (
        "intake_desktop/resources/fonts/DejaVuSans.ttf",
        "intake_desktop/resources/translations/intake_desktop_en.qm",
        "intake_desktop/resources/branding/logo.png",
        "intake_desktop/db/migrations/script.py.mako",
    ):
        assert needed in names
    assert any(n.startswith("intake_desktop/db/migrations/versions/") for n in names)


def test_the_installed_wheel_starts_with_its_configuration(wheel, tmp_path):
    target = tmp_path / "installed"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    # The dependencies from this environment, but not its editable link to src/:
    # ``-S`` skips site-packages' .pth files, PYTHONPATH names the folders itself.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("INTAKE_", "PYTHON"))}
    env.update(
        PYTHONPATH=os.pathsep.join([str(target), sysconfig.get_paths()["purelib"]]),
        INTAKE_HOME=str(tmp_path / "home"),
        QT_QPA_PLATFORM="offscreen",
    )
    result = subprocess.run(
        [getattr(sys, "_base_executable", sys.executable), "-S", "-c", CHILD],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert Path(seen["package"]).is_relative_to(target)
    assert Path(seen["resources"]).is_relative_to(target)
    assert seen["code"] == 0
    # The first-start window, in English: the translations came from the wheel.
    assert seen["title"] == "Welcome to Intake Werkplein", seen["title"]
    # The store was made and migrated in the new home.
    assert list((tmp_path / "home").rglob("intake.sqlite"))
