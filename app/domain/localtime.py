"""Wall-clock time at home (Europe/Paris) and how it is stored.

Appointments are wall-clock events: "mardi à 14 h" stays 14 h whatever the offset. They are stored
as ISO 8601 text with their offset ("2026-10-25T02:30:00+02:00"), so the twice-lived hour of the
autumn change keeps which of the two it was, and the text sorts by local time. A time that does
not exist (the spring gap, 02:00-03:00 on the last Sunday of March) is refused, never shifted:
guessing which hour the letter meant is not ours to do.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

HOME_ZONE = ZoneInfo("Europe/Paris")


def wall_time_exists(naive: datetime, zone: ZoneInfo = HOME_ZONE) -> bool:
    """False for times skipped by a daylight-saving change (e.g. 29 March 2026 at 02:30)."""
    aware = naive.replace(tzinfo=zone)
    back = aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    return back == naive.replace(tzinfo=None, fold=0)


def is_ambiguous(naive: datetime, zone: ZoneInfo = HOME_ZONE) -> bool:
    """True for the hour lived twice in autumn (fold=0 is the first, summer-time one)."""
    first = naive.replace(tzinfo=zone, fold=0).utcoffset()
    second = naive.replace(tzinfo=zone, fold=1).utcoffset()
    # Offsets also differ by fold inside the spring gap, where the time does not exist at all.
    return first != second and wall_time_exists(naive, zone)


def at_home(naive: datetime, *, fold: int = 0, zone: ZoneInfo = HOME_ZONE) -> datetime:
    """Attach the home zone to a wall-clock time. Raises ValueError for a nonexistent time."""
    if naive.tzinfo is not None:
        raise ValueError("expected a wall-clock (naive) time")
    if not wall_time_exists(naive, zone):
        raise ValueError("nonexistent_time")
    return naive.replace(tzinfo=zone, fold=fold)


def to_home(moment: datetime, zone: ZoneInfo = HOME_ZONE) -> datetime:
    """The same instant, expressed in the home zone (fold set right by zoneinfo)."""
    if moment.tzinfo is None:
        raise ValueError("expected an aware time")
    return moment.astimezone(zone)


def instant(moment: datetime) -> datetime:
    """The moment in UTC. Compare and subtract only these: Python compares two datetimes that
    share a tzinfo by wall clock, which is wrong across the autumn change."""
    return moment.astimezone(UTC)


def to_storage(moment: datetime) -> str:
    return to_home(moment).isoformat(timespec="seconds")


def from_storage(text: str) -> datetime:
    return to_home(datetime.fromisoformat(text))
