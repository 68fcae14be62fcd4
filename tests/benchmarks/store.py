"""Measures without Qt, in the runner's own process: the KDF, unlocking, opening, searching, and
what a carnet weighs on disk."""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from app.carnet import Carnet, KdfParams
from app.carnet.envelope import Envelope
from app.clock import system_clock
from app.records.search import search, words_of
from app.records.search_repo import SHIFT

from .carnets import PASSPHRASE, disk_bytes
from .stats import Budget, Measure, Series, interleaved_ms

# The handbook's floor for the passphrase KDF (>= 64 MiB): what the chosen cost is compared to.
FLOOR_KDF = KdfParams(time_cost=1, memory_cost=64 * 1024, parallelism=2)
UNLOCK_BUDGET = Budget("0.5–1.5 s, KDF off the GUI thread", "range", high=1500, low=500)
SEARCH_BUDGET = Budget("≤ 50 ms", "max", high=50)
QUERIES = ("caf", "france travail", "convocation", "cv", "attestation", "rendez-vous conseil",
           "pièce identité", "mdph")  # fmt: skip


def raw_open(folder: Path, key: bytes) -> None:
    """SQLCipher alone: connect, key, read the schema, close (the baseline of every opening)."""
    con = sqlcipher3.connect(f"{(folder / 'carnet.db').resolve().as_uri()}?mode=ro", uri=True)
    con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    con.close()


def data_key(folder: Path) -> tuple[bytes, Envelope]:
    envelope = Envelope.read(folder / "envelope.json")
    return envelope.unlock(PASSPHRASE), envelope


def open_without_kdf(folder: Path, key: bytes, envelope: Envelope) -> None:
    Carnet._open(folder, key, envelope, system_clock, "ok").lock()


def kdf(repeats: int) -> Measure:
    salt = os.urandom(16)
    real = KdfParams()
    mine, base = interleaved_ms(lambda: real.derive(PASSPHRASE, salt),
                                lambda: FLOOR_KDF.derive(PASSPHRASE, salt), repeats)  # fmt: skip
    return Measure(
        "kdf", f"KDF: Argon2id {real.memory_cost // 1024} MiB, t={real.time_cost}, "
        f"p={real.parallelism}", "ms", Series("Argon2id", mine),
        Series("Argon2id at the handbook floor, 64 MiB t=1", base),
        Budget("part of unlock (0.5–1.5 s)"),
    )  # fmt: skip


def unlock(folder: Path, repeats: int) -> Measure:
    key, _envelope = data_key(folder)
    mine, base = interleaved_ms(lambda: Carnet.unlock(folder, PASSPHRASE).lock(),
                                lambda: raw_open(folder, key), repeats)  # fmt: skip
    return Measure(
        "unlock", "Unlock, 10-year carnet (Carnet.unlock: KDF + checks + open)", "ms",
        Series("Carnet.unlock", mine), Series("raw SQLCipher open, same key", base),
        UNLOCK_BUDGET,
    )  # fmt: skip


def opening(name: str, title: str, folder: Path, repeats: int) -> Measure:
    key, envelope = data_key(folder)
    mine, base = interleaved_ms(lambda: open_without_kdf(folder, key, envelope),
                                lambda: raw_open(folder, key), repeats)  # fmt: skip
    size = disk_bytes(folder)
    return Measure(
        f"open-{name}", title, "ms", Series("probe + checks + open", mine),
        Series("raw SQLCipher open, same key", base), Budget("part of unlock (0.5–1.5 s)"),
        extra={"database_mib": round(size / 2**20, 1)},
    )  # fmt: skip


def _raw_match(carnet: Carnet, text: str) -> None:
    expression = " ".join(f'"{w}"*' for w in words_of(text))
    carnet.query("SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 1000",
                 (expression,))  # fmt: skip


def searching(folder: Path, repeats: int, title: str, name: str) -> Measure:
    carnet = Carnet.unlock(folder, PASSPHRASE)
    try:
        mine: list[float] = []
        base: list[float] = []
        hits = {}
        for _ in range(repeats):
            for q in QUERIES:
                m, b = interleaved_ms(lambda q=q: search(carnet, q, limit=1000),
                                      lambda q=q: _raw_match(carnet, q), 1)  # fmt: skip
                mine += m
                base += b
        for q in QUERIES:
            found = search(carnet, q, limit=1000)
            hits[q] = len(found)
        rows = carnet.query_one("SELECT count(*) FROM search_index")
    finally:
        carnet.lock()
    return Measure(
        name, title, "ms", Series("search()", tuple(mine)),
        Series("FTS5 MATCH alone, no rank or snippet", tuple(base)), SEARCH_BUDGET,
        extra={"queries": list(QUERIES), "hits": hits, "indexed_rows": rows[0] if rows else 0,
               "limit": 1000, "kinds_shift": SHIFT},
    )  # fmt: skip


def disk(folders: dict[str, Path], years: dict[str, int]) -> Measure:
    """Bytes per year of the largest demo, beside the empty carnet."""
    sizes = {name: disk_bytes(folders[name]) for name in years}
    biggest = max(years, key=years.__getitem__)
    per_year = sizes[biggest] / years[biggest] / 1024
    empty = disk_bytes(folders["empty"]) / 1024
    return Measure(
        "disk", f"Carnet on disk per year of data ({years[biggest]}-year demo)", "KiB",
        Series("database / years", (per_year,)), Series("empty carnet", (empty,)),
        note="demo documents are tiny files; each real scan or photo adds 0.3–3 MB",
        extra={"bytes": sizes, "empty_bytes": int(empty * 1024)},
    )  # fmt: skip


def generator(timings: dict[str, list[float]], small: str, big: str, years: int) -> Measure:
    return Measure(
        "demo", f"`reperes demo --years {years}` (the whole command, cheap KDF)", "ms",
        Series(f"{years} years", tuple(timings[big])),
        Series(f"same command, {small.split('-')[-1]} year(s)", tuple(timings[small])),
        Budget("seconds, not minutes (≤ 60 s)", "max", high=60_000),
    )  # fmt: skip
