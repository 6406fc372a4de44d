"""Benchmarks keep running: each one with a ``--smoke`` mode is run here on a small
store in the test's temporary folder (the figures themselves are not checked)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.mark.parametrize("script", ["bench_search.py", "bench_server.py"])
def test_the_benchmark_runs_in_smoke_mode(tmp_path, script):
    result = subprocess.run(
        [sys.executable, script, "--smoke"],
        cwd=BENCH,
        capture_output=True,
        text=True,
        env=dict(os.environ, TMPDIR=str(tmp_path)),
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "ratio of p95" in result.stdout
