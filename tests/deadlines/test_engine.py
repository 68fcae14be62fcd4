"""The deadline engine: worked examples (the table in resources/content/README.md, so the
documentation cannot drift from the code) and properties over any day and period."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.content.packs import packs
from app.deadlines import (
    AppealMention,
    DeadlineState,
    Doubt,
    Period,
    RunsFrom,
    StepTiming,
    check_letter_dates,
    deadline,
    last_day,
    letter_deadlines,
    safe_day,
)

README = Path(__file__).resolve().parents[2] / "resources" / "content" / "README.md"
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))
periods = st.builds(Period, st.integers(0, 24), st.integers(0, 60)).filter(
    lambda p: p.months or p.days
)


def worked_examples() -> list[tuple[str, ...]]:
    """Rows of the 'Worked examples' table: from | period | last day | safe date | why."""
    text = README.read_text("utf-8").split("## Worked examples", 1)[1]
    rows = []
    for line in text.splitlines():
        cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and re.fullmatch(r"\d{4}-\d\d-\d\d", cells[0]):
            rows.append(tuple(cells))
        elif rows and not line.startswith("|"):
            break
    return rows


def letter_examples() -> list[dict[str, str]]:
    """Rows of 'Worked examples with a letter': procedure | subject | letter dated | received |
    step | last day | safe date | outer limit | sure | why ('–' for none)."""
    text = README.read_text("utf-8").split("### Worked examples with a letter", 1)[1]
    names = ("procedure", "subject", "letter_date", "received", "step", "last_day",
             "safe_date", "outer_limit", "sure", "why")  # fmt: skip
    rows = []
    for line in text.splitlines():
        cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
        if len(cells) == len(names) and cells[0].startswith(("proc.", "general")):
            rows.append(dict(zip(names, cells, strict=True)))
        elif rows and not line.startswith("|"):
            break
    return rows


def _day(cell: str) -> date | None:
    return None if cell in ("–", "-", "") else date.fromisoformat(cell)


def test_the_table_has_the_cases_the_issue_names():
    rows = worked_examples()
    assert len(rows) >= 10
    whys = " ".join(r[4] for r in rows)
    for case in ("10 days", "2 months", "ends early", "leap", "no mention", "1 month"):
        assert case in whys


@pytest.mark.parametrize("start, period, last, safe, why", worked_examples())
def test_worked_example(start, period, last, safe, why):
    d = deadline("x", date.fromisoformat(start), Period.parse(period))
    assert (d.last_day.isoformat(), d.safe_day.isoformat()) == (last, safe), why


def test_the_letter_table_has_the_sanction_cases():
    rows = letter_examples()
    notices = [r for r in rows if r["procedure"].endswith("sanction_notice")]
    assert {r["procedure"] for r in notices} == {"proc.ft.sanction_notice",
                                                 "proc.rsa.sanction_notice"}  # fmt: skip
    assert any(r["letter_date"] == "–" and r["sure"] == "no" for r in notices)
    assert any(_day(r["last_day"]) < _day(r["received"]) for r in notices)  # read too late
    assert all("F1638" in r["why"] for r in notices)


@pytest.mark.parametrize("row", letter_examples(), ids=lambda r: r["why"][:40])
def test_worked_example_with_a_letter(row):
    """The shipped procedure, through the same engine the screens and `reperes deadline` use."""
    proc = packs().procedures[row["procedure"]]
    subject = None if row["subject"] in ("–", "-") else row["subject"]
    timings = proc.timings(subject) if subject else proc.timings()
    found = letter_deadlines(timings, _day(row["received"]), AppealMention.YES,
                             _day(row["letter_date"]))  # fmt: skip
    d = {x.key: x for x in found.deadlines}[row["step"]]
    assert (d.last_day, d.safe_day, d.outer_limit) == (
        _day(row["last_day"]),
        _day(row["safe_date"]),
        _day(row["outer_limit"]),
    ), row["why"]
    assert d.certain == (row["sure"] == "yes"), row["why"]


@pytest.mark.parametrize(
    "text, months, days_",
    [("P10D", 0, 10), ("P2M", 2, 0), ("P1Y", 12, 0), ("P1M15D", 1, 15), (" P2M ", 2, 0)],
)
def test_periods_parse(text, months, days_):
    assert Period.parse(text) == Period(months, days_)


@pytest.mark.parametrize("text", ["", "P", "P0D", "10D", "P-1D", "P2W", "2 mois", "P1.5M", None])
def test_broken_periods_are_refused(text):
    with pytest.raises(ValueError):
        Period.parse(text)


@given(days, periods)
def test_the_last_day_is_after_the_start_and_the_safe_date_between(start, period):
    d = deadline("x", start, period)
    assert start < d.last_day
    assert start <= d.safe_day <= d.last_day
    assert (d.last_day - d.safe_day).days <= 2
    assert d.safe_day == d.last_day - timedelta(days=2) or d.safe_day == start


@given(days, st.integers(1, 60))
def test_days_are_calendar_days(start, n):
    assert (last_day(start, Period(days=n)) - start).days == n


@given(days, st.integers(1, 24))
def test_months_keep_the_day_number_or_end_the_shorter_month(start, months):
    end = last_day(start, Period(months=months))
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == months
    if start.day <= 28:
        assert end.day == start.day
    else:  # clipped: the month ends early, never spills into the next one
        assert end.day <= start.day
        assert end.day == start.day or (end + timedelta(days=1)).day == 1


@given(days, days, periods)
def test_a_later_letter_never_gets_an_earlier_deadline(a, b, period):
    first, second = sorted((a, b))
    assert last_day(first, period) <= last_day(second, period)


@given(days, periods, st.integers(-100, 100))
def test_state_follows_the_days(start, period, offset):
    d = deadline("x", start, period)
    today = d.last_day + timedelta(days=offset)
    state = d.state(today)
    assert d.days_left(today) == -offset
    assert (state is DeadlineState.PASSED) == (offset > 0)
    assert (state is DeadlineState.AHEAD) == (today <= d.safe_day)


@given(days, days, days)
def test_letter_dates_in_the_future_or_out_of_order_are_refused(letter, received, today):
    codes = {(p.field, p.code) for p in check_letter_dates(letter, received, today)}
    assert (("received_on", "in_future") in codes) == (received > today)
    assert (("letter_date", "in_future") in codes) == (letter > today)
    if received <= today:
        assert (("received_on", "before_letter_date") in codes) == (received < letter)
    assert not codes or not (letter <= received <= today)


def test_a_received_date_is_required_and_the_letter_date_is_optional():
    today = date(2026, 3, 10)
    assert check_letter_dates(None, date(2026, 3, 9), today) == []
    assert [p.code for p in check_letter_dates(None, None, today)] == ["required"]


@given(days, st.sampled_from(list(AppealMention)))
@settings(max_examples=50)
def test_decision_deadlines_are_firm_only_when_the_letter_states_them(received, mention):
    steps = [
        StepTiming("reclamation", None),
        StepTiming("mediation", Period(months=2), RunsFrom.NOTIFICATION, True),
        StepTiming("court", Period(months=2), RunsFrom.END_OF_MEDIATION, True),
    ]
    found = letter_deadlines(steps, received, mention)
    assert [d.key for d in found.deadlines] == ["mediation"]
    assert found.later == ("court",)
    assert found.uncertain == (mention is not AppealMention.YES)
    assert found.deadlines[0].certain == (mention is AppealMention.YES)
    assert found.first().last_day == last_day(received, Period(months=2))


NOTICE = StepTiming("observations", Period(days=10), RunsFrom.LETTER_DATE)


@given(days, st.integers(0, 40), days, periods, st.sampled_from(list(RunsFrom)),
       st.booleans(), st.sampled_from(list(AppealMention)))  # fmt: skip
def test_a_safe_date_is_never_after_the_last_day(letter, delay, today, period, runs, mention_needed,
                                                 mention):  # fmt: skip
    received = letter + timedelta(days=delay)
    step = StepTiming("x", period, runs, mention_needed)
    for letter_date in (letter, None):
        for d in letter_deadlines([step], received, mention, letter_date).deadlines:
            assert d.starts_on <= d.safe_day <= d.last_day
            assert d.outer_limit is None or d.last_day <= d.outer_limit
            assert d.state(today) is not DeadlineState.AHEAD or today <= d.last_day


@given(days, st.integers(0, 60), periods, st.sampled_from(list(AppealMention)))
def test_the_letter_date_rule_never_gives_a_later_date_than_the_receipt_rule(
    letter, delay, period, mention
):
    """Counting from the day the letter was sent can only bring the dates earlier: Repères'
    safe date is never after the organisation's own deadline because the post was slow."""
    received = letter + timedelta(days=delay)
    by_letter = letter_deadlines(
        [StepTiming("x", period, RunsFrom.LETTER_DATE)], received, mention, letter
    ).first()
    by_receipt = letter_deadlines(
        [StepTiming("x", period, RunsFrom.RECEIPT)], received, mention, letter
    ).first()
    assert by_letter.last_day <= by_receipt.last_day
    assert by_letter.safe_day <= by_receipt.safe_day
    assert by_letter.outer_limit == by_receipt.last_day  # the receipt rule: the outer limit only
    assert by_letter.certain and by_letter.runs_from is RunsFrom.LETTER_DATE


