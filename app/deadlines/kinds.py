"""Names shared with the screens that recognise a letter (OCR, pasted messages): the kind of a
letter and where a deadline runs from. Stable strings: they travel in screen payloads."""

from __future__ import annotations

from enum import StrEnum


class LetterKind(StrEnum):
    CONVOCATION = "convocation"  # an appointment to attend
    DOCUMENTS_REQUEST = "documents_request"  # papers to send
    SANCTION_NOTICE = "sanction_notice"  # a sanction is *envisaged*: 10 days to answer
    DECISION = "decision"  # a decision taken (radiation, suspension, overpayment, refusal…)
    OTHER = "other"


LETTER_KINDS: tuple[str, ...] = tuple(k.value for k in LetterKind)


class RunsFrom(StrEnum):
    """The day a deadline starts counting from."""

    # The date printed on the letter, i.e. the day it was sent: a notice of an envisaged
    # sanction (service-public F1638: « les 10 jours calendaires qui suivent l'envoi du
    # courrier »). Unknown date: counted from receipt, marked uncertain (may be earlier).
    LETTER_DATE = "letter_date"
    RECEIPT = "receipt"  # the day the person received the letter
    NOTIFICATION = "notification"  # the day a decision was delivered: the day it was received
    END_OF_MEDIATION = "end_of_mediation"  # known only later
    ANSWER = "answer"  # the answer to a request, or its silence: known only later


# Deadlines that can be dated as soon as the letter is received.
DATED_FROM_LETTER = frozenset({RunsFrom.LETTER_DATE, RunsFrom.RECEIPT, RunsFrom.NOTIFICATION})


class Doubt(StrEnum):
    """Why a date is not firm (the screens say it in words)."""

    NO_APPEAL_MENTION = "no_appeal_mention"  # the decision does not state its deadlines
    NO_LETTER_DATE = "no_letter_date"  # counted from receipt: the real last day may be earlier


# The answer "I don't know" to "what is the decision about?": follow the ways and deadlines
# printed on the decision, and act within 2 months. Every procedure with subjects has it.
UNKNOWN_SUBJECT = "unknown"


class AppealMention(StrEnum):
    """Does the decision state the ways and deadlines to contest it (voies et délais de recours)?"""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"  # the person cannot tell: treated like "no" (uncertain)
