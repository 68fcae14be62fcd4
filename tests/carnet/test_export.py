"""C17: the encrypted copy. Same key, same rows, same schema version; never over an existing
file; no path writes a copy without a key; no plaintext in the copy."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from app.carnet import (
    DB_NAME,
    ENVELOPE_NAME,
    Carnet,
    CarnetExists,
    CarnetSettingsError,
    LockedCarnet,
    StorageError,
)

from .kit import (
    PASSPHRASE,
    con_runner,
    data_key,
    dump,
    integrity_problems,
    make_carnet,
    raw_connect,
    sha256,
)

MARKERS = ["EXPORT-CANARY-7f3a9c", "Rendez-vous à Pôle – Hérault 7f3a9c", "موعد-7f3a9c"]


@pytest.fixture
def carnet(tmp_path: Path):
    carnet, _ = make_carnet(tmp_path / "carnet", owner_name="Camille")
    with carnet.write() as con:
        con.executemany(
            "INSERT INTO organisation(name, notes) VALUES (?, ?)",
            [(m, m * 3) for m in MARKERS] + [(f"org {i}", "x" * 500) for i in range(200)],
        )
    yield carnet
    carnet.lock()


def _assert_no_plaintext(path: Path) -> None:
    data = path.read_bytes()
    for m in [*MARKERS, "Camille"]:
        for form in (m.encode(), m.encode("utf-16-le"), m.encode("utf-16-be")):
            assert form not in data, (path.name, m)


def test_the_copy_opens_with_the_key_and_holds_the_same_rows(carnet: Carnet, tmp_path: Path):
    dest = tmp_path / "sauvegarde.db"
    carnet.export_copy(dest)
    key = data_key(carnet)
    original = dump(carnet.query)

    con = raw_connect(dest, key, readonly=True)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == carnet.schema_version
        assert dump(con_runner(con)) == original
        assert integrity_problems(con) == []
        schema = con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        con.close()
    assert schema == carnet.query("SELECT type, name, sql FROM sqlite_master ORDER BY name")
    _assert_no_plaintext(dest)

    # Other keys and no key at all do not open it.
    with pytest.raises(sqlcipher3.DatabaseError):
        raw_connect(dest, bytes(32)).execute("SELECT count(*) FROM sqlite_master").fetchone()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(dest).execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_the_copy_restores_as_a_carnet(carnet: Carnet, tmp_path: Path):
    dest = tmp_path / "sauvegarde.db"
    carnet.export_copy(dest)
    restored = tmp_path / "restored"
    restored.mkdir()
    shutil.copyfile(dest, restored / DB_NAME)
    shutil.copyfile(carnet.folder / ENVELOPE_NAME, restored / ENVELOPE_NAME)
    names = [r[0] for r in carnet.query("SELECT name FROM organisation ORDER BY id")]
    with Carnet.unlock(restored, PASSPHRASE) as again:
        assert [r[0] for r in again.query("SELECT name FROM organisation ORDER BY id")] == names
        assert again.owner_name == "Camille"
        assert again.integrity_problems() == []


def test_an_existing_destination_is_never_overwritten(carnet: Carnet, tmp_path: Path):
    dest = tmp_path / "existing.db"
    dest.write_bytes(b"the person's other file")
    before = sha256(dest)
    with pytest.raises(CarnetExists):
        carnet.export_copy(dest)
    assert sha256(dest) == before
    # Not even onto the carnet's own database.
    own = carnet.folder / DB_NAME
    with pytest.raises(CarnetExists):
        carnet.export_copy(own)


def test_an_unwritable_destination_is_a_typed_error(carnet: Carnet, tmp_path: Path):
    with pytest.raises(StorageError):
        carnet.export_copy(tmp_path / "no" / "such" / "folder" / "copy.db")
    assert not (tmp_path / "no").exists()


def test_no_path_writes_an_unkeyed_copy(carnet: Carnet, tmp_path: Path, monkeypatch):
    """The pitfall: ATTACH ... KEY '' makes sqlcipher_export write everything in clear. The only
    export path must refuse to run without a full 256-bit key."""
    for bad_key in (b"", b"\x00" * 16, b"short"):
        monkeypatch.setattr(carnet, "_key", bad_key)
        dest = tmp_path / f"copy-{len(bad_key)}.db"
        with pytest.raises(CarnetSettingsError):
            carnet.export_copy(dest)
        assert not dest.exists()
    monkeypatch.setattr(carnet, "_key", None)
    with pytest.raises(LockedCarnet):
        carnet.export_copy(tmp_path / "copy-none.db")
    assert not (tmp_path / "copy-none.db").exists()
    monkeypatch.undo()

    # Control: the pitfall is real, so the guard above is needed (done on a throw-away carnet).
    other, _ = make_carnet(tmp_path / "other")
    try:
        with other.write() as con:
            con.execute("INSERT INTO organisation(name) VALUES (?)", (MARKERS[0],))
        plain = tmp_path / "plain.db"
        con = other._con
        con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        con.execute("SELECT sqlcipher_export('plain')")
        con.execute("DETACH DATABASE plain")
        assert MARKERS[0].encode() in plain.read_bytes()
    finally:
        other.lock()


def test_the_export_is_a_snapshot_of_committed_rows(carnet: Carnet, tmp_path: Path):
    with carnet.write() as con:
        con.execute("INSERT INTO organisation(name) VALUES ('just before the copy')")
    dest = tmp_path / "copy.db"
    carnet.export_copy(dest)
    con = raw_connect(dest, data_key(carnet), readonly=True)
    try:
        assert con.execute(
            "SELECT count(*) FROM organisation WHERE name = 'just before the copy'"
        ).fetchone() == (1,)
    finally:
        con.close()
