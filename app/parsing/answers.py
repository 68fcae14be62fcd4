"""From a confirmed proposal to an Appointment: only once every question has its answer.

The screen asks each question (choosing among `candidates`, or letting the person type), then
calls to_appointment. The result is checked by the domain (checked_appointment) but not saved:
saving is the screen's "Oui, enregistrer", through app.records.add_appointment."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..domain.appointments import (
    PLACE_MAX,
    TITLE_MAX,
    TO_BRING_ITEM_MAX,
    TO_BRING_MAX_ITEMS,
    Appointment,
    Mode,
    Source,
    checked_appointment,
)
from ..domain.localtime import at_home, to_home
from .model import START_QUESTIONS, Proposal, Question, QuestionKind


@dataclass(frozen=True)
class Answers:
    """What the person confirmed or corrected. None means "as proposed"."""

    start: datetime | None = None  # answers every question about when (naive = Paris time)
    end: datetime | None = None
    place: str | None = None  # answers no_place; "" = not known yet
    mode: Mode | None = None
    title: str | None = None
    to_bring: tuple[str, ...] | None = None
    mandatory: bool | None = None
    source: Source | None = None
    organisation_id: int | None = None  # the carnet's organisation the person picked
    notes: str = ""
    # "Yes, what you found is right": for questions with nothing to type (a past date that is
    # really past, a weekday that does not match, a message not in French).
    confirmed: frozenset[QuestionKind] = field(default_factory=frozenset)


class Unanswered(ValueError):
    """Some questions are still open: no appointment is built."""

    code = "unanswered"

    def __init__(self, questions: tuple[Question, ...]):
        self.questions = questions
        super().__init__(", ".join(q.kind.value for q in questions))


def _answered(question: Question, answers: Answers) -> bool:
    if question.kind in answers.confirmed:
        return True
    if question.kind in START_QUESTIONS:
        return answers.start is not None
    if question.kind is QuestionKind.NO_PLACE:
        return answers.place is not None
    return False


def open_questions(proposal: Proposal, answers: Answers) -> tuple[Question, ...]:
    return tuple(q for q in proposal.questions if not _answered(q, answers))


def _home(moment: datetime) -> datetime:
    return to_home(moment) if moment.tzinfo is not None else at_home(moment)


def to_appointment(
    proposal: Proposal, answers: Answers, *, default_title: str = "Rendez-vous"
) -> Appointment:
    """The appointment the person confirmed. Raises Unanswered while a question is open, and
    the domain's InvalidRecord if what was confirmed cannot be an appointment."""
    remaining = open_questions(proposal, answers)
    start = answers.start or proposal.start
    if start is None:  # a confirmed question cannot stand in for a missing day or time
        remaining = remaining or tuple(q for q in proposal.questions if q.kind in START_QUESTIONS)
        remaining = remaining or (Question(QuestionKind.NO_DATE, "start"),)
    if remaining:
        raise Unanswered(remaining)
    assert start is not None
    end = answers.end or (proposal.end if answers.start is None else None)
    place = proposal.place
    organisation = proposal.organisation
    if answers.title is not None:
        title = answers.title
    elif organisation is not None and organisation.value.name:
        title = f"{default_title} – {organisation.value.name}"
    else:
        title = default_title
    items = (
        answers.to_bring
        if answers.to_bring is not None
        else tuple(f.value for f in proposal.to_bring)
    )
    return checked_appointment(
        Appointment(
            title=title[:TITLE_MAX],
            starts_at=_home(start),
            ends_at=None if end is None else _home(end),
            organisation_id=answers.organisation_id,
            place=(
                answers.place if answers.place is not None else place.value.text if place else ""
            )[:PLACE_MAX],
            mode=answers.mode or (place.value.mode if place else Mode.IN_PERSON),
            to_bring=tuple(i[:TO_BRING_ITEM_MAX] for i in items[:TO_BRING_MAX_ITEMS]),
            mandatory=proposal.mandatory.value if answers.mandatory is None else answers.mandatory,
            notes=answers.notes,
            source=answers.source or proposal.source,
        )
    )
