"""A step the person writes (custom obligation): once or repeated for a year, windows that keep
their length across month ends and leap years, overlapping windows refused, all in the carnet."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.obligations import Repeat, custom_series
from app.domain.validation import InvalidRecord
from app.records import add_custom_obligation, occurrences_between


def test_monthly_from_the_31st_keeps_to_the_last_day_of_short_months() -> None:
    found = custom_series("Envoyer le formulaire", date(2028, 1, 31), date(2028, 1, 31),
                          Repeat.MONTHLY, series="s")  # fmt: skip
    assert [o.opens_on for o in found[:4]] == [
        date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31), date(2028, 4, 30)
    ]  # fmt: skip
    assert len(found) == 12 and len({o.period for o in found}) == 12


@given(
    start=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
    length=st.integers(min_value=0, max_value=6),
    every=st.sampled_from([Repeat.WEEKLY, Repeat.MONTHLY, Repeat.QUARTERLY]),
)
def test_repeated_windows_never_overlap_and_come_in_order(start, length, every) -> None:
    from datetime import timedelta

    found = custom_series("Pointer", start, start + timedelta(days=length), every, series="x")
    for before, after in itertools.pairwise(found):
        assert before.closes_on < after.opens_on
        assert before.opens_on <= before.closes_on


def test_a_window_longer_than_its_repeat_or_ending_first_is_refused() -> None:
    with pytest.raises(InvalidRecord) as caught:
        custom_series("X", date(2026, 1, 1), date(2026, 1, 10), Repeat.WEEKLY, series="s")
    assert caught.value.problems[0].code == "window_too_long"
    with pytest.raises(InvalidRecord) as caught:
        custom_series("X", date(2026, 1, 10), date(2026, 1, 1), Repeat.ONCE, series="s")
    assert caught.value.problems[0].code == "end_before_start"
    with pytest.raises(InvalidRecord) as caught:
        custom_series("  ", date(2026, 1, 1), date(2026, 1, 2), Repeat.ONCE, series="s")
    assert caught.value.problems[0].field == "title"


def test_a_repeated_step_is_written_in_one_go(carnet) -> None:
    first = add_custom_obligation(carnet, "Rendre la feuille de présence", date(2026, 12, 1),
                                  date(2026, 12, 5), every=Repeat.QUARTERLY)  # fmt: skip
    found = occurrences_between(carnet, date(2026, 11, 1), date(2028, 1, 1))
    mine = [o for o in found if o.title == "Rendre la feuille de présence"]
    assert [o.opens_on for o in mine] == [
        date(2026, 12, 1), date(2027, 3, 1), date(2027, 6, 1), date(2027, 9, 1)
    ]  # fmt: skip
    assert mine[0].id == first.id
    with pytest.raises(InvalidRecord):
        add_custom_obligation(carnet, "X", date(2026, 12, 1), date(2027, 1, 5),
                              every=Repeat.MONTHLY)  # fmt: skip
    assert len(occurrences_between(carnet, date(2026, 11, 1), date(2028, 1, 1))) == len(found)
