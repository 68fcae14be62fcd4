"""Copies on a USB stick and restoring one (C17): encrypted only, checked after writing, never a
half-written copy that looks good, and a restore that keeps the carnet of now.

The stick is real for the kernel: a small tmpfs (its content) bind-mounted at a "media" folder.
Full: the tmpfs is smaller than the carnet. Pulled: the bind mount is unmounted between two steps
of the copy (the copy's own step hook), as a pull at that moment does; the content stays on the
tmpfs, as on a stick plugged in again. Needs root for mount(8): skipped otherwise, saying why."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from app.carnet import (
    DB_NAME,
    ENVELOPE_NAME,
    Carnet,
    CarnetSettingsError,
    DiskFull,
    NotACarnet,
    StorageError,
    WrongPassphrase,
)
from app.carnet.backup import (
    PARTIAL_SUFFIX,
    copy_carnet,
    is_copy,
    open_copy,
    restore_copy,
)
from app.carnet.envelope import Envelope
from app.domain import HOME_ZONE
from helpers import usb_stick

from .kit import NEW_PASSPHRASE, PASSPHRASE, dump, make_carnet, sha256

NOW = datetime(2026, 11, 29, 10, 30, tzinfo=HOME_ZONE)
MARKER = "Rendez-vous Pôle – Hérault COPY-CANARY-5c1e"
stick_of = usb_stick.stick_of  # the fixture: a stand-in USB stick (tmpfs, bind-mounted)


@pytest.fixture
def carnet(tmp_path: Path) -> Iterator[Carnet]:
    carnet, code = make_carnet(tmp_path / "carnet", owner_name="Camille")
    carnet.recovery_code = code  # for the test below
    with carnet.write() as con:
        con.executemany(
            "INSERT INTO organisation(name, notes) VALUES (?, ?)",
            [(MARKER, MARKER * 3)] + [(f"org {i}", "é" * 900) for i in range(300)],
        )
    yield carnet
    carnet.lock()


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_copy_is_encrypted_checked_and_opens_with_the_password_and_the_code(
    carnet: Carnet, tmp_path: Path
):
    stick = tmp_path / "stick"
    stick.mkdir()
    steps: list[str] = []
    copy = copy_carnet(carnet, stick, NOW, on_step=steps.append)
    assert steps == ["database", "envelope", "check"]
    assert copy.name == "Repères copie 2026-11-29 10h30"
    assert _listing(stick) == [copy.name]
    assert _listing(copy) == [DB_NAME, ENVELOPE_NAME]
    assert is_copy(copy)

    data = (copy / DB_NAME).read_bytes()
    assert not data.startswith(b"SQLite format 3")
    for form in (MARKER.encode(), MARKER.encode("utf-16-le"), b"Camille"):
        assert form not in data
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(copy / DB_NAME).execute("SELECT count(*) FROM sqlite_master").fetchone()

    _key, checked = open_copy(copy, PASSPHRASE)
    assert checked.rows["organisation"] == 301
    Envelope.read(copy / ENVELOPE_NAME).unlock_recovery(carnet.recovery_code)  # the same code
    with pytest.raises(WrongPassphrase):
        open_copy(copy, NEW_PASSPHRASE)

    # Opened as a carnet (a copy of the copy, so the copy itself stays as it was).
    opened = tmp_path / "opened"
    shutil.copytree(copy, opened)
    with Carnet.unlock(opened, PASSPHRASE) as again:
        assert dump(again.query) | {"unlock_log": []} == dump(carnet.query) | {"unlock_log": []}
        assert again.owner_name == "Camille"

    second = copy_carnet(carnet, stick, NOW)  # same minute: a new name, never over the first
    assert second.name == "Repères copie 2026-11-29 10h30 (2)"


def test_no_copy_without_the_key_by_construction(carnet: Carnet, tmp_path: Path, monkeypatch):
    """The only way to write a copy is Carnet.export_copy, which refuses anything but a full
    256-bit key (an empty key would make sqlcipher_export write the data in clear)."""
    stick = tmp_path / "stick"
    stick.mkdir()
    for bad in (b"", b"\0" * 16):
        monkeypatch.setattr(carnet, "_key", bad)
        with pytest.raises(CarnetSettingsError):
            copy_carnet(carnet, stick, NOW)
        assert _listing(stick) == []  # the partial folder is gone too


def test_a_full_stick_is_said_and_leaves_nothing(carnet: Carnet, stick_of):
    stick = stick_of("256k")  # smaller than the carnet (~600 KB)
    before = dump(carnet.query)
    with pytest.raises(DiskFull):
        copy_carnet(carnet, stick.mount, NOW)
    assert _listing(stick.mount) == []
    assert dump(carnet.query) == before and carnet.integrity_problems() == []
    with carnet.write() as con:  # the carnet goes on as before
        con.execute("INSERT INTO organisation(name) VALUES ('after the full stick')")


def test_a_stick_pulled_during_the_copy_leaves_nothing_that_looks_good(carnet: Carnet, stick_of):
    stick = stick_of("16m")
    before = dump(carnet.query)

    def pull_at(step: str) -> None:
        if step == "envelope":
            stick.pull()

    with pytest.raises(StorageError) as raised:
        copy_carnet(carnet, stick.mount, NOW, on_step=pull_at)
    assert not isinstance(raised.value, DiskFull)
    assert dump(carnet.query) == before and carnet.integrity_problems() == []

    # Plugged in again: at most a hidden ".…partial" folder, which nothing takes for a copy.
    stick.plug()
    left = list(stick.mount.iterdir())
    assert all(p.name.startswith(".") and p.name.endswith(PARTIAL_SUFFIX) for p in left)
    assert not any(is_copy(p) for p in left)
    with pytest.raises(NotACarnet):
        open_copy(left[0], PASSPHRASE) if left else open_copy(stick.mount, PASSPHRASE)
    # The next copy removes it and succeeds.
    copy = copy_carnet(carnet, stick.mount, NOW)
    assert _listing(stick.mount) == [copy.name]


def test_restore_keeps_the_carnet_of_now_and_puts_the_copy_in_its_place(
    carnet: Carnet, tmp_path: Path
):
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = copy_carnet(carnet, stick, NOW)
    copied = dump(carnet.query)
    with carnet.write() as con:
        con.execute("INSERT INTO organisation(name) VALUES ('written after the copy')")
    now_rows = dump(carnet.query)
    folder = carnet.folder
    carnet.lock()
    old_db = sha256(folder / DB_NAME)
    copy_hashes = {n: sha256(copy / n) for n in (DB_NAME, ENVELOPE_NAME)}

    with pytest.raises(WrongPassphrase):
        restore_copy(folder, copy, NEW_PASSPHRASE, NOW)
    assert sha256(folder / DB_NAME) == old_db  # a refused copy changes nothing

    aside = restore_copy(folder, copy, PASSPHRASE, NOW)
    assert aside.parent == folder and aside.name.startswith("avant-restauration-")
    assert sha256(aside / DB_NAME) == old_db  # the carnet of now, kept whole
    assert {n: sha256(copy / n) for n in (DB_NAME, ENVELOPE_NAME)} == copy_hashes  # untouched
    assert not [p for p in folder.iterdir() if p.name.endswith(".restore")]
    with Carnet.unlock(folder, PASSPHRASE) as restored:
        rows = dump(restored.query)
        assert rows["organisation"] == copied["organisation"]
        assert restored.integrity_problems() == []
    kept = tmp_path / "kept"
    shutil.copytree(aside, kept)
    with Carnet.unlock(kept, PASSPHRASE) as old:
        assert dump(old.query)["organisation"] == now_rows["organisation"]


def test_restore_refuses_what_is_not_a_good_copy(carnet: Carnet, tmp_path: Path):
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = copy_carnet(carnet, stick, NOW)
    folder = carnet.folder
    carnet.lock()
    before = sha256(folder / DB_NAME)
    with pytest.raises(NotACarnet):
        restore_copy(folder, stick, PASSPHRASE, NOW)  # the stick itself, not a copy
    data = bytearray((copy / DB_NAME).read_bytes())
    data[8192 + 100] ^= 0xFF  # a damaged page
    (copy / DB_NAME).write_bytes(bytes(data))
    from app.carnet import DamagedCarnet

    with pytest.raises(DamagedCarnet):
        restore_copy(folder, copy, PASSPHRASE, NOW)
    assert sha256(folder / DB_NAME) == before
    assert not [p for p in folder.iterdir() if p.name.startswith("avant-restauration")]
