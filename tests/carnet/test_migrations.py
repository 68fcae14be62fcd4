"""C18: schema migrations. A carnet made at an older schema upgrades on unlock, keeps its rows,
and leaves an encrypted copy of itself from before; a failing step rolls back completely."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.carnet import DB_NAME, Carnet, StorageError, migrations
from app.carnet.migrations import Step

from .kit import (
    PASSPHRASE,
    con_runner,
    data_key,
    dump,
    folder_state,
    integrity_problems,
    make_carnet,
    raw_connect,
)


def _schema(con) -> list[tuple]:
    return con.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()


def _dump(con) -> dict[str, list[tuple]]:
    return dump(con_runner(con))


def _make_at(folder: Path, version: int, monkeypatch) -> bytes:
    """A carnet whose schema stops at `version` (only STEPS[:version] ran), with a few rows."""
    with monkeypatch.context() as m:
        m.setattr(migrations, "STEPS", migrations.STEPS[:version])
        carnet, _ = make_carnet(folder, owner_name="Camille")
        key = data_key(carnet)
        with carnet.write() as con:
            con.execute("INSERT INTO meta(key, value) VALUES ('marker', 'gardé à la migration')")
        assert carnet.schema_version == version
        carnet.lock()
    return key


def test_a_v1_carnet_upgrades_and_keeps_a_copy(tmp_path: Path, monkeypatch):
    assert migrations.LATEST >= 2
    folder = tmp_path / "carnet"
    key = _make_at(folder, 1, monkeypatch)
    con = raw_connect(folder / DB_NAME, key)
    v1_schema, v1_rows = _schema(con), _dump(con)
    con.close()
    v1_bytes = (folder / DB_NAME).read_bytes()

    with Carnet.unlock(folder, PASSPHRASE) as carnet:
        assert carnet.schema_version == migrations.LATEST
        assert carnet.owner_name == "Camille"
        assert carnet.query("SELECT value FROM meta WHERE key = 'marker'") == [
            ("gardé à la migration",)
        ]
        assert carnet.query("SELECT count(*) FROM unlock_log") == [(1,)]
        assert carnet.integrity_problems() == []
        # The new tables work.
        with carnet.write() as w:
            w.execute("INSERT INTO organisation(name) VALUES ('CAF')")

    copy = folder / "carnet-avant-v2.db"
    assert copy.is_file()
    assert copy.read_bytes() == v1_bytes  # the file as it was, still encrypted
    con = raw_connect(copy, key, readonly=True)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == 1
        assert _schema(con) == v1_schema and _dump(con) == v1_rows
        assert integrity_problems(con) == []
    finally:
        con.close()
    assert b"gard\xc3\xa9" not in copy.read_bytes()

    # Next unlock: nothing to migrate, no new copy.
    state = {k: v for k, v in folder_state(folder).items() if k.startswith("carnet-avant")}
    Carnet.unlock(folder, PASSPHRASE).lock()
    assert {k: v for k, v in folder_state(folder).items() if k.startswith("carnet-avant")} == state


def test_each_older_version_upgrades(tmp_path: Path, monkeypatch):
    for version in range(1, migrations.LATEST):
        folder = tmp_path / f"v{version}"
        key = _make_at(folder, version, monkeypatch)
        with Carnet.unlock(folder, PASSPHRASE) as carnet:
            assert carnet.schema_version == migrations.LATEST
            assert carnet.query_one("SELECT value FROM meta WHERE key = 'marker'") is not None
        con = raw_connect(folder / f"carnet-avant-v{version + 1}.db", key, readonly=True)
        assert con.execute("PRAGMA user_version").fetchone()[0] == version
        con.close()
    # Same schema as a carnet made at the latest version directly.
    fresh, _ = make_carnet(tmp_path / "fresh")
    fresh_key = data_key(fresh)
    fresh.lock()
    con = raw_connect(tmp_path / "fresh" / DB_NAME, fresh_key, readonly=True)
    expected = _schema(con)
    con.close()
    for version in range(1, migrations.LATEST):
        with Carnet.unlock(tmp_path / f"v{version}", PASSPHRASE) as carnet:
            got = carnet.query(
                "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
            )
        assert got == expected, f"v{version} upgraded to a different schema"


def _failing_step(version: int, python_error: bool = False) -> Step:
    def apply(con) -> None:
        con.execute("CREATE TABLE half_done (x TEXT)")
        con.execute("INSERT INTO meta(key, value) VALUES ('half', 'done')")
        if python_error:
            raise RuntimeError("a bug in a step")
        con.execute("THIS IS NOT SQL")

    return Step(version, "fails half way", apply)


@pytest.mark.parametrize("python_error", [False, True], ids=["sql-error", "python-error"])
def test_a_failing_step_rolls_back(tmp_path: Path, monkeypatch, python_error: bool):
    folder = tmp_path / "carnet"
    carnet, _ = make_carnet(folder)
    key = data_key(carnet)
    with carnet.write() as con:
        con.execute("INSERT INTO organisation(name) VALUES ('Cap emploi')")
    carnet.lock()
    con = raw_connect(folder / DB_NAME, key)
    schema, rows = _schema(con), _dump(con)
    con.close()

    bad = [*migrations.STEPS, _failing_step(migrations.LATEST + 1, python_error)]
    with monkeypatch.context() as m:
        m.setattr(migrations, "STEPS", bad)
        m.setattr(migrations, "LATEST", migrations.LATEST + 1)
        with pytest.raises(RuntimeError if python_error else StorageError):
            Carnet.unlock(folder, PASSPHRASE)

    con = raw_connect(folder / DB_NAME, key)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
        assert _schema(con) == schema
        assert _dump(con) == rows
        assert integrity_problems(con) == []
    finally:
        con.close()
    # The copy taken before the step is there, and the carnet still opens as it was.
    assert (folder / f"carnet-avant-v{migrations.LATEST + 1}.db").is_file()
    with Carnet.unlock(folder, PASSPHRASE) as again:
        assert again.query("SELECT name FROM organisation") == [("Cap emploi",)]


def test_a_failure_in_the_middle_keeps_the_steps_before(tmp_path: Path, monkeypatch):
    """v1 -> LATEST where the last step fails: the carnet stays at LATEST-1, whole."""
    folder = tmp_path / "carnet"
    key = _make_at(folder, 1, monkeypatch)
    reference = tmp_path / "ref"
    ref_key = _make_at(reference, migrations.LATEST - 1, monkeypatch)
    con = raw_connect(reference / DB_NAME, ref_key)
    expected = _schema(con)
    con.close()

    steps = [*migrations.STEPS[:-1], _failing_step(migrations.LATEST)]
    with monkeypatch.context() as m:
        m.setattr(migrations, "STEPS", steps)
        with pytest.raises(StorageError):
            Carnet.unlock(folder, PASSPHRASE)
    con = raw_connect(folder / DB_NAME, key)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST - 1
        assert _schema(con) == expected
    finally:
        con.close()
    with Carnet.unlock(folder, PASSPHRASE) as carnet:  # the real steps finish the job
        assert carnet.schema_version == migrations.LATEST


def test_the_bytes_of_a_document_stay_its_last_column(tmp_path):
    """Listing documents reads every column but the blob: a column after it would make SQLite
    walk through every document's pages (step 14 moved the kind out for that reason)."""
    from app.carnet import FAST_KDF, Carnet

    carnet, _code = Carnet.create(tmp_path / "c", "cheval maison jardin tomate", kdf=FAST_KDF)
    try:
        columns = [r[1] for r in carnet.query("PRAGMA table_info(document)")]
        assert columns[-1] == "content", columns
    finally:
        carnet.lock()
