"""Windows and recurrences: month ends, leap years and the clock changes of Europe/Paris.

The oracles are independent of the code under test: calendar.monthrange for month lengths, the
EU rule for clock changes (last Sundays of March and October), plain day counting."""

from __future__ import annotations

import calendar
import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import HOME_ZONE, InvalidRecord
from app.domain.days import (
    day_bounds,
    day_from_parts,
    day_length,
    home_day,
    parse_day,
    week_start,
)
from app.domain.obligations import (
    Calendar,
    CalendarEntry,
    ObligationTemplate,
    Schedule,
    ScheduleRule,
    plan,
)
from app.domain.recurrence import (
    Window,
    WindowState,
    add_months,
    after_date_window,
    before_date_window,
    open_at,
    quarterly_windows,
    safe_date,
    weekly_windows,
)
from app.domain.situation import Situation, SituationVersion, Timeline

from .test_localtime import last_sunday

days = st.dates(min_value=date(1996, 1, 1), max_value=date(2099, 12, 31))
month_ends = st.builds(
    lambda y, m: date(y, m, calendar.monthrange(y, m)[1]),
    st.integers(1996, 2099),
    st.integers(1, 12),
)
any_day = st.one_of(days, month_ends, st.just(date(2024, 2, 29)), st.just(date(2100, 2, 28)))


def months_apart(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


# -- adding months ---------------------------------------------------------------------
@settings(max_examples=500)
@given(day=any_day, months=st.integers(-240, 240))
def test_adding_months_lands_in_the_right_month_on_the_same_or_last_day(
    day: date, months: int
) -> None:
    result = add_months(day, months)
    assert months_apart(day, result) == months
    last = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(day.day, last)  # clipped only when the month is shorter


@settings(max_examples=300)
@given(day=any_day, a=st.integers(-60, 60), b=st.integers(-60, 60))
def test_adding_months_is_monotonic(day: date, a: int, b: int) -> None:
    if a <= b:
        assert add_months(day, a) <= add_months(day, b)


def test_one_month_after_the_31st_of_january_is_the_end_of_february() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)  # leap year
    assert add_months(date(2100, 1, 31), 1) == date(2100, 2, 28)  # not a leap year
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2024, 2, 29), 48) == date(2028, 2, 29)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)


@settings(max_examples=300)
@given(day=any_day, months=st.integers(1, 24))
def test_after_and_before_date_windows(day: date, months: int) -> None:
    after = after_date_window(day, months=months)
    assert after.opens_on == day and after.period == day.isoformat()
    assert months_apart(day, after.closes_on) == months
    before = before_date_window(day, months=months)
    assert before.closes_on == day and months_apart(before.opens_on, day) == months
    for w in (after, before):
        assert safe_date(w, 2) == max(w.opens_on, w.closes_on - timedelta(days=2))
        assert w.opens_on <= safe_date(w, 2) <= w.closes_on


# -- weeks and quarters ---------------------------------------------------------------
@settings(max_examples=300)
@given(start=days, length=st.integers(0, 800))
def test_weekly_windows_tile_the_range_monday_to_sunday(start: date, length: int) -> None:
    end = start + timedelta(days=length)
    windows = weekly_windows(start, end)
    assert windows[0].opens_on <= start and windows[-1].closes_on >= end
    for w in windows:
        assert w.opens_on.weekday() == 0 and w.days == 7 and w.intersects(start, end)
        iso = w.opens_on.isocalendar()
        assert w.period == f"{iso.year:04d}-W{iso.week:02d}"
    for a, b in itertools.pairwise(windows):
        assert b.opens_on == a.closes_on + timedelta(days=1)  # no gap, no overlap
    assert len({w.period for w in windows}) == len(windows)


def test_week_keys_across_a_year_end() -> None:
    [w] = weekly_windows(date(2026, 12, 31), date(2026, 12, 31))
    assert (w.opens_on, w.closes_on, w.period) == (date(2026, 12, 28), date(2027, 1, 3), "2026-W53")
    assert week_start(date(2027, 1, 3)) == date(2026, 12, 28)


