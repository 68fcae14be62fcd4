"""Obligations: templates (content, in resources/content/obligations) and their occurrences.

A template says who it applies to (an audience over the person's situation), how its windows are
computed (a schedule), and how sure we are of it (source, confidence, verification, review date).
An occurrence is one window in the person's carnet, with its own life:

    due ─┬─> done     when, how ("site", "39 49", "à l'accueil"…), proof document
         └─> missed   only once the window has closed

Either may go back to due (a correction). Nothing here computes or names a sanction: a template
carries the *kind* of consequence the official sources describe, never an amount or a verdict.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from .days import check_day, home_day
from .recurrence import (
    Window,
    WindowState,
    add_months,
    after_date_window,
    before_date_window,
    in_quarter_cycle,
    month_key,
    months_touching,
    quarterly_window,
    safe_date,
    weekly_windows,
)
from .situation import Timeline
from .validation import Problem, check_text, raise_if

CUSTOM_TEMPLATE_ID = "custom"
TITLE_MAX = 200
NOTE_MAX = 20_000
HOW_MAX = 200


class Schedule(StrEnum):
    CALENDAR = "calendar"  # windows from a published calendar (resources/content/calendars)
    QUARTERLY = "quarterly"  # every third month from a month the person gives
    WEEKLY = "weekly"  # Monday to Sunday
    AFTER_DATE = "after_date"  # from a date the person gives, for some months/days
    BEFORE_DATE = "before_date"  # some months before a date the person gives, up to it
    ON_EVENT = "on_event"  # made when the person reports an event (a change of situation)
    MANUAL = "manual"  # made by the person (custom)


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    UNVERIFIED = "unverified"  # not confirmed by any available source


class Verification(StrEnum):
    VERIFIED = "verified"
    PARTIAL = "partial"
    UNVERIFIED = "unverified"


class DeadlineKind(StrEnum):
    LEGAL = "legal"  # the last day comes from a legal text
    CALENDAR = "calendar"  # from the organisation's published calendar
    ADVICE = "advice"  # a date to aim for, not a legal cut-off


class OccurrenceStatus(StrEnum):
    DUE = "due"
    DONE = "done"
    MISSED = "missed"


@dataclass(frozen=True)
class ScheduleRule:
    rule: Schedule
    calendar: str = ""  # CALENDAR: calendar id
    field: str = ""  # QUARTERLY: month field; AFTER/BEFORE_DATE: date field
    months: int = 0
    days: int = 0
    opens_day: int = 1  # QUARTERLY
    closes_day: int = 25  # QUARTERLY
    event: str = ""  # ON_EVENT


@dataclass(frozen=True)
class Evidence:
    """One source as a reviewer checks it: where it is, the sentence that decides, when read."""

    url: str  # the page read (an official page, or the copy that was read)
    quote: str  # the decisive sentence, quoted as written (French)
    read_on: date  # the day it was read
    about: str = ""  # which claim of the rule it supports (English, for editors)


@dataclass(frozen=True)
class ObligationTemplate:
    id: str
    version: int
    organisation_kind: str
    title: Mapping[str, str]  # language -> text
    explanation: Mapping[str, str]
    schedule: ScheduleRule
    audience_all: tuple[str, ...] = ()
    audience_any: tuple[str, ...] = ()
    deadline_kind: DeadlineKind = DeadlineKind.ADVICE
    safe_days_before: int = 2
    consequence: str = "none"  # registration_ends | payment_stops | rights_end | none | …
    source: tuple[str, ...] = ()
    legal_refs: tuple[str, ...] = ()
    confidence: Confidence = Confidence.LOW
    verification: Verification = Verification.UNVERIFIED
    valid_from: date = date(1900, 1, 1)
    valid_to: date | None = None
    last_reviewed: date = date(1900, 1, 1)
    review_every_months: int = 6
    notes: str = ""
    guide: str = ""  # a guide of the packs saying what to do next (RQTH refused: contest it)
    evidence: tuple[Evidence, ...] = ()  # beside the rule, for a legal reviewer

    def applies(self, flags: frozenset[str]) -> bool:
        if not all(f in flags for f in self.audience_all):
            return False
        return not self.audience_any or any(f in flags for f in self.audience_any)

    def in_force(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day < self.valid_to)

    @property
    def review_due_on(self) -> date:
        return add_months(self.last_reviewed, self.review_every_months)

    def needs_review(self, today: date) -> bool:
        """Past its review date: screens say "à vérifier" (handbook §1.5)."""
        return today > self.review_due_on

    def title_in(self, language: str) -> str:
        return self.title.get(language) or self.title.get("fr", self.id)


@dataclass(frozen=True)
class CalendarEntry:
    period: str  # "2026-03": the month declared
    opens_on: date
    closes_on: date
    verified: bool = False
    # "published": read from the calendar France Travail published; "rule": computed from the
    # rule fixed by arrêté (the 28th, the 26th in February, to the 15th), to confirm once published.
    basis: str = "published"


@dataclass(frozen=True)
class Calendar:
    id: str
    entries: tuple[CalendarEntry, ...]
    source: str = ""
    last_reviewed: date | None = None

    def entry(self, period: str) -> CalendarEntry | None:
        for e in self.entries:
            if e.period == period:
                return e
        return None


@dataclass(frozen=True)
class Occurrence:
    template_id: str
    template_version: int
    period: str
    opens_on: date
    closes_on: date
    safe_on: date
    status: OccurrenceStatus = OccurrenceStatus.DUE
    status_at: datetime | None = None
    done_how: str = ""
    proof_document_id: int | None = None
    title: str = ""  # custom obligations only; the others take the template's title
    note: str = ""
    id: int | None = None

    @property
    def window(self) -> Window:
        return Window(self.opens_on, self.closes_on, self.period)

    def state(self, today: date) -> WindowState:
        return self.window.state(today)

    def is_overdue(self, today: date) -> bool:
        """Still due after its last day: shown as such, never turned into "missed" by itself."""
        return self.status is OccurrenceStatus.DUE and today > self.closes_on

    def is_open_and_due(self, today: date) -> bool:
        return self.status is OccurrenceStatus.DUE and self.state(today) is WindowState.OPEN


def occurrence_for(template: ObligationTemplate, window: Window) -> Occurrence:
    return Occurrence(
        template_id=template.id,
        template_version=template.version,
        period=window.period,
        opens_on=window.opens_on,
        closes_on=window.closes_on,
        safe_on=safe_date(window, template.safe_days_before),
    )


# -- validation and status life ---------------------------------------------------------------
def validate_occurrence(o: Occurrence) -> list[Problem]:
    problems = check_text("template_id", o.template_id, max_len=100, required=True)
    problems += check_text("period", o.period, max_len=100, required=True)
    problems += check_text(
        "title", o.title, max_len=TITLE_MAX, required=o.template_id == CUSTOM_TEMPLATE_ID
    )
    problems += check_text("note", o.note, max_len=NOTE_MAX, multiline=True)
    problems += check_text("done_how", o.done_how, max_len=HOW_MAX)
    opens, closes = check_day("opens_on", o.opens_on), check_day("closes_on", o.closes_on)
    problems += opens + closes
    if not opens and not closes and o.closes_on < o.opens_on:
        problems.append(Problem("closes_on", "end_before_start"))
    try:
        OccurrenceStatus(o.status)
    except ValueError:
        problems.append(Problem("status", "unknown_value"))
    return problems


def checked_occurrence(o: Occurrence) -> Occurrence:
    raise_if(validate_occurrence(o))
    return replace(
        o, status=OccurrenceStatus(o.status), title=o.title.strip(), done_how=o.done_how.strip()
    )


def mark_done(
    o: Occurrence, now: datetime, *, how: str = "", proof_document_id: int | None = None
) -> Occurrence:
    """Done now (early is fine: some things can be done before the window, e.g. a renewal)."""
    return checked_occurrence(
        replace(
            o,
            status=OccurrenceStatus.DONE,
            status_at=now,
            done_how=how,
            proof_document_id=proof_document_id,
        )
    )


def mark_missed(o: Occurrence, now: datetime) -> Occurrence:
    """Missed is only true once the last day has passed."""
    if home_day(now) <= o.closes_on:
        raise_if([Problem("status", "not_yet_closed")])
    return checked_occurrence(
        replace(o, status=OccurrenceStatus.MISSED, status_at=now, done_how="")
    )


def reopen(o: Occurrence) -> Occurrence:
    """Back to due: a correction (the details of the old status no longer describe anything)."""
    return replace(
        o, status=OccurrenceStatus.DUE, status_at=None, done_how="", proof_document_id=None
    )


def custom_occurrence(
    title: str, opens_on: date, closes_on: date, *, period: str, note: str = ""
) -> Occurrence:
    window = Window(opens_on, closes_on, period)
    return checked_occurrence(
        Occurrence(
            CUSTOM_TEMPLATE_ID,
            1,
            period,
            opens_on,
            closes_on,
            safe_date(window, 0) if closes_on >= opens_on else closes_on,
            title=title,
            note=note,
        )
    )


class Repeat(StrEnum):
    """How often a step the person writes comes back."""

    ONCE = "once"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"


# How many times a repeated step is written ahead: one year of it (the person adds more later).
_REPEATS = {Repeat.ONCE: 1, Repeat.WEEKLY: 52, Repeat.MONTHLY: 12, Repeat.QUARTERLY: 4}


def _shifted(day: date, every: Repeat, k: int) -> date:
    if every is Repeat.WEEKLY:
        return day + timedelta(weeks=k)
    return add_months(day, k * (3 if every is Repeat.QUARTERLY else 1))


def custom_series(
    title: str, opens_on: date, closes_on: date, every: Repeat, *, series: str, note: str = ""
) -> list[Occurrence]:
    """A step of one's own, once or repeated for a year. Each window keeps its length; a window
    longer than the time between two of them is refused (they would overlap). Each date is
    counted from the first: a day a month lacks becomes its last day (31 January, then 28 or 29
    February, then 31 March)."""
    try:
        every = Repeat(every)
    except ValueError:
        raise_if([Problem("every", "unknown_value")])
    first = custom_occurrence(title, opens_on, closes_on, period=f"{series}:0", note=note)
    if every is not Repeat.ONCE and _shifted(first.opens_on, every, 1) <= first.closes_on:
        raise_if([Problem("closes_on", "window_too_long")])
    found = [first]
    for k in range(1, _REPEATS[every]):
        found.append(
            custom_occurrence(
                first.title,
                _shifted(first.opens_on, every, k),
                _shifted(first.closes_on, every, k),
                period=f"{series}:{k}",
                note=note,
            )
        )
    return found


# -- generation (pure) ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Planned:
    """What the templates ask for in a range: occurrences, and what is missing to compute more
    ("calendar:ft_actualisation:2028-01" — no published calendar; "field:dtr_month")."""

    occurrences: tuple[Occurrence, ...] = ()
    missing: tuple[str, ...] = field(default=())


def plan(
    templates: Sequence[ObligationTemplate],
    timeline: Timeline,
    calendars: Mapping[str, Calendar],
    start: date,
    end: date,
) -> Planned:
    """The occurrences the templates ask for, with windows sharing a day with [start, end]."""
    found: dict[tuple[str, str], Occurrence] = {}
    missing: list[str] = []
    for template in templates:
        windows, lacking = template_windows(template, timeline, calendars, start, end)
        missing += lacking
        for w in windows:
            if template.in_force(w.opens_on) and w.intersects(start, end):
                found.setdefault((template.id, w.period), occurrence_for(template, w))
    return Planned(tuple(found.values()), tuple(dict.fromkeys(missing)))


def template_windows(
    t: ObligationTemplate,
    timeline: Timeline,
    calendars: Mapping[str, Calendar],
    start: date,
    end: date,
) -> tuple[list[Window], list[str]]:
    rule = t.schedule
    if rule.rule is Schedule.CALENDAR:
        return _calendar_windows(t, timeline, calendars.get(rule.calendar), start, end)
    if rule.rule is Schedule.QUARTERLY:
        return _quarterly_windows(t, timeline, start, end)
    if rule.rule is Schedule.WEEKLY:
        return [
            w for w in weekly_windows(start, end) if t.applies(timeline.flags_on(w.opens_on))
        ], []
    if rule.rule in (Schedule.AFTER_DATE, Schedule.BEFORE_DATE):
        return _dated_windows(t, timeline), []
    return [], []  # ON_EVENT and MANUAL occurrences are made by the person


def _calendar_windows(
    t: ObligationTemplate, timeline: Timeline, cal: Calendar | None, start: date, end: date
) -> tuple[list[Window], list[str]]:
    windows, missing = [], []
    # A window for month M opens at the end of M and closes in M+1: look one month back too.
    for year, month in months_touching(add_months(start, -1), end):
        period = month_key(year, month)
        entry = cal.entry(period) if cal else None
        if entry is None:
            first = date(year, month, 1)
            last = add_months(first, 1)
            if (
                t.in_force(last)
                and t.applies(timeline.flags_on(last))
                and Window(first, last, period).intersects(start, end)
            ):
                missing.append(f"calendar:{t.schedule.calendar}:{period}")
            continue
        if t.applies(timeline.flags_on(entry.opens_on)):
            windows.append(Window(entry.opens_on, entry.closes_on, period))
    return windows, missing


def _quarterly_windows(
    t: ObligationTemplate, timeline: Timeline, start: date, end: date
) -> tuple[list[Window], list[str]]:
    windows, missing = [], []
    rule = t.schedule
    for year, month in months_touching(start, end):
        first = date(year, month, 1)
        situation = timeline.situation_on(first)
        if situation is None or not t.applies(timeline.flags_on(first)):
            continue
        anchor = getattr(situation, rule.field, None)
        if anchor is None:
            missing.append(f"field:{rule.field}")
        elif in_quarter_cycle(month, anchor):
            windows.append(quarterly_window(year, month, rule.opens_day, rule.closes_day))
    return windows, missing


def _dated_windows(t: ObligationTemplate, timeline: Timeline) -> list[Window]:
    """One window per distinct date the person gave, from each situation version that applies
    (a new orientation decision starts a new one-month period: a new window)."""
    rule = t.schedule
    windows: dict[str, Window] = {}
    for version in timeline.situations:
        day = getattr(version.situation, rule.field, None)
        if day is None or not t.applies(timeline.flags_on(version.effective_from)):
            continue
        if rule.rule is Schedule.AFTER_DATE:
            w = after_date_window(day, months=rule.months, days=rule.days)
        else:
            w = before_date_window(day, months=rule.months)
        windows.setdefault(w.period, w)
    return list(windows.values())


def event_occurrences(
    templates: Sequence[ObligationTemplate],
    event: str,
    flags: frozenset[str],
    happened_on: date,
    *,
    note: str = "",
) -> list[Occurrence]:
    """Occurrences for an event the person reports (e.g. a change of situation on a day)."""
    found = []
    for t in templates:
        if t.schedule.rule is not Schedule.ON_EVENT or t.schedule.event != event:
            continue
        if not t.in_force(happened_on) or not t.applies(flags):
            continue
        w = after_date_window(happened_on, months=t.schedule.months, days=t.schedule.days)
        found.append(replace(occurrence_for(t, w), note=note))
    return found
