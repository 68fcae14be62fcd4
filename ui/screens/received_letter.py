"""J'ai reçu un courrier: one question per screen (who sent it, what kind of letter, the day it
was received, the date printed on it, whether it says how to contest, the letter in the carnet),
then the steps with their dates. Saving puts each deadline still ahead on Today (with its safe
date, two days earlier), attaches the letter and keeps it in the journal; then the answer can
be prepared on the letters screen.

Other screens (a pasted message, a scanned letter) open this one with
`open_record.emit("received_letter", payload)`; payload keys, all optional: `document_id`,
`kind` (app.deadlines.LETTER_KINDS), `letter_date` and `received_on` (ISO), `organisation_kind`,
`appeal_mention` (app.deadlines.AppealMention), `text`. What is
given is chosen in advance; the person still confirms each answer.

Repères gives no verdict: it dates what the texts say, marks what is uncertain, and says what can
still be done when a deadline has passed."""

from __future__ import annotations

import contextlib
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QButtonGroup, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from app.content.packs import Packs, Procedure, packs, text_in
from app.deadlines import (
    UNKNOWN_SUBJECT,
    AppealMention,
    Deadline,
    DeadlineState,
    Doubt,
    LetterKind,
    RunsFrom,
    check_letter_dates,
)
from app.domain.days import home_day
from app.domain.organisations import OrganisationKind
from app.domain.validation import InvalidRecord, Problem
from app.records import get_document, list_documents
from app.records.db import RecordNotFound
from app.records.letter_steps import (
    DATE_IN_LETTER,
    LetterAnswers,
    LetterPlan,
    RecordedLetter,
    plan_letter,
    record_received_letter,
)

from ..actions import write
from ..reading import Part
from ..widgets import Button, Card, Message, Text, Title
from .base import Screen
from .guides import RuleNotes, content_language
from .record_kit import ButtonRow, RecordList, date_edit, day_words, read_day, refusal_words

MAX_DOCUMENTS_SHOWN = 30


def _t(text: str) -> str:
    return QCoreApplication.translate("ReceivedLetter", text)


def organisation_choices() -> list[tuple[str, str, str]]:
    """(kind, short name, what it is): short names fit a radio button at 200 %."""
    return [
        (OrganisationKind.FRANCE_TRAVAIL.value, "France Travail", ""),
        (OrganisationKind.CAF.value, "CAF", _t("The family allowance office.")),
        (OrganisationKind.MSA.value, "MSA", _t("The farmers' social security.")),
        (OrganisationKind.DEPARTEMENT.value, _t("The département"), _t("For the RSA.")),
        (OrganisationKind.MISSION_LOCALE.value, "Mission locale", ""),
        (OrganisationKind.CAP_EMPLOI.value, "Cap emploi", ""),
        (OrganisationKind.MDPH.value, "MDPH", _t("The disability office.")),
        (OrganisationKind.EMPLOYER.value, _t("An employer"), ""),
        (OrganisationKind.OTHER.value, _t("Another one"), _t("Or you do not know.")),
    ]


def organisation_name(kind: str) -> str:
    for value, name, _help in organisation_choices():
        if value == kind:
            return name
    return ""


def kind_choices() -> list[tuple[str, str, str]]:
    """(kind, label, words to look for in the letter)."""
    return [
        (
            LetterKind.CONVOCATION.value,
            _t("An appointment"),
            _t("Words to look for: “convocation”, “rendez-vous obligatoire”, “présentez-vous”."),
        ),
        (
            LetterKind.DOCUMENTS_REQUEST.value,
            _t("A request for papers"),
            _t("Words to look for: “pièces justificatives”, “merci de nous transmettre”."),
        ),
        (
            LetterKind.SANCTION_NOTICE.value,
            _t("A planned sanction"),
            _t(
                "Not yet decided. Words to look for: “nous envisageons”, “manquement”, "
                "“délai de 10 jours pour présenter vos observations”."
            ),
        ),
        (
            LetterKind.DECISION.value,
            _t("A decision"),
            _t(
                "Words to look for: “nous avons décidé”, “radiation”, “suspension”, “indu”, "
                "“voies et délais de recours”. A radiation takes you off the list of job seekers."
            ),
        ),
        (LetterKind.OTHER.value, _t("Something else"), _t("Or you do not know.")),
    ]


