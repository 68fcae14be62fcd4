"""The `message` screen's sentences: what kind of letter it is, what to do next, what the
parser is unsure of, and why a letter could not be read. Plain words, one idea per sentence;
the facts come from app.parsing and app.ocr, the words are here (translated with Qt Linguist)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.deadlines.kinds import LetterKind
from app.ocr import Quality
from app.parsing import QuestionKind, ReferenceSource

# Doubts whose candidate days are named in a question ("Is it on the 12th or the 19th?").
ASKED_BY_DAY = frozenset(
    {
        QuestionKind.TWO_DATES,
        QuestionKind.WEEKDAY_MISMATCH,
        QuestionKind.YEAR_UNCLEAR,
        QuestionKind.DATE_IN_PAST,
        QuestionKind.CHECK_DAY,
    }
)


class MessageWords(QObject):
    """One per screen (a QObject so that lupdate finds its strings in one context)."""

    def kind(self, kind: LetterKind) -> str:
        return {
            LetterKind.CONVOCATION: self.tr("It is an appointment."),
            LetterKind.DOCUMENTS_REQUEST: self.tr("They ask you to send papers."),
            LetterKind.SANCTION_NOTICE: self.tr(
                "They plan to take a sanction against you. Nothing is decided yet."
            ),
            LetterKind.DECISION: self.tr("It is a decision about your rights."),
            LetterKind.OTHER: self.tr("It is a piece of news. Repères found no appointment in it."),
        }[kind]

    def next_step(
        self, kind: LetterKind, answer_days: int | None = None, letter_date: str = ""
    ) -> str:
        """`letter_date`: the date read on the letter, in words ("" when none was found)."""
        if kind is LetterKind.SANCTION_NOTICE:
            days = str(answer_days or 10)
            # service-public F1638: the days run from the sending of the letter, its date.
            if letter_date:
                text = self.tr(
                    "You can answer them in writing. You have %1 days from the date printed on "
                    "the letter, %2. It is the day it was sent, not the day it arrived. Explain "
                    "what happened and join your proofs."
                )
                return text.replace("%1", days).replace("%2", letter_date)
            return self.tr(
                "You can answer them in writing. You have %1 days from the date printed on the "
                "letter. It is the day it was sent, not the day it arrived. Explain what happened "
                "and join your proofs."
            ).replace("%1", days)
        return {
            LetterKind.CONVOCATION: self.tr(
                "Check each line below, then save the appointment. If you cannot go, call them "
                "before the day and say why."
            ),
            LetterKind.DOCUMENTS_REQUEST: self.tr(
                "Send the papers they ask for before the date given. Keep a copy, and write "
                "down the day you sent them."
            ),
            LetterKind.DECISION: self.tr(
                "If you do not agree, you can contest this decision. There are deadlines: "
                "Repères can count them for you."
            ),
            LetterKind.OTHER: self.tr(
                "Keep it if it may be useful. If something is unclear, ask someone you trust."
            ),
        }[kind]

    def reference(self, source: ReferenceSource, day: str) -> str:
        """Which day "tomorrow" and days without a year were counted from, and why."""
        text = {
            ReferenceSource.RECEIVED: self.tr(
                "Days like “tomorrow” are counted from the day you received it: %1."
            ),
            ReferenceSource.HEADER: self.tr(
                "Days like “tomorrow” are counted from the day the e-mail was sent: %1."
            ),
            ReferenceSource.SENT: self.tr(
                "Days like “tomorrow” are counted from the day the message was sent: %1."
            ),
            ReferenceSource.TIMESTAMP: self.tr(
                "Days like “tomorrow” are counted from the day the message was sent: %1."
            ),
            ReferenceSource.LETTER: self.tr(
                "Days like “tomorrow” are counted from the date written on the letter: %1."
            ),
            ReferenceSource.REPLY: self.tr(
                "Days like “tomorrow” are counted from the date of the message answered: %1."
            ),
        }[source]
        return text.replace("%1", day)

    def question(self, kind: QuestionKind, days: list[str] | None = None) -> str:
        """The doubt in plain words; `days` (in words) are asked about by name."""
        text = self._doubt(kind)
        if days and kind in ASKED_BY_DAY:
            text += " " + self.tr("Is the appointment on %1?").replace(
                "%1", self.tr(" or ").join(days)
            )
        return text

    def _doubt(self, kind: QuestionKind) -> str:
        return {
            QuestionKind.NO_DATE: self.tr(
                "Repères found no date of appointment. Write the date yourself if there is one."
            ),
            QuestionKind.NO_TIME: self.tr("Repères found no time. Write the time yourself."),
            QuestionKind.TIME_WITHOUT_DATE: self.tr(
                "Repères found a time but no date. Write the date yourself."
            ),
            QuestionKind.VAGUE_DATE: self.tr(
                "The message gives no exact date, for example “next week”. "
                "Ask them for the date, or write it yourself."
            ),
            QuestionKind.TWO_DATES: self.tr(
                "The message gives more than one date. Choose the date of the appointment."
            ),
            QuestionKind.DATE_IN_PAST: self.tr(
                "This date is already past. Check the date and the year."
            ),
            QuestionKind.WEEKDAY_MISMATCH: self.tr(
                "The day of the week and the date do not match. Check which one is right."
            ),
            QuestionKind.YEAR_UNCLEAR: self.tr("The message gives no year. Choose the right one."),
            QuestionKind.CHECK_DAY: self.tr("Repères is not sure of this day."),
            QuestionKind.IMPOSSIBLE_DATE: self.tr(
                "The message gives a date that does not exist, like 31 February. "
                "Check it with them."
            ),
            QuestionKind.NONEXISTENT_TIME: self.tr(
                "This time does not exist that day: the clocks change that night. Check it."
            ),
            QuestionKind.NO_PLACE: self.tr(
                "Repères found no address. Write it yourself if you know it."
            ),
            QuestionKind.NOT_FRENCH: self.tr(
                "This message does not seem to be in French. Repères understands French only: "
                "check every line."
            ),
        }[kind]

    def mandatory(self) -> str:
        return self.tr("The message says you must come.")

    def sanction(self, quote: str) -> str:
        return self.tr("The message speaks of a sanction: “%1”").replace("%1", quote)

    # -- reading a letter ------------------------------------------------------------------------
    def ocr_error(self, code: str) -> str:
        return {
            "not_available": self.tr(
                "Reading letters is not available on this computer: the reading program "
                "(Tesseract) is missing. You can type the text instead."
            ),
            "no_french": self.tr(
                "Reading letters is not available on this computer: the French language of "
                "the reading program is missing. You can type the text instead."
            ),
            "encrypted_pdf": self.tr(
                "This PDF is locked with a password. Repères cannot read it. Print it, "
                "or save it again without a password."
            ),
            "broken_pdf": self.tr("This PDF file is damaged. Please export it again."),
            "unsupported": self.tr(
                "Repères reads photos (JPEG, PNG or TIFF) and PDF files only."
            ),
            "too_many_pixels": self.tr(
                "This image is too large to be read. Take the photo again in normal size."
            ),
            "too_heavy": self.tr(
                "This file asks too much memory or time of the computer. It was not read. "
                "You can type the text."
            ),
            "cancelled": self.tr("Reading stopped. Nothing was kept."),
        }.get(
            code,
            self.tr("The letter could not be read. Nothing was kept. You can type the text."),
        )

    def quality(self, quality: Quality) -> str:
        return {
            Quality.GOOD: self.tr("Here is the text of the letter. Check it against the paper."),
            Quality.UNSURE: self.tr(
                "Some words may be wrong. Check the text against the paper and correct it."
            ),
            Quality.POOR: self.tr(
                "The photo is too hard to read. Nothing was kept. Take the photo again: flat, "
                "sharp and in good light. Or type the text."
            ),
            Quality.EMPTY: self.tr(
                "Repères found no text on this picture. Nothing was kept. Is it the right file?"
            ),
        }[quality]

    def pages(self, read: int, total: int) -> str:
        return (
            self.tr("This PDF has %1 pages. Repères read the first %2 pages only.")
            .replace("%1", str(total))
            .replace("%2", str(read))
        )

    def reading_page(self, page: int, of: int) -> str:
        if of <= 1:
            return self.tr("Reading the letter… It can take a minute.")
        return (
            self.tr("Reading page %1 of %2… It can take a few minutes.")
            .replace("%1", str(page))
            .replace("%2", str(of))
        )
