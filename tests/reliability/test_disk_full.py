"""C19: a full disk. On a 2 MiB tmpfs, writes go on until the carnet says DiskFull (a typed error,
never a crash); after space comes back every acknowledged row is there and both integrity
checks pass. A creation on a full disk fails cleanly and can be tried again.

Needs root for mount(8): as root (tests and CI) the mount must work, otherwise the test fails
with the reason; as another user it is skipped, saying why."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from carnet.kit import PASSPHRASE, make_carnet

from app.carnet import DB_NAME, ENVELOPE_NAME, Carnet, DiskFull, StorageError

NOTES = "Compte rendu de l'entretien : " + "é" * 900  # ~1.8 KB a row


def _run(*cmd: str) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=30)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("C19 needs root to mount a small tmpfs (run as root, as ./test does in CI)")
    mount = tmp_path / "stick"
    mount.mkdir()
    done = _run("mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mount))
    if done.returncode != 0:
        pytest.fail(f"running as root but cannot mount a tmpfs for C19: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        if _run("umount", str(mount)).returncode != 0:
            _run("umount", "-l", str(mount))


def _grow(mount: Path, size: str) -> None:
    done = _run("mount", "-o", f"remount,size={size}", str(mount))
    assert done.returncode == 0, done.stderr


def _fill(path: Path) -> None:
    """Fill the file system to the last byte (unbuffered: nothing left to flush at close)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for chunk in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * chunk)
    finally:
        os.close(fd)


def test_disk_full_is_a_typed_error_and_loses_nothing(small_disk: Path):
    assert os.geteuid() != 0 or small_disk.is_mount()
    folder = small_disk / "carnet"
    carnet, _ = make_carnet(folder)
    acked: list[int] = []
    error = None
    for n in range(1, 5000):
        try:
            with carnet.write() as con:
                con.execute(
                    "INSERT INTO organisation(id, name, notes) VALUES (?, ?, ?)",
                    (n, f"org-{n}", NOTES),
                )
        except StorageError as exc:
            error = exc
            break
        acked.append(n)
    assert isinstance(error, DiskFull), f"expected DiskFull, got {error!r}"
    assert len(acked) > 100, "the disk filled too early to test anything"

    # Still usable for reading; more writes keep saying the same thing, never crash.
    assert carnet.query("SELECT count(*) FROM organisation")[0][0] == len(acked)
    for n in range(3):
        with pytest.raises(StorageError), carnet.write() as con:
            con.execute("INSERT INTO organisation(name, notes) VALUES (?, ?)", (f"x{n}", NOTES))
    assert carnet.query("SELECT max(id) FROM organisation")[0][0] == acked[-1]
    carnet.lock()
    names = set(os.listdir(folder))
    assert {DB_NAME, ENVELOPE_NAME} <= names

    _grow(small_disk, "32m")  # space comes back (files deleted, a bigger stick)
    with Carnet.unlock(folder, PASSPHRASE) as again:
        ids = [r[0] for r in again.query("SELECT id FROM organisation ORDER BY id")]
        problems = again.integrity_problems()
        with again.write() as con:  # and it writes again
            con.execute("INSERT INTO organisation(name) VALUES ('after')")
    print(f"\nC19 disk full: acked={len(acked)} then DiskFull; lost={len(set(acked) - set(ids))}")
    assert ids == acked
    assert problems == []


def test_creating_on_a_full_disk_fails_cleanly(small_disk: Path):
    _fill(small_disk / "filler")
    folder = small_disk / "carnet"
    with pytest.raises(DiskFull):
        make_carnet(folder)
    # Nothing half-made that would block the next try or look like a carnet.
    assert not (folder / ENVELOPE_NAME).exists()
    assert not (folder / DB_NAME).exists()
    (small_disk / "filler").unlink()
    carnet, _ = make_carnet(folder)
    carnet.lock()
    Carnet.unlock(folder, PASSPHRASE).lock()
