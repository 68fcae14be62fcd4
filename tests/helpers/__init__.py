"""Shared test helpers. Tests import them as `helpers.<module>` (tests/ is on sys.path)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def need(condition: object, reason: str) -> None:
    """Skip when something the test needs is missing, except under CI, where it fails:
    `./test` installs and starts everything, so a missing piece in CI is a real fault."""
    if condition:
        return
    if in_ci():
        pytest.fail(f"{reason} (CI installs it: fix ./run or ./test)")
    pytest.skip(reason)


def require_tool(name: str) -> str:
    """The path of a system program the test needs (see DEB_PACKAGES in ./run)."""
    path = shutil.which(name)
    need(path, f"{name} is not installed (./test installs it when run as root)")
    assert path is not None
    return path
