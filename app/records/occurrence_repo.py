"""SQL for `obligation_occurrence`: the windows of the person's obligations and what became of
them. Days are stored as ISO dates, so a range of days is an index range."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from ..carnet.connection import Connection
from ..domain.days import day_to_storage
from ..domain.localtime import from_storage, to_storage
from ..domain.obligations import Occurrence, OccurrenceStatus
from .db import Db, RecordNotFound, chunks, rows

_FIELDS = (
    "template_id",
    "template_version",
    "period",
    "title",
    "opens_on",
    "closes_on",
    "safe_on",
    "status",
    "status_at",
    "done_how",
    "proof_document_id",
    "note",
)
_SELECT = f"SELECT id, {', '.join(_FIELDS)} FROM obligation_occurrence"
_INSERT = (
    f"INSERT OR IGNORE INTO obligation_occurrence({', '.join(_FIELDS)}, created_at, updated_at) "
    f"VALUES ({', '.join('?' * (len(_FIELDS) + 2))})"
)


def _values(o: Occurrence) -> tuple:
    return (
        o.template_id,
        o.template_version,
        o.period,
        o.title,
        day_to_storage(o.opens_on),
        day_to_storage(o.closes_on),
        day_to_storage(o.safe_on),
        str(o.status),
        None if o.status_at is None else to_storage(o.status_at),
        o.done_how,
        o.proof_document_id,
        o.note,
    )


def _from_row(row: tuple) -> Occurrence:
    (
        id_,
        template_id,
        version,
        period,
        title,
        opens,
        closes,
        safe,
        status,
        status_at,
        how,
        proof,
        note,
    ) = row
    return Occurrence(
        template_id,
        version,
        period,
        date.fromisoformat(opens),
        date.fromisoformat(closes),
        date.fromisoformat(safe),
        OccurrenceStatus(status),
        from_storage(status_at) if status_at else None,
        how,
        proof,
        title,
        note,
        id=id_,
    )


def insert_new(con: Connection, occurrences: Sequence[Occurrence], now: datetime) -> int:
    """Insert those whose (template, period) is not there yet; return how many were added."""
    stamp = to_storage(now)
    before = con.total_changes
    con.executemany(_INSERT, [(*_values(o), stamp, stamp) for o in occurrences])
    return con.total_changes - before


def insert_one(con: Connection, o: Occurrence, now: datetime) -> Occurrence:
    stamp = to_storage(now)
    cur = con.execute(_INSERT.replace("INSERT OR IGNORE", "INSERT"), (*_values(o), stamp, stamp))
    return replace(o, id=cur.lastrowid)


def update(con: Connection, o: Occurrence, now: datetime) -> None:
    cur = con.execute(
        f"UPDATE obligation_occurrence SET {', '.join(f'{f} = ?' for f in _FIELDS)}, "
        "updated_at = ? WHERE id = ?",
        (*_values(o), to_storage(now), o.id),
    )
    if cur.rowcount != 1:
        raise RecordNotFound(f"occurrence {o.id}")


def update_many(con: Connection, occurrences: Iterable[Occurrence], now: datetime) -> None:
    stamp = to_storage(now)
    con.executemany(
        f"UPDATE obligation_occurrence SET {', '.join(f'{f} = ?' for f in _FIELDS)}, "
        "updated_at = ? WHERE template_id = ? AND period = ?",
        [(*_values(o), stamp, o.template_id, o.period) for o in occurrences],
    )


def delete_ids(con: Connection, ids: Sequence[int]) -> int:
    removed = 0
    for part in chunks(list(ids)):
        marks = ", ".join("?" * len(part))
        removed += con.execute(
            f"DELETE FROM obligation_occurrence WHERE id IN ({marks})", part
        ).rowcount
    return removed


def get(db: Db, occurrence_id: int) -> Occurrence | None:
    found = rows(db, f"{_SELECT} WHERE id = ?", (occurrence_id,))
    return _from_row(found[0]) if found else None


def periods(db: Db, template_id: str, prefix: str) -> list[str]:
    found = rows(
        db,
        "SELECT period FROM obligation_occurrence WHERE template_id = ? "
        "AND period LIKE ? ESCAPE '\\'",
        (template_id, prefix + "%"),
    )
    return [r[0] for r in found]


def touching(db: Db, start: date, end: date) -> list[Occurrence]:
    """Occurrences whose window shares a day with [start, end], by last day."""
    found = rows(
        db,
        f"{_SELECT} WHERE closes_on >= ? AND opens_on <= ? ORDER BY closes_on, opens_on, id",
        (day_to_storage(start), day_to_storage(end)),
    )
    return [_from_row(r) for r in found]


def closing_between(db: Db, start: date, end: date) -> list[Occurrence]:
    found = rows(
        db,
        f"{_SELECT} WHERE closes_on BETWEEN ? AND ? ORDER BY closes_on, id",
        (day_to_storage(start), day_to_storage(end)),
    )
    return [_from_row(r) for r in found]


def safe_on(db: Db, day: date) -> list[Occurrence]:
    """Occurrences whose safe date is `day` and comes before their last day (the day to aim
    for, worth a reminder of its own)."""
    found = rows(
        db,
        f"{_SELECT} WHERE safe_on = ? AND closes_on > safe_on ORDER BY closes_on, id",
        (day_to_storage(day),),
    )
    return [_from_row(r) for r in found]


def due_as_of(db: Db, today: date, moment: datetime) -> list[Occurrence]:
    """Already open and, at `moment`, not marked yet (still due, or marked later): by last day.
    Marks are compared as stored text; the caller compares the candidates as instants."""
    found = rows(
        db,
        f"{_SELECT} WHERE opens_on <= ? AND (status = 'due' OR status_at >= ?) "
        "ORDER BY closes_on, id",
        (day_to_storage(today), to_storage(moment - timedelta(hours=2))),
    )
    return [_from_row(r) for r in found]


def untouched_in(db: Db, start: date, end: date) -> list[Occurrence]:
    """Due occurrences with nothing of the person's in them (no proof, note or attachment)."""
    found = rows(
        db,
        f"{_SELECT} o WHERE status = 'due' AND proof_document_id IS NULL AND note = '' "
        "AND closes_on >= ? AND opens_on <= ? AND NOT EXISTS "
        "(SELECT 1 FROM document_link l WHERE l.occurrence_id = o.id)",
        (day_to_storage(start), day_to_storage(end)),
    )
    return [_from_row(r) for r in found]


def count(db: Db) -> int:
    return int(rows(db, "SELECT count(*) FROM obligation_occurrence")[0][0])
