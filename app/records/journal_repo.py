"""SQL for `journal` (append-only, hash-chained versions) and the chain head kept in `meta`.

There is no UPDATE or DELETE here, and the schema's triggers refuse them from anyone else."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime

from ..carnet.connection import Connection
from ..domain.days import day_from_storage, day_to_storage
from ..domain.journal import ExchangeKind, JournalDraft, JournalVersion
from ..domain.localtime import from_storage, to_storage
from .db import Db, rows

HEAD_KEY = "journal_head"
GUARDS = (
    "journal_no_update",
    "journal_no_delete",
    "journal_chain",
    "link_journal_no_delete",
    "link_journal_no_update",
)
_FIELDS = (
    "seq",
    "entry_id",
    "version",
    "kind",
    "with_whom",
    "organisation_id",
    "contact_id",
    "summary",
    "next_step",
    "happened_on",
    "written_at",
    "documents",
    "prev_hash",
    "hash",
)
_SELECT = f"SELECT {', '.join(_FIELDS)} FROM journal"
_INSERT = f"INSERT INTO journal({', '.join(_FIELDS)}) VALUES ({', '.join('?' * len(_FIELDS))})"


def _values(v: JournalVersion) -> tuple:
    d = v.draft
    return (
        v.seq,
        v.entry_id,
        v.version,
        str(d.kind),
        d.with_whom,
        d.organisation_id,
        d.contact_id,
        d.summary,
        d.next_step,
        day_to_storage(d.happened_on),
        to_storage(v.written_at),
        json.dumps(list(v.documents)),
        v.prev_hash,
        v.hash,
    )


def _kind(value: str) -> ExchangeKind:
    try:
        return ExchangeKind(value)
    except ValueError:
        return ExchangeKind.OTHER


def _from_row(row: tuple) -> tuple[JournalVersion, str]:
    """The version, and its written_at exactly as stored (the hash covers that text)."""
    (
        seq,
        entry_id,
        version,
        kind,
        with_whom,
        org_id,
        contact_id,
        summary,
        next_step,
        happened_on,
        written_at,
        documents,
        prev_hash,
        hash_,
    ) = row
    draft = JournalDraft(
        _kind(kind),
        summary,
        with_whom,
        next_step,
        org_id,
        contact_id,
        day_from_storage(happened_on),
    )
    docs = tuple(json.loads(documents))
    version_ = JournalVersion(
        seq, entry_id, version, draft, from_storage(written_at), docs, prev_hash, hash_
    )
    return version_, written_at


def insert(con: Connection, v: JournalVersion) -> None:
    con.execute(_INSERT, _values(v))


def insert_many(con: Connection, versions: Iterable[JournalVersion]) -> None:
    con.executemany(_INSERT, [_values(v) for v in versions])


def last_link(db: Db) -> tuple[int, str] | None:
    found = rows(db, "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")
    return (found[0][0], found[0][1]) if found else None


def latest_version_of(db: Db, entry_id: int) -> JournalVersion | None:
    found = rows(db, f"{_SELECT} WHERE entry_id = ? ORDER BY version DESC LIMIT 1", (entry_id,))
    return _from_row(found[0])[0] if found else None


def history(db: Db, entry_id: int) -> list[JournalVersion]:
    found = rows(db, f"{_SELECT} WHERE entry_id = ? ORDER BY version", (entry_id,))
    return [_from_row(r)[0] for r in found]


def get(db: Db, seq: int) -> JournalVersion | None:
    found = rows(db, f"{_SELECT} WHERE seq = ?", (seq,))
    return _from_row(found[0])[0] if found else None


def latest_versions(db: Db, *, limit: int | None = None, offset: int = 0) -> list[JournalVersion]:
    """The current version of each entry, newest entry first."""
    page = "" if limit is None else f" LIMIT {int(limit)} OFFSET {int(offset)}"
    found = rows(
        db,
        f"{_SELECT} j WHERE version = (SELECT max(version) FROM journal WHERE entry_id = "
        f"j.entry_id) ORDER BY entry_id DESC{page}",
    )
    return [_from_row(r)[0] for r in found]


def latest_as_of(db: Db, moment: datetime) -> JournalVersion | None:
    """The newest entry written by `moment`, in its last version written by then. Times compare as
    stored text (home zone): exact except inside the repeated autumn hour."""
    stamp = to_storage(moment)
    found = rows(
        db,
        f"{_SELECT} WHERE entry_id = (SELECT max(entry_id) FROM journal WHERE version = 1 "
        "AND written_at <= ?) AND written_at <= ? ORDER BY version DESC LIMIT 1",
        (stamp, stamp),
    )
    return _from_row(found[0])[0] if found else None


def in_chain_order(db: Db) -> Iterator[tuple[JournalVersion, str] | int]:
    """(version, written_at as stored) in seq order; a row that cannot even be read (a date
    edited into nonsense) comes as its bare seq."""
    for row in rows(db, f"{_SELECT} ORDER BY seq"):
        try:
            yield _from_row(row)
        except (ValueError, TypeError):
            yield int(row[0])


def head(db: Db) -> str | None:
    found = rows(db, "SELECT value FROM meta WHERE key = ?", (HEAD_KEY,))
    return found[0][0] if found else None


def set_head(con: Connection, seq: int, hash_: str) -> None:
    con.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
        "value = excluded.value",
        (HEAD_KEY, f"{seq}:{hash_}"),
    )


def missing_guards(db: Db) -> list[str]:
    present = {r[0] for r in rows(db, "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return [g for g in GUARDS if g not in present]


def count(db: Db) -> int:
    return int(rows(db, "SELECT count(*) FROM journal")[0][0])