class Choices(QWidget):
    """One question, a radio button per answer (with its help below it), nothing chosen until
    the person chooses (or a screen that read the letter chose in advance)."""

    def __init__(self, question: str, options: list[tuple[str, str, str]], parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.question = Title(question)
        layout.addWidget(self.question)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.helps: list[Text] = []
        self.help_of: dict[str, Text] = {}
        for value, label, help_text in options:
            button = QRadioButton(label)
            button.setAccessibleName(label)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            if help_text:
                button.setAccessibleDescription(help_text)
            self.group.addButton(button)
            self.buttons[value] = button
            # As wide as its words: a short name ("CAF") on a full-width row is hard to aim at.
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            if help_text:
                help_label = Text(help_text, "help")
                self.helps.append(help_label)
                self.help_of[value] = help_label
                layout.addWidget(help_label)

    def value(self) -> str | None:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return None

    def set_value(self, value: str | None) -> None:
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(key == value)
        self.group.setExclusive(True)

    def focus_target(self) -> QWidget:
        chosen = self.value()
        return self.buttons[chosen] if chosen else next(iter(self.buttons.values()))

    def parts(self) -> list[Part]:
        parts = [Part(self.question.text(), self.question)]
        # Each answer then its help, as the screen shows them: the helps read after all the
        # answers ("…, MDPH, An employer, Something else, The family allowance fund.") were
        # heard apart from the answer they explain.
        for value, button in self.buttons.items():
            parts.append(Part(button.text(), None))
            if value in self.help_of:
                parts.append(Part(self.help_of[value].text(), self.help_of[value]))
        return parts


class DayQuestion(QWidget):
    """A question whose answer is a day typed in a box, with quick answers."""

    def __init__(self, question: str, help_text: str, box_name: str, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.question = Title(question)
        self.help = Text(help_text, "help")
        self.edit: QLineEdit = date_edit(box_name)
        self.edit.setAccessibleDescription(help_text)
        self.quick = ButtonRow()
        for label in (self.question, self.help):
            layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.quick)

    def parts(self) -> list[Part]:
        return [Part(self.question.text(), self.question), Part(self.help.text(), self.help)]


class ReceivedLetterScreen(Screen):
    key = "received_letter"
    back_to = "today"

    def __init__(self, session, parent=None, *, content: Packs | None = None):
        super().__init__(parent)
        self.session = session
        self._content = content
        self.step = "organisation"
        self.document_id: int | None = None
        self.plan: LetterPlan | None = None
        self.saved_steps = 0

        self.progress = Text("", "help")
        self.body.addWidget(self.progress)
        self.message = Message()

        # 1. who sent it
        self.organisation = Choices(
            _t("Who sent the letter?"),
            organisation_choices(),
        )
        self.organisation_help = Text(
            _t("Look at the logo or the name at the top of the letter."), "help"
        )
        # 2. what kind of letter
        self.kind = Choices(_t("What kind of letter is it?"), kind_choices())
        # 3. the day it arrived
        self.received = DayQuestion(
            _t("On which day did you receive it?"),
            self._received_help(),
            _t("Day you received the letter"),
        )
        self.arrived_today = Button(_t("It arrived today"), "calendar")
        self.arrived_today.clicked.connect(lambda: self._quick_day(self.received.edit, 0))
        self.arrived_yesterday = Button(_t("Yesterday"), "calendar")
        self.arrived_yesterday.clicked.connect(lambda: self._quick_day(self.received.edit, 1))
        self.received.quick.add(self.arrived_today)
        self.received.quick.add(self.arrived_yesterday)
        # 4. the date printed on it
        self.letter_date = DayQuestion(
            _t("What date is printed on the letter?"),
            self._letter_date_help(),
            _t("Date printed on the letter"),
        )
        # Said when the date came from the pasted text or the photo read: the person checks it.
        self.letter_date_read = Text(
            _t("Repères read this date in the letter. Check it against the letter."), "help"
        )
        self.letter_date.layout().insertWidget(2, self.letter_date_read)
        # 5. decisions: does it say how to contest?
        self.mention = Choices(
            _t("Does the letter say how and when you can contest it?"),
            [
                (
                    AppealMention.YES.value,
                    _t("Yes"),
                    _t(
                        "For example: “vous pouvez contester cette décision "
                        "dans un délai de 2 mois”."
                    ),
                ),
                (AppealMention.NO.value, _t("No"), ""),
                (AppealMention.UNKNOWN.value, _t("I do not know"), ""),
            ],
        )
        # 5b. decisions whose way to contest depends on their subject (France Travail): the
        # procedure's own answers, built when the question is shown
        self.subject_box = QWidget()
        self.subject_layout = QVBoxLayout(self.subject_box)
        self.subject_layout.setContentsMargins(0, 0, 0, 0)
        self.subject: Choices | None = None
        self._subject_for = ""  # the procedure whose answers are shown
        # 6. convocations and requests for papers: the day the letter gives
        self.date_in_letter = DayQuestion(
            _t("Which day does the letter give?"),
            _t(
                "The day of the appointment, or the day to send the papers by. Leave empty if none."
            ),
            _t("Day given by the letter"),
        )
        # 7. the letter itself
        self.document_box = QWidget()
        doc_layout = QVBoxLayout(self.document_box)
        doc_layout.setContentsMargins(0, 0, 0, 0)
        self.document_question = Title(_t("Is the letter in your carnet?"))
        self.document_help = Text(
            _t("Choose its photo or PDF to attach it to the steps. You can also go on without it."),
            "help",
        )
        self.document_model = QStandardItemModel(self)
        self.document_list = RecordList(_t("Letters and papers in your carnet"))
        self.document_list.setModel(self.document_model)
        self.no_document = Text(
            _t("There is no letter in your carnet yet. You can add it later in “My letters”.")
        )
        self.attach_button = Button(_t("Attach this letter"), "link")
        self.attach_button.clicked.connect(self._attach_chosen)
        self.detach_button = Button(_t("Go on without it"), "cross")
        self.detach_button.clicked.connect(self._detach)
        self.document_chosen = Text("")
        for w in (self.document_question, self.document_help, self.document_list,
                  self.no_document, self.document_chosen):  # fmt: skip
            doc_layout.addWidget(w)
        doc_layout.addWidget(ButtonRow(self.attach_button, self.detach_button))
        # 8. the steps
        self.summary = QWidget()
        summary_layout = QVBoxLayout(self.summary)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        self.summary_title = Title(_t("What to do, and by when"))
        self.summary_lines: list[Text] = []
        self.summary_box = QVBoxLayout()
        self.notes_card = Card()
        self.notes = RuleNotes()
        self.notes_card.layout_.addWidget(self.notes)
        summary_layout.addWidget(self.summary_title)
        summary_layout.addLayout(self.summary_box)
        summary_layout.addWidget(self.notes_card)
        # 9. saved
        self.done_box = QWidget()
        done_layout = QVBoxLayout(self.done_box)
        done_layout.setContentsMargins(0, 0, 0, 0)
        self.done_title = Title(_t("Saved in your carnet"))
        self.done_text = Text("")
        done_layout.addWidget(self.done_title)
        done_layout.addWidget(self.done_text)

        self.pages = {
            "organisation": [self.organisation, self.organisation_help],
            "kind": [self.kind],
            "received": [self.received],
            "letter_date": [self.letter_date],
            "subject": [self.subject_box],
            "mention": [self.mention],
            "date_in_letter": [self.date_in_letter],
            "document": [self.document_box],
            "summary": [self.summary],
            "saved": [self.done_box],
        }
        for widgets in self.pages.values():
            for w in widgets:
                self.body.addWidget(w)
        self.body.addWidget(self.message)

        self.next_button = Button(_t("Next"), "next", shortcut="Return", primary=True)
        self.next_button.clicked.connect(self.go_next)
        self.previous_button = Button(_t("Previous"), "previous")
        self.previous_button.clicked.connect(self.go_previous)
        self.save_button = Button(_t("Save these steps"), "save", primary=True)
        self.save_button.setAccessibleDescription(
            _t("Puts each date on Today, keeps the letter in your journal.")
        )
        self.save_button.clicked.connect(self.save)
        self.answer_button = Button(_t("Prepare the answer"), "pencil")
        self.answer_button.clicked.connect(self.prepare_answer)
        self.guide_button = Button(_t("Read the guide"), "help")
        self.guide_button.clicked.connect(self.open_guide)
        self.read_steps_button = Button(_t("Read the steps"), "speaker")
        self.read_steps_button.clicked.connect(
            lambda: self.read_request.emit(self.reading_parts()[1:])
        )
        self.today_button = Button(_t("Back to Today"), "home")
        self.today_button.clicked.connect(lambda: self.navigate.emit("today"))
        self.actions = ButtonRow(
            self.next_button, self.save_button, self.answer_button, self.guide_button,
            self.read_steps_button, self.previous_button, self.today_button,
        )  # fmt: skip
        self.body.addWidget(self.actions)
        self.body.addStretch(1)
        self.reset()

    # -- content and answers ----------------------------------------------------------------------
    @property
    def content(self) -> Packs:
        return self._content or packs()

    def today(self) -> date:
        return home_day(self.session.clock())

    def _notice(self) -> bool:
        return self.kind.value() == LetterKind.SANCTION_NOTICE

    def _received_help(self) -> str:
        if self._notice():
            return _t(
                "The day it arrived. For this letter, the 10 days count from the date printed "
                "on it: the next question."
            )
        return _t("The day it arrived, not the date printed on it. Deadlines count from that day.")

    def _letter_date_help(self) -> str:
        if self._notice():
            return _t(
                "The 10 days count from this date: the day the letter was sent. Look at the top, "
                "near the town: “Paris, le 3 mars 2026”. Leave empty only if you cannot find it."
            )
        return _t("Often at the top, near the town: “Paris, le 3 mars 2026”. Leave empty if none.")

    def reset(self) -> None:
        self.letter_date_read.setVisible(False)
        self._read_letter_date = ""
        for choices in (self.organisation, self.kind, self.mention):
            choices.set_value(None)
        for question in (self.received, self.letter_date, self.date_in_letter):
            question.edit.clear()
        self.document_id = None
        self.plan = None
        self.saved_steps = 0
        if self.subject is not None:
            self.subject.set_value(None)
        self._show("organisation")

    def _procedure(self) -> Procedure | None:
        org, kind = self.organisation.value(), self.kind.value()
        if org is None or kind is None:
            return None
        return self.content.procedure_for(org, kind)

    def _subject_question(self) -> Choices | None:
        """The question "what is the decision about?" of the procedure that answers this
        letter, or None when its steps do not depend on it."""
        proc = self._procedure()
        if proc is None or not proc.subjects:
            return None
        if self.subject is None or self._subject_for != proc.id:
            if self.subject is not None:
                self.subject_layout.removeWidget(self.subject)
                self.subject.deleteLater()
            lang = content_language()
            self.subject = Choices(
                _t("What is the decision about?"),
                [(x.key, text_in(x.name, lang), text_in(x.help, lang)) for x in proc.subjects],
            )
            self.subject_layout.addWidget(self.subject)
            self._subject_for = proc.id
        return self.subject

    def steps(self) -> list[str]:
        kind = self.kind.value()
        found = ["organisation", "kind", "received", "letter_date"]
        if self._subject_question() is not None:
            found.append("subject")
        if kind == LetterKind.DECISION:
            found.append("mention")
        if kind in (LetterKind.CONVOCATION, LetterKind.DOCUMENTS_REQUEST):
            found.append("date_in_letter")
        return [*found, "document", "summary", "saved"]

    def _quick_day(self, edit: QLineEdit, days_ago: int) -> None:
        day = self.today() - timedelta(days=days_ago)
        edit.setText(day.strftime("%d/%m/%Y"))
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def answers(self) -> LetterAnswers:
        """The answers so far; InvalidRecord (with the domain's codes) for a broken day."""
        kind = self.kind.value() or LetterKind.OTHER.value
        wants_day = kind in (LetterKind.CONVOCATION, LetterKind.DOCUMENTS_REQUEST)
        mention = self.mention.value() if kind == LetterKind.DECISION else None
        subject = self._subject_question()
        return LetterAnswers(
            organisation_kind=self.organisation.value() or OrganisationKind.OTHER.value,
            kind=kind,
            received_on=read_day(self.received.edit, "received_on"),
            letter_date=read_day(self.letter_date.edit, "letter_date", required=False),
            mention=AppealMention(mention or AppealMention.UNKNOWN.value),
            date_in_letter=(
                read_day(self.date_in_letter.edit, "date_in_letter", required=False)
                if wants_day
                else None
            ),
            document_id=self.document_id,
            subject=subject.value() if subject is not None else None,
        )

    # -- moving through the questions -------------------------------------------------------------
    def _show(self, step: str) -> None:
        self.step = step
        for name, widgets in self.pages.items():
            for w in widgets:
                w.setVisible(name == step)
        for question, words in ((self.received, self._received_help()),
                                (self.letter_date, self._letter_date_help())):  # fmt: skip
            question.help.setText(words)
            question.edit.setAccessibleDescription(words)
        self.letter_date_read.setVisible(
            step == "letter_date"
            and bool(self._read_letter_date)
            and self.letter_date.edit.text() == self._read_letter_date
        )
        self.message.clear_message()
        order = self.steps()
        asking = step not in ("summary", "saved")
        self.progress.setText(
            _t("Question %1 of %2")
            .replace("%1", str(order.index(step) + 1))
            .replace("%2", str(len(order) - 2))
            if asking
            else ""
        )
        self.progress.setVisible(asking)
        self.next_button.setVisible(asking)
        self.previous_button.setVisible(step not in ("organisation", "saved"))
        self.save_button.setVisible(step == "summary")
        self.read_steps_button.setVisible(step == "summary")
        has_letter = bool(self._letter_templates())
        self.answer_button.setVisible(step in ("summary", "saved") and has_letter)
        self.guide_button.setVisible(step in ("summary", "saved") and bool(self._guide_id()))
        self.today_button.setVisible(step == "saved")
        if step == "document":
            self._fill_documents()
        self.header_changed.emit()
        self.scroll.verticalScrollBar().setValue(0)  # a new question starts at the top
        target = self.first_focus()
        if target is not None and self.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refuse(self, text: str, focus: QWidget) -> None:
        self.message.show_error(text)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _day_problem(self, problem: Problem) -> str:
        if problem.code == "in_future":
            if problem.field == "received_on":
                return _t("This day has not come yet. Write the day the letter arrived.")
            return _t("This date is in the future. Check the date printed on the letter.")
        if problem.code == "before_letter_date":
            return _t(
                "The letter arrived before the date printed on it? Check both dates, "
                "then write the day it arrived."
            )
        if problem.code == "required" and problem.field == "received_on":
            return _t("Write the day the letter arrived, for example 03/03/2026.")
        return refusal_words(InvalidRecord([problem]))

    def go_next(self) -> None:
        step = self.step
        if step == "organisation" and self.organisation.value() is None:
            self._refuse(_t("Choose who sent the letter."), self.organisation.focus_target())
            return
        if step == "kind" and self.kind.value() is None:
            self._refuse(_t("Choose the kind of letter."), self.kind.focus_target())
            return
        if step == "mention" and self.mention.value() is None:
            self._refuse(_t("Choose an answer."), self.mention.focus_target())
            return
        if step == "subject" and self.subject is not None and self.subject.value() is None:
            self._refuse(_t("Choose an answer."), self.subject.focus_target())
            return
        if step in ("received", "letter_date", "date_in_letter") and not self._day_ok(step):
            return
        order = self.steps()
        following = order[order.index(step) + 1]
        if following == "summary" and not self._make_summary():
            return
        self._show(following)

    def _day_ok(self, step: str) -> bool:
        """The day typed on this screen, checked with what was answered before it."""
        question = getattr(self, step)
        field = {"received": "received_on"}.get(step, step)
        try:
            day = read_day(question.edit, field, required=step == "received")
            received = read_day(self.received.edit, "received_on") if step != "received" else day
        except InvalidRecord as exc:
            self._refuse(self._day_problem(exc.problems[0]), question.edit)
            return False
        if step == "date_in_letter":
            return True
        letter = day if step == "letter_date" else None
        problems = check_letter_dates(letter, received, self.today())
        if problems:
            self._refuse(self._day_problem(problems[0]), question.edit)
            return False
        return True

    def go_previous(self) -> None:
        order = self.steps()
        index = order.index(self.step)
        if index > 0:
            self._show(order[index - 1])

    # -- the letter in the carnet -----------------------------------------------------------------
    def _fill_documents(self) -> None:
        carnet = self.session.carnet
        self.document_model.clear()
        docs = list_documents(carnet, limit=MAX_DOCUMENTS_SHOWN) if carnet is not None else []
        for doc in docs:
            words = doc.title
            if doc.received_on is not None:
                words += " · " + _t("received %1").replace("%1", day_words(doc.received_on))
            item = QStandardItem(words)
            item.setData(doc.id, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.document_model.appendRow(item)
            if doc.id == self.document_id:
                self.document_list.setCurrentIndex(item.index())
        self.document_list.setVisible(bool(docs))
        self.no_document.setVisible(not docs)
        self.attach_button.setVisible(bool(docs))
        self.document_list.fit_rows(6)
        self._say_document()

    def _attach_chosen(self) -> None:
        index = self.document_list.currentIndex()
        if not index.isValid():
            self._refuse(_t("Choose the letter in the list first."), self.document_list)
            return
        self.document_id = index.data(Qt.ItemDataRole.UserRole)
        self._say_document()
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _detach(self) -> None:
        self.document_id = None
        self.document_list.clearSelection()
        self._say_document()
        self.go_next()

    def _say_document(self) -> None:
        title = ""
        if self.document_id is not None and self.session.carnet is not None:
            try:
                title = get_document(self.session.carnet, self.document_id).title
            except RecordNotFound:
                self.document_id = None
        self.document_chosen.setText(
            _t("Attached: %1").replace("%1", title) if title else _t("No letter attached.")
        )

    # -- the steps --------------------------------------------------------------------------------
    def _make_summary(self) -> bool:
        try:
            self.plan = plan_letter(self.answers(), self.today(), content=self.content)
        except InvalidRecord as exc:
            self.message.show_error(self._day_problem(exc.problems[0]))
            return False
        for label in self.summary_lines:
            label.deleteLater()
        self.summary_lines = []
        for text, role in self.summary_sentences(self.plan):
            label = Text(text, role)
            self.summary_box.addWidget(label)
            self.summary_lines.append(label)
        self.notes.show_rule(self.plan.procedure.info, content_language(), self.today())
        return True

    def _deadline_sentence(self, d: Deadline, procedure: Procedure) -> str:
        if d.last_day < self.today():
            # Repères counts carefully (no extra day for a weekend or a délai franc): a date it
            # calls past may still be open, so it never tells the person it is too late.
            return _t(
                "By Repères' careful count, the last day was %1. "
                "It may have passed: act today, and ask for help."
            ).replace("%1", day_words(d.last_day))
        words = _t("Last day: %1. Aim for %2, to be safe.")
        return words.replace("%1", day_words(d.last_day)).replace("%2", day_words(d.safe_day))

    def _deadline_lines(self, d: Deadline, procedure: Procedure) -> list[tuple[str, str]]:
        """The dates of one step, and what to know about them: where they count from, the legal
        outer limit (never the date to aim for), why a date is not sure."""
        today = self.today()
        lines: list[tuple[str, str]] = []
        if d.runs_from is RunsFrom.LETTER_DATE:
            lines.append(
                (
                    _t("Counted from the date of the letter, %1.").replace(
                        "%1", day_words(d.starts_on)
                    ),
                    "",
                )
            )
        lines.append((self._deadline_sentence(d, procedure), "ok"))
        outer = d.outer_limit
        if outer is not None and outer > d.last_day and outer >= today:
            if d.state(today) is DeadlineState.PASSED:
                words = _t(
                    "Write today anyway. At the very latest, the law counts from the day you "
                    "received the letter: %1."
                )
                lines.append((words.replace("%1", day_words(outer)), "error"))
            else:
                words = _t(
                    "At the very latest, the law counts from the day you received the letter: "
                    "%1. Do not count on this date."
                )
                lines.append((words.replace("%1", day_words(outer)), "help"))
        if d.doubt is Doubt.NO_LETTER_DATE:
            lines.append(
                (
                    _t(
                        "You did not give the date printed on the letter. Repères counts from "
                        "the day you received it. The real last day may be earlier: answer "
                        "as soon as you can."
                    ),
                    "error",
                )
            )
        elif d.doubt is Doubt.NO_APPEAL_MENTION:
            lines.append(
                (
                    _t(
                        "The letter does not say how long you have. "
                        "This date is not sure: act fast."
                    ),
                    "error",
                )
            )
        return lines

    def summary_sentences(self, plan: LetterPlan) -> list[tuple[str, str]]:
        """The steps in sentences: (text, role)."""
        lang = content_language()
        proc = plan.procedure
        lines: list[tuple[str, str]] = [(text_in(proc.title, lang), "title")]
        for subject in proc.subjects:
            if subject.key == plan.subject and subject.key != UNKNOWN_SUBJECT:
                lines.append((_t("The decision is about: %1.").replace(
                    "%1", text_in(subject.name, lang)), "help"))  # fmt: skip
        dated = {d.key: d for d in plan.deadlines.deadlines}
        for number, step in enumerate(plan.steps, start=1):
            lines.append(
                (
                    _t("Step %1: %2")
                    .replace("%1", str(number))
                    .replace("%2", text_in(step.name, lang)),
                    "title",
                )
            )
            lines.append((_t("To: %1").replace("%1", text_in(step.addressee, lang)), ""))
            lines.append((text_in(step.what, lang), ""))
            if step.mandatory:
                lines.append((_t("This step is required before the next one."), ""))
            if step.key in dated:
                lines += self._deadline_lines(dated[step.key], proc)
            elif step.key in plan.deadlines.later:
                lines.append((_t("Its date will be known later."), "help"))
        if plan.date_in_letter is not None:
            lines.append((_t("The day given by the letter"), "title"))
            lines.append((self._deadline_sentence(plan.date_in_letter, proc), "ok"))
        if plan.late:
            lines.append((_t("The dates have passed. Here is what you can still do."), "error"))
            lines.append((text_in(proc.when_late, lang), ""))
        elif plan.ahead():
            lines.append((_t("Send your answer by registered letter with acknowledgement of "
                             "receipt, and keep a copy."), ""))  # fmt: skip
        return lines

    def _titles(self) -> tuple[dict[str, str], dict[str, str]]:
        """Titles of the steps put on Today: what, for whom, and the safe date (Today shows the
        last day; the safe date is the one to aim for)."""
        assert self.plan is not None
        lang = content_language()
        org = organisation_name(self.organisation.value() or "")
        safe = {d.key: d.safe_day for d in self.plan.all_deadlines()}
        titles, notes = {}, {}
        for step in self.plan.steps:
            titles[step.key] = (
                f"{text_in(step.name, lang)} ({org})" if org else text_in(step.name, lang)
            )
            notes[step.key] = text_in(step.what, lang)
        titles[DATE_IN_LETTER] = _t("The day given by the letter from %1").replace("%1", org)
        for key, day in safe.items():
            if key in titles:
                aim = _t("aim for %1").replace("%1", day_words(day))
                titles[key] = f"{titles[key]} — {aim}"
        return titles, notes

    def save(self) -> None:
        carnet = self.session.carnet
        if carnet is None or self.plan is None:
            return
        titles, notes = self._titles()
        lines = [text for text, _role in self.summary_sentences(self.plan)]
        first = min(self.plan.ahead(), key=lambda d: d.safe_day, default=None)
        next_step = _t("Act before %1.").replace("%1", day_words(first.safe_day)) if first else ""
        now = self.session.clock()

        def record() -> RecordedLetter:
            return record_received_letter(
                carnet,
                self.answers(),
                titles=titles,
                notes=notes,
                summary="\n".join(lines),
                next_step=next_step,
                now=now,
                content=self.content,
            )

        write(self.message, record, done=self._saved)

    def _saved(self, recorded: RecordedLetter) -> None:
        self.saved_steps = len(recorded.occurrences)
        if self.saved_steps:
            text = _t(
                "%1 date(s) are now on Today, with a reminder. The letter is in your journal."
            )
            self.done_text.setText(text.replace("%1", str(self.saved_steps)))
        else:
            self.done_text.setText(_t("The letter is in your journal. No date was added."))
        self._show("saved")

    # -- what comes next --------------------------------------------------------------------------
    def _letter_templates(self) -> list[str]:
        if self.plan is None:
            return []
        found: list[str] = []
        for step in self.plan.steps:
            found += [t for t in step.letters if t in self.content.letters]
        return list(dict.fromkeys(found))

    def _guide_id(self) -> str:
        kind, org = self.kind.value(), self.organisation.value()
        if kind == LetterKind.SANCTION_NOTICE:
            return "guide.lettre_sanction"
        if kind == LetterKind.CONVOCATION:
            return "guide.rendez_vous_manque"
        if kind == LetterKind.DECISION:
            if org == OrganisationKind.DEPARTEMENT:
                return "guide.contester_rsa"
            if org == OrganisationKind.FRANCE_TRAVAIL:
                return "guide.contester_ft"
        return "guide.aide_gratuite"

    def prepare_answer(self) -> None:
        templates = self._letter_templates()
        if not templates:
            return
        try:
            answers = self.answers()
        except InvalidRecord:
            return
        org = organisation_name(answers.organisation_kind)
        self.open_record.emit(
            "letters",
            {
                "templates": templates,
                "organisation": org,
                "letter_date": answers.letter_date.isoformat() if answers.letter_date else "",
                "received_on": answers.received_on.isoformat() if answers.received_on else "",
                "appointment_date": (
                    answers.date_in_letter.isoformat() if answers.date_in_letter else ""
                ),
            },
        )

    def open_guide(self) -> None:
        guide = self._guide_id()
        if guide in self.content.guides:
            self.open_record.emit("guides", {"guide": guide})

    # -- Screen -----------------------------------------------------------------------------------
    def title(self) -> str:
        return _t("I received a letter")

    def help_text(self) -> str:
        if self.step == "summary":
            return _t("Check the steps, then save them. Nothing is saved before.")
        if self.step == "saved":
            return _t("You can prepare your answer now, or later.")
        return _t("One question at a time. Repères then shows what to do, and by when.")

    def reading_parts(self) -> list[Part]:
        parts = [Part(self.help_text(), self.help_line)]
        if self.step in ("organisation", "kind", "mention"):
            choices = {"organisation": self.organisation, "kind": self.kind}.get(
                self.step, self.mention
            )
            parts += choices.parts()
        elif self.step == "subject" and self.subject is not None:
            parts += self.subject.parts()
        elif self.step in ("received", "letter_date", "date_in_letter"):
            parts += getattr(self, self.step).parts()
            if self.step == "letter_date" and self.letter_date_read.isVisibleTo(self):
                parts.append(Part(self.letter_date_read.text(), self.letter_date_read))
        elif self.step == "document":
            parts += [Part(self.document_question.text(), self.document_question),
                      Part(self.document_help.text(), self.document_help),
                      Part(self.document_chosen.text(), self.document_chosen)]  # fmt: skip
        elif self.step == "summary":
            parts += [Part(label.text(), label) for label in self.summary_lines]
            parts += self.notes.parts()
        else:
            parts += [Part(self.done_title.text(), self.done_title),
                      Part(self.done_text.text(), self.done_text)]  # fmt: skip
        if self.message.isVisibleTo(self) and self.message.text():
            parts.append(Part(self.message.text(), self.message))
        return parts

    def first_focus(self) -> QWidget | None:
        step = self.step
        if step == "organisation":
            return self.organisation.focus_target()
        if step == "kind":
            return self.kind.focus_target()
        if step == "mention":
            return self.mention.focus_target()
        if step == "subject" and self.subject is not None:
            return self.subject.focus_target()
        if step in ("received", "letter_date", "date_in_letter"):
            return getattr(self, step).edit
        if step == "document":
            return self.document_list if self.document_model.rowCount() else self.next_button
        if step == "summary":
            return self.save_button
        return self.answer_button if self.answer_button.isVisible() else self.today_button

    def open(self, payload: object) -> None:
        """Pre-fill from a screen that read the letter; the person confirms each answer."""
        self.reset()
        if not isinstance(payload, dict):
            return
        org = payload.get("organisation_kind")
        if org in self.organisation.buttons:
            self.organisation.set_value(org)
        kind = payload.get("kind")
        if kind in self.kind.buttons:
            self.kind.set_value(kind)
        for key, question in (("letter_date", self.letter_date), ("received_on", self.received)):
            value = payload.get(key)
            if isinstance(value, str):
                # A date the other screen could not read: the person types it.
                with contextlib.suppress(ValueError):
                    question.edit.setText(date.fromisoformat(value).strftime("%d/%m/%Y"))
        self._read_letter_date = self.letter_date.edit.text()
        mention = payload.get("appeal_mention")
        if mention in self.mention.buttons:
            self.mention.set_value(mention)
        subject = self._subject_question()
        if subject is not None and payload.get("subject") in subject.buttons:
            subject.set_value(payload.get("subject"))
        doc_id = payload.get("document_id")
        if isinstance(doc_id, int) and self.session.carnet is not None:
            try:
                doc = get_document(self.session.carnet, doc_id)
            except RecordNotFound:
                doc = None
            if doc is not None:
                self.document_id = doc_id
                if doc.received_on is not None and not self.received.edit.text():
                    self.received.edit.setText(doc.received_on.strftime("%d/%m/%Y"))
        self._show("organisation")

    def entered(self) -> None:
        if self.step == "saved":
            self.reset()
        super().entered()

    def left(self) -> None:
        if self.step == "saved":
            self.reset()

