"""Operations on appointments (what screens call): validate with app.domain, write through the
repository, one transaction each. `now` comes from the carnet's clock unless a test gives it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from ..carnet import Carnet
from ..domain.appointments import (
    Appointment,
    StatusChange,
    change_status,
    checked_appointment,
    moved,
    overlapping,
)
from ..domain.validation import InvalidRecord, Problem
from . import appointment_repo, contact_repo, organisation_repo
from .db import Db, RecordNotFound
from .document_repo import Target
from .documents import link_documents


def _now(carnet: Carnet, now: datetime | None) -> datetime:
    return now or carnet.clock()


def _check_organisation(db: Db, appt: Appointment) -> None:
    if appt.organisation_id is not None and organisation_repo.get(db, appt.organisation_id) is None:
        raise InvalidRecord([Problem("organisation_id", "not_found")])
    if appt.contact_id is not None and contact_repo.get(db, appt.contact_id) is None:
        raise InvalidRecord([Problem("contact_id", "not_found")])


def add_appointment(
    carnet: Carnet, appt: Appointment, *, now: datetime | None = None
) -> Appointment:
    """Save a new appointment; past ones are allowed (the screen marks them)."""
    appt = checked_appointment(appt)
    with carnet.write() as con:
        _check_organisation(con, appt)
        return appointment_repo.insert(con, appt, _now(carnet, now))


def update_appointment(
    carnet: Carnet, appt: Appointment, *, now: datetime | None = None
) -> Appointment:
    if appt.id is None:
        raise RecordNotFound("appointment without id")
    appt = checked_appointment(appt)
    with carnet.write() as con:
        _check_organisation(con, appt)
        appointment_repo.update(con, appt, _now(carnet, now))
    return appt


def get_appointment(db: Db, appt_id: int) -> Appointment:
    appt = appointment_repo.get(db, appt_id)
    if appt is None:
        raise RecordNotFound(f"appointment {appt_id}")
    return appt


def appointment_by_uid(db: Db, uid: str) -> Appointment | None:
    """The appointment with this UID (e.g. where a moved one went), or None."""
    return appointment_repo.get_by_uid(db, uid)


def set_status(
    carnet: Carnet,
    appt_id: int,
    change: StatusChange,
    *,
    document_ids: Sequence[int] = (),
    now: datetime | None = None,
) -> Appointment:
    """Record what became of an appointment (attended, missed, excused, cancelled…), with the
    documents that prove it attached in the same transaction."""
    now = _now(carnet, now)
    with carnet.write() as con:
        updated = change_status(get_appointment(con, appt_id), change, now)
        if updated.moved_to_uid and appointment_repo.get_by_uid(con, updated.moved_to_uid) is None:
            raise InvalidRecord([Problem("moved_to_uid", "not_found")])
        appointment_repo.update(con, updated, now)
        link_documents(con, document_ids, Target.APPOINTMENT, appt_id, now)
    return updated


def move_appointment(
    carnet: Carnet,
    appt_id: int,
    starts_at: datetime,
    ends_at: datetime | None,
    *,
    reason: str = "",
    now: datetime | None = None,
) -> tuple[Appointment, Appointment]:
    """The appointment is moved: it stays in the history as "moved", a new one is planned."""
    now = _now(carnet, now)
    with carnet.write() as con:
        old, replacement = moved(
            get_appointment(con, appt_id), starts_at, ends_at, now, reason=reason
        )
        replacement = appointment_repo.insert(con, replacement, now)
        appointment_repo.update(con, old, now)
    return old, replacement


def list_appointments(
    db: Db, start: datetime | None = None, end: datetime | None = None
) -> list[Appointment]:
    return appointment_repo.list_between(db, start, end)


def upcoming(carnet: Carnet, *, limit: int = 5, now: datetime | None = None) -> list[Appointment]:
    """The next appointments still holding a slot, soonest first."""
    now = _now(carnet, now)
    found = appointment_repo.list_between(carnet, now - timedelta(days=1))
    return [a for a in found if a.holds_slot and not a.is_past(now)][:limit]


def overlaps_for(carnet: Carnet, appt: Appointment) -> list[Appointment]:
    """Appointments at the same time as `appt`: a warning to show, never a refusal."""
    day = appt.starts_at.replace(hour=0, minute=0, second=0, microsecond=0)
    nearby = appointment_repo.list_between(carnet, day - timedelta(days=1), day + timedelta(days=2))
    return overlapping(appt, nearby)
