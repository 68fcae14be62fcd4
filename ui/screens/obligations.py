"""Obligations: first the person's situation (plain yes/no questions, nothing guessed), then what
is due now, what is overdue and what is coming, as sentences with dates, each with the source of
its rule and "à vérifier" when the rule is past its review date or not verified."""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from app.carnet.errors import CarnetError
from app.domain.days import home_day
from app.domain.obligations import (
    ObligationTemplate,
    Occurrence,
    OccurrenceStatus,
    Repeat,
    Schedule,
    Verification,
)
from app.domain.situation import BenefitsBody, Situation
from app.domain.validation import InvalidRecord
from app.records import (
    Target,
    add_custom_obligation,
    get_occurrence,
    mark_occurrence_done,
    mark_occurrence_missed,
    occurrences_between,
    refresh_obligations,
    reopen_occurrence,
    report_change,
    set_situation,
    situation_on,
    template_of,
)
from app.records.db import RecordNotFound

from .. import appearance
from ..actions import refusal_text, write
from ..reading import Part
from ..widgets import Button, Card, Field, Message, Text
from .base import Screen
from .document_links import DocumentLinks
from .record_kit import (
    ButtonRow,
    YesNo,
    capital,
    date_edit,
    day_words,
    read_day,
    refusal_words,
    short_day,
)

LOOK_BACK_DAYS = 60  # overdue windows older than this are not shown
LOOK_AHEAD_DAYS = 45  # "coming": windows that open within this many days
DONE_SHOWN_DAYS = 30  # what was marked in the last month, to undo a mistake
_SOURCE_ID = re.compile(r"^S\d+\s+")


def source_sites(sources: tuple[str, ...] | list[str]) -> list[str]:
    """Where a rule was read, as the person can look it up: the site's name only. The content
    packs' source notes are the researchers' (in English: "older rule: 72 hours, R5411-8"),
    and were shown whole in the French screen."""
    sites: list[str] = []
    for source in sources:
        words = _SOURCE_ID.sub("", source).split()
        site = words[0].rstrip(",;:") if words else ""
        if site and site not in sites:
            sites.append(site)
    return sites


