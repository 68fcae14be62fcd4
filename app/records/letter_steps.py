"""A letter received, turned into dated steps in the carnet (what the "J'ai reçu un courrier"
path calls).

    plan_letter(answers, today)                what the deadlines are (pure, shown before saving)
    record_received_letter(carnet, answers…)   one transaction: an obligation per deadline still
                                               ahead (its last day, its safe date: Today reminds
                                               of it), the letter attached to each, and a journal
                                               entry with the letter and the steps

Deadlines are the person's own obligations ("custom" occurrences, the way Today already shows
them), with a period "letter:<id>:<step>" so the steps of one letter stay together. Nothing is
written for a deadline that has passed: the screen says what can still be done instead.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from ..carnet import Carnet
from ..content.packs import Packs, Procedure, ProcedureStep, packs
from ..deadlines import (
    AppealMention,
    Deadline,
    LetterDeadlines,
    LetterKind,
    check_letter_dates,
    letter_deadlines,
    safe_day,
)
from ..domain.days import home_day
from ..domain.journal import ExchangeKind, JournalDraft, checked_draft
from ..domain.obligations import CUSTOM_TEMPLATE_ID, Occurrence, checked_occurrence
from ..domain.organisations import OrganisationKind
from ..domain.validation import InvalidRecord, Problem
from . import document_repo, occurrence_repo, organisation_repo
from .document_repo import Target
from .journal import _append  # the journal entry is written in the same transaction

DATE_IN_LETTER = "date_in_letter"  # the step key of a date the letter itself gives
PERIOD_PREFIX = "letter:"


@dataclass(frozen=True)
class LetterAnswers:
    """What the person answered, one question per screen."""

    organisation_kind: str  # OrganisationKind value ("other" when they cannot tell)
    kind: str  # LetterKind value
    received_on: date | None
    letter_date: date | None = None
    mention: AppealMention = AppealMention.UNKNOWN
    date_in_letter: date | None = None  # a convocation's day, or "send before" for papers
    document_id: int | None = None  # the letter, already in the carnet
    # What a decision is about, when its procedure asks (France Travail: "are_money",
    # "sanction", "unknown"); None or another value: "unknown", the careful path.
    subject: str | None = None


@dataclass(frozen=True)
class LetterPlan:
    procedure: Procedure
    deadlines: LetterDeadlines
    date_in_letter: Deadline | None
    today: date
    problems: tuple[Problem, ...] = field(default=())
    subject: str | None = None  # the procedure's subject in use (None: it has none)

    @property
    def steps(self) -> tuple[ProcedureStep, ...]:
        """The procedure's steps for this letter's subject."""
        return self.procedure.steps_for(self.subject)

    def all_deadlines(self) -> list[Deadline]:
        found = list(self.deadlines.deadlines)
        if self.date_in_letter is not None:
            found.append(self.date_in_letter)
        return found

    def ahead(self) -> list[Deadline]:
        """Deadlines whose last day has not passed: these become steps on Today."""
        return [d for d in self.all_deadlines() if d.last_day >= self.today]

    @property
    def late(self) -> bool:
        """Every deadline has passed: say so kindly and show what can still be done."""
        found = self.all_deadlines()
        return bool(found) and not self.ahead()


def check_answers(answers: LetterAnswers, today: date) -> list[Problem]:
    problems = check_letter_dates(answers.letter_date, answers.received_on, today)
    if answers.organisation_kind not in {k.value for k in OrganisationKind}:
        problems.append(Problem("organisation_kind", "unknown_value"))
    if answers.kind not in {k.value for k in LetterKind}:
        problems.append(Problem("kind", "unknown_value"))
    return problems


def plan_letter(answers: LetterAnswers, today: date, *, content: Packs | None = None) -> LetterPlan:
    """The procedure and the deadlines; InvalidRecord when a date is impossible."""
    problems = check_answers(answers, today)
    if problems:
        raise InvalidRecord(problems)
    content = content or packs()
    procedure = content.procedure_for(answers.organisation_kind, answers.kind)
    if procedure is None:  # an association removed the general procedure: nothing to date
        raise InvalidRecord([Problem("kind", "no_procedure")])
    return plan_procedure(procedure, answers, today)


def plan_procedure(procedure: Procedure, answers: LetterAnswers, today: date) -> LetterPlan:
    """The deadlines of a given procedure for these answers (their organisation and kind are
    not looked at): what the screens show, and what `reperes deadline` prints. InvalidRecord
    when a date is impossible."""
    problems = check_letter_dates(answers.letter_date, answers.received_on, today)
    if problems:
        raise InvalidRecord(problems)
    assert answers.received_on is not None
    subject = procedure.subject_key(answers.subject)
    deadlines = letter_deadlines(
        procedure.timings(subject), answers.received_on, answers.mention, answers.letter_date
    )
    in_letter = None
    if answers.date_in_letter is not None:
        start = min(answers.received_on, answers.date_in_letter)
        in_letter = Deadline(
            DATE_IN_LETTER,
            start,
            answers.date_in_letter,
            safe_day(start, answers.date_in_letter),
        )
    return LetterPlan(procedure, deadlines, in_letter, today, subject=subject)


@dataclass(frozen=True)
class RecordedLetter:
    occurrences: tuple[Occurrence, ...]
    journal_seq: int


def _organisation_id(con, kind: str) -> int | None:
    for org in organisation_repo.list_all(con):
        if org.kind == kind and org.id is not None:
            return org.id
    return None


def record_received_letter(
    carnet: Carnet,
    answers: LetterAnswers,
    *,
    titles: Mapping[str, str],
    notes: Mapping[str, str],
    summary: str,
    next_step: str,
    now: datetime | None = None,
    content: Packs | None = None,
) -> RecordedLetter:
    """Write the steps still ahead, attach the letter, and keep it in the journal; one
    transaction (all or nothing). `titles` and `notes` are by step key, in the person's
    language (the screen writes them)."""
    now = now or carnet.clock()
    plan = plan_letter(answers, home_day(now), content=content)
    draft = checked_draft(
        JournalDraft(
            ExchangeKind.DECISION if answers.kind == LetterKind.DECISION else ExchangeKind.LETTER,
            summary,
            next_step=next_step,
            happened_on=answers.received_on,
        )
    )
    batch = uuid.uuid4().hex[:12]
    made = []
    with carnet.write() as con:
        draft = replace(draft, organisation_id=_organisation_id(con, answers.organisation_kind))
        if answers.document_id is not None and document_repo.get(con, answers.document_id) is None:
            raise InvalidRecord([Problem("document_id", "not_found")])
        for d in plan.ahead():
            occ = checked_occurrence(
                Occurrence(
                    CUSTOM_TEMPLATE_ID,
                    1,
                    f"{PERIOD_PREFIX}{batch}:{d.key}",
                    min(d.starts_on, d.last_day),
                    d.last_day,
                    d.safe_day,
                    title=titles.get(d.key) or titles.get("", "") or d.key,
                    note=notes.get(d.key, ""),
                )
            )
            made.append(occurrence_repo.insert_one(con, occ, now))
        docs = [answers.document_id] if answers.document_id is not None else []
        version = _append(con, draft, None, 1, docs, now)
        if answers.document_id is not None:
            document_repo.link_many(
                con,
                [(answers.document_id, Target.OCCURRENCE, o.id) for o in made if o.id],
                now,
            )
    return RecordedLetter(tuple(made), version.seq)
