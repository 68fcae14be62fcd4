"""From a message to an appointment: read an SMS, an e-mail or a letter and propose what it says.

    proposal = parse_message(text, received=date(2026, 11, 20))
    proposal.day, proposal.time, proposal.place, proposal.organisation, proposal.to_bring,
    proposal.mandatory, proposal.sanction_sentences, proposal.kind, proposal.questions
    appointment = to_appointment(proposal, Answers(start=..., confirmed=...))

Every field carries a confidence and the span of the message it was read from, so a screen can
show it, highlight it and read it aloud (day_words/time_words give the words to say). Questions
list what the text leaves open, with candidates to choose from; `open_questions(proposal,
answers)` tells which remain. Nothing is saved here: the screen saves the Appointment through
app.records.add_appointment after the person's yes."""

from .answers import Answers, Unanswered, open_questions, to_appointment
from .export import proposal_to_json
from .model import (
    START_QUESTIONS,
    DateMention,
    DateRole,
    Found,
    MessageKind,
    OrganisationGuess,
    Place,
    Proposal,
    Question,
    QuestionKind,
    Reference,
    ReferenceSource,
)
from .parse import parse_message
from .text import Span
from .wording import day_words, time_words

__all__ = [
    "START_QUESTIONS",
    "Answers",
    "DateMention",
    "DateRole",
    "Found",
    "MessageKind",
    "OrganisationGuess",
    "Place",
    "Proposal",
    "Question",
    "QuestionKind",
    "Reference",
    "ReferenceSource",
    "Span",
    "Unanswered",
    "day_words",
    "open_questions",
    "parse_message",
    "proposal_to_json",
    "time_words",
    "to_appointment",
]