class OccurrenceCard(Card):
    """One obligation in sentences, with its buttons; the screen does the writing."""

    done = Signal(int, str)  # occurrence id, how
    show_document = Signal(int)
    missed = Signal(int)
    undone = Signal(int)
    read = Signal(object)
    open_guide = Signal(str)  # a guide id: what to do next (the RQTH refused: contest it)

    def __init__(
        self,
        occ: Occurrence,
        lines: list[tuple[str, str]],
        *,
        overdue: bool,
        session=None,
        guide: str = "",
        subject: str = "",
    ):
        super().__init__()
        self.session = session
        self.occurrence = occ
        self.papers: DocumentLinks | None = None  # made when asked: most cards never need it
        self.proof: DocumentLinks | None = None
        self.labels: list[Text] = []
        for text, role in lines:
            label = Text(text, role)
            self.labels.append(label)
            self.layout_.addWidget(label)
        assert occ.id is not None
        occ_id = occ.id
        self.read_button = Button(self.tr("Read"), "speaker")
        self.read_button.setAccessibleName(self.tr("Read this step"))
        self.read_button.clicked.connect(
            lambda: self.read.emit([Part(label.text(), label) for label in self.labels])
        )
        self.actions = ButtonRow()
        self.done_button: Button | None = None
        self.missed_button: Button | None = None
        self.undo_button: Button | None = None
        if occ.status is OccurrenceStatus.DUE:
            self.done_button = Button(self.tr("Done"), "check")
            self.done_button.setAccessibleDescription(self.tr("Say that you did it, and how."))
            self.done_button.clicked.connect(self._ask_how)
            self.actions.add(self.done_button)
            if overdue:
                self.missed_button = Button(self.tr("Missed"), "cross")
                self.missed_button.setAccessibleDescription(
                    self.tr("Say that you could not do it.")
                )
                self.missed_button.clicked.connect(lambda: self.missed.emit(occ_id))
                self.actions.add(self.missed_button)
        else:
            self.undo_button = Button(self.tr("Undo"), "back")
            self.undo_button.setAccessibleDescription(self.tr("Puts this step back as to do."))
            self.undo_button.clicked.connect(lambda: self.undone.emit(occ_id))
            self.actions.add(self.undo_button)
        self.papers_button = Button(self.tr("Documents"), "document")
        self.papers_button.setAccessibleDescription(
            self.tr("Shows the papers kept with this step, and adds one.")
        )
        self.papers_button.clicked.connect(self._show_papers)
        self.actions.add(self.read_button)
        self.guide_button: Button | None = None
        if guide:
            self.guide_button = Button(self.tr("What to do if it is refused"), "help")
            self.guide_button.setAccessibleDescription(
                self.tr("Opens the guide: how to contest, and in what time.")
            )
            self.guide_button.clicked.connect(lambda: self.open_guide.emit(guide))
            self.actions.add(self.guide_button)
        if session is not None:
            self.actions.add(self.papers_button)
        if subject:
            self._name_after(subject)
        self.layout_.addWidget(self.actions)
        self.papers_area = QVBoxLayout()
        self.layout_.addLayout(self.papers_area)

        # "How did you do it?": shown in place of the buttons after "Done".
        self.how = QWidget()
        how_layout = QVBoxLayout(self.how)
        how_layout.setContentsMargins(0, 0, 0, 0)
        self.how_question = Text(self.tr("How did you do it?"))
        how_layout.addWidget(self.how_question)
        self.how_layout = how_layout
        self.how_buttons: list[Button] = []
        row = ButtonRow()
        for text, icon_name in (
            (self.tr("Online"), "check"),
            (self.tr("By phone"), "check"),
            (self.tr("At the agency"), "check"),
        ):
            button = Button(text, icon_name)
            button.clicked.connect(lambda _=False, how=text: self.done.emit(occ_id, how))
            self.how_buttons.append(button)
            row.add(button)
        self.cancel_how = Button(self.tr("Cancel"), "cross")
        self.cancel_how.clicked.connect(self._cancel_how)
        row.add(self.cancel_how)
        how_layout.addWidget(row)
        self.how.hide()
        self.layout_.addWidget(self.how)

    def _name_after(self, subject: str) -> None:
        """Every card has the same buttons: each one's name says which step it acts on, for
        a screen reader that lists or tabs through them ("Done: Report a change to …")."""
        named = (
            (self.done_button, self.tr("Done: %1")),
            (self.missed_button, self.tr("Missed: %1")),
            (self.undo_button, self.tr("Undo: %1")),
            (self.papers_button, self.tr("Documents: %1")),
            (self.read_button, self.tr("Read this step: %1")),
        )
        for button, words in named:
            if button is not None:
                button.setAccessibleName(words.replace("%1", subject))

    def _ask_how(self) -> None:
        if self.proof is None and self.session is not None:
            self.proof = DocumentLinks(
                self.session,
                self.tr("Attach the proof (if you have one)"),
                self.tr("For example the receipt of your declaration. Then choose how you did it."),
            )
            self.proof.show_document.connect(self.show_document)
            self.how_layout.insertWidget(0, self.proof)
            self.proof.collect()
        self.actions.hide()
        self.how.show()
        self.how_buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _cancel_how(self) -> None:
        self.how.hide()
        self.actions.show()
        if self.done_button is not None:
            self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_papers(self) -> None:
        if self.papers is None and self.session is not None and self.occurrence.id is not None:
            self.papers = DocumentLinks(self.session, self.tr("Documents of this step"))
            self.papers.show_document.connect(self.show_document)
            self.papers_area.addWidget(self.papers)
            self.papers.bind(Target.OCCURRENCE, self.occurrence.id)
        elif self.papers is not None:
            self.papers.setVisible(not self.papers.isVisible())
        if self.papers is not None and self.papers.isVisible():
            self.papers.summary.setFocus(Qt.FocusReason.OtherFocusReason)

    def proof_ids(self) -> list[int]:
        return self.proof.chosen_ids() if self.proof is not None else []

    def first_button(self) -> Button:
        return self.done_button or self.undo_button or self.read_button


