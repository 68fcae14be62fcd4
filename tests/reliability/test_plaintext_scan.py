"""C7 (R5): marker strings written into every text column of every table, the passphrases, the
recovery codes and the data key appear in no file under the test's folder, the temp folder or
the home folder, in any encoding: while the carnet is open, after an export and after lock.
Positive controls prove the scanner finds each encoding it claims to find."""

from __future__ import annotations

import base64
import os
import pwd
import re
import sqlite3
import tempfile
from pathlib import Path

import pytest
from carnet.kit import data_key, make_carnet

from app import demo
from app.carnet import Carnet, StorageError
from app.carnet.passphrase import generate_phrase

from .plaintext_scan import make_markers, scan


def _inject(carnet: Carnet, value: str) -> tuple[list[str], list[str]]:
    """Put `value` (+ ' #rowid', so UNIQUE columns hold) into every text column of every table,
    and its bytes into every blob column. Returns (filled, refused by a constraint)."""
    filled, refused = [], []
    tables = [
        r[0]
        for r in carnet.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for table in tables:
        columns = carnet.query(f'PRAGMA table_info("{table}")')
        if not carnet.query(f'SELECT count(*) FROM "{table}"')[0][0]:
            _insert_one(carnet, table, columns, value)
        for _cid, name, ctype, *_ in columns:
            kind = (ctype or "").upper()
            if kind not in ("TEXT", "", "BLOB"):
                continue
            expr = "CAST(? || ' #' || rowid AS BLOB)" if kind == "BLOB" else "? || ' #' || rowid"
            try:
                with carnet.write() as con:
                    # Columns that reference this one follow it (foreign keys stay valid).
                    con.execute("PRAGMA defer_foreign_keys = ON")
                    for ref_table, ref_col in _referencing(carnet, tables, table, name):
                        follow = (
                            f'UPDATE "{ref_table}" SET "{ref_col}" = '
                            f"(SELECT ? || ' #' || p.rowid FROM \"{table}\" p "
                            f'WHERE p."{name}" = "{ref_table}"."{ref_col}") '
                            f'WHERE "{ref_col}" IS NOT NULL'
                        )
                        con.execute(follow, (value,))
                    con.execute(f'UPDATE "{table}" SET "{name}" = {expr}', (value,))
                filled.append(f"{table}.{name}")
            except StorageError:
                refused.append(f"{table}.{name}")
    return filled, refused


def _referencing(carnet: Carnet, tables: list[str], table: str, column: str) -> list[tuple]:
    return [
        (other, fk[3])
        for other in tables
        for fk in carnet.query(f'PRAGMA foreign_key_list("{other}")')
        if fk[2] == table and fk[4] == column
    ]


def _insert_one(carnet: Carnet, table: str, columns: list[tuple], value: str) -> None:
    samples = {"TEXT": value, "": value, "BLOB": value.encode(), "INTEGER": 1, "REAL": 1.0}
    names = [c[1] for c in columns]
    params = [samples.get((c[2] or "").upper(), 1) for c in columns]
    marks = ", ".join("?" for _ in names)
    cols = ", ".join(f'"{n}"' for n in names)
    with carnet.write() as con:
        con.execute(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', params)


def _closed_list(schema: list[tuple[str, str]], column: str) -> bool:
    table, name = column.split(".")
    return any(
        tbl == table and re.search(rf"\b{re.escape(name)}\s+(NOT\s+)?IN\s*\(", sql, re.I)
        for tbl, sql in schema
    )


def _roots(tmp_path: Path) -> list[Path]:
    roots = [tmp_path, Path(tempfile.gettempdir())]
    home = Path(os.environ.get("HOME", "/"))
    if home != Path(pwd.getpwuid(os.getuid()).pw_dir) and home != Path("/"):
        roots.append(home)  # an isolated test home (conftest); never the real one
    return roots


@pytest.mark.slow
def test_no_marker_or_secret_in_any_file(tmp_path: Path):
    markers = make_markers()
    tag = markers["ascii"].split("-")[1]
    phrase1 = f"{generate_phrase()} {tag}"
    phrase2 = f"{generate_phrase()} {tag[::-1]}"
    folder = tmp_path / "carnet"

    carnet, code1 = make_carnet(folder, phrase1, owner_name=markers["accents"])
    carnet.lock()
    carnet = Carnet.unlock(folder, phrase1)
    demo.populate(carnet, 2)
    value = " | ".join(markers.values())
    filled, refused = _inject(carnet, value)
    assert carnet.query("SELECT count(*) FROM organisation WHERE name LIKE ?", (f"%{tag}%",)) != [
        (0,)
    ]
    carnet_sql = carnet.query("SELECT tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL")
    carnet.change_passphrase(phrase1, phrase2)
    code2 = carnet.new_recovery_code()
    key = data_key(carnet)
    # Sorting and grouping large values: SQLite's temporary storage must stay in memory.
    big = carnet.query(
        "SELECT a.notes || hex(randomblob(300)) AS t FROM appointment a, organisation o "
        "ORDER BY t LIMIT 5"
    )
    assert big and tag in big[0][0]

    secrets_ = [
        *markers.values(),
        phrase1,
        phrase2,
        code1,
        code2,
        code1.replace("-", ""),
        code2.replace("-", ""),
        key,
        key.hex(),
    ]
    hits_open, _ = scan([folder], secrets_)  # db, -wal, -shm while the carnet is open

    (tmp_path / "export").mkdir()
    carnet.export_copy(tmp_path / "export" / "copie.db")
    carnet.lock()
    controls = tmp_path / "controls"
    hits, read = scan(_roots(tmp_path), secrets_, skip=(controls,))
    print(
        f"\nR5 plaintext scan: {len(filled)} text/blob columns filled "
        f"({len(refused)} refused by their constraint: {refused}); "
        f"{len(secrets_)} secrets; {read / 1e6:.1f} MB scanned in {len(_roots(tmp_path))} roots; "
        f"hits open={len(hits_open)} after export+lock={len(hits)}"
    )
    assert hits_open == [] and hits == []
    assert len(filled) >= 15, filled
    assert {"organisation.name", "appointment.notes", "appointment.uid", "meta.value"} <= set(
        filled
    )
    # Only columns that hold a closed list of values (CHECK ... IN, or a guard trigger) refuse
    # free text; anything else refused would be a column this test failed to cover.
    assert all(_closed_list(carnet_sql, column) for column in refused), refused

    # Positive controls: every encoding the scanner claims is found.
    controls.mkdir()
    leaks = {
        "base64.cfg": b"k = x" + base64.b64encode(b"xx" + markers["accents"].encode()),
        "urlsafe.txt": base64.urlsafe_b64encode(b"y" + phrase2.encode()),
        "utf16.log": ("saved " + markers["rtl"]).encode("utf-16-le"),
        "utf16be.log": markers["emoji"].encode("utf-16-be"),
        "hex.txt": markers["long"].encode().hex().encode(),
        "key.bin": b"\x01" + key + b"\x02",
        "code.txt": code2.lower().encode(),
    }
    for name, data in leaks.items():
        (controls / name).write_bytes(data)
    plain = sqlite3.connect(controls / "plain.db")
    plain.execute("CREATE TABLE t(x TEXT)")
    plain.execute("INSERT INTO t VALUES (?)", (markers["ascii"],))
    plain.commit()
    plain.close()
    found, _ = scan([controls], secrets_)
    assert {Path(f).name for f, _ in found} == {*leaks, "plain.db"}
