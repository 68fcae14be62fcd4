"""The hours statement for a period, week by week, to show the adviser (conseiller)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.days import week_start
from ..domain.hours import WeekHours
from ..records import organisation_repo
from ..records.db import Db
from ..records.ledger import week_view


@dataclass(frozen=True)
class HoursStatement:
    start: date
    end: date
    weeks: tuple[WeekHours, ...]  # whole weeks: the period runs from a Monday to a Sunday
    organisations: dict[int, str]  # id -> name, for the entries

    @property
    def total_minutes(self) -> int:
        return sum(w.total_minutes for w in self.weeks)


def hours_statement(db: Db, start: date, end: date) -> HoursStatement:
    """Whole weeks, as the contract counts hours: from the Monday of `start` to the Sunday of
    `end`, so each week's total matches the lines printed under it."""
    if end < start:
        start, end = end, start
    start, end = week_start(start), week_start(end) + timedelta(days=6)
    weeks = []
    monday = week_start(start)
    while monday <= end:
        weeks.append(week_view(db, monday))
        monday += timedelta(days=7)
    names = {o.id: o.name for o in organisation_repo.list_all(db) if o.id is not None}
    return HoursStatement(start, end, tuple(weeks), names)
