"""No crash dump with decrypted records: the app's process can produce no core file and, on
Linux, is not dumpable (other programs of the same user cannot read its memory)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
from app.hardening import dumpable, no_core_dumps
import resource
print(dumpable(), resource.getrlimit(resource.RLIMIT_CORE))
no_core_dumps()
print(dumpable(), resource.getrlimit(resource.RLIMIT_CORE))
"""


def test_no_core_dumps_and_not_dumpable():
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=True)  # fmt: skip
    before, after = done.stdout.splitlines()
    assert before.startswith("True")  # a fresh Python process is dumpable: the test can fail
    assert after == "False (0, 0)"
