"""Wall-clock times at home across the daylight-saving changes (Europe/Paris)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import HOME_ZONE, at_home, from_storage, to_storage
from app.domain.localtime import is_ambiguous, wall_time_exists


def last_sunday(year: int, month: int) -> date:
    day = date(year, month, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def in_spring_gap(naive: datetime) -> bool:
    """Independent oracle (EU rule since 1996): 02:00-03:00 on the last Sunday of March."""
    return naive.date() == last_sunday(naive.year, 3) and naive.hour == 2


def in_autumn_overlap(naive: datetime) -> bool:
    return naive.date() == last_sunday(naive.year, 10) and naive.hour == 2


def expected_offset(naive: datetime, fold: int) -> timedelta:
    """Summer time (+2 h) from 03:00 on the last Sunday of March to 03:00 (first pass) on the
    last Sunday of October; the repeated 02:xx hour is summer time first (fold=0)."""
    summer, winter = timedelta(hours=2), timedelta(hours=1)
    if in_autumn_overlap(naive):
        return summer if fold == 0 else winter
    spring = datetime.combine(last_sunday(naive.year, 3), time(3))
    autumn = datetime.combine(last_sunday(naive.year, 10), time(2))
    return summer if spring <= naive < autumn else winter


@st.composite
def near_a_change(draw: st.DrawFn) -> datetime:
    """A wall-clock minute within 36 hours of a clock change, 1996-2037."""
    year = draw(st.integers(1996, 2037))
    month = draw(st.sampled_from([3, 10]))
    change = datetime.combine(last_sunday(year, month), datetime.min.time()).replace(hour=2)
    minutes = draw(st.integers(-36 * 60, 36 * 60))
    return change + timedelta(minutes=minutes)


def test_the_spring_gap_does_not_exist() -> None:
    assert not wall_time_exists(datetime(2026, 3, 29, 2, 30))
    assert wall_time_exists(datetime(2026, 3, 29, 3, 0))
    with pytest.raises(ValueError, match="nonexistent_time"):
        at_home(datetime(2026, 3, 29, 2, 30))


def test_the_autumn_hour_happens_twice_and_keeps_which_one() -> None:
    first = at_home(datetime(2026, 10, 25, 2, 30), fold=0)
    second = at_home(datetime(2026, 10, 25, 2, 30), fold=1)
    assert is_ambiguous(datetime(2026, 10, 25, 2, 30))
    assert second - first == timedelta(0)  # same wall time: Python compares wall clocks...
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=1)  # ...life does not
    assert to_storage(first) == "2026-10-25T02:30:00+02:00"
    assert to_storage(second) == "2026-10-25T02:30:00+01:00"
    assert from_storage(to_storage(second)).utcoffset() == timedelta(hours=1)


@settings(max_examples=400, deadline=None)
@given(naive=near_a_change(), fold=st.sampled_from([0, 1]))
def test_wall_times_exist_except_in_the_spring_gap(naive: datetime, fold: int) -> None:
    naive = naive.replace(fold=fold)
    assert wall_time_exists(naive) == (not in_spring_gap(naive))
    assert is_ambiguous(naive) == in_autumn_overlap(naive)
    if in_spring_gap(naive):
        with pytest.raises(ValueError):
            at_home(naive, fold=fold)
        return
    moment = at_home(naive, fold=fold)
    back = from_storage(to_storage(moment))
    assert back == moment  # same instant
    assert back.replace(tzinfo=None) == naive.replace(fold=0)  # same wall time
    assert back.utcoffset() == moment.utcoffset()  # same side of the autumn change
    assert moment.utcoffset() == expected_offset(naive, fold)


@settings(max_examples=200, deadline=None)
@given(naive=near_a_change())
def test_storage_text_sorts_like_wall_clock_time(naive: datetime) -> None:
    if in_spring_gap(naive):
        return
    later = naive + timedelta(hours=3)
    if in_spring_gap(later):
        later += timedelta(hours=1)
    assert to_storage(at_home(naive)) < to_storage(at_home(later))
    assert at_home(later).tzinfo is HOME_ZONE
