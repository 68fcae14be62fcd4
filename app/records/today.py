"""What the Today screen shows, as data: the screen turns it into sentences and reads it aloud.

`today(carnet, now)` only reads; obligations are generated on unlock by refresh_obligations. Given
a past `now` (tests, or "what did Today say on…"), obligations marked later count as still due
and the journal stands as it was then.
Reminders: three days before, the day before, and the same day, for appointments and for
obligations' last days; and on an obligation's safe date (the day to aim for, two days before a
letter's last day), which is the reminder that matters most for a 10-day answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..carnet import Carnet
from ..content import Catalogue, catalogue
from ..domain.appointments import Appointment
from ..domain.contacts import Contact
from ..domain.days import day_start, home_day
from ..domain.hours import WeekHours
from ..domain.journal import JournalVersion
from ..domain.localtime import instant
from ..domain.obligations import ObligationTemplate, Occurrence, OccurrenceStatus, Schedule
from ..domain.organisations import Organisation
from . import appointment_repo, contact_repo, occurrence_repo, organisation_repo
from .journal import last_journal_entry
from .ledger import week_view
from .obligations import timeline

REMINDER_DAYS = (3, 1, 0)
LOOK_AHEAD_DAYS = 366


@dataclass(frozen=True)
class ObligationItem:
    occurrence: Occurrence
    template: ObligationTemplate | None  # None for a template this version no longer ships
    needs_review: bool  # the rule is past its review date: say "à vérifier"


@dataclass(frozen=True)
class Reminder:
    days_before: int  # days left before `on`: 3, 1 or 0 (the same day); any on a safe date
    on: date  # the day of the appointment or of the last day
    appointment: Appointment | None = None
    obligation: ObligationItem | None = None
    safe_date: bool = False  # today is the obligation's safe date: the day to send it


@dataclass(frozen=True)
class NextAppointment:
    appointment: Appointment
    organisation: Organisation | None
    contact: Contact | None


@dataclass(frozen=True)
class TodayView:
    now: datetime
    today: date
    next_appointment: NextAppointment | None
    open_obligations: tuple[ObligationItem, ...]  # due, window open now: soonest last day first
    # Due, last day passed, not marked. Past weeks of hours are left out: the week view shows the
    # hours; a week "overdue" would read as a reproach, and there is nothing left to do for it.
    overdue_obligations: tuple[ObligationItem, ...]
    week: WeekHours
    hours_expected: bool  # the situation says weekly hours apply (target > 0)
    last_journal: JournalVersion | None
    reminders: tuple[Reminder, ...]  # same day first, then 1 day, then 3 days before


def _item(occ: Occurrence, content: Catalogue, today: date) -> ObligationItem:
    template = content.template(occ.template_id)
    return ObligationItem(occ, template, bool(template and template.needs_review(today)))


def _due_at(occ: Occurrence, now: datetime) -> bool:
    """Due at `now`: not marked, or marked only later (Today on a chosen past date)."""
    return occ.status is OccurrenceStatus.DUE or (
        occ.status_at is not None and instant(occ.status_at) > instant(now)
    )


def _weekly(item: ObligationItem) -> bool:
    return item.template is not None and item.template.schedule.rule is Schedule.WEEKLY


def _next_appointment(carnet: Carnet, now: datetime) -> NextAppointment | None:
    found = appointment_repo.list_between(
        carnet, now - timedelta(days=1), now + timedelta(days=LOOK_AHEAD_DAYS)
    )
    for appt in found:
        if appt.holds_slot and not appt.is_past(now):
            org = (
                organisation_repo.get(carnet, appt.organisation_id)
                if appt.organisation_id is not None
                else None
            )
            contact = (
                contact_repo.get(carnet, appt.contact_id) if appt.contact_id is not None else None
            )
            return NextAppointment(appt, org, contact)
    return None


def _reminders(
    carnet: Carnet, now: datetime, today: date, content: Catalogue
) -> tuple[Reminder, ...]:
    days = {today + timedelta(days=n): n for n in REMINDER_DAYS}
    last = max(days)
    found = []
    appts = appointment_repo.list_between(
        carnet, day_start(today), day_start(last + timedelta(days=1))
    )
    for appt in appts:
        n = days.get(appt.starts_at.date())
        if n is not None and appt.holds_slot and not appt.is_past(now):
            found.append(Reminder(n, appt.starts_at.date(), appointment=appt))
    safe = {o.id: o for o in occurrence_repo.safe_on(carnet, today) if _due_at(o, now)}
    for occ in safe.values():
        n = (occ.closes_on - today).days
        found.append(Reminder(n, occ.closes_on, obligation=_item(occ, content, today),
                              safe_date=True))  # fmt: skip
    for occ in occurrence_repo.closing_between(carnet, today, last):
        n = days.get(occ.closes_on)
        if n is not None and occ.id not in safe and _due_at(occ, now):
            found.append(Reminder(n, occ.closes_on, obligation=_item(occ, content, today)))
    return tuple(sorted(found, key=lambda r: (r.days_before, r.on)))


def today(
    carnet: Carnet, now: datetime | None = None, *, content: Catalogue | None = None
) -> TodayView:
    """Everything the Today screen needs at `now` (default: the carnet's clock)."""
    now = now or carnet.clock()
    content = content or catalogue()
    day = home_day(now)
    due = [
        _item(o, content, day)
        for o in occurrence_repo.due_as_of(carnet, day, now)
        if _due_at(o, now)
    ]
    return TodayView(
        now=now,
        today=day,
        next_appointment=_next_appointment(carnet, now),
        open_obligations=tuple(i for i in due if i.occurrence.closes_on >= day),
        overdue_obligations=tuple(
            i for i in due if i.occurrence.closes_on < day and not _weekly(i)
        ),
        week=week_view(carnet, day),
        hours_expected="weekly_hours_expected" in timeline(carnet).flags_on(day),
        last_journal=last_journal_entry(carnet, as_of=now),
        reminders=_reminders(carnet, now, day, content),
    )
