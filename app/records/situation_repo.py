"""SQL for `situation` (the person's situation, one version per day it takes effect) and
`hours_target` (weekly minutes written in the contract, per day of effect)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from ..carnet.connection import Connection
from ..domain.days import day_from_storage, day_to_storage
from ..domain.hours import HoursTarget
from ..domain.localtime import to_storage
from ..domain.situation import BenefitsBody, Situation, SituationVersion
from .db import Db, rows

_FIELDS = (
    "registered_ft",
    "receives_rsa",
    "receives_prime_activite",
    "benefits_body",
    "dtr_month",
    "has_contrat_engagement",
    "in_cej",
    "orientation_notified_on",
    "rqth_end_date",
    "note",
)
_UPSERT = (
    f"INSERT INTO situation(effective_from, {', '.join(_FIELDS)}, recorded_at) "
    f"VALUES ({', '.join('?' * (len(_FIELDS) + 2))}) "
    "ON CONFLICT(effective_from) DO UPDATE SET "
    + ", ".join(f"{f} = excluded.{f}" for f in (*_FIELDS, "recorded_at"))
)


def _values(day: date, s: Situation, now: datetime) -> tuple:
    return (
        day_to_storage(day),
        int(s.registered_ft),
        int(s.receives_rsa),
        int(s.receives_prime_activite),
        str(s.benefits_body),
        s.dtr_month,
        int(s.has_contrat_engagement),
        int(s.in_cej),
        day_to_storage(s.orientation_notified_on),
        day_to_storage(s.rqth_end_date),
        s.note,
        to_storage(now),
    )


def _from_row(row: tuple) -> SituationVersion:
    (id_, effective, ft, rsa, prime, body, dtr, contract, cej, orientation, rqth, note) = row
    try:
        benefits = BenefitsBody(body)
    except ValueError:
        benefits = BenefitsBody.CAF
    situation = Situation(
        bool(ft),
        bool(rsa),
        bool(prime),
        benefits,
        dtr,
        bool(contract),
        bool(cej),
        day_from_storage(orientation),
        day_from_storage(rqth),
        note,
    )
    return SituationVersion(date.fromisoformat(effective), situation, id_)


def upsert(con: Connection, day: date, s: Situation, now: datetime) -> None:
    """A second version on the same day replaces the first (a correction of that day)."""
    con.execute(_UPSERT, _values(day, s, now))


def upsert_many(con: Connection, versions: Iterable[tuple[date, Situation]], now: datetime) -> None:
    con.executemany(_UPSERT, [_values(d, s, now) for d, s in versions])


def delete(con: Connection, day: date) -> bool:
    cur = con.execute("DELETE FROM situation WHERE effective_from = ?", (day_to_storage(day),))
    return cur.rowcount == 1


def versions(db: Db) -> list[SituationVersion]:
    found = rows(
        db,
        f"SELECT id, effective_from, {', '.join(_FIELDS)} FROM situation ORDER BY effective_from",
    )
    return [_from_row(r) for r in found]


# -- hours targets --------------------------------------------------------------------------------
_TARGET_UPSERT = (
    "INSERT INTO hours_target(effective_from, minutes, note, recorded_at) VALUES (?, ?, ?, ?) "
    "ON CONFLICT(effective_from) DO UPDATE SET minutes = excluded.minutes, note = excluded.note, "
    "recorded_at = excluded.recorded_at"
)


def upsert_target(con: Connection, t: HoursTarget, now: datetime) -> None:
    con.execute(
        _TARGET_UPSERT, (day_to_storage(t.effective_from), t.minutes, t.note, to_storage(now))
    )


def upsert_targets(con: Connection, targets: Iterable[HoursTarget], now: datetime) -> None:
    stamp = to_storage(now)
    con.executemany(
        _TARGET_UPSERT,
        [(day_to_storage(t.effective_from), t.minutes, t.note, stamp) for t in targets],
    )


def targets(db: Db) -> list[HoursTarget]:
    found = rows(
        db, "SELECT effective_from, minutes, note FROM hours_target ORDER BY effective_from"
    )
    return [HoursTarget(date.fromisoformat(d), m, n) for d, m, n in found]