@given(days, periods)
def test_without_the_letter_date_a_notice_counts_from_receipt_and_says_it_may_be_earlier(
    received, period
):
    found = letter_deadlines([StepTiming("x", period, RunsFrom.LETTER_DATE)], received,
                             AppealMention.UNKNOWN, None)  # fmt: skip
    d = found.first()
    assert (d.starts_on, d.runs_from, d.doubt) == (received, RunsFrom.RECEIPT, Doubt.NO_LETTER_DATE)
    assert found.uncertain and d.outer_limit is None


def test_a_notice_counts_from_the_letter_date_not_the_receipt():
    found = letter_deadlines([NOTICE], date(2026, 3, 5), AppealMention.UNKNOWN, date(2026, 3, 2))
    d = found.first()
    assert (d.last_day, d.safe_day, d.outer_limit) == (
        date(2026, 3, 12),
        date(2026, 3, 10),
        date(2026, 3, 15),
    )
    assert not found.uncertain


def test_a_notice_deadline_does_not_depend_on_appeal_mentions():
    steps = [StepTiming("observations", Period(days=10))]
    found = letter_deadlines(steps, date(2026, 3, 2), AppealMention.UNKNOWN)
    assert not found.uncertain
    assert found.first().last_day == date(2026, 3, 12)
    assert not found.all_passed(date(2026, 3, 12))
    assert found.all_passed(date(2026, 3, 13))


def test_a_short_period_keeps_the_safe_date_on_the_start():
    assert safe_day(date(2026, 3, 2), date(2026, 3, 3)) == date(2026, 3, 2)
