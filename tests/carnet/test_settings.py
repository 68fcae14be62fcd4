"""C10: the settings the handbook requires hold after every open, and any deviation fails closed
(CarnetSettingsError, every connection closed, the carnet's lock given back, files unchanged)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from app.carnet import Carnet, CarnetSettingsError, StorageError, connection

from .kit import PASSPHRASE, add_organisations, folder_state, make_carnet


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    carnet, _ = make_carnet(tmp_path / "carnet")
    add_organisations(carnet, ["Mission locale"])
    carnet.lock()
    return tmp_path / "carnet"


def _pragma(carnet: Carnet, name: str):
    return carnet.query(f"PRAGMA {name}")[0][0]


def test_required_settings_hold_after_create_and_after_unlock(tmp_path: Path):
    carnet, _ = make_carnet(tmp_path / "c")
    opened = [carnet]
    carnet.lock()
    opened.append(Carnet.unlock(tmp_path / "c", PASSPHRASE))
    for c in opened[1:]:
        try:
            assert _pragma(c, "journal_mode") == "wal"
            assert _pragma(c, "synchronous") == 2  # FULL
            assert _pragma(c, "temp_store") == 2  # MEMORY
            assert _pragma(c, "foreign_keys") == 1
            assert _pragma(c, "trusted_schema") == 0
            assert str(_pragma(c, "cipher_version")).startswith("4.")
            assert int(_pragma(c, "cipher_plaintext_header_size")) == 0
            assert str(_pragma(c, "cipher_log_level")).upper() == "NONE"
            with pytest.raises(StorageError, match="not authorized"):
                c.query("SELECT load_extension('anything')")
            # Foreign keys are really enforced, not only reported.
            with pytest.raises(StorageError), c.write() as con:
                con.execute(
                    "INSERT INTO appointment(uid, title, organisation_id, starts_at, created_at,"
                    " updated_at) VALUES ('u1', 't', 999, 'x', 'x', 'x')"
                )
        finally:
            c.lock()


class _Deviant:
    """A connection whose settings deviate the way a different SQLite/SQLCipher build could:
    some statements are replaced by others. Records every real connection it wraps."""

    def __init__(self, real: sqlcipher3.Connection, replace: dict[str, str]):
        self._real, self._replace = real, replace

    def execute(self, sql: str, *args):
        return self._real.execute(self._replace.get(sql.strip(), sql), *args)

    def __getattr__(self, name: str):
        return getattr(self._real, name)


DEVIATIONS: dict[str, dict[str, str]] = {
    "synchronous-normal": {"PRAGMA synchronous = FULL": "PRAGMA synchronous = NORMAL"},
    "temp-store-file": {"PRAGMA temp_store = MEMORY": "PRAGMA temp_store = FILE"},
    "foreign-keys-off": {"PRAGMA foreign_keys = ON": "PRAGMA foreign_keys = OFF"},
    "trusted-schema-on": {"PRAGMA trusted_schema = OFF": "PRAGMA trusted_schema = ON"},
    # A build where WAL cannot be set reports another mode (faked at the read: switching a real
    # carnet out of WAL would rewrite its header).
    "journal-not-wal": {
        "PRAGMA journal_mode = WAL": "SELECT 'delete'",
        "PRAGMA journal_mode": "SELECT 'delete'",
    },
    "sqlcipher-3": {"PRAGMA cipher_version": "SELECT '3.4.2 community'"},
    "no-cipher": {"PRAGMA cipher_version": "SELECT NULL WHERE 0"},
    "plaintext-header": {"PRAGMA cipher_plaintext_header_size": "SELECT 32"},
    "extensions-enabled": {},  # see below: enable_load_extension(True) on the real connection
}


@pytest.mark.parametrize("kind", DEVIATIONS)
def test_a_deviation_fails_closed(folder: Path, monkeypatch, kind: str):
    real_connect = connection._connect
    made: list[sqlcipher3.Connection] = []

    def deviant_connect(path, key, mode):
        real = real_connect(path, key, mode)
        made.append(real)
        if kind == "extensions-enabled":
            real.enable_load_extension(True)
        return _Deviant(real, DEVIATIONS[kind])

    before = folder_state(folder)
    monkeypatch.setattr(connection, "_connect", deviant_connect)
    with pytest.raises(CarnetSettingsError):
        Carnet.unlock(folder, PASSPHRASE)
    monkeypatch.undo()

    assert made, "the deviant connection was not used"
    for real in made:  # every connection is closed
        with pytest.raises(sqlcipher3.ProgrammingError):
            real.execute("SELECT 1")
    assert folder_state(folder) == before
    Carnet.unlock(folder, PASSPHRASE).lock()  # the lock was given back; the carnet is fine


def test_a_failing_cipher_check_refuses_create_and_unlock(folder: Path, tmp_path, monkeypatch):
    def refuse(con):
        raise CarnetSettingsError("test: SQLCipher 3")

    before = folder_state(folder)
    monkeypatch.setattr(connection, "_check_cipher", refuse)
    with pytest.raises(CarnetSettingsError):
        Carnet.unlock(folder, PASSPHRASE)
    with pytest.raises(CarnetSettingsError):
        make_carnet(tmp_path / "new")
    monkeypatch.undo()
    assert folder_state(folder) == before
    Carnet.unlock(folder, PASSPHRASE).lock()
    # A refused creation can be tried again once the cause is gone.
    make_carnet(tmp_path / "new")[0].lock()
    Carnet.unlock(tmp_path / "new", PASSPHRASE).lock()
