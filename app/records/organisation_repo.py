"""SQL for the `organisation` table. Rows in, dataclasses out; no rules here (see app.domain)."""

from __future__ import annotations

from collections.abc import Iterable

from ..carnet.connection import Connection
from ..domain.organisations import Organisation, OrganisationKind
from .db import Db, RecordNotFound, rows

_COLUMNS = "id, name, kind, phone, hours, notes"


def _kind(value: str) -> OrganisationKind:
    try:
        return OrganisationKind(value)
    except ValueError:  # a kind this version does not know yet: still show the organisation
        return OrganisationKind.OTHER


def _from_row(row: tuple) -> Organisation:
    id_, name, kind, phone, hours, notes = row
    return Organisation(name, _kind(kind), phone, hours, notes, id=id_)


def _values(org: Organisation) -> tuple:
    return (org.name, str(org.kind), org.phone, org.hours, org.notes)


def insert(con: Connection, org: Organisation) -> Organisation:
    cur = con.execute(
        "INSERT INTO organisation(name, kind, phone, hours, notes) VALUES (?, ?, ?, ?, ?)",
        _values(org),
    )
    return Organisation(org.name, org.kind, org.phone, org.hours, org.notes, id=cur.lastrowid)


def insert_many(con: Connection, orgs: Iterable[Organisation]) -> None:
    con.executemany(
        "INSERT INTO organisation(name, kind, phone, hours, notes) VALUES (?, ?, ?, ?, ?)",
        [_values(o) for o in orgs],
    )


def update(con: Connection, org: Organisation) -> None:
    cur = con.execute(
        "UPDATE organisation SET name = ?, kind = ?, phone = ?, hours = ?, notes = ? WHERE id = ?",
        (*_values(org), org.id),
    )
    if cur.rowcount != 1:
        raise RecordNotFound(f"organisation {org.id}")


def get(db: Db, org_id: int) -> Organisation | None:
    found = rows(db, f"SELECT {_COLUMNS} FROM organisation WHERE id = ?", (org_id,))
    return _from_row(found[0]) if found else None


def list_all(db: Db) -> list[Organisation]:
    found = rows(db, f"SELECT {_COLUMNS} FROM organisation ORDER BY name COLLATE NOCASE, id")
    return [_from_row(r) for r in found]


def count(db: Db) -> int:
    return int(rows(db, "SELECT count(*) FROM organisation")[0][0])
