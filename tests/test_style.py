"""The code stays ruff-clean (configuration in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys

from helpers import ROOT


def test_ruff_check():
    proc = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "app", "ui", "tests"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
