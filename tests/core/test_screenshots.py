"""The README's screenshots come from scripts/screenshots.py; it must keep running."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_the_screenshot_script_makes_every_picture(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screenshots.py"), str(tmp_path / "shots")],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    for name in ("hoofdscherm", "wachtrij", "dossier", "mijn-caseload", "monitoring"):
        image = QImage(str(tmp_path / "shots" / f"{name}.png"))
        assert (image.width(), image.height()) == (1366, 768), name
    for name in ("quickscan", "ambitiegesprek"):
        image = QImage(str(tmp_path / "shots" / f"{name}.png"))
        assert image.width() <= 1366 and image.height() <= 768, name
