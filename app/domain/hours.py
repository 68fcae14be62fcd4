"""The weekly hours ledger: the person's own record of activities, to compare with the contract.

The contrat d'engagement sets weekly hours of activity (at least 15 h; lower, or none when the
person is exempted). This ledger is theirs: it is not an official count and is never sent. Weeks
run Monday to Sunday. A day holds at most 24 hours, all entries together.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from .days import check_day, week_start
from .recurrence import last_day_of_month
from .situation import Timeline
from .validation import Problem, check_text, raise_if

DEFAULT_WEEKLY_MINUTES = 15 * 60
MAX_DAY_MINUTES = 24 * 60
MAX_WEEKLY_TARGET_MINUTES = 7 * 24 * 60
NOTE_MAX = 2000


class ActivityKind(StrEnum):
    TRAINING = "training"
    WORKSHOP = "workshop"
    IMMERSION = "immersion"  # job-discovery immersion (PMSMP)
    APPLICATIONS = "applications"
    JOB_INTERVIEW = "job_interview"
    SOCIAL_WORKER = "social_worker"  # appointment with a social worker
    RIGHTS = "rights"  # steps to get one's rights (housing, CAF, papers…)
    HEALTH = "health"
    CHILDCARE = "childcare"  # arranging childcare
    OTHER = "other"


@dataclass(frozen=True)
class Activity:
    day: date
    minutes: int
    kind: ActivityKind = ActivityKind.OTHER
    organisation_id: int | None = None
    note: str = ""
    proof_document_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class HoursTarget:
    """Weekly minutes written in the contract, from a day on (0 when exempted)."""

    effective_from: date
    minutes: int = DEFAULT_WEEKLY_MINUTES
    note: str = ""


def _check_minutes(value: object) -> list[Problem]:
    if not isinstance(value, int) or isinstance(value, bool):
        return [Problem("minutes", "not_a_number")]
    if value < 0:
        return [Problem("minutes", "negative_duration")]
    if value == 0:
        return [Problem("minutes", "zero_duration")]
    if value > MAX_DAY_MINUTES:
        return [Problem("minutes", "day_over_24h", MAX_DAY_MINUTES // 60)]
    return []


def validate_activity(a: Activity) -> list[Problem]:
    problems = check_day("day", a.day)
    problems += _check_minutes(a.minutes)
    try:
        ActivityKind(a.kind)
    except ValueError:
        problems.append(Problem("kind", "unknown_value"))
    problems += check_text("note", a.note, max_len=NOTE_MAX, multiline=True)
    return problems


def checked_activity(a: Activity) -> Activity:
    raise_if(validate_activity(a))
    return replace(a, kind=ActivityKind(a.kind), note=a.note.strip())


def check_day_total(others_minutes: int, a: Activity) -> None:
    """Refuse an entry that would make its day longer than 24 hours, all entries together."""
    if others_minutes + a.minutes > MAX_DAY_MINUTES:
        raise_if([Problem("minutes", "day_over_24h", MAX_DAY_MINUTES // 60)])


def checked_target(t: HoursTarget) -> HoursTarget:
    problems = check_day("effective_from", t.effective_from)
    if not isinstance(t.minutes, int) or isinstance(t.minutes, bool):
        problems.append(Problem("minutes", "not_a_number"))
    elif t.minutes < 0:
        problems.append(Problem("minutes", "negative_duration"))
    elif t.minutes > MAX_WEEKLY_TARGET_MINUTES:
        problems.append(Problem("minutes", "too_long_duration", MAX_WEEKLY_TARGET_MINUTES // 60))
    problems += check_text("note", t.note, max_len=NOTE_MAX, multiline=True)
    raise_if(problems)
    return replace(t, note=t.note.strip())


# -- views (plain data for the screens) -------------------------------------------------------
@dataclass(frozen=True)
class WeekHours:
    week_start: date  # Monday
    total_minutes: int
    target_minutes: int
    target_is_default: bool  # no target entered: 15 h shown as the usual figure
    by_day: tuple[int, ...]  # minutes Monday..Sunday
    by_kind: tuple[tuple[ActivityKind, int], ...]  # most minutes first
    entries: tuple[Activity, ...]

    @property
    def week_end(self) -> date:
        return self.week_start + timedelta(days=6)

    @property
    def remaining_minutes(self) -> int:
        return max(0, self.target_minutes - self.total_minutes)

    @property
    def reached(self) -> bool:
        return self.total_minutes >= self.target_minutes


@dataclass(frozen=True)
class MonthHours:
    year: int
    month: int
    total_minutes: int  # entries dated in the month
    weeks: tuple[WeekHours, ...]  # every week sharing a day with the month, whole weeks


def week_hours(
    entries: Iterable[Activity], day: date, targets: Sequence[tuple[date, int]] = ()
) -> WeekHours:
    """The week holding `day`; `entries` may hold more days (they are filtered)."""
    monday = week_start(day)
    sunday = monday + timedelta(days=6)
    mine = tuple(
        sorted((e for e in entries if monday <= e.day <= sunday), key=lambda e: (e.day, e.id or 0))
    )
    by_day = [0] * 7
    kinds: dict[ActivityKind, int] = defaultdict(int)
    for e in mine:
        by_day[e.day.weekday()] += e.minutes
        kinds[ActivityKind(e.kind)] += e.minutes
    timeline = Timeline(targets=targets, default_target=DEFAULT_WEEKLY_MINUTES)
    return WeekHours(
        week_start=monday,
        total_minutes=sum(by_day),
        target_minutes=timeline.target_on(monday),
        target_is_default=not any(d <= monday for d, _ in targets),
        by_day=tuple(by_day),
        by_kind=tuple(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0].value))),
        entries=mine,
    )


def month_hours(
    entries: Iterable[Activity], year: int, month: int, targets: Sequence[tuple[date, int]] = ()
) -> MonthHours:
    first = date(year, month, 1)
    last = date(year, month, last_day_of_month(year, month))
    entries = list(entries)
    weeks = []
    monday = week_start(first)
    while monday <= last:
        weeks.append(week_hours(entries, monday, targets))
        monday += timedelta(days=7)
    total = sum(e.minutes for e in entries if first <= e.day <= last)
    return MonthHours(year, month, total, tuple(weeks))
