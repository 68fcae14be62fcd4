"""What kind of letter this is, for the next step: an appointment to attend, papers to send, a
sanction that is only *envisaged* (10 days to answer, from the date printed on the letter), a
decision (deadlines to contest), or something else.

Pure: it reads the parser's proposal. The kinds are the ones the deadline screens share
(app.deadlines.kinds); the words saying what to do next live in the interface, translated."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..deadlines.kinds import AppealMention, LetterKind
from ..domain.organisations import OrganisationKind
from .model import DateRole, MessageKind, Proposal
from .text import fold
from .text import forget as text_cache_forget

_FROM_MESSAGE = {
    MessageKind.CONVOCATION: LetterKind.CONVOCATION,
    MessageKind.DOCUMENT_REQUEST: LetterKind.DOCUMENTS_REQUEST,
    MessageKind.SANCTION_NOTICE: LetterKind.SANCTION_NOTICE,
    MessageKind.DECISION: LetterKind.DECISION,
    MessageKind.INFORMATION: LetterKind.OTHER,
    MessageKind.OTHER: LetterKind.OTHER,
}
# "Voies et délais de recours": a decision that states how to contest it. Its absence matters
# (the two months may not run), so only a clear mention counts as "yes".
_APPEAL = re.compile(
    r"voies\s+et\s+delais\s+de\s+recours|delais?\s+et\s+voies\s+de\s+recours|"
    r"(?:contester|recours)[^.]{0,120}(?:dans\s+(?:un\s+delai\s+de\s+|les\s+)?(?:deux|2)\s+mois)|"
    r"recours\s+administratif\s+prealable\s+obligatoire|\brapo\b"
)
_ANSWER_DAYS = re.compile(
    r"(?:delai\s+de|dans\s+les|sous|disposez\s+de|avez)\s+(\d{1,2}|dix|quinze|huit)\s+jours"
)
_NUMBERS = {"dix": 10, "quinze": 15, "huit": 8}
READ_MAX = 200_000  # a letter read by OCR is at most ten pages: a longer text is read in part


@dataclass(frozen=True)
class LetterReading:
    kind: LetterKind
    confidence: float  # from the parser's grammar: "vérifiez" below 0.7
    letter_date: date | None  # the date written on the letter ("Lyon, le 20 novembre 2026")
    organisation_kind: OrganisationKind | None
    appeal_mention: AppealMention  # decisions only; UNKNOWN for the other kinds
    answer_days: int | None  # "vous disposez d'un délai de 10 jours": the number as written

    def handoff(self, *, received_on: date, text: str, document_id: int | None) -> dict:
        """The payload of open_record("received_letter", …): plain values only."""
        return {
            "document_id": document_id,
            "kind": self.kind.value,
            "letter_date": self.letter_date.isoformat() if self.letter_date else None,
            "received_on": received_on.isoformat(),
            "organisation_kind": self.organisation_kind.value if self.organisation_kind else None,
            "appeal_mention": self.appeal_mention.value,
            "text": text,
        }


def read_letter(proposal: Proposal, text: str) -> LetterReading:
    kind = _FROM_MESSAGE[proposal.kind.value]
    try:
        folded = fold(text[:READ_MAX])
    finally:
        text_cache_forget()  # the letter leaves no copy in module caches (as parse_message)
    letter_dates = [d.value for d in proposal.dates if d.role is DateRole.LETTER and d.value]
    appeal = AppealMention.UNKNOWN
    if kind is LetterKind.DECISION:
        appeal = AppealMention.YES if _APPEAL.search(folded) else AppealMention.NO
    days = None
    if kind is LetterKind.SANCTION_NOTICE and (m := _ANSWER_DAYS.search(folded)):
        word = m.group(1)
        days = int(word) if word.isdigit() else _NUMBERS[word]
    organisation = proposal.organisation.value.kind if proposal.organisation else None
    return LetterReading(
        kind,
        proposal.kind.confidence,
        letter_dates[0] if letter_dates else None,
        organisation,
        appeal,
        days,
    )
