"""After a lock, no decrypted record stays in the memory of Repères (handbook §3).

The real app runs on ./test's X server, unlocked with a carnet that holds a marker in an
appointment and in the journal. Its memory (/proc/<pid>/mem) is scanned while the marker is on
screen — the scan must find it, or it proves nothing — then Ctrl+L locks (the process re-executes
itself: same pid, fresh memory) and the same pid is scanned again."""

from __future__ import annotations

import secrets
import subprocess
import sys
import time
from datetime import datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

import pytest

from app.carnet import FAST_KDF, Carnet
from app.carnet.envelope import Envelope
from app.carnet.passphrase import normalize
from app.domain.appointments import Appointment
from app.domain.journal import ExchangeKind, JournalDraft
from app.domain.localtime import HOME_ZONE
from app.records import add_appointment, write_journal_entry

from .conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.xvfb


def scan_memory(pid: int, needles: dict[str, bytes]) -> dict[str, int]:
    """How many times each needle is in the readable memory of `pid` (same user: allowed)."""
    counts = dict.fromkeys(needles, 0)
    with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb", 0) as mem:
        for line in maps:
            span, perms = line.split()[:2]
            if "r" not in perms:
                continue
            lo, hi = (int(x, 16) for x in span.split("-"))
            try:
                mem.seek(lo)
                chunk = mem.read(hi - lo)
            except (OSError, ValueError, OverflowError):
                continue  # [vvar] and friends cannot be read
            for name, needle in needles.items():
                counts[name] += chunk.count(needle)
    return counts


def _needles(marker: str, key: bytes) -> dict[str, bytes]:
    return {
        "marker utf-8": marker.encode("utf-8"),
        "marker utf-16": marker.encode("utf-16-le"),  # QString keeps text in UTF-16
        "raw key": key,
        "hex key": key.hex().encode(),
    }


def _wait(predicate, what: str, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not after {timeout:.0f} s")
        time.sleep(0.2)


def _window_of(pid: int) -> str | None:
    done = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name",
                           "Repères"], capture_output=True, text=True, timeout=10)  # fmt: skip
    ids = done.stdout.split()
    return ids[-1] if ids else None


def _cmdline(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/cmdline").read_bytes().decode().split("\0")


def test_lock_leaves_no_marker_and_no_key_in_the_process_memory(tmp_path, xcb_env):
    marker = "MARQUEUR" + secrets.token_hex(8)
    folder = tmp_path / "carnet"
    carnet, _code = Carnet.create(folder, PASSPHRASE, owner_name="Léa", kdf=FAST_KDF)
    tomorrow = datetime.now(HOME_ZONE).date() + timedelta(days=1)
    starts = datetime.combine(tomorrow, clock_time(10, 0), tzinfo=HOME_ZONE)
    add_appointment(carnet, Appointment(title=f"Rendez-vous {marker}", starts_at=starts))
    write_journal_entry(carnet, JournalDraft(ExchangeKind.CALL, f"Appel {marker}"))
    carnet.lock()
    key = Envelope.read(folder / "envelope.json").unlock(normalize(PASSPHRASE))
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSPHRASE + "\n", "utf-8")
    log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen(
        [sys.executable, "-m", "ui.launcher", "--carnet", str(folder),
         "--passphrase-file", str(secret)],
        cwd=ROOT, env=xcb_env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        needles = _needles(marker, key)
        # Unlocked, Today on screen: the next appointment's title is shown, the scan sees it.
        before = _wait(
            lambda: (c := scan_memory(app.pid, needles))["marker utf-16"] and c,
            "the marker on the Today screen",
        )
        window = _wait(lambda: _window_of(app.pid), "the window")
        subprocess.run(["xdotool", "windowfocus", "--sync", window, "key", "--clearmodifiers",
                        "ctrl+l"], check=True, timeout=30)  # fmt: skip
        # The same pid now runs a fresh program, without the passphrase file, on the unlock
        # screen.
        _wait(lambda: "--passphrase-file" not in _cmdline(app.pid), "the re-execution")
        _wait(lambda: _window_of(app.pid), "the unlock window of the new program")
        assert app.poll() is None, "the app ended instead of showing the unlock screen"
        after = scan_memory(app.pid, needles)
    finally:
        app.terminate()
        app.wait(timeout=30)
        log.close()
    print(f"memory scan of pid {app.pid}: before lock {before}, after lock {after}")
    assert before["marker utf-8"] + before["marker utf-16"] > 0
    assert after == dict.fromkeys(needles, 0), after
    assert marker not in (tmp_path / "app.log").read_text("utf-8", "replace")