@settings(max_examples=300)
@given(
    anchor=st.integers(1, 12),
    start=days,
    length=st.integers(0, 1500),
    opens_day=st.integers(1, 31),
    extra=st.integers(0, 30),
)
def test_quarterly_windows_every_third_month_from_the_anchor(
    anchor: int, start: date, length: int, opens_day: int, extra: int
) -> None:
    end = start + timedelta(days=length)
    closes_day = min(31, opens_day + extra)
    windows = quarterly_windows(anchor, start, end, opens_day=opens_day, closes_day=closes_day)
    for w in windows:
        assert (w.opens_on.month - anchor) % 3 == 0
        assert w.opens_on.month == w.closes_on.month and w.opens_on <= w.closes_on
        last = calendar.monthrange(w.opens_on.year, w.opens_on.month)[1]
        assert w.closes_on.day == min(closes_day, last)  # the 31st becomes the 28th/29th/30th
        assert w.intersects(start, end)
    for a, b in itertools.pairwise(windows):
        assert months_apart(a.opens_on, b.opens_on) == 3
    # No window of the cycle that touches the range is missing.
    month = date(start.year, start.month, 1)
    while month <= end:
        if (month.month - anchor) % 3 == 0:
            last = calendar.monthrange(month.year, month.month)[1]
            w = Window(
                month.replace(day=min(opens_day, last)),
                month.replace(day=min(closes_day, last)),
                "",
            )
            assert w.intersects(start, end) == any(x.opens_on == w.opens_on for x in windows)
        month = add_months(month, 1)


# -- days at home across clock changes ------------------------------------------------------------
@settings(max_examples=400)
@given(day=days)
def test_a_day_at_home_lasts_23_24_or_25_hours_and_days_follow_each_other(day: date) -> None:
    start, end = day_bounds(day)
    assert end == day_bounds(day + timedelta(days=1))[0]
    assert start.hour == 0 and start.minute == 0 and home_day(start) == day
    expected = timedelta(hours=24)
    if day == last_sunday(day.year, 3):
        expected = timedelta(hours=23)
    elif day == last_sunday(day.year, 10):
        expected = timedelta(hours=25)
    assert day_length(day) == expected
    assert end.astimezone(UTC) - start.astimezone(UTC) == expected


@st.composite
def near_a_change_instant(draw: st.DrawFn) -> datetime:
    year = draw(st.integers(1996, 2037))
    month = draw(st.sampled_from([3, 10]))
    change = datetime.combine(last_sunday(year, month), datetime.min.time(), tzinfo=UTC)
    return change + timedelta(minutes=draw(st.integers(-3 * 24 * 60, 3 * 24 * 60)))


@settings(max_examples=500)
@given(now=near_a_change_instant(), opens=st.integers(-3, 3), length=st.integers(0, 3))
def test_a_window_is_open_exactly_between_its_first_midnight_and_the_one_after_its_last_day(
    now: datetime, opens: int, length: int
) -> None:
    today = home_day(now)
    w = Window(today + timedelta(days=opens), today + timedelta(days=opens + length), "p")
    first, after_last = w.instants()
    inside = first.astimezone(UTC) <= now < after_last.astimezone(UTC)
    assert (w.state_at(now) is WindowState.OPEN) == inside
    assert (w in open_at([w], now)) == inside
    # The same instant seen from another zone does not change the answer.
    assert w.state_at(now.astimezone(HOME_ZONE)) == w.state_at(now)


def test_a_window_that_ends_on_the_autumn_sunday_closes_after_25_hours_of_that_day() -> None:
    w = Window(date(2026, 10, 25), date(2026, 10, 25), "p")
    first, after = w.instants()
    assert after.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=25)
    late = datetime(2026, 10, 25, 22, 59, tzinfo=UTC)  # 23:59 at home, winter time
    assert w.state_at(late) is WindowState.OPEN
    assert w.state_at(late + timedelta(minutes=1)) is WindowState.CLOSED


