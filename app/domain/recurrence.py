"""Windows of time in which something must be done: pure functions over calendar days.

A window opens on a day and closes at the end of another (both inclusive, at home). Each carries a
`period`, the stable key of what it is for ("2026-03" for March's actualisation, "2026-W14" for a
week, "2026-05-04" for a one-off counted from a date): generating the same windows twice gives the
same keys, which is what makes generation idempotent in the carnet.

Months are added the way people and the law count them: one month after 31 January is the last day
of February (28 or 29), never 3 March.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from .days import day_bounds, home_day, week_start
from .localtime import instant


class WindowState(StrEnum):
    UPCOMING = "upcoming"  # not open yet
    OPEN = "open"
    CLOSED = "closed"  # the last day has passed


@dataclass(frozen=True)
class Window:
    opens_on: date
    closes_on: date  # the last day it can be done (inclusive)
    period: str

    def state(self, today: date) -> WindowState:
        if today < self.opens_on:
            return WindowState.UPCOMING
        if today > self.closes_on:
            return WindowState.CLOSED
        return WindowState.OPEN

    def state_at(self, now: datetime) -> WindowState:
        return self.state(home_day(now))

    def instants(self) -> tuple[datetime, datetime]:
        """[opening, closing) as aware times at home: 00:00 on the first day, 00:00 after the
        last day (so a window is open for 23, 24 or 25 hours per day across clock changes)."""
        return day_bounds(self.opens_on)[0], day_bounds(self.closes_on)[1]

    def intersects(self, start: date, end: date) -> bool:
        """True if the window shares a day with [start, end] (both inclusive)."""
        return self.opens_on <= end and start <= self.closes_on

    @property
    def days(self) -> int:
        return (self.closes_on - self.opens_on).days + 1


def last_day_of_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier), clipped to the end of a shorter month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, last_day_of_month(year, month)))


def month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def months_touching(start: date, end: date) -> Iterator[tuple[int, int]]:
    """(year, month) of every month that shares a day with [start, end]."""
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def week_key(monday: date) -> str:
    iso = monday.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def weekly_windows(start: date, end: date) -> list[Window]:
    """Monday-to-Sunday windows of every week sharing a day with [start, end]."""
    found = []
    monday = week_start(start)
    while monday <= end:
        found.append(Window(monday, monday + timedelta(days=6), week_key(monday)))
        monday += timedelta(days=7)
    return found


def in_quarter_cycle(month: int, anchor_month: int) -> bool:
    """True for the anchor month and every third month from it (anchor 2: Feb, May, Aug, Nov)."""
    return (month - anchor_month) % 3 == 0


def quarterly_window(year: int, month: int, opens_day: int, closes_day: int) -> Window:
    """The window in one month of the cycle; days past the month's end are clipped to it."""
    last = last_day_of_month(year, month)
    return Window(
        date(year, month, min(opens_day, last)),
        date(year, month, min(closes_day, last)),
        month_key(year, month),
    )


def quarterly_windows(
    anchor_month: int, start: date, end: date, *, opens_day: int = 1, closes_day: int = 25
) -> list[Window]:
    """The windows of a 3-month cycle through `anchor_month` that share a day with [start, end]."""
    found = []
    for year, month in months_touching(start, end):
        if in_quarter_cycle(month, anchor_month):
            window = quarterly_window(year, month, opens_day, closes_day)
            if window.intersects(start, end):
                found.append(window)
    return found


def after_date_window(day: date, *, months: int = 0, days: int = 0) -> Window:
    """From `day` to `months` months and `days` days later (e.g. one month to sign a contract)."""
    return Window(day, add_months(day, months) + timedelta(days=days), day.isoformat())


def before_date_window(day: date, *, months: int) -> Window:
    """From `months` months before `day` up to `day` (e.g. ask for a renewal before it ends)."""
    return Window(add_months(day, -months), day, day.isoformat())


def safe_date(window: Window, days_before: int) -> date:
    """The day to aim for: `days_before` days before the last day, never before the opening."""
    return max(window.opens_on, window.closes_on - timedelta(days=days_before))


def open_at(windows: Iterable[Window], now: datetime) -> list[Window]:
    """The windows open at this instant (compared as instants, so clock changes cannot err)."""
    moment = instant(now)
    return [w for w in windows if instant(w.instants()[0]) <= moment < instant(w.instants()[1])]
