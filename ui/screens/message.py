"""Add a message or a letter: paste an SMS, an e-mail or a letter, or read a photo or a PDF of
a letter (OCR), and Repères proposes the appointment, line by line, for the person to check.

Nothing is saved until the person presses "Yes, save this appointment". Then, in one
transaction, the appointment goes into the agenda and the message into the journal (the dated,
append-only record of what was received: the proof that counts if an absence is ever held
against the person); a letter from a photo or a PDF is kept as a document with the text read
on it, sealed in the same journal entry.

open_record("message", {"document_id": id}) reads a letter already in the carnet (the
Documents screen's hook). OCR runs on a worker thread with a Cancel button; the letter's bytes
stay in memory, never in a file."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.carnet import CarnetError
from app.deadlines.kinds import LetterKind
from app.domain import HOME_ZONE, InvalidRecord, Problem, home_day, parse_day
from app.domain.appointments import PLACE_MAX, TITLE_MAX, Appointment, Mode, Source
from app.domain.documents import MAX_BYTES, MAX_MEGABYTES, check_content
from app.domain.journal import SUMMARY_MAX, ExchangeKind, JournalDraft
from app.ocr import MAX_PAGES, OcrError, OcrResult, Quality, engine_status, read_document
from app.parsing import Proposal, Question, QuestionKind, parse_message
from app.parsing.letter_kind import LetterReading as KindReading
from app.parsing.letter_kind import read_letter
from app.records import (
    LetterReading,
    NewLetter,
    RecordNotFound,
    document_content,
    document_text,
    get_document,
    keep_document_text,
    keep_letter,
    save_message_appointment,
)

from .. import appearance
from ..actions import write
from ..file_choice import choose_file
from ..formatting import day_text, time_text, today_for_typing
from ..reading import Part
from ..tasks import run_in_background
from ..widgets import Button, Card, CheckBox, Message, RadioChoice, Text
from .base import Screen
from .message_words import MessageWords
from .record_form import ChecklistEditor, FormField, button_row, show_problems
from .record_kit import DayEdit, capital, date_edit, day_words, problem_words, short_day
from .record_words import RecordWords, parse_time
from .registry import has_screen

MESSAGE_TEXT_HEIGHT, LETTER_TEXT_HEIGHT = 220, 520  # a letter's text is shown larger
TEXT_MAX = SUMMARY_MAX  # a pasted message is kept whole in the journal, or not at all
FORM_ORDER = ["title", "day", "time", "place", "to_bring"]
# Letters whose deadlines the "I received a letter" screen counts.
DEADLINE_KINDS = (LetterKind.SANCTION_NOTICE, LetterKind.DECISION, LetterKind.DOCUMENTS_REQUEST)
_JOURNAL_KIND = {Source.EMAIL: ExchangeKind.EMAIL, Source.LETTER: ExchangeKind.LETTER}


class _Progress(QObject):
    page = Signal(int, int, int)  # job number, page, of


@dataclass
class _Letter:
    """The letter being read: its bytes in memory (a file picked) or its id in the carnet."""

    name: str
    data: bytes | None = None
    document_id: int | None = None
    result: OcrResult | None = None



def _read_file(path: Path) -> bytes:
    """On a worker thread: the picked file, checked like an import (type, size)."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InvalidRecord([Problem("content", "file_too_large", MAX_MEGABYTES)])
        data = path.read_bytes()
    except OSError:
        raise InvalidRecord([Problem("content", "unreadable_file")]) from None
    check_content(data)
    return data


