"""SQL for the `contact` table. Rows in, dataclasses out; no rules here (see app.domain)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from ..carnet.connection import Connection
from ..domain.contacts import Contact, ContactRole
from ..domain.localtime import to_storage
from .db import Db, RecordNotFound, rows

_FIELDS = ("organisation_id", "name", "role", "phones", "email", "hours", "notes")
_SELECT = f"SELECT id, {', '.join(_FIELDS)} FROM contact"
_INSERT = (
    f"INSERT INTO contact({', '.join(_FIELDS)}, created_at, updated_at) "
    f"VALUES ({', '.join('?' * (len(_FIELDS) + 2))})"
)


def _role(value: str) -> ContactRole:
    try:
        return ContactRole(value)
    except ValueError:  # written by a later version: the contact still shows
        return ContactRole.OTHER


def _values(c: Contact) -> tuple:
    return (
        c.organisation_id,
        c.name,
        str(c.role),
        json.dumps(list(c.phones), ensure_ascii=False),
        c.email,
        c.hours,
        c.notes,
    )


def _from_row(row: tuple) -> Contact:
    id_, org_id, name, role, phones, email, hours, notes = row
    return Contact(
        name, _role(role), org_id, tuple(json.loads(phones)), email, hours, notes, id=id_
    )


def insert(con: Connection, c: Contact, now: datetime) -> Contact:
    stamp = to_storage(now)
    cur = con.execute(_INSERT, (*_values(c), stamp, stamp))
    return replace(c, id=cur.lastrowid)


def insert_many(con: Connection, contacts: Iterable[Contact], now: datetime) -> None:
    stamp = to_storage(now)
    con.executemany(_INSERT, [(*_values(c), stamp, stamp) for c in contacts])


def update(con: Connection, c: Contact, now: datetime) -> None:
    cur = con.execute(
        f"UPDATE contact SET {', '.join(f'{f} = ?' for f in _FIELDS)}, updated_at = ? WHERE id = ?",
        (*_values(c), to_storage(now), c.id),
    )
    if cur.rowcount != 1:
        raise RecordNotFound(f"contact {c.id}")


def delete(con: Connection, contact_id: int) -> None:
    if con.execute("DELETE FROM contact WHERE id = ?", (contact_id,)).rowcount != 1:
        raise RecordNotFound(f"contact {contact_id}")


def get(db: Db, contact_id: int) -> Contact | None:
    found = rows(db, f"{_SELECT} WHERE id = ?", (contact_id,))
    return _from_row(found[0]) if found else None


def list_all(db: Db, organisation_id: int | None = None) -> list[Contact]:
    where = "" if organisation_id is None else " WHERE organisation_id = ?"
    params = () if organisation_id is None else (organisation_id,)
    found = rows(db, f"{_SELECT}{where} ORDER BY name COLLATE NOCASE, id", params)
    return [_from_row(r) for r in found]
