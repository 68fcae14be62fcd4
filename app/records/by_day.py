"""The agenda as a list of days (handbook §5: a list, not a month grid, reads well aloud).

Each day holds its appointments (by time) and the obligations whose window opens or closes that
day. Days with nothing are left out: the screen shows "nothing planned" between them if it likes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from ..domain.appointments import Appointment
from ..domain.days import day_start
from ..domain.localtime import instant
from ..domain.obligations import Occurrence
from . import appointment_repo, occurrence_repo
from .db import Db

# A window that opens is worth a line only when it lasts: a week's hours open every Monday.
OPENS_WORTH_SHOWING_DAYS = 8


class ItemKind(StrEnum):
    APPOINTMENT = "appointment"
    OPENS = "opens"  # an obligation's window opens this day
    DEADLINE = "deadline"  # an obligation's last day


@dataclass(frozen=True)
class AgendaItem:
    kind: ItemKind
    at: datetime | None  # appointments: when they start; obligations: None (the whole day)
    appointment: Appointment | None = None
    occurrence: Occurrence | None = None


@dataclass(frozen=True)
class AgendaDay:
    day: date
    items: tuple[AgendaItem, ...]  # obligations first, then appointments by time


def agenda_days(db: Db, start: date, end: date) -> list[AgendaDay]:
    """Every day in [start, end] (inclusive) that holds something, in order."""
    by_day: dict[date, list[AgendaItem]] = defaultdict(list)
    for occ in occurrence_repo.touching(db, start, end):
        if start <= occ.opens_on <= end and occ.window.days >= OPENS_WORTH_SHOWING_DAYS:
            by_day[occ.opens_on].append(AgendaItem(ItemKind.OPENS, None, occurrence=occ))
        if start <= occ.closes_on <= end:
            by_day[occ.closes_on].append(AgendaItem(ItemKind.DEADLINE, None, occurrence=occ))
    appts = appointment_repo.list_between(db, day_start(start), day_start(end + timedelta(days=1)))
    for appt in sorted(appts, key=lambda a: instant(a.starts_at)):
        by_day[appt.starts_at.date()].append(
            AgendaItem(ItemKind.APPOINTMENT, appt.starts_at, appointment=appt)
        )
    return [AgendaDay(day, tuple(by_day[day])) for day in sorted(by_day)]
