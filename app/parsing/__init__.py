"""From a message to an appointment: read an SMS, an e-mail or a letter and propose what it says.

    proposal = parse_message(text, received=date(2026, 11, 20))
    proposal.day, proposal.time, proposal.place, proposal.organisation, proposal.to_bring,
    proposal.mandatory, proposal.sanction_sentences, proposal.kind, proposal.questions
    appointment = to_appointment(proposal, Answers(start=..., confirmed=...))

Every field carries a confidence and the span of the message it was read from, so a screen can
show it, highlight it and read it aloud. Nothing is saved here."""

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
)
from .parse import parse_message
from .text import Span

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
    "Span",
    "Unanswered",
    "open_questions",
    "parse_message",
    "proposal_to_json",
    "to_appointment",
]
