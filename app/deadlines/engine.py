"""Deadlines from a letter, in calendar days at home: pure functions, no clock of their own.

Conventions (reference domain-rules.md §4.4, §4.5, §6.5):
- A period runs from a day the person entered; that day is day 0, and the deadline ends at the
  end of its last day: 10 days from 2 March is 12 March. Which day depends on the step:
  - a notice of an envisaged sanction: the date printed on the letter, the day it was sent
    (service-public F1638). The day it was received gives only the legal outer limit (R5412-7
    notifies « par tout moyen donnant date certaine à leur réception »), never the date to aim
    for. Without the letter's date, the receipt is used and the date is marked uncertain: the
    real last day may be earlier;
  - a decision: the day it was received (its notification).
- Months are counted from the same day number, clipped to a month that ends early: two months
  from 31 December is 28 (or 29) February, never 2 or 3 March.
- Weekends and public holidays never move a deadline: whether they do is not verified for any
  procedure, and counting without them can only give an earlier date.
- The "safe date" is two days before the last day (never before the start): the day to aim for,
  leaving time for the post.
- A decision that does not state its ways and deadlines of appeal has no firm deadline (the courts
  speak of a "reasonable time", normally one year). Repères does not rely on it: it shows the
  usual date, marked uncertain, and advises to act fast.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ..domain.recurrence import add_months
from ..domain.validation import Problem
from .kinds import DATED_FROM_LETTER, AppealMention, Doubt, RunsFrom

SAFE_DAYS_BEFORE = 2
_PERIOD = re.compile(r"P(?:(\d{1,3})Y)?(?:(\d{1,3})M)?(?:(\d{1,4})D)?")


@dataclass(frozen=True)
class Period:
    """A length of time as the texts give it: months and days (a year is 12 months)."""

    months: int = 0
    days: int = 0

    @classmethod
    def parse(cls, text: str) -> Period:
        """'P10D', 'P2M', 'P1Y', 'P1M15D'; ValueError for anything else or an empty period."""
        m = _PERIOD.fullmatch(text.strip()) if isinstance(text, str) else None
        if m is None or not any(m.groups()):
            raise ValueError(f"not a period: {text!r}")
        years, months, days = (int(g or 0) for g in m.groups())
        period = cls(years * 12 + months, days)
        if period.months == 0 and period.days == 0:
            raise ValueError(f"empty period: {text!r}")
        return period

    def __str__(self) -> str:
        return (
            "P"
            + (f"{self.months}M" if self.months else "")
            + (f"{self.days}D" if self.days else "")
        )


def last_day(start: date, period: Period) -> date:
    """The last day of a period running from `start` (day 0), months first, then days."""
    return add_months(start, period.months) + timedelta(days=period.days)


def safe_day(start: date, last: date, days_before: int = SAFE_DAYS_BEFORE) -> date:
    """The day to aim for: `days_before` days before the last day, never before the start."""
    return max(start, last - timedelta(days=days_before))


class DeadlineState(StrEnum):
    AHEAD = "ahead"  # the safe date has not passed
    SAFE_PASSED = "safe_passed"  # between the safe date and the last day: act today
    PASSED = "passed"  # the last day has passed


@dataclass(frozen=True)
class Deadline:
    key: str  # what it is for: the step's key ("observations", "mediation", "rapo"…)
    starts_on: date
    last_day: date
    safe_day: date
    doubt: Doubt | None = None  # why the date is not firm; None: it is
    runs_from: RunsFrom = RunsFrom.RECEIPT  # the day it was actually counted from
    # Counted from the letter's date: the same period counted from receipt, the legal outer
    # limit (said as such, never aimed for). None otherwise.
    outer_limit: date | None = None

    @property
    def certain(self) -> bool:
        return self.doubt is None

    def state(self, today: date) -> DeadlineState:
        if today > self.last_day:
            return DeadlineState.PASSED
        if today > self.safe_day:
            return DeadlineState.SAFE_PASSED
        return DeadlineState.AHEAD

    def days_left(self, today: date) -> int:
        """Days until the last day (0 on the last day, negative once passed)."""
        return (self.last_day - today).days


def deadline(
    key: str,
    start: date,
    period: Period,
    *,
    doubt: Doubt | None = None,
    runs_from: RunsFrom = RunsFrom.RECEIPT,
    outer_limit: date | None = None,
) -> Deadline:
    last = last_day(start, period)
    return Deadline(key, start, last, safe_day(start, last), doubt, runs_from, outer_limit)


# -- the dates a person gives ---------------------------------------------------------------------
def check_letter_dates(
    letter_date: date | None, received_on: date | None, today: date
) -> list[Problem]:
    """A received date is required, not in the future, not before the date printed on the letter.
    The letter's own date is optional (not every letter shows one) and not in the future."""
    problems: list[Problem] = []
    if letter_date is not None and letter_date > today:
        problems.append(Problem("letter_date", "in_future"))
    if received_on is None:
        problems.append(Problem("received_on", "required"))
    elif received_on > today:
        problems.append(Problem("received_on", "in_future"))
    elif letter_date is not None and received_on < letter_date:
        problems.append(Problem("received_on", "before_letter_date"))
    return problems


