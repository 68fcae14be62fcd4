"""The person's situation, as they state it: which obligations apply comes from here only.

Nothing is guessed: an RSA recipient who has not said which months CAF asks for the quarterly
declaration gets no DTR dates (the screens ask), and a disability recognition (RQTH) without an end
date gets no renewal reminder. The situation changes over time (RSA starts, a new orientation is
notified), so the carnet keeps each version with the day it takes effect.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from .days import check_day
from .validation import Problem, check_text, raise_if

NOTE_MAX = 2000


class BenefitsBody(StrEnum):
    """Who pays the RSA or prime d'activité (and asks for the quarterly declaration)."""

    CAF = "caf"
    MSA = "msa"


@dataclass(frozen=True)
class Situation:
    registered_ft: bool = False  # registered with France Travail (monthly actualisation)
    receives_rsa: bool = False
    receives_prime_activite: bool = False
    benefits_body: BenefitsBody = BenefitsBody.CAF
    dtr_month: int | None = None  # a month (1-12) in which CAF/MSA asks for the declaration
    has_contrat_engagement: bool = False  # weekly hours written in a contrat d'engagement
    in_cej: bool = False  # contrat d'engagement jeune (Mission locale)
    orientation_notified_on: date | None = None  # the day the orientation decision was received
    rqth_end_date: date | None = None  # the last day of the disability recognition
    note: str = ""


@dataclass(frozen=True)
class SituationVersion:
    effective_from: date
    situation: Situation
    id: int | None = None


# The words an obligation template's audience may use (checked when content loads).
FLAGS = frozenset(
    {
        "registered_ft",
        "receives_rsa",
        "receives_prime_activite",
        "has_contrat_engagement",
        "in_cej",
        "has_orientation_date",
        "has_rqth_end_date",
        "weekly_hours_expected",
    }
)

# Situation fields a template may count from (schedule.field).
DATE_FIELDS = frozenset({"orientation_notified_on", "rqth_end_date"})
MONTH_FIELDS = frozenset({"dtr_month"})


def flags(situation: Situation, weekly_target_minutes: int) -> frozenset[str]:
    """What is true of the person, in the words templates use."""
    found = {
        name
        for name in (
            "registered_ft",
            "receives_rsa",
            "receives_prime_activite",
            "has_contrat_engagement",
            "in_cej",
        )
        if getattr(situation, name)
    }
    if situation.orientation_notified_on is not None:
        found.add("has_orientation_date")
    if situation.rqth_end_date is not None:
        found.add("has_rqth_end_date")
    if weekly_target_minutes > 0 and (situation.has_contrat_engagement or situation.in_cej):
        found.add("weekly_hours_expected")
    return frozenset(found)


def validate_situation(s: Situation) -> list[Problem]:
    problems: list[Problem] = []
    for name in (
        "registered_ft",
        "receives_rsa",
        "receives_prime_activite",
        "has_contrat_engagement",
        "in_cej",
    ):
        if not isinstance(getattr(s, name), bool):
            problems.append(Problem(name, "not_a_choice"))
    try:
        BenefitsBody(s.benefits_body)
    except ValueError:
        problems.append(Problem("benefits_body", "unknown_value"))
    if s.dtr_month is not None and (
        not isinstance(s.dtr_month, int)
        or isinstance(s.dtr_month, bool)
        or not 1 <= s.dtr_month <= 12
    ):
        problems.append(Problem("dtr_month", "out_of_range", 12))
    problems += check_day("orientation_notified_on", s.orientation_notified_on, required=False)
    problems += check_day("rqth_end_date", s.rqth_end_date, required=False)
    problems += check_text("note", s.note, max_len=NOTE_MAX, multiline=True)
    return problems


def checked_situation(s: Situation) -> Situation:
    raise_if(validate_situation(s))
    return replace(s, benefits_body=BenefitsBody(s.benefits_body), note=s.note.strip())


class Timeline:
    """Situation versions and weekly-hours targets over time, to ask "what was true on day D"."""

    def __init__(
        self,
        situations: Sequence[SituationVersion] = (),
        targets: Sequence[tuple[date, int]] = (),  # (effective_from, minutes per week)
        default_target: int = 15 * 60,
    ):
        self.situations = sorted(situations, key=lambda v: v.effective_from)
        self.targets = sorted(targets)
        self.default_target = default_target
        self._situation_days = [v.effective_from for v in self.situations]
        self._target_days = [t[0] for t in self.targets]

    def situation_on(self, day: date) -> Situation | None:
        i = bisect_right(self._situation_days, day)
        return self.situations[i - 1].situation if i else None

    def target_on(self, day: date) -> int:
        i = bisect_right(self._target_days, day)
        return self.targets[i - 1][1] if i else self.default_target

    def flags_on(self, day: date) -> frozenset[str]:
        situation = self.situation_on(day)
        if situation is None:
            return frozenset()
        return flags(situation, self.target_on(day))
