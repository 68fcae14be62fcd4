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
from carnet.kit import PASSPHRASE, folder_state, make_carnet

from app.carnet import (
    DB_NAME,
    ENVELOPE_NAME,
    Carnet,
    DiskFull,
    StorageError,
    WrongPassphrase,
    migrations,
)

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
    assert len(acked) >= 20, "the disk filled too early to test anything"

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


def test_passphrase_change_on_a_full_disk_keeps_the_old_one(small_disk: Path):
    folder = small_disk / "carnet"
    carnet, _ = make_carnet(folder)
    _fill(small_disk / "filler")
    with pytest.raises(DiskFull):
        carnet.change_passphrase(PASSPHRASE, "une toute nouvelle phrase de passe 92")
    carnet.lock()
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
    (small_disk / "filler").unlink()
    Carnet.unlock(folder, PASSPHRASE).lock()
    with pytest.raises(WrongPassphrase):
        Carnet.unlock(folder, "une toute nouvelle phrase de passe 92")


def test_export_onto_a_full_disk_leaves_no_partial_copy(small_disk: Path, tmp_path: Path):
    carnet, _ = make_carnet(tmp_path / "carnet")
    try:
        with carnet.write() as con:
            con.executemany(
                "INSERT INTO organisation(name, notes) VALUES (?, ?)",
                [(f"org {i}", NOTES) for i in range(1500)],  # ~3 MB: more than the stick
            )
        dest = small_disk / "copie.db"
        with pytest.raises(DiskFull):
            carnet.export_copy(dest)
        assert not dest.exists()
        assert carnet.query("SELECT count(*) FROM organisation") == [(1500,)]
    finally:
        carnet.lock()


@pytest.mark.parametrize("free_kib", [0, 96], ids=["full", "room-for-the-index-only"])
def test_unlocking_an_older_carnet_on_a_full_disk(small_disk: Path, monkeypatch, free_kib: int):
    """Full: even the read-only check needs room (its -shm index): that is DiskFull, not
    "damaged". Nearly full: the check passes, the copy kept before upgrading does not fit."""
    folder = small_disk / "carnet"
    with monkeypatch.context() as m:
        m.setattr(migrations, "STEPS", migrations.STEPS[:1])
        carnet, _ = make_carnet(folder)
        with carnet.write() as con:
            con.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?)",
                [(f"k{i}", NOTES) for i in range(150)],  # ~300 KB: more than the room left
            )
        carnet.lock()
    before = folder_state(folder)
    gap = small_disk / "gap"
    gap.write_bytes(bytes(free_kib * 1024))
    _fill(small_disk / "filler")
    gap.unlink()
    with pytest.raises(DiskFull):
        Carnet.unlock(folder, PASSPHRASE)
    assert folder_state(folder) == before, "a refused unlock left or changed a file"
    (small_disk / "filler").unlink()
    with Carnet.unlock(folder, PASSPHRASE) as again:
        assert again.schema_version == migrations.LATEST
        assert again.query("SELECT count(*) FROM meta WHERE key LIKE 'k%'") == [(150,)]
    assert (folder / "carnet-avant-v2.db").is_file()


def test_a_full_disk_is_not_reported_as_damage(small_disk: Path):
    folder = small_disk / "carnet"
    make_carnet(folder)[0].lock()
    before = folder_state(folder)
    _fill(small_disk / "filler")
    with pytest.raises(DiskFull):
        Carnet.unlock(folder, PASSPHRASE)
    assert folder_state(folder) == before
