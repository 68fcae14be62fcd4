"""Calendar days at home (Europe/Paris): what "today" is, where a day starts and ends, and dates
typed by a person.

Obligations, the hours ledger and the agenda count in calendar days, not in instants: a window
that closes "le 15" closes at the end of the 15th at home, whatever the offset. A day is 23, 24 or
25 hours long; midnight always exists in Paris (the clocks change at 02:00 and 03:00), so a day
always starts at 00:00.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from .localtime import HOME_ZONE, instant
from .said_days import NotADay, said_day
from .validation import InvalidRecord, Problem

FIRST_YEAR, LAST_YEAR = 1900, 2200


def home_day(moment: datetime) -> date:
    """The calendar day at home at this instant."""
    return moment.astimezone(HOME_ZONE).date()


def day_start(day: date) -> datetime:
    """00:00 at home on `day`, as an aware time."""
    return datetime.combine(day, time(0), tzinfo=HOME_ZONE)


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """[start, end) of the day at home; end is the next day's start."""
    return day_start(day), day_start(day + timedelta(days=1))


def day_length(day: date) -> timedelta:
    """Real elapsed time of the day: 23 h in spring, 25 h in autumn, 24 h otherwise."""
    start, end = day_bounds(day)
    return instant(end) - instant(start)


def week_start(day: date) -> date:
    """The Monday of the week holding `day` (weeks run Monday to Sunday in France)."""
    return day - timedelta(days=day.weekday())


def month_start(day: date) -> date:
    return day.replace(day=1)


def day_from_parts(year: int, month: int, day: int, field: str = "day") -> date:
    """A date from three numbers, or InvalidRecord(field, "impossible_date") for 31/02."""
    try:
        found = date(int(year), int(month), int(day))
    except (TypeError, ValueError, OverflowError):
        raise InvalidRecord([Problem(field, "impossible_date")]) from None
    if not FIRST_YEAR <= found.year <= LAST_YEAR:
        raise InvalidRecord([Problem(field, "year_out_of_range")])
    return found


def parse_day(text: str, field: str = "day", today: date | None = None) -> date:
    """A date typed as people type it: "31/01/2026", "2026-01-31", "4/12", "1er décembre 2026",
    and, given `today`, "hier", "demain", "lundi prochain"... (app/domain/said_days.py)."""
    if not isinstance(text, str) or not text.strip():
        raise InvalidRecord([Problem(field, "required")])
    try:
        found = said_day(text, today)
    except NotADay as exc:
        raise InvalidRecord([Problem(field, exc.code)]) from None
    if not FIRST_YEAR <= found.year <= LAST_YEAR:
        raise InvalidRecord([Problem(field, "year_out_of_range")])
    return found


def check_day(field: str, value: object, *, required: bool = True) -> list[Problem]:
    if value is None:
        return [Problem(field, "required")] if required else []
    if isinstance(value, datetime) or not isinstance(value, date):
        return [Problem(field, "not_a_date")]
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        return [Problem(field, "year_out_of_range")]
    return []


def day_to_storage(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def day_from_storage(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)
