"""Faults, with the frozen program: two copies on one carnet, a copy killed (its lock must not
block the next one), a stick that becomes write-protected or is pulled between two operations.

What cannot be done here: pulling a stick while Repères writes to it. The real thing is an I/O
error at the next fsync; producing it needs the kernel's device-mapper "error" target (absent
from this kernel) or real hardware. Changing a mounted stick to read-only while Repères holds its
files open is refused by the kernel (busy). What is tested is what such a pull leads to at the
next operation: a clear message, exit code 8 or 6, and every row confirmed before still there.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from bundle_kit import (  # noqa: F401 (bundle_fixture: the fixture `bundle`)
    Bundle,
    Pc,
    bundle_fixture,
    passphrase_file,
    run,
)

IN_USE_FR = "Ce carnet est déjà ouvert dans un autre Repères."
STORAGE_FR = "Impossible d'écrire sur le disque ou la clé USB. Rien d'enregistré n'a été perdu."
NO_CARNET_FR = "Il n'y a pas de carnet Repères à cet endroit."
ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Reperes tests//FR\r\n"
    "BEGIN:VEVENT\r\nUID:rdv-stick-1@reperes.test\r\nDTSTAMP:20250101T000000Z\r\n"
    "DTSTART:20300115T090000Z\r\nDTEND:20300115T100000Z\r\nSUMMARY:Entretien\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def _demo(bundle: Bundle, folder: Path, secret: Path, pc: Pc) -> None:
    made = run([bundle.program, "demo", folder, "--passphrase-file", secret],
               pc.env(REPERES_FAST_KDF="1"))  # fmt: skip
    assert made.returncode == 0, made.stderr


def _counts(bundle: Bundle, folder: Path, secret: Path, pc: Pc) -> dict[str, int]:
    done = run([bundle.program, "check", folder, "--passphrase-file", secret], pc.env())
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["ok"]
    counts = dict(summary["counts"])
    counts.pop("unlock_log", None)  # each check records its own unlock
    return counts


# -- two copies ----------------------------------------------------------------------------------
def _holds_lock(pid: int, lock_file: Path) -> bool:
    """Whether process `pid` holds an OS lock on `lock_file`, read from /proc/locks (looking
    does not take the lock, so it cannot disturb the program)."""
    st = lock_file.stat()
    inode = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if len(fields) > 5 and fields[4] == str(pid) and fields[5] == inode:
            return True
    return False


@pytest.fixture
def first_copy(bundle: Bundle, tmp_path: Path) -> Iterator[tuple[subprocess.Popen, Path, Path]]:
    """A first Repères with the carnet open (the real app, offscreen, not the smoke run)."""
    pc = Pc(tmp_path / "pc").make()
    folder = tmp_path / "carnet de Léa"
    secret = passphrase_file(tmp_path)
    _demo(bundle, folder, secret, pc)
    proc = subprocess.Popen(
        [str(bundle.program), "--carnet", str(folder), "--passphrase-file", str(secret)],
        env=pc.env(QT_QPA_PLATFORM="offscreen"),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        lock = folder / "carnet.lock"
        while not (lock.exists() and _holds_lock(proc.pid, lock)):
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < deadline, "the first Repères never opened the carnet"
            time.sleep(0.05)
        yield proc, folder, secret
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
        if proc.stderr:
            proc.stderr.close()


def test_a_second_copy_on_the_same_carnet_is_refused_then_opens_after_a_crash(
    bundle: Bundle, first_copy, tmp_path: Path
):
    proc, folder, secret = first_copy
    pc = Pc(tmp_path / "pc2").make()
    env = pc.env(QT_QPA_PLATFORM="offscreen")
    second = run([bundle.program, "--smoke", "--carnet", folder, "--passphrase-file", secret], env)
    assert second.returncode == 9, second.stdout + second.stderr  # CarnetInUse
    assert second.stdout.strip() == "smoke: unlock"  # the unlock screen says it is open elsewhere
    checked = run([bundle.program, "check", folder, "--passphrase-file", secret], env)
    assert checked.returncode == 9
    assert checked.stderr.strip() == IN_USE_FR
    assert json.loads(checked.stdout)["error"] == "in_use"

    # A crash: kill -9. The lock file stays on disk; the OS lock went with the process.
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert (folder / "carnet.lock").exists()
    again = run([bundle.program, "--smoke", "--carnet", folder, "--passphrase-file", secret], env)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "smoke: today"
    assert run([bundle.program, "check", folder, "--passphrase-file", secret], env).returncode == 0


# -- the stick -----------------------------------------------------------------------------------
def _sh(*cmd: str) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=30)


class Stick:
    """A USB stick: its content lives in `backing`; plugged = bind-mounted at `mount`."""

    def __init__(self, root: Path):
        self.backing = root / "contenu de la clé"
        self.mount = root / "media" / "Clé USB de Léa"
        self.backing.mkdir(parents=True)
        self.mount.mkdir(parents=True)

    def plug(self, *, read_only: bool = False) -> None:
        done = _sh("mount", "--bind", str(self.backing), str(self.mount))
        assert done.returncode == 0, done.stderr
        if read_only:
            self.protect(True)

    def protect(self, read_only: bool) -> None:
        """The write-protect switch (only possible with no file of the stick open)."""
        mode = "ro" if read_only else "rw"
        done = _sh("mount", "-o", f"remount,bind,{mode}", str(self.mount))
        assert done.returncode == 0, done.stderr

    def pull(self) -> None:
        done = _sh("umount", str(self.mount))
        assert done.returncode == 0, done.stderr

    def plugged(self) -> bool:
        # a bind mount of a folder of the same file system: Path.is_mount() cannot see it
        return _sh("mountpoint", "-q", str(self.mount)).returncode == 0


@pytest.fixture
def stick(tmp_path: Path) -> Iterator[Stick]:
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a stand-in USB stick (./test runs as root in CI)")
    s = Stick(tmp_path)
    s.plug()
    if not s.plugged():
        pytest.fail("running as root but a bind mount did not work")
    try:
        yield s
    finally:
        if s.plugged():
            _sh("umount", "-l", str(s.mount))


def test_a_write_protected_or_pulled_stick_is_told_plainly_and_loses_nothing(
    bundle: Bundle, stick: Stick, tmp_path: Path
):
    pc = Pc(tmp_path / "pc").make()
    secret = passphrase_file(tmp_path)
    carnet = stick.mount / "carnet"
    calendar = tmp_path / "rdv.ics"
    calendar.write_text(ICS, "utf-8")
    _demo(bundle, carnet, secret, pc)
    confirmed = _counts(bundle, carnet, secret, pc)

    # Write-protected between two operations: the next write says so, exit 8, nothing changed.
    stick.protect(True)
    imported = run([bundle.program, "import-ics", carnet, calendar, "--passphrase-file", secret],
                   pc.env())  # fmt: skip
    assert imported.returncode == 8
    assert imported.stderr.strip() == STORAGE_FR
    smoke = run([bundle.program, "--smoke", "--carnet", carnet, "--passphrase-file", secret],
                pc.env(QT_QPA_PLATFORM="offscreen"))  # fmt: skip
    assert smoke.returncode == 8  # the unlock screen says it cannot write there
    stick.protect(False)
    assert _counts(bundle, carnet, secret, pc) == confirmed

    # Pulled between two operations: "no carnet here" (exit 6), never a new empty carnet.
    stick.pull()
    checked = run([bundle.program, "check", carnet, "--passphrase-file", secret], pc.env())
    assert checked.returncode == 6
    assert checked.stderr.strip() == NO_CARNET_FR
    assert list(stick.mount.iterdir()) == []  # nothing was created in its place

    # Plugged back: every confirmed row is there, and writing works again.
    stick.plug()
    assert _counts(bundle, carnet, secret, pc) == confirmed
    imported = run([bundle.program, "import-ics", carnet, calendar, "--passphrase-file", secret],
                   pc.env())  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    after = _counts(bundle, carnet, secret, pc)
    assert after["appointment"] == confirmed["appointment"] + 1