# -- dates typed by a person -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "31/02/2026",
        "30/02/2024",
        "29/02/2026",
        "2026-02-31",
        "0/1/2026",
        "31/04/2026",
        "32/01/2026",
        "15/13/2026",
    ],
)
def test_impossible_dates_are_refused_with_their_code(text: str) -> None:
    with pytest.raises(InvalidRecord) as caught:
        parse_day(text, "happened_on")
    assert caught.value.problems[0].field == "happened_on"
    assert caught.value.problems[0].code == "impossible_date"


def test_dates_as_people_type_them() -> None:
    assert parse_day("29/02/2024") == date(2024, 2, 29)
    assert parse_day(" 3.4.2026 ") == date(2026, 4, 3)
    assert parse_day("2026-04-03") == date(2026, 4, 3)
    for text, code in (
        ("demain", "not_a_date"),
        ("", "required"),
        ("03/04/1492", "year_out_of_range"),
    ):
        with pytest.raises(InvalidRecord) as caught:
            parse_day(text)
        assert caught.value.problems[0].code == code
    with pytest.raises(InvalidRecord):
        day_from_parts(2026, 2, 31)


# -- planning from a situation -------------------------------------------------------------------
def _template(rule: ScheduleRule, **kw: object) -> ObligationTemplate:
    return ObligationTemplate(
        id=f"t.{rule.rule}",
        version=1,
        organisation_kind="any",
        title={"fr": "x"},
        explanation={"fr": "x"},
        schedule=rule,
        **kw,
    )  # type: ignore[arg-type]


@settings(max_examples=200)
@given(
    start=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)),
    length=st.integers(0, 400),
    dtr=st.integers(1, 12),
    changes=st.lists(st.dates(min_value=date(2019, 1, 1), max_value=date(2031, 1, 1)), max_size=4),
)
def test_plan_is_a_function_of_the_situation_and_windows_respect_it(
    start: date, length: int, dtr: int, changes: list[date]
) -> None:
    end = start + timedelta(days=length)
    versions = [SituationVersion(date(2019, 1, 1), Situation(receives_rsa=True, dtr_month=dtr))]
    versions += [
        SituationVersion(d, Situation(receives_rsa=i % 2 == 1, dtr_month=dtr))
        for i, d in enumerate(sorted(set(changes)))
    ]
    timeline = Timeline(versions)
    templates = [
        _template(
            ScheduleRule(Schedule.QUARTERLY, field="dtr_month"), audience_any=("receives_rsa",)
        ),
        _template(ScheduleRule(Schedule.WEEKLY), audience_all=("receives_rsa",)),
    ]
    first = plan(templates, timeline, {}, start, end)
    assert first == plan(templates, timeline, {}, start, end)  # deterministic
    keys = [(o.template_id, o.period) for o in first.occurrences]
    assert len(keys) == len(set(keys))
    for o in first.occurrences:
        assert o.window.intersects(start, end)
        assert timeline.situation_on(
            o.opens_on if o.template_id.endswith("weekly") else o.opens_on.replace(day=1)
        ).receives_rsa


def test_calendar_windows_come_from_the_calendar_only_and_say_what_is_missing() -> None:
    cal = Calendar("cal", (CalendarEntry("2026-03", date(2026, 3, 28), date(2026, 4, 15)),))
    t = _template(ScheduleRule(Schedule.CALENDAR, calendar="cal"), audience_all=("registered_ft",))
    timeline = Timeline([SituationVersion(date(2026, 1, 1), Situation(registered_ft=True))])
    planned = plan([t], timeline, {"cal": cal}, date(2026, 3, 1), date(2026, 4, 30))
    assert [(o.period, o.opens_on, o.closes_on) for o in planned.occurrences] == [
        ("2026-03", date(2026, 3, 28), date(2026, 4, 15))
    ]
    assert set(planned.missing) == {"calendar:cal:2026-02", "calendar:cal:2026-04"}
    nobody = Timeline([SituationVersion(date(2026, 1, 1), Situation())])
    assert plan([t], nobody, {"cal": cal}, date(2026, 3, 1), date(2026, 4, 30)).occurrences == ()
