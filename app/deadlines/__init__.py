"""Deadlines from letters: the kinds of letters, and a pure engine in calendar days."""

from .engine import (
    SAFE_DAYS_BEFORE,
    Deadline,
    DeadlineState,
    LetterDeadlines,
    Period,
    StepTiming,
    check_letter_dates,
    deadline,
    last_day,
    letter_deadlines,
    safe_day,
    step_deadline,
)
from .kinds import LETTER_KINDS, UNKNOWN_SUBJECT, AppealMention, Doubt, LetterKind, RunsFrom

__all__ = [
    "LETTER_KINDS",
    "SAFE_DAYS_BEFORE",
    "UNKNOWN_SUBJECT",
    "AppealMention",
    "Deadline",
    "DeadlineState",
    "Doubt",
    "LetterDeadlines",
    "LetterKind",
    "Period",
    "RunsFrom",
    "StepTiming",
    "check_letter_dates",
    "deadline",
    "last_day",
    "letter_deadlines",
    "safe_day",
    "step_deadline",
]