class ObligationsScreen(Screen):
    key = "obligations"
    back_to = "today"

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.cards: list[OccurrenceCard] = []
        self.section_labels: list[Text] = []

        # -- what to do --------------------------------------------------------------------
        self.message = Message()
        self.body.addWidget(self.message)
        self.due_intro = Text()
        self.body.addWidget(self.due_intro)
        self.due_area = QWidget()
        self.due_layout = QVBoxLayout(self.due_area)
        self.due_layout.setContentsMargins(0, 0, 0, 0)
        self.due_layout.setSpacing(appearance.current().px(12))
        self.body.addWidget(self.due_area)

        # -- my situation ------------------------------------------------------------------
        self.situation_title = Text(self.tr("My situation"), "title")
        self.body.addWidget(self.situation_title)
        self.situation_help = Text(
            self.tr("Answer what you know. Repères guesses nothing. You can change it later."),
            "help",
        )
        self.body.addWidget(self.situation_help)
        self.q_ft = YesNo(self.tr("Are you registered with France Travail?"))
        self.q_rsa = YesNo(self.tr("Do you receive the RSA, the revenu de solidarité active?"))
        self.q_prime = YesNo(self.tr("Do you receive the prime d’activité?"))
        self.payer_box = QComboBox()
        self.payer_box.addItem(self.tr("CAF"), BenefitsBody.CAF.value)
        self.payer_box.addItem(self.tr("MSA (farming)"), BenefitsBody.MSA.value)
        self.payer = Field(self.tr("Who pays it?"), self.payer_box)
        self.dtr_box = QComboBox()
        self.dtr_box.addItem(self.tr("I do not know"), 0)
        for month in range(1, 13):
            self.dtr_box.addItem(capital(QLocale().standaloneMonthName(month)), month)
        self.dtr = Field(
            self.tr("In which month does CAF or MSA ask for your quarterly declaration?"),
            self.dtr_box,
            self.tr("Give one of these months. Repères counts the next ones from it."),
        )
        self.q_contract = YesNo(
            self.tr("Did you sign a contract that asks for hours of activity each week?"),
            self.tr("For example a contrat d’engagement with France Travail or your référent."),
        )
        self.q_cej = YesNo(
            self.tr("Are you in the CEJ, the contrat d’engagement jeune, at the Mission locale?")
        )
        self.questions = [self.q_ft, self.q_rsa, self.q_prime, self.q_contract, self.q_cej]
        self.rqth_edit = date_edit(self.tr("Last day of your RQTH"))
        self.rqth = Field(
            self.tr(
                "The RQTH is the reconnaissance de la qualité de travailleur handicapé. "
                "If you have it, write its last day."
            ),
            self.rqth_edit,
            self.tr("Leave it empty if you do not have it."),
        )
        self.rqth_edit.setAccessibleName(self.tr("Last day of your RQTH"))
        self.orientation_edit = date_edit(self.tr("Day you received your orientation letter"))
        self.orientation = Field(
            self.tr("The day you received your orientation letter, if you have one"),
            self.orientation_edit,
            self.tr("This letter says who follows you. A contract is signed in the next month."),
        )
        self.save_button = Button(self.tr("Save my situation"), "check", primary=True)
        self.save_button.clicked.connect(self.save_situation)
        self.situation_message = Message()
        for widget in (
            self.q_ft, self.q_rsa, self.q_prime, self.payer, self.dtr, self.q_contract,
            self.q_cej, self.rqth, self.orientation, self.save_button, self.situation_message,
        ):  # fmt: skip
            self.body.addWidget(widget)
        for q in (self.q_rsa, self.q_prime):
            q.group.buttonToggled.connect(self._show_benefit_questions)

        # -- a change of situation ---------------------------------------------------------
        self.change_title = Text(self.tr("Something changed in your life?"), "title")
        self.change_help = Text(
            self.tr(
                "A move, a new job, a birth, a separation: write the day. "
                "Repères adds what to tell, and to whom."
            )
        )
        self.change_edit = date_edit(self.tr("Day of the change"))
        self.change_field = Field(self.tr("Day of the change"), self.change_edit)
        self.change_button = Button(self.tr("Add what to tell"), "add")
        self.change_button.clicked.connect(self.add_change)
        self.change_message = Message()
        for widget in (
            self.change_title, self.change_help, self.change_field, self.change_button,
            self.change_message,
        ):  # fmt: skip
            self.body.addWidget(widget)

        # -- a step of one's own -----------------------------------------------------------
        self.own_title = Text(self.tr("A step of your own"), "title")
        self.own_help = Text(
            self.tr("A form to send back, a paper to bring: write it, with its dates."), "help"
        )
        self.own_what = QLineEdit()
        self.own_what.setMaxLength(200)
        self.own_every = QComboBox()
        for value, words in (
            (Repeat.ONCE, self.tr("Once")),
            (Repeat.WEEKLY, self.tr("Every week")),
            (Repeat.MONTHLY, self.tr("Every month")),
            (Repeat.QUARTERLY, self.tr("Every three months")),
        ):
            self.own_every.addItem(words, value.value)
        self.own_opens = date_edit(self.tr("First day you can do it"))
        self.own_closes = date_edit(self.tr("Last day"))
        self.own_button = Button(self.tr("Add this step"), "add")
        self.own_button.clicked.connect(self.add_own_step)
        self.own_message = Message()
        for widget in (
            self.own_title, self.own_help,
            Field(self.tr("What to do"), self.own_what,
                  self.tr("For example: send back the housing form.")),
            Field(self.tr("How often"), self.own_every,
                  self.tr("Repeated steps are written for one year.")),
            Field(self.tr("First day you can do it"), self.own_opens),
            Field(self.tr("Last day"), self.own_closes),
            self.own_button, self.own_message,
        ):  # fmt: skip
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self._show_benefit_questions()

    # -- the frame ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("What you have to do")

    def help_text(self) -> str:
        return self.tr("Dates come from your situation, written at the bottom of this screen.")


    def first_focus(self):
        if self.cards:
            return self.cards[0].first_button()
        return self.q_ft.focus_target()

    def entered(self) -> None:
        self.message.clear_message()
        self.situation_message.clear_message()
        self.change_message.clear_message()
        self.own_message.clear_message()
        self.load_situation()
        # Opened on one step (its occurrence id): shown first, with the focus on it.
        _, pending = self.take_payload()
        if not isinstance(pending, int):
            pending = None
        self.refresh(chosen=pending)
        super().entered()
        card = next((c for c in self.cards if c.occurrence.id == pending), None)
        if card is not None:
            card.first_button().setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(card)

    def left(self) -> None:
        self._clear_cards()
        for q in self.questions:
            q.set_answer(None)
        for edit in (self.rqth_edit, self.orientation_edit, self.change_edit, self.own_what,
                     self.own_opens, self.own_closes):  # fmt: skip
            edit.clear()
        self.dtr_box.setCurrentIndex(0)
        self.payer_box.setCurrentIndex(0)
        self.due_intro.clear()

    def reading_parts(self) -> list[Part]:
        parts = [Part(self.help_text(), self.help_line)]
        labels = [self.due_intro]
        for widget in self.due_area.findChildren(Text):
            if widget.isVisibleTo(self) and widget.text():
                labels.append(widget)
        labels += [self.situation_title, self.situation_help]
        parts += [Part(label.text(), label) for label in labels if label.text()]
        return parts

    # -- situation ----------------------------------------------------------------------------
    def today(self) -> date:
        return home_day(self.session.clock())

    def load_situation(self) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        found = situation_on(carnet, self.today())
        self._situation = found
        if found is None:
            for q in self.questions:
                q.set_answer(None)
            self.rqth_edit.clear()
            self.orientation_edit.clear()
            self.dtr_box.setCurrentIndex(0)
            self._show_benefit_questions()
            return
        for q, value in zip(
            self.questions,
            (found.registered_ft, found.receives_rsa, found.receives_prime_activite,
             found.has_contrat_engagement, found.in_cej),
            strict=True,
        ):  # fmt: skip
            q.set_answer(value)
        self.payer_box.setCurrentIndex(max(0, self.payer_box.findData(str(found.benefits_body))))
        self.dtr_box.setCurrentIndex(max(0, self.dtr_box.findData(found.dtr_month or 0)))
        self.rqth_edit.setText(short_day(found.rqth_end_date) if found.rqth_end_date else "")
        self.orientation_edit.setText(
            short_day(found.orientation_notified_on) if found.orientation_notified_on else ""
        )
        self._show_benefit_questions()

    def _show_benefit_questions(self, *_args: object) -> None:
        shown = bool(self.q_rsa.answer() or self.q_prime.answer())
        self.payer.setVisible(shown)
        self.dtr.setVisible(shown)

    def save_situation(self) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        self.situation_message.clear_message()
        unanswered = [q for q in self.questions if q.answer() is None]
        if unanswered:
            self.situation_message.show_error(self.tr("Please answer each question: Yes or No."))
            unanswered[0].yes.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            rqth = read_day(self.rqth_edit, "rqth_end_date", required=False)
            orientation = read_day(self.orientation_edit, "orientation_notified_on", required=False)
        except InvalidRecord as exc:
            self.situation_message.show_error(refusal_words(exc))
            return
        benefits = bool(self.q_rsa.answer() or self.q_prime.answer())
        month = int(self.dtr_box.currentData() or 0)
        previous = getattr(self, "_situation", None)
        situation = Situation(
            registered_ft=bool(self.q_ft.answer()),
            receives_rsa=bool(self.q_rsa.answer()),
            receives_prime_activite=bool(self.q_prime.answer()),
            benefits_body=BenefitsBody(self.payer_box.currentData()),
            dtr_month=month if benefits and month else None,
            has_contrat_engagement=bool(self.q_contract.answer()),
            in_cej=bool(self.q_cej.answer()),
            orientation_notified_on=orientation,
            rqth_end_date=rqth,
            note=previous.note if previous is not None else "",
        )
        now, today = self.session.clock(), self.today()

        def save() -> None:
            set_situation(carnet, situation, today, now=now)
            refresh_obligations(carnet, now=now)

        write(self.situation_message, save, done=lambda _: self._situation_saved(situation))

    def _situation_saved(self, situation: Situation) -> None:
        self._situation = situation
        self.refresh()
        self.situation_message.show_ok(
            self.tr("Saved. The list at the top of this screen follows your answers.")
        )

    def add_own_step(self) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        self.own_message.clear_message()
        every = Repeat(self.own_every.currentData())
        if not self.own_what.text().strip():
            self.own_message.show_error(self.tr("Write what to do."))
            self.own_what.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        what, now = self.own_what.text(), self.session.clock()

        def add() -> Occurrence:
            opens = read_day(self.own_opens, "opens_on")
            closes = read_day(self.own_closes, "closes_on")
            assert opens is not None and closes is not None
            return add_custom_obligation(carnet, what, opens, closes, every=every, now=now)

        write(self.own_message, add, done=self._own_step_added, invalid=self._own_step_words,
              refused=self._own_step_refused)  # fmt: skip

    def _own_step_words(self, exc: InvalidRecord) -> str:
        problem = exc.problems[0] if exc.problems else None
        words = {
            "end_before_start": self.tr("The last day comes before the first day."),
            "window_too_long": self.tr(
                "From the first to the last day is longer than the time between two steps."
            ),
        }.get(problem.code if problem else "")
        if problem is not None and problem.field == "title" and problem.code == "required":
            words = self.tr("Write what to do.")
        return words or refusal_words(exc)

    def _own_step_refused(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidRecord):
            problem = exc.problems[0] if exc.problems else None
            wrong = {"title": self.own_what, "opens_on": self.own_opens}.get(
                problem.field if problem else "", self.own_closes
            )
            wrong.setFocus(Qt.FocusReason.OtherFocusReason)

    def _own_step_added(self, made: Occurrence) -> None:
        for edit in (self.own_what, self.own_opens, self.own_closes):
            edit.clear()
        self.own_every.setCurrentIndex(0)
        self.refresh(chosen=made.id)
        self.own_message.show_ok(
            self.tr("Added. It is at the top of this screen, with its dates.")
        )

    def add_change(self) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        now = self.session.clock()

        def report() -> list:
            day = read_day(self.change_edit, "day")
            assert day is not None
            return report_change(carnet, day, now=now)

        write(self.change_message, report, done=self._change_reported)

    def _change_reported(self, made: list) -> None:
        if not made:
            self.change_message.show_ok(
                self.tr("Your situation has nobody to tell about it. Nothing was added.")
            )
            return
        self.change_edit.clear()
        self.refresh()
        self.change_message.show_ok(
            self.tr("Added at the top of this screen: what to tell, and before which day.")
        )

    # -- the list -----------------------------------------------------------------------------
    def refresh(self, chosen: int | None = None) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        today = self.today()
        now = self.session.clock()
        try:
            missing = refresh_obligations(carnet, now=now).missing
        except CarnetError as exc:  # a full stick, a help session: show what is already there
            missing = ()
            self.message.show_error(refusal_text(exc))
        self._clear_cards()
        if situation_on(carnet, today) is None:
            self.due_intro.setText(
                self.tr(
                    "First answer the questions below. Then Repères shows what to do, with dates."
                )
            )
            return
        found = occurrences_between(
            carnet, today - timedelta(days=LOOK_BACK_DAYS), today + timedelta(days=LOOK_AHEAD_DAYS)
        )
        overdue, now_due, coming, marked = [], [], [], []
        for occ in found:
            template = template_of(occ)
            if occ.status is OccurrenceStatus.DUE:
                if occ.closes_on < today:
                    weekly = template is not None and template.schedule.rule is Schedule.WEEKLY
                    if not weekly:  # a past week has nothing left to do (as on Today)
                        overdue.append((occ, template))
                elif occ.opens_on <= today:
                    now_due.append((occ, template))
                else:
                    coming.append((occ, template))
            elif occ.status_at is not None and home_day(occ.status_at) >= today - timedelta(
                days=DONE_SHOWN_DAYS
            ):
                marked.append((occ, template))
        shown_ids = {o.id for o, _ in [*overdue, *now_due, *coming, *marked]}
        chosen_items = []
        if chosen is not None and chosen not in shown_ids:
            try:  # a step from another time (from the agenda or a search): shown on its own
                occ = get_occurrence(carnet, chosen)
                kind = "marked" if occ.status is not OccurrenceStatus.DUE else (
                    "overdue" if occ.closes_on < today else "now" if occ.opens_on <= today
                    else "coming")  # fmt: skip
                chosen_items = [(occ, template_of(occ), kind)]
            except RecordNotFound:
                pass
        now_due.sort(key=lambda p: (p[0].closes_on, p[0].opens_on))
        coming.sort(key=lambda p: (p[0].opens_on, p[0].closes_on))
        overdue.sort(key=lambda p: p[0].closes_on)
        marked.sort(key=lambda p: p[0].status_at or now, reverse=True)
        sections = (
            (self.tr("Last day passed"), overdue, "overdue"),
            (self.tr("To do now"), now_due, "now"),
            (self.tr("Coming soon"), coming, "coming"),
            (self.tr("Done or missed this month"), marked, "marked"),
        )
        shown = 0
        for occ, template, kind in chosen_items:
            label = Text(self.tr("The step you chose"), "title")
            self.section_labels.append(label)
            self.due_layout.addWidget(label)
            label.show()
            self._add_card(occ, template, today, kind)
            shown += 1
        for heading, items, kind in sections:
            if not items:
                continue
            label = Text(heading, "title")
            self.section_labels.append(label)
            self.due_layout.addWidget(label)
            label.show()  # at once, not at the next turn of the event loop
            for occ, template in items:
                self._add_card(occ, template, today, kind)
                shown += 1
        intro = []
        if not shown:
            intro.append(self.tr("Nothing to do for now, from what you said."))
        if "field:dtr_month" in missing:
            intro.append(
                self.tr("Give the month of your quarterly declaration below to see its dates.")
            )
        if any(m.startswith("calendar:") for m in missing):
            intro.append(
                self.tr("Some monthly dates of France Travail are not known yet in Repères.")
            )
        self.due_intro.setText(" ".join(intro))
        self.due_intro.setVisible(bool(intro))

    def _add_card(
        self, occ: Occurrence, template: ObligationTemplate | None, today: date, kind: str
    ) -> None:
        card = OccurrenceCard(
            occ,
            self.describe(occ, template, today, kind),
            overdue=kind == "overdue",
            session=self.session,
            guide=template.guide if template is not None else "",
            subject=self._subject(occ, template),
        )
        card.open_guide.connect(lambda g: self.open_record.emit("guides", {"guide": g}))
        card.done.connect(self._done)
        card.show_document.connect(lambda i: self.open_record.emit("documents", i))
        card.missed.connect(self._missed)
        card.undone.connect(self._undo)
        card.read.connect(self.read_request)
        self.cards.append(card)
        self.due_layout.addWidget(card)
        card.show()  # at once, not at the next turn of the event loop

    def _clear_cards(self) -> None:
        for widget in [*self.section_labels, *self.cards]:
            self.due_layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.cards, self.section_labels = [], []

    def _subject(self, occ: Occurrence, template: ObligationTemplate | None) -> str:
        """What the step is ("Report a change to France Travail")."""
        language = appearance.current().settings.language
        what = occ.title if template is None or occ.title else template.title_in(language)
        return what or self.tr("A step you wrote down")

    def describe(
        self, occ: Occurrence, template: ObligationTemplate | None, today: date, kind: str
    ) -> list[tuple[str, str]]:
        """The card's lines (text, role): when, what, then the rule's explanation and source."""
        language = appearance.current().settings.language
        what = self._subject(occ, template)
        last = day_words(occ.closes_on, weekday=False, year=occ.closes_on.year != today.year)
        lines: list[tuple[str, str]] = []
        if kind == "overdue":
            lines.append((self.tr("The last day was %1: %2.").replace("%1", last)
                          .replace("%2", what), ""))  # fmt: skip
            lines.append((self.tr("It is not marked as done. If you did it, press “Done”."), ""))
        elif kind == "now":
            lines.append((self.tr("By %1: %2.").replace("%1", last).replace("%2", what), ""))
            if occ.safe_on < occ.closes_on and occ.safe_on >= today:
                safe = day_words(occ.safe_on, year=occ.safe_on.year != today.year)
                lines.append((self.tr("To be safe, do it by %1.").replace("%1", safe), ""))
        elif kind == "coming":
            first = day_words(occ.opens_on, weekday=False, year=occ.opens_on.year != today.year)
            lines.append(
                (self.tr("From %1 to %2: %3.").replace("%1", first).replace("%2", last)
                 .replace("%3", what), "")
            )  # fmt: skip
        elif occ.status is OccurrenceStatus.DONE:
            when = day_words(home_day(occ.status_at), weekday=False) if occ.status_at else ""
            lines.append((self.tr("Done on %1: %2.").replace("%1", when).replace("%2", what), ""))
            if occ.done_how:
                lines.append((self.tr("How: %1.").replace("%1", occ.done_how), "help"))
        else:
            lines.append((self.tr("Marked as missed: %1.").replace("%1", what), ""))
        if template is not None and kind != "marked":
            explanation = template.explanation.get(language) or template.explanation.get("fr")
            if explanation:
                lines.append((explanation, "help"))
        lines += self._source_lines(occ, template, today)
        return lines

    def _source_lines(
        self, occ: Occurrence, template: ObligationTemplate | None, today: date
    ) -> list[tuple[str, str]]:
        if template is None or template.schedule.rule is Schedule.MANUAL:
            return [(self.tr("You wrote this step yourself."), "help")]
        sources = source_sites(template.source)[:2]
        lines = []
        if sources:
            lines.append((self.tr("Source: %1.").replace("%1", "; ".join(sources)), "help"))
        if template.needs_review(today):
            lines.append((
                self.tr("To check: this rule was last read again on %1. It may have changed.")
                .replace("%1", day_words(template.last_reviewed, weekday=False, year=True)),
                "",
            ))  # fmt: skip
        elif template.verification is not Verification.VERIFIED:
            lines.append(
                (self.tr("To check: Repères could not confirm this rule in the official text."),
                 "")
            )  # fmt: skip
        return lines

    # -- what became of it --------------------------------------------------------------------
    def _write(self, action, ok_text: str) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        write(self.message, lambda: action(carnet), done=lambda _: self._written(ok_text),
              refused=self._not_written)  # fmt: skip

    def _not_written(self, exc: BaseException) -> None:
        if isinstance(exc, RecordNotFound):  # removed meanwhile: the list without it
            text = self.message.text()
            self.refresh()
            self.message.show_error(text)

    def _written(self, ok_text: str) -> None:
        self.refresh()
        self.message.show_ok(ok_text)
        widget = self.first_focus()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _done(self, occ_id: int, how: str) -> None:
        now = self.session.clock()
        card = next((c for c in self.cards if c.occurrence.id == occ_id), None)
        proofs = card.proof_ids() if card is not None else []
        self._write(
            lambda c: mark_occurrence_done(c, occ_id, how=how, document_ids=proofs, now=now),
            self.tr("Marked as done. Well done.")
            if not proofs
            else self.tr("Marked as done, with its proof. Well done."),
        )

    def _missed(self, occ_id: int) -> None:
        now = self.session.clock()
        self._write(
            lambda c: mark_occurrence_missed(c, occ_id, now=now),
            self.tr("Marked as missed. You can tell your conseiller why."),
        )

    def _undo(self, occ_id: int) -> None:
        now = self.session.clock()
        self._write(
            lambda c: reopen_occurrence(c, occ_id, now=now),
            self.tr("This step is back in the list of things to do."),
        )
