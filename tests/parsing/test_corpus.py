"""Accuracy of the parser on the corpus of invented messages: fields right / fields total.

Messages named h*/i* were written after the parser was tuned on the others, and scored before
any change to it (first run: 108/120 and 70/80); they stay in the corpus as regression cases.
The j* batch (20 messages, issue 6) was written after the next tuning and scored before any
change: 149/160 on its first run (English and Arabic wording, "2pm", "mision locale", an
agency's own name, a missed appointment, a visit at home); 155/160 after cheap fixes.
Issue 21: the m* batch (12) was written to tune the message's own date, weak cues, reschedules
and times; the n* batch (16) was written after those changes and scored before any change:
120/128 on its first run (starts right 13/16, the 3 wrong ones all asked); 128/128 after
fixes (a cancelled date's time, a day to come alone on its line, a quoted appointment the
reply says yes to, a start cue over an end cue)."""

from __future__ import annotations

from datetime import timedelta

from app.parsing import START_QUESTIONS, parse_message

from .corpus import FIELDS, cases, field_right, observed, score

# Honest floor: the corpus scores 827/832 today; the held-out batches scored 0.875-0.93 on
# their first run, which is closer to what new wording will meet. A drop below 0.95 is a
# regression to look at, not noise.
FLOOR = 0.95
MIN_MESSAGES = 45


def test_corpus_accuracy() -> None:
    result = score()
    print(f"\nparser accuracy: {result.right}/{result.total} = {result.accuracy:.3f}")
    for failure in result.failures:
        print("  FAIL", failure)
    for batches in ("hi", "j", "n"):
        held_out = score([c for c in cases() if c.name[0] in batches])
        print(f"held-out batch {batches} today: {held_out.right}/{held_out.total}")
    assert result.accuracy >= FLOOR, "\n".join(result.failures)


def test_corpus_is_large_varied_and_complete() -> None:
    all_cases = cases()
    assert len(all_cases) >= MIN_MESSAGES
    for case in all_cases:
        assert set(FIELDS) <= set(case.expected), case.name
    kinds = {c.expected["kind"] for c in all_cases}
    assert kinds >= {
        "convocation",
        "information",
        "document_request",
        "sanction_notice",
        "decision",
        "other",
    }
    questions = {q for c in all_cases for q in c.expected["questions"]}
    assert questions >= {
        "no_date",
        "two_dates",
        "date_in_past",
        "weekday_mismatch",
        "no_time",
        "time_without_date",
        "year_unclear",
        "impossible_date",
        "vague_date",
        "not_french",
        "no_place",
    }
    assert max(len(c.text.encode()) for c in all_cases) >= 100_000  # the long letter


def test_the_scoring_can_fail() -> None:
    assert not field_right("start", "2026-12-03T14:30", "2026-12-03T14:00")
    assert not field_right("place", {"mode": "phone"}, {"mode": "in_person", "text": "x"})
    assert field_right(
        "place",
        {"mode": "in_person", "contains": "Rue des Lilas"},
        {"mode": "in_person", "text": "4 rue des Lilas, Bourg"},
    )
    assert not field_right("to_bring", ["CV"], ["CV", "RIB"])
    assert field_right("to_bring", ["pièce d'identité"], ["copie de votre piece d'identite"])
    assert not field_right("questions", ["no_date"], [])


def test_no_wrong_day_or_time_comes_without_a_question() -> None:
    """Issue 21, "never a silent guess": over the whole corpus, every proposal whose start is
    wrong carries a question about the start. Also pasted 3 days after it arrived (the common
    case): "demain" counted from the received day is then wrong, and must be asked."""
    for late in (0, 3):
        wrong, silent = 0, []
        for case in cases():
            proposal = parse_message(case.text, case.received + timedelta(days=late))
            if observed(proposal)["start"] == case.expected["start"]:
                continue
            wrong += 1
            if not any(q.kind in START_QUESTIONS for q in proposal.questions):
                silent.append(f"{case.name}: {observed(proposal)['start']}")
        print(f"\npasted {late} days late: {wrong} wrong starts, {len(silent)} without a question")
        assert not silent, silent
