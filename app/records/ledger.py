"""Operations on the weekly hours ledger (what screens call): record an activity, correct it,
set the weekly target written in the contract, and read a week or a month as plain data."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from ..carnet import Carnet
from ..domain.days import home_day, week_start
from ..domain.hours import (
    Activity,
    HoursTarget,
    MonthHours,
    WeekHours,
    check_day_total,
    checked_activity,
    checked_target,
    month_hours,
    week_hours,
)
from ..domain.recurrence import add_months
from ..domain.validation import InvalidRecord, Problem
from . import activity_repo, document_repo, organisation_repo, situation_repo
from .db import Db, RecordNotFound
from .document_repo import Target
from .documents import link_documents


def _check_links(db: Db, a: Activity) -> None:
    problems = []
    if a.organisation_id is not None and organisation_repo.get(db, a.organisation_id) is None:
        problems.append(Problem("organisation_id", "not_found"))
    if a.proof_document_id is not None and document_repo.get(db, a.proof_document_id) is None:
        problems.append(Problem("proof_document_id", "not_found"))
    if problems:
        raise InvalidRecord(problems)


def record_activity(
    carnet: Carnet,
    entry: Activity,
    *,
    document_ids: Sequence[int] = (),
    now: datetime | None = None,
) -> Activity:
    """Add an entry (with the documents that prove it); refused (nothing written) if it is not
    positive or its day would pass 24 h."""
    entry = checked_activity(entry)
    now = now or carnet.clock()
    with carnet.write() as con:
        _check_links(con, entry)
        check_day_total(activity_repo.minutes_on(con, entry.day), entry)
        saved = activity_repo.insert(con, entry, now)
        assert saved.id is not None
        link_documents(con, document_ids, Target.ACTIVITY, saved.id, now)
        return saved


def update_activity(
    carnet: Carnet,
    entry: Activity,
    *,
    document_ids: Sequence[int] | None = None,
    now: datetime | None = None,
) -> Activity:
    """Change an entry; with `document_ids`, its documents become exactly those."""
    if entry.id is None:
        raise RecordNotFound("activity without id")
    entry = checked_activity(entry)
    now = now or carnet.clock()
    with carnet.write() as con:
        if activity_repo.get(con, entry.id) is None:
            raise RecordNotFound(f"activity {entry.id}")
        _check_links(con, entry)
        check_day_total(activity_repo.minutes_on(con, entry.day, except_id=entry.id), entry)
        activity_repo.update(con, entry, now)
        if document_ids is not None:
            for doc in document_repo.linked_to(con, Target.ACTIVITY, entry.id):
                if doc.id is not None and doc.id not in document_ids:
                    document_repo.unlink(con, doc.id, Target.ACTIVITY, entry.id)
            link_documents(con, document_ids, Target.ACTIVITY, entry.id, now)
    return entry


def remove_activity(carnet: Carnet, activity_id: int) -> None:
    with carnet.write() as con:
        activity_repo.delete(con, activity_id)


def get_activity(db: Db, activity_id: int) -> Activity:
    entry = activity_repo.get(db, activity_id)
    if entry is None:
        raise RecordNotFound(f"activity {activity_id}")
    return entry


def set_hours_target(
    carnet: Carnet, target: HoursTarget, *, now: datetime | None = None
) -> HoursTarget:
    """The weekly hours written in the contract from a day on; 0 when exempted."""
    target = checked_target(target)
    with carnet.write() as con:
        situation_repo.upsert_target(con, target, now or carnet.clock())
    return target


def hours_targets(db: Db) -> list[HoursTarget]:
    return situation_repo.targets(db)


def _targets(db: Db) -> list[tuple[date, int]]:
    return [(t.effective_from, t.minutes) for t in situation_repo.targets(db)]


def week_view(db: Db, day: date) -> WeekHours:
    """The Monday-to-Sunday week holding `day`: entries, totals by day and kind, the target."""
    monday = week_start(day)
    entries = activity_repo.between(db, monday, monday + timedelta(days=6))
    return week_hours(entries, monday, _targets(db))


def this_week(carnet: Carnet, *, now: datetime | None = None) -> WeekHours:
    return week_view(carnet, home_day(now or carnet.clock()))


def month_view(db: Db, year: int, month: int) -> MonthHours:
    """The month's total and each week that shares a day with it (whole weeks)."""
    first = date(year, month, 1)
    start = week_start(first)
    end = add_months(first, 1) + timedelta(days=6)
    return month_hours(activity_repo.between(db, start, end), year, month, _targets(db))


def activities_between(db: Db, start: date, end: date) -> list[Activity]:
    return activity_repo.between(db, start, end)
