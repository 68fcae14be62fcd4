"""Numbered schema migrations. Each step runs in one transaction with its user_version bump, so an
interrupted migration leaves the old schema or the new one, never a mix. Steps are append-only:
never edit a released step, add the next one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .connection import Connection
from .errors import NewerCarnet


@dataclass(frozen=True)
class Step:
    version: int
    description: str
    apply: Callable[[Connection], None]


def _sql(script: str) -> Callable[[Connection], None]:
    statements = [s.strip() for s in script.split(";") if s.strip()]

    def run(con: Connection) -> None:
        for statement in statements:
            con.execute(statement)

    return run


def _statements(*statements: str) -> Callable[[Connection], None]:
    """Like _sql, for statements that hold ';' themselves (trigger bodies)."""

    def run(con: Connection) -> None:
        for statement in statements:
            con.execute(statement)

    return run


# Frozen copy of app.domain.appointments.AppointmentStatus at step 3: a released step must never
# change when the domain grows, so it does not import it.
_APPOINTMENT_STATUSES = (
    "'planned', 'attended', 'missed', 'excused', 'cancelled_by_me', 'cancelled_by_them', 'moved'"
)


STEPS: list[Step] = [
    Step(
        1,
        "carnet identity and settings",
        _sql(
            """
            CREATE TABLE meta (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) STRICT;
            CREATE TABLE unlock_log (
                id        INTEGER PRIMARY KEY,
                at        TEXT NOT NULL,
                outcome   TEXT NOT NULL CHECK (outcome IN ('ok', 'recovery'))
            ) STRICT
            """
        ),
    ),
    Step(
        2,
        "organisations and appointments",
        _sql(
            """
            CREATE TABLE organisation (
                id      INTEGER PRIMARY KEY,
                name    TEXT NOT NULL,
                kind    TEXT NOT NULL DEFAULT 'other',
                phone   TEXT NOT NULL DEFAULT '',
                hours   TEXT NOT NULL DEFAULT '',
                notes   TEXT NOT NULL DEFAULT ''
            ) STRICT;
            CREATE TABLE appointment (
                id              INTEGER PRIMARY KEY,
                uid             TEXT NOT NULL UNIQUE,
                title           TEXT NOT NULL,
                organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
                starts_at       TEXT NOT NULL,
                ends_at         TEXT,
                place           TEXT NOT NULL DEFAULT '',
                mode            TEXT NOT NULL DEFAULT 'in_person'
                                CHECK (mode IN ('in_person', 'phone', 'video')),
                to_bring        TEXT NOT NULL DEFAULT '[]',
                mandatory       INTEGER NOT NULL DEFAULT 0 CHECK (mandatory IN (0, 1)),
                notes           TEXT NOT NULL DEFAULT '',
                status          TEXT NOT NULL DEFAULT 'planned',
                created_at      TEXT NOT NULL,
                updated_at      TEXT NOT NULL
            ) STRICT;
            CREATE INDEX appointment_starts ON appointment(starts_at)
            """
        ),
    ),
    Step(
        3,
        "appointment status details, source, and a guard on status values",
        _statements(
            # When and how the status changed (excused: the reason; cancelled by me: how I told
            # them), the appointment that replaced a moved one, where the appointment came from.
            "ALTER TABLE appointment ADD COLUMN status_at TEXT",
            "ALTER TABLE appointment ADD COLUMN status_reason TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE appointment ADD COLUMN status_channel TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE appointment ADD COLUMN moved_to_uid TEXT"
            " REFERENCES appointment(uid) ON DELETE SET NULL",
            "ALTER TABLE appointment ADD COLUMN source TEXT NOT NULL DEFAULT 'manual'",
            "CREATE INDEX appointment_organisation ON appointment(organisation_id)",
            # SQLite cannot add a CHECK to an existing table; triggers give the same guard.
            *[
                f"""CREATE TRIGGER appointment_status_{event.lower()}
                    BEFORE {event} ON appointment
                    WHEN NEW.status NOT IN ({_APPOINTMENT_STATUSES})
                    BEGIN SELECT RAISE(ABORT, 'invalid appointment status'); END"""
                for event in ("INSERT", "UPDATE")
            ],
        ),
    ),
]

LATEST = STEPS[-1].version


def pending(current: int) -> list[Step]:
    if current > LATEST:
        raise NewerCarnet(f"schema {current} > {LATEST}")
    return [step for step in STEPS if step.version > current]


def migrate(con: Connection) -> int:
    """Bring the schema to LATEST; return the number of steps applied."""
    current = int(con.execute("PRAGMA user_version").fetchone()[0])
    steps = pending(current)
    for step in steps:
        con.execute("BEGIN IMMEDIATE")
        try:
            step.apply(con)
            con.execute(f"PRAGMA user_version = {int(step.version)}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return len(steps)
