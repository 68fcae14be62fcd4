"""SQL for `activity`, the weekly hours ledger. Days are ISO dates: a week is an index range."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime

from ..carnet.connection import Connection
from ..domain.days import day_to_storage
from ..domain.hours import Activity, ActivityKind
from ..domain.localtime import to_storage
from .db import Db, RecordNotFound, rows

_FIELDS = ("day", "minutes", "kind", "organisation_id", "note", "proof_document_id")
_SELECT = f"SELECT id, {', '.join(_FIELDS)} FROM activity"
_INSERT = (
    f"INSERT INTO activity({', '.join(_FIELDS)}, created_at, updated_at) "
    f"VALUES ({', '.join('?' * (len(_FIELDS) + 2))})"
)


def _values(a: Activity) -> tuple:
    return (
        day_to_storage(a.day),
        a.minutes,
        str(a.kind),
        a.organisation_id,
        a.note,
        a.proof_document_id,
    )


def _kind(value: str) -> ActivityKind:
    try:
        return ActivityKind(value)
    except ValueError:
        return ActivityKind.OTHER


def _from_row(row: tuple) -> Activity:
    id_, day, minutes, kind, org_id, note, proof = row
    return Activity(date.fromisoformat(day), minutes, _kind(kind), org_id, note, proof, id=id_)


def insert(con: Connection, a: Activity, now: datetime) -> Activity:
    stamp = to_storage(now)
    cur = con.execute(_INSERT, (*_values(a), stamp, stamp))
    return replace(a, id=cur.lastrowid)


def insert_many(con: Connection, entries: Iterable[tuple[Activity, datetime]]) -> int:
    """Each entry with its own time of writing (demo and restored records)."""
    batch = [(*_values(a), to_storage(at), to_storage(at)) for a, at in entries]
    con.executemany(_INSERT, batch)
    return len(batch)


def update(con: Connection, a: Activity, now: datetime) -> None:
    cur = con.execute(
        f"UPDATE activity SET {', '.join(f'{f} = ?' for f in _FIELDS)}, updated_at = ? "
        "WHERE id = ?",
        (*_values(a), to_storage(now), a.id),
    )
    if cur.rowcount != 1:
        raise RecordNotFound(f"activity {a.id}")


def delete(con: Connection, activity_id: int) -> None:
    if con.execute("DELETE FROM activity WHERE id = ?", (activity_id,)).rowcount != 1:
        raise RecordNotFound(f"activity {activity_id}")


def get(db: Db, activity_id: int) -> Activity | None:
    found = rows(db, f"{_SELECT} WHERE id = ?", (activity_id,))
    return _from_row(found[0]) if found else None


def minutes_on(db: Db, day: date, *, except_id: int | None = None) -> int:
    found = rows(
        db,
        "SELECT coalesce(sum(minutes), 0) FROM activity WHERE day = ? AND id IS NOT ?",
        (day_to_storage(day), except_id),
    )
    return int(found[0][0])


def between(db: Db, start: date, end: date) -> list[Activity]:
    """Entries dated in [start, end] (both inclusive), by day."""
    found = rows(
        db,
        f"{_SELECT} WHERE day BETWEEN ? AND ? ORDER BY day, id",
        (day_to_storage(start), day_to_storage(end)),
    )
    return [_from_row(r) for r in found]


def count(db: Db) -> int:
    return int(rows(db, "SELECT count(*) FROM activity")[0][0])
