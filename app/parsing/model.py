"""What the parser proposes: each finding with how sure it is and where it was read.

Nothing here is a decision. The screen shows every field for confirmation, reads it aloud and
highlights its span in the message; questions list what the text leaves open."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from typing import Generic, TypeVar

from ..domain.appointments import Mode, Source
from ..domain.localtime import HOME_ZONE, wall_time_exists
from ..domain.organisations import OrganisationKind
from .text import Span

T = TypeVar("T")


@dataclass(frozen=True)
class Found(Generic[T]):
    value: T
    confidence: float  # 0..1: how sure the grammar is, for ordering and for "vérifiez"
    span: Span | None  # None when the value is a default, not something read in the text
    text: str = ""  # the words as written in the message (tidied to one line)


class MessageKind(StrEnum):
    CONVOCATION = "convocation"  # an appointment to go to (or a call, a video meeting)
    INFORMATION = "information"
    DOCUMENT_REQUEST = "document_request"
    SANCTION_NOTICE = "sanction_notice"  # a sanction is envisaged: the 10 days to answer
    DECISION = "decision"
    OTHER = "other"


class DateRole(StrEnum):
    APPOINTMENT = "appointment"
    LETTER = "letter"  # the date the letter was written ("Bourg, le 20 novembre 2026")
    DEADLINE = "deadline"  # "avant le", "au plus tard le"
    REFERENCE = "reference"  # "votre courrier du", "né le", "à compter du"
    RANGE_END = "range_end"  # "du 3 au 7 décembre": the 7
    CANCELLED = "cancelled"  # "au lieu du 14", "le RDV du 18 est avancé au 16": named, not proposed


class QuestionKind(StrEnum):
    NO_DATE = "no_date"
    NO_TIME = "no_time"
    TIME_WITHOUT_DATE = "time_without_date"
    VAGUE_DATE = "vague_date"  # "la semaine prochaine"
    TWO_DATES = "two_dates"
    DATE_IN_PAST = "date_in_past"
    WEEKDAY_MISMATCH = "weekday_mismatch"
    YEAR_UNCLEAR = "year_unclear"
    IMPOSSIBLE_DATE = "impossible_date"  # 31/02
    NONEXISTENT_TIME = "nonexistent_time"  # inside the spring clock change
    # The day rests on a weak cue: "demain" with no date of the message to count from, or a
    # day without a year far from it. Never a silent guess (issue 21): the person confirms.
    CHECK_DAY = "check_day"
    NO_PLACE = "no_place"
    NOT_FRENCH = "not_french"


# Questions answered by giving the start (date and time) of the appointment.
START_QUESTIONS = frozenset(
    {
        QuestionKind.NO_DATE,
        QuestionKind.NO_TIME,
        QuestionKind.TIME_WITHOUT_DATE,
        QuestionKind.VAGUE_DATE,
        QuestionKind.TWO_DATES,
        QuestionKind.DATE_IN_PAST,
        QuestionKind.WEEKDAY_MISMATCH,
        QuestionKind.YEAR_UNCLEAR,
        QuestionKind.IMPOSSIBLE_DATE,
        QuestionKind.NONEXISTENT_TIME,
        QuestionKind.CHECK_DAY,
    }
)


@dataclass(frozen=True)
class Question:
    kind: QuestionKind
    field: str  # "start", "place", "language"
    candidates: tuple[date | datetime, ...] = ()  # possible answers, best first
    spans: tuple[Span, ...] = ()  # where the doubt comes from


@dataclass(frozen=True)
class DateMention:
    """A date read in the text (valid or not), with the part it plays in the message."""

    value: date | None  # None for an impossible date (31/02)
    role: DateRole
    span: Span
    text: str
    explicit_year: bool
    weekday: int | None = None  # the weekday written next to it, 0 = Monday
    relative: bool = False  # "demain", "lundi prochain", "mardi"
    score: float = 0.0


class ReferenceSource(StrEnum):
    """Where the day that "demain", "lundi" and days without a year count from was read."""

    RECEIVED = "received"  # nothing in the text: the day the person says they received it
    HEADER = "header"  # an e-mail header: "Envoyé :", "Date:", "Sent:"
    SENT = "sent"  # "Envoyé le 04/12/2026", "Reçu le …"
    TIMESTAMP = "timestamp"  # a phone's time stamp pasted with the SMS: "Ven. 4 déc., 16:40"
    LETTER = "letter"  # the letter's own date: "Bourg, le 20 novembre 2026", "Le 3 décembre 2026,"
    REPLY = "reply"  # "Le jeu. 3 déc. 2026 à 10:15, … a écrit :": the message answered


@dataclass(frozen=True)
class Reference:
    day: date
    source: ReferenceSource
    span: Span | None = None  # None for the received day
    text: str = ""  # the words read, tidied


@dataclass(frozen=True)
class Place:
    text: str  # as written: address, agency name, "par téléphone", a video link
    mode: Mode


@dataclass(frozen=True)
class OrganisationGuess:
    kind: OrganisationKind
    name: str  # as written in the message ("Pôle emploi", "CAF de la Loire")


@dataclass(frozen=True)
class Proposal:
    received: date
    kind: Found[MessageKind]
    day: Found[date] | None = None
    time: Found[time] | None = None
    end_time: Found[time] | None = None
    deadline: Found[date] | None = None  # "avant le …": for requests, not the appointment
    place: Found[Place] | None = None
    organisation: Found[OrganisationGuess] | None = None
    to_bring: tuple[Found[str], ...] = ()
    mandatory: Found[bool] = field(default_factory=lambda: Found(False, 0.5, None))
    sanction_sentences: tuple[Found[str], ...] = ()  # quoted, never judged
    source: Source = Source.MANUAL
    looks_french: bool = True
    dates: tuple[DateMention, ...] = ()  # every date read, with its role
    questions: tuple[Question, ...] = ()
    reference: Reference | None = None  # what relative days counted from (parse always sets it)
    cancelled: Found[date] | None = None  # the appointment this message replaces or cancels

    @property
    def mentions_sanction(self) -> bool:
        return bool(self.sanction_sentences)

    @property
    def start(self) -> datetime | None:
        """Day and time together, in Europe/Paris; None if either is missing or the wall time
        does not exist (spring clock change)."""
        return _combine(self.day, self.time)

    @property
    def end(self) -> datetime | None:
        return _combine(self.day, self.end_time)

    @property
    def says_reference(self) -> bool:
        """Whether to tell the person which day "demain" or a day without a year counted from:
        always when the message gave its date, else when the appointment's day depended on it."""
        if self.reference is None:
            return False
        if self.reference.source is not ReferenceSource.RECEIVED:
            return True
        return any(
            d.role is DateRole.APPOINTMENT and (d.relative or not d.explicit_year)
            for d in self.dates
        )

    def question(self, kind: QuestionKind) -> Question | None:
        return next((q for q in self.questions if q.kind is kind), None)


def _combine(day: Found[date] | None, at: Found[time] | None) -> datetime | None:
    if day is None or at is None:
        return None
    naive = datetime.combine(day.value, at.value)
    return naive.replace(tzinfo=HOME_ZONE) if wall_time_exists(naive) else None
