"""The week sheet: the Monday-to-Sunday week on one page, to take home and tick with a pen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..content import catalogue
from ..domain.appointments import Appointment
from ..domain.days import day_start, week_start
from ..domain.hours import WeekHours
from ..domain.obligations import Occurrence, OccurrenceStatus
from ..records import appointment_repo, organisation_repo
from ..records.db import Db
from ..records.ledger import week_view
from ..records.obligations import occurrences_between, timeline


@dataclass(frozen=True)
class DueItem:
    occurrence: Occurrence
    titles: dict[str, str]  # language -> title (custom obligations: the person's own title)
    done: bool


@dataclass(frozen=True)
class WeekSheet:
    monday: date
    appointments: tuple[tuple[Appointment, str], ...]  # with the organisation's name
    due: tuple[DueItem, ...]  # obligations whose last day falls in the week, or still open
    hours: WeekHours
    hours_expected: bool  # the situation says weekly hours apply

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)


def week_sheet(db: Db, day: date, now: datetime) -> WeekSheet:
    monday = week_start(day)
    sunday = monday + timedelta(days=6)
    names = {o.id: o.name for o in organisation_repo.list_all(db)}
    appts = tuple(
        (a, names.get(a.organisation_id, "") if a.organisation_id else "")
        for a in appointment_repo.list_between(
            db, day_start(monday), day_start(sunday + timedelta(days=1))
        )
        if a.holds_slot
    )
    content = catalogue()
    due = []
    for occ in occurrences_between(db, monday, sunday):
        template = content.template(occ.template_id)
        titles = {"": occ.title} if occ.title else dict(template.title) if template else {}
        due.append(DueItem(occ, titles, occ.status is OccurrenceStatus.DONE))
    return WeekSheet(
        monday=monday,
        appointments=appts,
        due=tuple(due),
        hours=week_view(db, monday),
        hours_expected="weekly_hours_expected" in timeline(db).flags_on(monday),
    )
