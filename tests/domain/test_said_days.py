"""Dates as people say them (app/domain/said_days.py): words, short forms, and the read-back
in full, with property tests over the whole range of days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.days import parse_day
from app.domain.said_days import NotADay, said_day
from app.domain.validation import InvalidRecord

TODAY = date(2026, 12, 7)  # a Monday
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]  # fmt: skip
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
days = st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31))


def in_full(d: date) -> str:
    """As Repères reads a date back: "mardi 1er décembre 2026"."""
    number = "1er" if d.day == 1 else str(d.day)
    return f"{WEEKDAYS[d.weekday()]} {number} {MONTHS[d.month - 1]} {d.year}"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("aujourd'hui", TODAY),
        ("Aujourd’hui", TODAY),
        ("hier", date(2026, 12, 6)),
        ("avant-hier", date(2026, 12, 5)),
        ("demain", date(2026, 12, 8)),
        ("lundi prochain", date(2026, 12, 14)),
        ("lundi dernier", date(2026, 11, 30)),
        ("vendredi", date(2026, 12, 11)),
        ("dimanche dernier", date(2026, 12, 6)),
        ("4/12", date(2026, 12, 4)),
        ("4/1", date(2027, 1, 4)),  # nearest: next month, not last January
        ("28/6", date(2026, 6, 28)),
        ("1er décembre 2026", date(2026, 12, 1)),
        ("mardi 1er décembre 2026", date(2026, 12, 1)),
        ("1 dec 2026", date(2026, 12, 1)),
        ("15 août", date(2026, 8, 15)),
        ("3 avril 2026", date(2026, 4, 3)),
        ("04/12/26", date(2026, 12, 4)),
        ("04/12/2026", date(2026, 12, 4)),
        ("2026-12-04", date(2026, 12, 4)),
        ("yesterday", date(2026, 12, 6)),
        ("next monday", date(2026, 12, 14)),
    ],
)
def test_dates_as_people_say_them(typed, meant):
    assert said_day(typed, TODAY) == meant
    assert parse_day(typed, "day", today=TODAY) == meant


@pytest.mark.parametrize(("typed", "code"), [
    ("31/02", "impossible_date"), ("30 février 2026", "impossible_date"),
    ("15/13", "impossible_date"),
    ("la semaine prochaine", "not_a_date"), ("12 brumaire", "not_a_date"), ("banane", "not_a_date"),
])  # fmt: skip
def test_what_is_not_a_day_says_why(typed, code):
    with pytest.raises(NotADay) as caught:
        said_day(typed, TODAY)
    assert caught.value.code == code
    with pytest.raises(InvalidRecord) as refused:
        parse_day(typed, "day", today=TODAY)
    assert refused.value.problems[0].code == code


@given(days)
def test_a_date_read_back_in_full_is_understood(d):
    assert said_day(in_full(d)) == d
    assert said_day(d.strftime("%d/%m/%Y")) == d
    assert said_day(f"{d.day}/{d.month}/{d.year}") == d


@given(days, days)
def test_a_day_without_its_year_is_the_nearest_one(d, today):
    if (d.month, d.day) == (2, 29):
        return  # not every year has one: covered by the leap years below
    found = said_day(f"{d.day}/{d.month}", today)
    assert (found.month, found.day) == (d.month, d.day)
    assert abs((found - today).days) <= 183


@given(days)
def test_relative_words_count_from_today(today):
    assert said_day("hier", today) == today - timedelta(days=1)
    assert said_day("demain", today) == today + timedelta(days=1)
    coming = said_day("lundi prochain", today)
    assert coming.weekday() == 0 and 1 <= (coming - today).days <= 7
    last = said_day("lundi dernier", today)
    assert last.weekday() == 0 and 1 <= (today - last).days <= 7


def test_without_today_relative_words_are_refused():
    with pytest.raises(NotADay):
        said_day("hier")
    with pytest.raises(NotADay):
        said_day("4/12")
