"""C7 (R5): marker strings written into every text column of every table, the passphrases, the
recovery codes and the data key appear in no file under the test's folder, the temp folder or
the home folder, in any encoding: while the carnet is open, after an export and after lock.
Positive controls prove the scanner finds each encoding it claims to find."""

from __future__ import annotations

import base64
import hashlib
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


def _allowed(schema_sql: str, column: str) -> str | int | None:
    """First value of a closed list (CHECK (col IN (...)) or a guard trigger), else None."""
    found = re.search(
        rf"\b{re.escape(column)}\s+(?:NOT\s+)?IN\s*\(\s*('([^']*)'|-?\d+)", schema_sql, re.I
    )
    if not found:
        return None
    return found.group(2) if found.group(2) is not None else int(found.group(1))


def _inject(carnet: Carnet, value: str) -> tuple[list[str], list[str], list[str]]:
    """Put `value` (+ a per-row suffix, so UNIQUE columns hold) into every free text column of
    every table, and its bytes into every blob column: one new row per table, and an UPDATE of
    the rows already there. Returns (filled, closed lists, not filled)."""
    tables = [
        (r[1], bool(r[4]))
        for r in carnet.query("PRAGMA table_list")
        if r[0] == "main" and r[2] == "table" and not r[1].startswith("sqlite_")
    ]
    schema = carnet.query("SELECT tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL")
    filled: set[str] = set()
    closed: set[str] = set()
    missed: set[str] = set()
    retry: list[tuple] = []
    for table, without_rowid in tables:
        sql = "\n".join(q for t, q in schema if t == table)
        columns = carnet.query(f'PRAGMA table_info("{table}")')
        free = []
        for _cid, name, ctype, *_ in columns:
            if (ctype or "").upper() in ("TEXT", "", "BLOB"):
                if _allowed(sql, name) is None:
                    free.append((name, (ctype or "").upper()))
                else:
                    closed.add(f"{table}.{name}")
        if _insert_one(carnet, table, columns, sql, value):
            filled |= {f"{table}.{name}" for name, _ in free}
        else:
            retry.append((table, columns, sql, free))
        suffix = "hex(randomblob(6))" if without_rowid else "rowid"
        for name, kind in free:
            expr = f"? || ' #' || {suffix}"
            expr = f"CAST({expr} AS BLOB)" if kind == "BLOB" else expr
            try:
                with carnet.write() as con:
                    # Columns that reference this one follow it (foreign keys stay valid).
                    con.execute("PRAGMA defer_foreign_keys = ON")
                    for ref_table, ref_col in _referencing(carnet, tables, table, name):
                        follow = (
                            f'UPDATE "{ref_table}" SET "{ref_col}" = '
                            f"(SELECT ? || ' #' || p.{suffix} FROM \"{table}\" p "
                            f'WHERE p."{name}" = "{ref_table}"."{ref_col}") '
                            f'WHERE "{ref_col}" IS NOT NULL'
                        )
                        con.execute(follow, (value,))
                    con.execute(f'UPDATE "{table}" SET "{name}" = {expr}', (value,))
                if carnet.query(f'SELECT count(*) FROM "{table}"')[0][0]:
                    filled.add(f"{table}.{name}")
            except StorageError:
                pass
    # Second try for tables whose row needs rows of tables filled after them.
    for table, columns, sql, free in retry:
        if _insert_one(carnet, table, columns, sql, value):
            filled |= {f"{table}.{name}" for name, _ in free}
    for table, _ in tables:
        for _cid, name, ctype, *_ in carnet.query(f'PRAGMA table_info("{table}")'):
            column = f"{table}.{name}"
            if (ctype or "").upper() in ("TEXT", "", "BLOB") and column not in closed | filled:
                missed.add(column)
    return sorted(filled), sorted(closed), sorted(missed)


def _referencing(carnet: Carnet, tables, table: str, column: str) -> list[tuple]:
    return [
        (other, fk[3])
        for other, _ in tables
        for fk in carnet.query(f'PRAGMA foreign_key_list("{other}")')
        if fk[2] == table and fk[4] == column
    ]


def _journal_row(carnet: Carnet, columns: list[tuple], value: str) -> dict[str, object]:
    """The journal is an append-only hash chain (its triggers check the links): the next link."""
    last = carnet.query("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")
    seq, prev = (last[0][0] + 1, last[0][1]) if last else (1, "0" * 64)
    return {
        "seq": seq,
        "entry_id": seq,
        "version": 1,
        "prev_hash": prev,
        "hash": hashlib.sha256(f"{value}{seq}".encode()).hexdigest(),
        "organisation_id": None,
        "contact_id": None,
    }


SPECIAL_ROWS = {"journal": _journal_row}


def _insert_one(carnet: Carnet, table: str, columns: list[tuple], sql: str, value: str) -> bool:
    """One row with `value` in every free text column. Closed lists get an allowed value; numbers
    try 1 (an id that exists), then NULL where allowed, then 1 in only the first nullable one
    (tables that want exactly one link), then 0. False if the table refuses them all."""
    fixed = SPECIAL_ROWS[table](carnet, columns, value) if table in SPECIAL_ROWS else {}
    for attempt in ("one", "null", "first", "zero"):
        names, params = [], []
        first_nullable = True
        for _cid, name, ctype, notnull, _default, pk in columns:
            kind = (ctype or "").upper()
            allowed = _allowed(sql, name)
            if name in fixed:
                param = fixed[name]
            elif pk and kind == "INTEGER":
                continue  # the table picks its own id
            elif allowed is not None:
                param = allowed
            elif kind in ("TEXT", ""):
                param = f"{value} #new"
            elif kind == "BLOB":
                param = f"{value} #new".encode()
            elif kind == "REAL":
                param = 1.0
            elif notnull or attempt == "one":
                param = 1
            elif attempt == "first":
                param, first_nullable = (1 if first_nullable else None), False
            else:
                param = None if attempt != "zero" else 0
            names.append(f'"{name}"')
            params.append(param)
        marks = ", ".join("?" for _ in names)
        try:
            with carnet.write() as con:
                con.execute(f'INSERT INTO "{table}" ({", ".join(names)}) VALUES ({marks})', params)
            return True
        except StorageError:
            continue
    return False


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
    filled, closed, missed = _inject(carnet, value)
    assert carnet.query("SELECT count(*) FROM organisation WHERE name LIKE ?", (f"%{tag}%",)) != [
        (0,)
    ]
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
        f"\nR5 plaintext scan: {len(filled)} free text/blob columns filled in "
        f"{len({c.split('.')[0] for c in filled})} tables, not filled: {missed}; "
        f"{len(closed)} closed-list columns; "
        f"{len(secrets_)} secrets; {read / 1e6:.1f} MB scanned in {len(_roots(tmp_path))} roots; "
        f"hits open={len(hits_open)} after export+lock={len(hits)}"
    )
    assert hits_open == [] and hits == []
    assert {"organisation.name", "appointment.notes", "appointment.uid", "meta.value"} <= set(
        filled
    )
    # Every free text column got a marker: one the test could not fill is a hole in its reach.
    assert missed == [], f"columns this test could not fill: {missed}"

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
