"""Shared helpers for the carnet and reliability tests: real carnets on disk, raw looks at files."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import sqlcipher3

from app.carnet import FAST_KDF, Carnet

PASSPHRASE = "girafe citron 83 boussole du canal"
NEW_PASSPHRASE = "tortue violette 41 sous le pont"
REPO_ROOT = Path(__file__).resolve().parents[2]


def make_carnet(folder: Path, passphrase: str = PASSPHRASE, **kw) -> tuple[Carnet, str]:
    """A new carnet with the cheap test KDF."""
    kw.setdefault("kdf", FAST_KDF)
    return Carnet.create(folder, passphrase, **kw)


def add_organisations(carnet: Carnet, names: list[str], notes: str = "") -> None:
    with carnet.write() as con:
        con.executemany(
            "INSERT INTO organisation(name, notes) VALUES (?, ?)", [(n, notes) for n in names]
        )


def organisation_names(carnet: Carnet) -> list[str]:
    return [r[0] for r in carnet.query("SELECT name FROM organisation ORDER BY id")]


def data_key(carnet: Carnet) -> bytes:
    """The raw database key of an unlocked carnet (tests only: to look at files directly)."""
    key = carnet._key
    assert key is not None and len(key) == 32
    return key


def raw_connect(path: Path, key: bytes, *, readonly: bool = False) -> sqlcipher3.Connection:
    """Bare sqlcipher3, no Repères code in between: what another program would see."""
    uri = Path(path).resolve().as_uri() + ("?mode=ro" if readonly else "")
    con = sqlcipher3.connect(uri, uri=True, isolation_level=None)
    con.execute("PRAGMA cipher_log_level = NONE")
    con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return con


def integrity_problems(con: sqlcipher3.Connection) -> list:
    problems = list(con.execute("PRAGMA cipher_integrity_check").fetchall())
    check = con.execute("PRAGMA integrity_check").fetchall()
    if check != [("ok",)]:
        problems += check
    return problems


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Relative path -> SHA-256 of every file under `folder`: which files exist and their bytes."""
    folder = Path(folder)
    return {
        str(p.relative_to(folder)): sha256(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def child_env() -> dict[str, str]:
    """Environment for a child Python that imports `app` from this checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO_ROOT), *filter(None, [env.get("PYTHONPATH")])])
    env.pop("PYTHONSTARTUP", None)
    return env


PYTHON = sys.executable


def dump(run) -> dict[str, list[tuple]]:
    """Every row of every table, sorted (no rowid: some tables are WITHOUT ROWID or virtual).
    `run(sql)` returns rows: a connection's execute().fetchall() or Carnet.query."""
    names = [
        r[0]
        for r in run(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: sorted(run(f'SELECT * FROM "{t}"'), key=repr) for t in names}


def con_runner(con):
    return lambda sql: con.execute(sql).fetchall()