# -- a procedure's steps --------------------------------------------------------------------------
@dataclass(frozen=True)
class StepTiming:
    """What the engine needs of a procedure step (the rest is content: names, addressee…)."""

    key: str
    period: Period | None  # None: no legal deadline for this step
    runs_from: RunsFrom = RunsFrom.RECEIPT
    needs_appeal_mention: bool = False  # a court-related deadline: firm only if the letter says so


@dataclass(frozen=True)
class LetterDeadlines:
    deadlines: tuple[Deadline, ...]  # dated now, in step order
    later: tuple[str, ...]  # keys of steps whose deadline starts later (end of mediation…)
    uncertain: bool  # some deadline is not firm: advise to act fast

    def first(self) -> Deadline | None:
        return min(self.deadlines, key=lambda d: d.last_day, default=None)

    def all_passed(self, today: date) -> bool:
        return bool(self.deadlines) and all(
            d.state(today) is DeadlineState.PASSED for d in self.deadlines
        )


def step_deadline(
    step: StepTiming,
    received_on: date,
    mention: AppealMention,
    letter_date: date | None = None,
) -> Deadline | None:
    """One step's deadline from the letter's dates; None when it cannot be dated yet (it runs
    from the end of a mediation, an answer…) or has no legal deadline."""
    if step.period is None or step.runs_from not in DATED_FROM_LETTER:
        return None
    doubt = None
    if step.needs_appeal_mention and mention is not AppealMention.YES:
        doubt = Doubt.NO_APPEAL_MENTION
    if step.runs_from is RunsFrom.LETTER_DATE:
        if letter_date is None:  # the person cannot find it: receipt, and say it may be earlier
            return deadline(step.key, received_on, step.period, doubt=doubt or Doubt.NO_LETTER_DATE)
        outer = last_day(max(letter_date, received_on), step.period)
        return deadline(step.key, letter_date, step.period, doubt=doubt,
                        runs_from=RunsFrom.LETTER_DATE, outer_limit=outer)  # fmt: skip
    return deadline(step.key, received_on, step.period, doubt=doubt, runs_from=step.runs_from)


def letter_deadlines(
    steps: Sequence[StepTiming],
    received_on: date,
    mention: AppealMention,
    letter_date: date | None = None,
) -> LetterDeadlines:
    """The deadlines of a procedure's steps that can be dated from the letter: from the date
    printed on it (a notice of an envisaged sanction) or from the day it arrived (a decision).

    Steps sharing a key are dated once (the mandatory mediation and the court deadline it must
    fit in are the same date)."""
    found: dict[str, Deadline] = {}
    later: list[str] = []
    for step in steps:
        if step.period is None:
            continue
        dated = step_deadline(step, received_on, mention, letter_date)
        if dated is None:
            later.append(step.key)
            continue
        found.setdefault(step.key, dated)
    uncertain = any(not d.certain for d in found.values())
    return LetterDeadlines(tuple(found.values()), tuple(dict.fromkeys(later)), uncertain)