class MessageScreen(Screen):
    key = "message"
    back_to = "today"

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.words = MessageWords(self)
        self.record_words = RecordWords(self)
        self.proposal: Proposal | None = None
        self.kind_reading: KindReading | None = None
        self.letter: _Letter | None = None
        self.cancel_event: threading.Event | None = None
        self.busy = False
        self.dialog = None
        self._job = 0  # results of an older job (a left screen, a cancelled read) are dropped
        self.saved_id: int | None = None
        self._held_back: list[str] = []  # doubts about an appointment not shown yet
        self.max_pages = MAX_PAGES  # pages of a PDF read (the screen says when there are more)
        self.progress = _Progress(self)
        self.progress.page.connect(self._page_started)
        self._build_input()
        self._build_proposal()
        self.body.addStretch(1)

    # -- building --------------------------------------------------------------------------------
    def _build_input(self) -> None:
        self.intro = Text(
            self.tr(
                "Paste the text of an SMS, an e-mail or a letter. Or choose a photo or a PDF "
                "of a letter: Repères reads it for you."
            )
        )
        self.body.addWidget(self.intro)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setMinimumHeight(appearance.current().px(MESSAGE_TEXT_HEIGHT))
        self.text_field = FormField(
            self.tr("The message"),
            self.text_edit,
            self.tr("Paste it with Ctrl+V, or type it."),
        )
        self.body.addWidget(self.text_field)
        self.choose_button = Button(self.tr("Choose a photo or a PDF of a letter"), "document")
        self.choose_button.clicked.connect(self.choose)
        self.read_text_button = Button(self.tr("Read the text aloud"), "speaker")
        self.read_text_button.clicked.connect(self.read_text_aloud)
        self.body.addWidget(button_row(self.choose_button, self.read_text_button))
        self.ocr_status = Text("", "help")
        self.ocr_status.hide()
        self.cancel_button = Button(self.tr("Stop reading"), "stop")
        self.cancel_button.clicked.connect(self.cancel_reading)
        self.cancel_button.hide()
        self.body.addWidget(self.ocr_status)
        self.body.addWidget(button_row(self.cancel_button))
        self.ocr_message = Message()
        self.body.addWidget(self.ocr_message)
        self.received_edit = date_edit(self.tr("Day you received it"))
        self.received_edit.setMaximumWidth(appearance.current().px(320))
        self.received_field = FormField(
            self.tr("Day you received it"),
            self.received_edit,
            self.tr("Words like “tomorrow” and the deadlines count from this day."),
        )
        self.body.addWidget(self.received_field)
        self.understand_button = Button(self.tr("Understand"), "next", primary=True)
        self.understand_button.clicked.connect(self.understand)
        self.body.addWidget(button_row(self.understand_button))
        self.input_message = Message()
        self.body.addWidget(self.input_message)
        self.saved_message = Message()
        self.open_saved_button = Button(self.tr("See it in my agenda"), "calendar")
        self.open_saved_button.clicked.connect(self.open_saved)
        self.open_saved_button.hide()
        self.body.addWidget(self.saved_message)
        self.body.addWidget(button_row(self.open_saved_button))

    def _build_proposal(self) -> None:
        self.card = Card()
        lay = self.card.layout_
        lay.setSpacing(appearance.current().px(12))
        self.card_title = Text(self.tr("What Repères understood"), "title")
        self.kind_text = Text()
        self.next_text = Text()
        # Which day "demain" and days without a year were counted from (issue 21).
        self.reference_text = Text()
        lay.addWidget(self.card_title)
        lay.addWidget(self.kind_text)
        lay.addWidget(self.next_text)
        lay.addWidget(self.reference_text)
        self.cancelled_text = Text()  # the appointment this message replaces (issue 21)
        lay.addWidget(self.cancelled_text)
        self.warnings_box = QWidget()
        self.warnings = QVBoxLayout(self.warnings_box)
        self.warnings.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.warnings_box)
        self.warning_labels: list[Text] = []
        self.sanction_text = Text()
        lay.addWidget(self.sanction_text)
        self.read_button = Button(self.tr("Read what Repères understood"), "speaker")
        self.read_button.clicked.connect(lambda: self.read_request.emit(self.proposal_parts()))
        lay.addWidget(button_row(self.read_button))
        # A letter with no appointment in it (a decision, a request) shows no appointment form;
        # the person can still open it.
        self.show_appointment_button = Button(self.tr("There is an appointment in it"), "calendar")
        self.show_appointment_button.clicked.connect(self._open_appointment)
        lay.addWidget(button_row(self.show_appointment_button))
        self.appointment_box = QWidget()
        alay = QVBoxLayout(self.appointment_box)
        alay.setContentsMargins(0, 0, 0, 0)
        alay.setSpacing(appearance.current().px(12))
        lay.addWidget(self.appointment_box)

        # The dates to choose from (two dates, a year to choose, a date already past).
        self.choice_box = QWidget()
        choice = QVBoxLayout(self.choice_box)
        choice.setContentsMargins(0, 0, 0, 0)
        self.choice_label = Text(self.tr("Which is the date of the appointment?"))
        choice.addWidget(self.choice_label)
        self.choices = QButtonGroup(self)
        self.choice_buttons: list[tuple[QRadioButton, date]] = []
        self.choice_layout = choice
        self.choices.buttonToggled.connect(self._date_chosen)
        alay.addWidget(self.choice_box)

        self.f: dict[str, FormField] = {}

        def add(name: str, label: str, widget: QWidget, help_text: str = "") -> FormField:
            field = FormField(label, widget, help_text)
            self.f[name] = field
            alay.addWidget(field)
            return field

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(TITLE_MAX)
        add("title", self.tr("What is it?"), self.title_edit)
        self.day_edit = DayEdit()
        self.day_edit.setMaximumWidth(appearance.current().px(320))
        add("day", self.tr("Date"), self.day_edit,
            self.tr("For example: 25/03/2026, 4/12, tomorrow or next Monday."))
        self.time_edit = QLineEdit()
        self.time_edit.setPlaceholderText(self.tr("14:30"))
        self.time_edit.setMaximumWidth(appearance.current().px(320))
        add("time", self.tr("Time"), self.time_edit, self.tr("For example: 9:00 or 14:30."))
        self.mode_box = RadioChoice()  # three answers: all in view, safe from the wheel
        for mode, text in (
            (Mode.IN_PERSON, self.tr("I go there")),
            (Mode.PHONE, self.tr("By phone")),
            (Mode.VIDEO, self.tr("By video, on a screen")),
        ):
            self.mode_box.addItem(text, mode.value)
        add("mode", self.tr("How does it take place?"), self.mode_box)
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(PLACE_MAX)
        add("place", self.tr("Address, phone number or link"), self.place_edit)
        self.bring_editor = ChecklistEditor(
            self.tr("Thing to bring, line %1"),
            self.tr("Remove"),
            self.tr("Remove line %1"),
            self.tr("Add a thing to bring"),
        )
        bring = FormField(self.tr("What to bring"), self.bring_editor)
        bring.focus_target = self.bring_editor.first_edit  # type: ignore[method-assign]
        self.f["to_bring"] = bring
        alay.addWidget(bring)
        self.mandatory_box = CheckBox(self.tr("The message says I must come"))
        alay.addWidget(self.mandatory_box)
        self.confirm_text = Text(
            self.tr("Is everything right? Nothing is saved until you say yes.")
        )
        alay.addWidget(self.confirm_text)
        self.save_button = Button(self.tr("Yes, save this appointment"), "save", primary=True)
        self.save_button.clicked.connect(self.save)
        self.discard_button = Button(self.tr("No, do not save"), "cross")
        self.discard_button.clicked.connect(self.discard)
        alay.addWidget(button_row(self.save_button, self.discard_button))
        self.keep_button = Button(self.tr("Keep only the letter and its text"), "folder")
        self.keep_button.clicked.connect(self.keep_only_letter)
        self.deadlines_button = Button(self.tr("Count the deadlines of this letter"), "clock")
        self.deadlines_button.clicked.connect(self.count_deadlines)
        lay.addWidget(button_row(self.keep_button, self.deadlines_button))
        self.form_message = Message()
        lay.addWidget(self.form_message)
        self.card.hide()
        self.body.addWidget(self.card)

    # -- the frame -------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("A message or a letter")

    def help_text(self) -> str:
        return self.tr("Repères proposes the appointment. You check it before it is saved.")


    def first_focus(self):
        return self.text_edit

    def entered(self) -> None:
        _, pending = self.take_payload()
        self._reset()
        super().entered()
        if isinstance(pending, dict) and isinstance(pending.get("document_id"), int):
            self.read_stored_letter(pending["document_id"])

    def left(self) -> None:
        """Forget the message and the letter: a shared PC keeps nothing of them on screen."""
        self.cancel_reading()
        self._reset()

    def _reset(self) -> None:
        self._job += 1
        self._set_busy(False)
        self.letter = None
        self.proposal = None
        self.kind_reading = None
        self.saved_id = None
        self.text_edit.clear()
        self.text_edit.setMinimumHeight(appearance.current().px(MESSAGE_TEXT_HEIGHT))
        self.received_edit.setText(short_day(home_day(self.session.clock())))
        for message in (self.ocr_message, self.input_message, self.saved_message):
            message.clear_message()
        self.text_field.clear_problem()
        self.received_field.clear_problem()
        self.open_saved_button.hide()
        self._clear_proposal()

    def reading_parts(self) -> list[Part]:
        parts = [Part(self.help_text(), self.help_line)]
        if self.card.isVisible():
            return parts + self.proposal_parts()
        for label in (self.intro, self.ocr_status, self.ocr_message, self.input_message,
                      self.saved_message):  # fmt: skip
            if label.isVisible() and label.text():
                parts.append(Part(label.text(), label))
        return parts

    def proposal_parts(self) -> list[Part]:
        """The proposal as it stands now (with the person's corrections), line by line."""
        parts = [Part(self.card_title.text(), self.card_title)]
        parts += [
            Part(w.text(), w)
            for w in (self.kind_text, self.next_text, self.reference_text, self.cancelled_text)
            if w.text()
        ]
        parts += [Part(w.text(), w) for w in self.warning_labels]
        if self.sanction_text.text():
            parts.append(Part(self.sanction_text.text(), self.sanction_text))
        if not self.appointment_box.isVisibleTo(self):
            return parts
        if self.title_edit.text().strip():
            parts.append(Part(self.tr("What: %1.").replace("%1", self.title_edit.text().strip())))
        try:
            day = self._day()
            parts.append(Part(self.tr("Date: %1.").replace("%1", day_words(day, year=True))))
        except InvalidRecord:
            pass
        try:
            at = parse_time(self.time_edit.text(), "time")
            moment = datetime.combine(date(2000, 1, 1), at)
            parts.append(Part(self.tr("Time: %1.").replace("%1", time_text(moment))))
        except InvalidRecord:
            pass
        parts.append(Part(self.mode_box.currentText() + "."))
        if self.place_edit.text().strip():
            parts.append(Part(self.tr("Where: %1.").replace("%1", self.place_edit.text().strip())))
        items = [line.strip() for line in self.bring_editor.lines() if line.strip()]
        if items:
            parts.append(Part(self.tr("To bring: %1.").replace("%1", ", ".join(items))))
        if self.mandatory_box.isChecked():
            parts.append(Part(self.words.mandatory()))
        parts.append(Part(self.confirm_text.text(), self.confirm_text))
        return parts

    # -- the text --------------------------------------------------------------------------------
    def read_text_aloud(self) -> None:
        text = self.text_edit.toPlainText().strip()
        if text:
            self.read_request.emit([Part(text[:TEXT_MAX])])

    def _received(self) -> date | None:
        self.received_field.clear_problem()
        try:
            received = parse_day(self.received_edit.text(), "received_on", today=today_for_typing())
        except InvalidRecord as exc:
            self.received_field.show_problem(
                self.record_words.problem(exc.problems[0], self.received_edit.text())
            )
            self.received_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        if received > home_day(self.session.clock()):
            self.received_field.show_problem(
                self.record_words.problem(Problem("received_on", "future_day"))
            )
            self.received_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        return received

    def understand(self) -> None:
        if self.busy:
            return
        self.input_message.clear_message()
        self.saved_message.clear_message()
        self.open_saved_button.hide()
        self.text_field.clear_problem()
        self._clear_proposal()  # an earlier proposal never stays next to a refused text
        self.proposal = self.kind_reading = None
        text = self.text_edit.toPlainText()
        if not text.strip():
            self.text_field.show_problem(
                self.tr("Paste a message first, or choose a photo of a letter.")
            )
            self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if len(text) > TEXT_MAX:
            self.text_field.show_problem(
                self.tr(
                    "This text is too long: %1 signs. Paste only the message, %2 signs at most."
                )
                .replace("%1", f"{len(text):,}".replace(",", " "))
                .replace("%2", f"{TEXT_MAX:,}".replace(",", " "))
            )
            self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        received = self._received()
        if received is None:
            return
        proposal = parse_message(text, received)
        self.show_proposal(proposal, read_letter(proposal, text))

    # -- the proposal ----------------------------------------------------------------------------
    def _clear_proposal(self) -> None:
        for label in self.warning_labels:
            label.setParent(None)
            label.deleteLater()
        self.warning_labels = []
        for button, _ in self.choice_buttons:
            self.choices.removeButton(button)
            button.setParent(None)
            button.deleteLater()
        self.choice_buttons = []
        self.choice_box.hide()
        for edit in (self.title_edit, self.day_edit, self.time_edit, self.place_edit):
            edit.clear()
        for field in self.f.values():
            field.clear_problem()
        self.bring_editor.set_lines([])
        self.mandatory_box.setChecked(False)
        self.mode_box.setCurrentIndex(0)
        self.sanction_text.clear()
        self.sanction_text.hide()
        for label in (self.reference_text, self.cancelled_text):
            label.clear()
            label.hide()
        self.form_message.clear_message()
        self.card.hide()

    def _warn(self, text: str) -> None:
        label = Text(text, "error")  # bold and coloured: a doubt the person must see
        self.warnings.addWidget(label)
        self.warning_labels.append(label)

    def show_proposal(self, proposal: Proposal, kind: KindReading) -> None:
        self._clear_proposal()
        self.proposal, self.kind_reading = proposal, kind
        self.kind_text.setText(self.words.kind(kind.kind))
        letter_day = day_text(kind.letter_date) if kind.letter_date else ""
        self.next_text.setText(self.words.next_step(kind.kind, kind.answer_days, letter_day))
        has_appointment = (
            kind.kind is LetterKind.CONVOCATION
            or proposal.day is not None
            or proposal.time is not None
        )
        reference = proposal.reference
        if reference is not None and proposal.says_reference:
            self.reference_text.setText(
                self.words.reference(reference.source, day_words(reference.day, year=True))
            )
            self.reference_text.show()
        if proposal.cancelled is not None:
            self.cancelled_text.setText(
                self.tr("Former appointment, cancelled or replaced: %1.").replace(
                    "%1", day_words(proposal.cancelled.value, year=True)
                )
            )
            self.cancelled_text.show()
        self._held_back = []
        for question in proposal.questions:
            if has_appointment or question.kind is QuestionKind.NOT_FRENCH:
                self._warn(self._question_text(question))
            else:  # said when the person opens the appointment lines
                self._held_back.append(self._question_text(question))
        if self.letter is not None and self.letter.result is not None:
            result = self.letter.result
            if result.quality is Quality.UNSURE:
                self._warn(self.words.quality(Quality.UNSURE))
            if result.truncated:
                self._warn(self.words.pages(result.pages_read, result.pages_total))
        # Fields, each editable.
        name = ""
        if proposal.organisation is not None:
            found = proposal.organisation.value
            name = found.name or self.record_words.kind_name(found.kind)
        self.title_edit.setText(
            self.tr("Appointment with %1").replace("%1", name) if name else self.tr("Appointment")
        )
        if proposal.day is not None:
            self.day_edit.setText(short_day(proposal.day.value))
        if proposal.time is not None:
            self.time_edit.setText(f"{proposal.time.value.hour}:{proposal.time.value.minute:02d}")
        if proposal.place is not None:
            self.place_edit.setText(proposal.place.value.text)
            index = self.mode_box.findData(proposal.place.value.mode.value)
            self.mode_box.setCurrentIndex(max(0, index))
        self.bring_editor.set_lines([f.value for f in proposal.to_bring])
        self.mandatory_box.setChecked(bool(proposal.mandatory.value))
        if proposal.sanction_sentences:
            self.sanction_text.setText(self.words.sanction(proposal.sanction_sentences[0].value))
            self.sanction_text.show()
        self._offer_dates(proposal)
        deadlines = kind.kind in DEADLINE_KINDS and has_screen("received_letter")
        # A letter with a deadline (a sanction notice...): the next step is what to do and by
        # when, the blue button; an appointment stays one click away, not offered first.
        self.appointment_box.setVisible(has_appointment and not deadlines)
        self.show_appointment_button.setVisible(not has_appointment or deadlines)
        self.keep_button.setVisible(self.letter is not None and self.letter.document_id is None)
        self.deadlines_button.setVisible(deadlines)
        _set_primary(self.deadlines_button, deadlines)
        self.card.show()
        self.scroll.ensureWidgetVisible(self.card_title)
        self.read_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _question_text(self, question: Question) -> str:
        """The doubt, then the days to choose from in words: never a silent guess (issue 21)."""
        days = [c if not isinstance(c, datetime) else c.date() for c in question.candidates]
        words = [day_words(d, year=True) for d in dict.fromkeys(days)]
        return self.words.question(question.kind, words)

    def _open_appointment(self) -> None:
        self.show_appointment_button.hide()
        _set_primary(self.deadlines_button, False)  # one blue button: saving, now
        for text in self._held_back:
            self._warn(text)
        self._held_back = []
        self.appointment_box.show()
        self.f["day"].focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def _offer_dates(self, proposal: Proposal) -> None:
        """A date to choose when the message leaves it open: nothing is chosen for the person."""
        asking = None
        for kind in (QuestionKind.TWO_DATES, QuestionKind.YEAR_UNCLEAR):
            asking = asking or proposal.question(kind)
        if asking is None:
            return
        days = [c if not isinstance(c, datetime) else c.date() for c in asking.candidates]
        for day in dict.fromkeys(days):
            button = QRadioButton(capital(day_words(day, year=True)))
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(self.choice_label.text())
            self.choices.addButton(button)
            self.choice_layout.addWidget(button)
            self.choice_buttons.append((button, day))
        self.day_edit.clear()  # the person chooses: no date is taken for granted
        self.choice_box.show()

    def _date_chosen(self, button, checked: bool) -> None:
        if not checked:
            return
        for candidate, day in self.choice_buttons:
            if candidate is button:
                self.day_edit.setText(short_day(day))
                self.f["day"].clear_problem()

    def _day(self) -> date:
        return parse_day(self.day_edit.text(), "day", today=today_for_typing())

    def _draft(self) -> tuple[Appointment | None, list[Problem]]:
        problems: list[Problem] = []
        day = at = None
        if self.choice_buttons and self.choices.checkedButton() is None:
            problems.append(Problem("day", "choose_date"))
        else:
            try:
                day = self._day()
            except InvalidRecord as exc:
                problems += exc.problems
        try:
            at = parse_time(self.time_edit.text(), "time")
        except InvalidRecord as exc:
            problems += exc.problems
        if not self.title_edit.text().strip():
            problems.append(Problem("title", "required"))
        if problems or day is None or at is None or self.proposal is None:
            return None, problems
        return (
            Appointment(
                title=self.title_edit.text().strip(),
                starts_at=datetime.combine(day, at, tzinfo=HOME_ZONE),
                place=self.place_edit.text().strip(),
                mode=Mode(self.mode_box.currentData()),
                to_bring=tuple(line.strip() for line in self.bring_editor.lines() if line.strip()),
                mandatory=self.mandatory_box.isChecked(),
                source=Source.LETTER if self.letter is not None else self.proposal.source,
            ),
            [],
        )

    def _problem_text(self, problem: Problem) -> str:
        if problem.code == "choose_date":
            return self.tr("Choose the date of the appointment in the list above.")
        if problem.field == "starts_at":
            problem = Problem("day", problem.code, problem.limit)
        return self.record_words.problem(problem, self.day_edit.text())

    def _journal(self, appt: Appointment) -> JournalDraft:
        assert self.proposal is not None
        received = self.proposal.received
        with_whom = ""
        if self.proposal.organisation is not None:
            found = self.proposal.organisation.value
            with_whom = found.name or self.record_words.kind_name(found.kind)
        if self.letter is not None:
            summary = self.tr("Letter received: %1. Its text is kept with the document.").replace(
                "%1", self.letter.name
            )
            return JournalDraft(ExchangeKind.LETTER, summary, with_whom, happened_on=received)
        kind = _JOURNAL_KIND.get(appt.source, ExchangeKind.OTHER)
        text = self.text_edit.toPlainText().strip()
        return JournalDraft(kind, text, with_whom[:200], happened_on=received)

    def _new_letter(self) -> NewLetter | None:
        letter = self.letter
        if letter is None or letter.data is None or letter.document_id is not None:
            return None
        return NewLetter(letter.data, letter.name, self._proposal_received(), self._reading())

    def _proposal_received(self) -> date | None:
        return self.proposal.received if self.proposal is not None else None

    def _reading(self) -> LetterReading | None:
        """The letter's text as it stands in the box (corrected by the person, maybe)."""
        letter = self.letter
        if letter is None or letter.result is None:
            return None
        return LetterReading(
            self.text_edit.toPlainText(),
            letter.result.pages_read,
            letter.result.pages_total,
            letter.result.confidence,
        )

    def save(self) -> None:
        carnet = self.session.carnet
        if carnet is None or self.proposal is None or self.busy:
            return
        self.form_message.clear_message()
        appt, problems = self._draft()
        if appt is None:
            self._form_problems(problems)
            return
        journal, letter = self._journal(appt), self._new_letter()
        document_id = self.letter.document_id if self.letter else None
        write(self.form_message,
              lambda: save_message_appointment(carnet, appt, journal=journal,
                                               document_id=document_id, letter=letter),
              done=self._saved, problems=lambda exc: self._form_problems(exc.problems))  # fmt: skip

    def _form_problems(self, problems: list[Problem]) -> None:
        show_problems(problems, self.f, FORM_ORDER, self._problem_text, self.form_message,
                      self.scroll)  # fmt: skip

    def _saved(self, saved: Appointment) -> None:
        self._reset()
        self.saved_id = saved.id
        self.saved_message.show_ok(
            self.tr("Saved in your agenda. The message is kept in your journal.")
        )
        self.open_saved_button.show()
        self.open_saved_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_saved(self) -> None:
        if self.saved_id is not None:
            self.open_record.emit("appointment", self.saved_id)

    def discard(self) -> None:
        self._clear_proposal()
        self.proposal = None
        self.input_message.show_ok(self.tr("Nothing was saved."))
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def keep_only_letter(self) -> int | None:
        """The letter and its text into the carnet, without an appointment."""
        carnet = self.session.carnet
        letter = self.letter
        if carnet is None or letter is None or letter.data is None:
            return letter.document_id if letter else None
        if letter.document_id is not None:
            return letter.document_id
        data, received, reading = letter.data, self._proposal_received(), self._reading()
        def keep():
            return keep_letter(carnet, data, title=letter.name, received_on=received,
                               reading=reading)  # fmt: skip

        def kept(done) -> None:
            letter.document_id = done.document.id

        if not write(self.form_message, keep, done=kept):
            return None
        self.keep_button.hide()
        self.form_message.show_ok(self.tr("The letter and its text are kept in your documents."))
        return letter.document_id

    def count_deadlines(self) -> None:
        if self.proposal is None or self.kind_reading is None:
            return
        document_id = self.keep_only_letter() if self.letter is not None else None
        if self.letter is not None and document_id is None:
            return  # the letter could not be kept: said in form_message
        payload = self.kind_reading.handoff(
            received_on=self.proposal.received,
            text=self.text_edit.toPlainText()[: TEXT_MAX * 10],
            document_id=document_id,
        )
        self.open_record.emit("received_letter", payload)

    # -- reading a letter (OCR) ------------------------------------------------------------------
    def choose(self) -> None:
        if self.busy:
            return
        self.ocr_message.clear_message()
        self.dialog = choose_file(
            self,
            self.tr("Choose a photo or a PDF of a letter"),
            [self.tr("Photos and PDF files (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)"),
             self.tr("All files (*)")],
            self.chosen,
        )  # fmt: skip

    def chosen(self, path: Path | None) -> None:
        self.dialog = None
        if path is None:
            self.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        name = " ".join(path.stem.replace("_", " ").split())[:TITLE_MAX] or path.name
        self._start_reading(_Letter(name), lambda: _read_file(path))

    def read_stored_letter(self, document_id: int) -> None:
        """A letter already in the carnet: its text if it was read before, else read now."""
        carnet = self.session.carnet
        if carnet is None:
            return
        try:
            doc = get_document(carnet, document_id)
        except RecordNotFound:
            self.ocr_message.show_error(self.tr("This document is no longer in your carnet."))
            return
        if doc.received_on is not None:
            self.received_edit.setText(short_day(doc.received_on))
        letter = _Letter(doc.title, document_id=document_id)
        kept = document_text(carnet, document_id)
        if kept is not None:
            self.letter = letter
            self.text_edit.setMinimumHeight(appearance.current().px(LETTER_TEXT_HEIGHT))
            self.text_edit.setPlainText(kept.text)
            self.ocr_message.show_ok(self.tr("Here is the text read on this letter before."))
            self.understand()
            return
        self._start_reading(letter, lambda: document_content(carnet, document_id))

    def _start_reading(self, letter: _Letter, load) -> None:
        self._clear_proposal()
        self.text_edit.clear()
        self.letter = None
        self._job += 1
        job, cancel = self._job, threading.Event()
        self.cancel_event = cancel
        self._set_busy(True)
        self.ocr_status.setText(self.words.reading_page(1, 1))
        progress, max_pages = self.progress, self.max_pages

        def work() -> tuple[bytes, OcrResult]:
            data = load()
            engine, status = engine_status()
            if engine is None:
                raise OcrError(status)
            result = read_document(
                data,
                engine=engine,
                cancel=cancel,
                on_page=lambda page, of: progress.page.emit(job, page, of),
                max_pages=max_pages,
            )
            return data, result

        run_in_background(
            work,
            lambda out: self._read_done(job, letter, *out),
            lambda exc: self._read_failed(job, exc),
        )

    def _page_started(self, job: int, page: int, of: int) -> None:
        if job == self._job and self.busy:
            self.ocr_status.setText(self.words.reading_page(page, of))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ocr_status.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for widget in (self.choose_button, self.understand_button, self.read_text_button):
            widget.setEnabled(not busy)
        self.text_edit.setReadOnly(busy)
        if busy:
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.cancel_event = None

    def cancel_reading(self) -> None:
        if self.cancel_event is not None:
            self.cancel_event.set()
        if self.busy:
            self._job += 1  # whatever the worker still delivers is dropped
            self._set_busy(False)
            self.ocr_message.show_error(self.words.ocr_error("cancelled"))
            self.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _read_done(self, job: int, letter: _Letter, data: bytes, result: OcrResult) -> None:
        if job != self._job:
            return
        self._set_busy(False)
        if result.quality in (Quality.POOR, Quality.EMPTY):
            self.ocr_message.show_error(self.words.quality(result.quality))
            self.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return  # what was read is not the letter: nothing is shown as if it were
        letter.result = result
        if letter.document_id is None:
            letter.data = data
        self.letter = letter
        self.text_edit.setMinimumHeight(appearance.current().px(LETTER_TEXT_HEIGHT))  # large
        self.text_edit.setPlainText(result.text)
        sentence = self.words.quality(result.quality)
        if result.truncated:
            sentence += " " + self.words.pages(result.pages_read, result.pages_total)
        carnet = self.session.carnet
        if letter.document_id is not None and carnet is not None:
            # A letter already in the carnet: its text is kept with it at once.
            try:
                keep_document_text(carnet, letter.document_id, self._reading_of(result))
            except (InvalidRecord, RecordNotFound, CarnetError):
                pass  # the text stays on screen; the letter itself is unchanged
            else:
                sentence += " " + self.tr("The text is kept with the letter in your carnet.")
        self.ocr_message.show_ok(sentence)
        self.understand()

    @staticmethod
    def _reading_of(result: OcrResult) -> LetterReading:
        return LetterReading(result.text, result.pages_read, result.pages_total, result.confidence)

    def _read_failed(self, job: int, exc: BaseException) -> None:
        if job != self._job:
            return
        self._set_busy(False)
        if isinstance(exc, OcrError):
            text = self.words.ocr_error(exc.code)
        elif isinstance(exc, InvalidRecord):
            text = problem_words(exc.problems[0])
        elif isinstance(exc, RecordNotFound):
            text = self.tr("This document is no longer in your carnet.")
        else:
            text = self.words.ocr_error("failed")
        self.ocr_message.show_error(text)
        self.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)


def _set_primary(button: Button, primary: bool) -> None:
    """The blue button is the next step: its colour and Enter follow what the screen found."""
    if button.property("primary") != primary:
        button.setProperty("primary", primary)
        button.setAutoDefault(primary)
        button.style().unpolish(button)
        button.style().polish(button)
        button._restyle()  # the icon in the primary text colour
