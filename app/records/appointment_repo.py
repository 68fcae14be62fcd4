"""SQL for the `appointment` table. Rows in, dataclasses out; no rules here (see app.domain).

Times are stored as ISO 8601 text in the home zone with their offset (app.domain.localtime), so
`starts_at` sorts by local time and a day's appointments are a prefix range."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime

from ..carnet.connection import Connection
from ..domain.appointments import Appointment, AppointmentStatus, Mode, Source
from ..domain.localtime import from_storage, to_storage
from .db import Db, RecordNotFound, chunks, rows

_FIELDS = (
    "uid", "title", "organisation_id", "starts_at", "ends_at", "place", "mode", "to_bring",
    "mandatory", "notes", "status", "status_at", "status_reason", "status_channel",
    "moved_to_uid", "source", "contact_id",
)  # fmt: skip
_SELECT = f"SELECT id, {', '.join(_FIELDS)} FROM appointment"
_INSERT = (
    f"INSERT INTO appointment({', '.join(_FIELDS)}, created_at, updated_at) "
    f"VALUES ({', '.join('?' * (len(_FIELDS) + 2))})"
)
_UPDATE = (
    f"UPDATE appointment SET {', '.join(f'{f} = ?' for f in _FIELDS)}, updated_at = ? WHERE id = ?"
)


def _stamp(moment: datetime | None) -> str | None:
    return None if moment is None else to_storage(moment)


def _values(a: Appointment) -> tuple:
    return (
        a.uid, a.title, a.organisation_id, to_storage(a.starts_at), _stamp(a.ends_at), a.place,
        str(a.mode), json.dumps(list(a.to_bring), ensure_ascii=False), int(a.mandatory), a.notes,
        str(a.status), _stamp(a.status_at), a.status_reason, a.status_channel, a.moved_to_uid,
        str(a.source), a.contact_id,
    )  # fmt: skip


def _from_row(row: tuple) -> Appointment:
    (id_, uid, title, org_id, starts, ends, place, mode, to_bring, mandatory, notes, status,
     status_at, reason, channel, moved_to, source, contact_id) = row  # fmt: skip
    return Appointment(
        title=title,
        starts_at=from_storage(starts),
        ends_at=from_storage(ends) if ends else None,
        organisation_id=org_id,
        place=place,
        mode=Mode(mode),
        to_bring=tuple(json.loads(to_bring)),
        mandatory=bool(mandatory),
        notes=notes,
        source=_source(source),
        status=AppointmentStatus(status),
        status_at=from_storage(status_at) if status_at else None,
        status_reason=reason,
        status_channel=channel,
        moved_to_uid=moved_to,
        contact_id=contact_id,
        uid=uid,
        id=id_,
    )


def _source(value: str) -> Source:
    try:
        return Source(value)
    except ValueError:  # written by a later version: the appointment still shows
        return Source.MANUAL


def insert(con: Connection, appt: Appointment, now: datetime) -> Appointment:
    stamp = to_storage(now)
    cur = con.execute(_INSERT, (*_values(appt), stamp, stamp))
    return _with_id(appt, cur.lastrowid)


def insert_many(con: Connection, appts: Iterable[Appointment], now: datetime) -> int:
    """Insert in one statement batch. A moved appointment may name a replacement inserted later
    in the same batch, so foreign keys are checked at commit."""
    stamp = to_storage(now)
    con.execute("PRAGMA defer_foreign_keys = ON")
    batch = [(*_values(a), stamp, stamp) for a in appts]
    con.executemany(_INSERT, batch)
    return len(batch)


def insert_rows_with_times(
    con: Connection, appts: Iterable[tuple[Appointment, datetime, datetime]]
) -> int:
    """Insert with each row's own created/updated times (demo and restored records)."""
    con.execute("PRAGMA defer_foreign_keys = ON")
    batch = [(*_values(a), to_storage(c), to_storage(u)) for a, c, u in appts]
    con.executemany(_INSERT, batch)
    return len(batch)


def update(con: Connection, appt: Appointment, now: datetime) -> None:
    cur = con.execute(_UPDATE, (*_values(appt), to_storage(now), appt.id))
    if cur.rowcount != 1:
        raise RecordNotFound(f"appointment {appt.id}")


def _with_id(appt: Appointment, id_: int | None) -> Appointment:
    return replace(appt, id=id_)


def get(db: Db, appt_id: int) -> Appointment | None:
    found = rows(db, f"{_SELECT} WHERE id = ?", (appt_id,))
    return _from_row(found[0]) if found else None


def get_by_uid(db: Db, uid: str) -> Appointment | None:
    found = rows(db, f"{_SELECT} WHERE uid = ?", (uid,))
    return _from_row(found[0]) if found else None


def list_between(
    db: Db, start: datetime | None = None, end: datetime | None = None
) -> list[Appointment]:
    """Appointments starting in [start, end), by start time; None leaves that side open."""
    where, params = [], []
    if start is not None:
        where.append("starts_at >= ?")
        params.append(to_storage(start))
    if end is not None:
        where.append("starts_at < ?")
        params.append(to_storage(end))
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    return [_from_row(r) for r in rows(db, f"{_SELECT}{clause} ORDER BY starts_at, id", params)]


def existing_uids(db: Db, uids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in chunks(list(uids)):
        marks = ", ".join("?" * len(part))
        found |= {
            r[0] for r in rows(db, f"SELECT uid FROM appointment WHERE uid IN ({marks})", part)
        }
    return found


def count(db: Db) -> int:
    return int(rows(db, "SELECT count(*) FROM appointment")[0][0])
