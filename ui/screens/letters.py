"""Write a letter: choose a model (observations within the 10 days, asking to be heard, an
absence, a réclamation, a RAPO, fewer hours), fill it from the carnet (name, identifiers the
person chose to keep, dates, lines of the journal), change it in large type, print it or save it
as a PDF (the paper dialog), and keep it in the journal with the day it was sent and how.

Opened from the guides and from "J'ai reçu un courrier" with `open_record.emit("letters",
payload)`: payload keys, all optional: `templates` (ids offered first) or `template`,
`organisation`, `letter_date`, `received_on`, `appointment_date` (ISO dates)."""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.content.letter_fill import fill_letter, letter_day
from app.content.packs import LetterTemplate, Packs, packs, text_in
from app.domain.days import home_day
from app.domain.journal import ExchangeKind, JournalDraft, JournalVersion
from app.domain.validation import InvalidRecord
from app.records import journal_entries, write_journal_entry
from app.records.letter_identity import keep_letter_identifiers, letter_identifiers
from app.sheets.model import Line, Section, Sheet, SheetChoice

from .. import appearance
from ..actions import write
from ..paper_dialog import show_sheet
from ..reading import Part
from ..theme import BODY_PT, scaled
from ..widgets import Button, Card, CheckBox, Field, Message, Text, Title
from .base import Screen
from .guides import RuleNotes, content_language
from .record_kit import ButtonRow, RecordList, date_edit, day_words, read_day, refusal_words

JOURNAL_LINES_OFFERED = 12
LETTER_ZOOM = 1.25  # the letter is edited a quarter larger than the rest


def _t(text: str) -> str:
    return QCoreApplication.translate("Letters", text)


def sending_ways() -> list[str]:
    """Short: a radio button does not wrap, and must fit at 200 %."""
    return [
        _t("Registered post"),
        _t("By post"),
        _t("Handed in"),
        _t("Online"),
        _t("By e-mail"),
    ]


def letter_sheet(subject: str, text: str) -> Sheet:
    """The letter as a sheet for the paper dialog: the subject as title, one line per line."""
    lines = tuple(Line(line) for line in text.rstrip("\n").split("\n"))
    return Sheet(subject, (Section("", lines),), kind="letter", file_name="lettre.pdf")


class LettersScreen(Screen):
    key = "letters"
    back_to = "today"

    def __init__(self, session, parent=None, *, content: Packs | None = None):
        super().__init__(parent)
        self.session = session
        self._content = content
        self.step = "choose"
        self.template: LetterTemplate | None = None
        self.offered: list[str] = []
        self.prefill: dict[str, str] = {}
        self.subject = ""
        self.saved_seq: int | None = None
        self.paper = None
        self.message = Message()

        # 1. choose a model
        self.choose_box = QWidget()
        choose = QVBoxLayout(self.choose_box)
        choose.setContentsMargins(0, 0, 0, 0)
        self.choose_title = Title(_t("Which letter?"))
        self.model = QStandardItemModel(self)
        self.templates_list = RecordList(_t("Letter models"))
        self.templates_list.setModel(self.model)
        self.templates_list.activated.connect(lambda _i: self.choose_current())
        self.choose_button = Button(_t("Use this model"), "pencil", primary=True)
        self.choose_button.clicked.connect(self.choose_current)
        self.all_button = Button(_t("Show all the models"), "list")
        self.all_button.clicked.connect(lambda: self.show_choices([]))
        choose.addWidget(self.choose_title)
        choose.addWidget(self.templates_list)
        choose.addWidget(ButtonRow(self.choose_button, self.all_button))

        # 2. what goes in it
        self.fill_box = QWidget()
        fill = QVBoxLayout(self.fill_box)
        fill.setContentsMargins(0, 0, 0, 0)
        self.fill_title = Title("")
        self.purpose = Text("")
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.identifiers_edit = QPlainTextEdit()
        self.identifiers_edit.setTabChangesFocus(True)
        self.identifiers_edit.setFixedHeight(appearance.current().px(96))
        self.keep_identifiers = CheckBox(_t("Keep them in my carnet"))
        self.keep_identifiers.setAccessibleDescription(_t("For your next letters."))
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setMaxLength(200)
        self.letter_date_edit = date_edit(_t("Date of the letter you answer"))
        self.received_edit = date_edit(_t("Day you received it"))
        self.appointment_edit = date_edit(_t("Day of the appointment"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(appearance.current().px(140))
        self.journal_model = QStandardItemModel(self)
        self.journal_list = RecordList(_t("Lines of my journal to quote"))
        self.journal_list.setModel(self.journal_model)
        self.fields = {
            "name": Field(_t("Your name"), self.name_edit),
            "identifiers": Field(
                _t("Your numbers (France Travail, CAF…)"),
                self.identifiers_edit,
                _t("Only if you want them in the letter."),
            ),
            "organisation": Field(_t("Written to"), self.organisation_edit),
            "letter_date": Field(_t("Date of the letter you answer"), self.letter_date_edit),
            "received_on": Field(_t("Day you received it"), self.received_edit),
            "appointment_date": Field(_t("Day of the appointment"), self.appointment_edit),
            "reason": Field(
                _t("In your words: what happened, or why"),
                self.reason_edit,
                _t("Short sentences are fine. You can change the letter afterwards."),
            ),
            "journal_extract": Field(
                _t("Lines of my journal to quote"),
                self.journal_list,
                _t("Tick the exchanges that show what happened."),
            ),
        }
        self.write_button = Button(_t("Write the letter"), "next", primary=True)
        self.write_button.clicked.connect(self.write_letter)
        self.back_to_choice = Button(_t("Other models"), "back")
        self.back_to_choice.clicked.connect(lambda: self.show_choices(self.offered))
        fill.addWidget(self.fill_title)
        fill.addWidget(self.purpose)
        for name, f in self.fields.items():
            fill.addWidget(f)
            if name == "identifiers":
                fill.addWidget(self.keep_identifiers)
        fill.addWidget(ButtonRow(self.write_button, self.back_to_choice))

        # 3. the letter, in large type
        self.edit_box = QWidget()
        edit = QVBoxLayout(self.edit_box)
        edit.setContentsMargins(0, 0, 0, 0)
        self.edit_title = Title(_t("Your letter"))
        self.edit_help = Text(_t("You can change every word. Then print it or keep it."), "help")
        self.letter_edit = QPlainTextEdit()
        self.letter_edit.setAccessibleName(_t("Your letter"))
        self.letter_edit.setTabChangesFocus(True)
        self.print_button = Button(_t("Print or save as PDF"), "print", primary=True)
        self.print_button.clicked.connect(self.print_letter)
        self.read_button = Button(_t("Read the letter"), "speaker")
        self.read_button.clicked.connect(
            lambda: self.read_request.emit([Part(self.letter_edit.toPlainText(), None)])
        )
        self.sent_button = Button(_t("I sent it: keep it in my journal"), "save")
        self.sent_button.clicked.connect(lambda: self._show("sent"))
        self.refill_button = Button(_t("Change the answers"), "back")
        self.refill_button.clicked.connect(lambda: self._show("fill"))
        self.notes_card = Card()
        self.notes = RuleNotes()
        self.notes_card.layout_.addWidget(self.notes)
        edit.addWidget(self.edit_title)
        edit.addWidget(self.edit_help)
        edit.addWidget(self.letter_edit)
        edit.addWidget(ButtonRow(self.print_button, self.read_button))
        edit.addWidget(ButtonRow(self.sent_button, self.refill_button))
        edit.addWidget(self.notes_card)

        # 4. sent: when and how
        self.sent_box = QWidget()
        sent = QVBoxLayout(self.sent_box)
        sent.setContentsMargins(0, 0, 0, 0)
        self.sent_title = Title(_t("When and how did you send it?"))
        self.sent_day = date_edit(_t("Day you sent it"))
        self.how_group = QButtonGroup(self)
        self.how_buttons: list[QRadioButton] = []
        sent.addWidget(self.sent_title)
        sent.addWidget(Field(_t("Day you sent it"), self.sent_day))
        self.how_question = Text(
            _t("How did you send it? Registered post with acknowledgement of receipt is safest.")
        )
        sent.addWidget(self.how_question)
        for way in sending_ways():
            button = QRadioButton(way)
            button.setAccessibleName(way)
            self.how_group.addButton(button)
            self.how_buttons.append(button)
            sent.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.keep_button = Button(_t("Keep it in my journal"), "save", primary=True)
        self.keep_button.clicked.connect(self.keep_in_journal)
        self.not_yet_button = Button(_t("Not sent yet"), "back")
        self.not_yet_button.clicked.connect(lambda: self._show("edit"))
        sent.addWidget(ButtonRow(self.keep_button, self.not_yet_button))
        self.done_text = Text("", "ok")
        sent.addWidget(self.done_text)

        self.pages = {
            "choose": self.choose_box,
            "fill": self.fill_box,
            "edit": self.edit_box,
            "sent": self.sent_box,
        }
        for page in self.pages.values():
            self.body.addWidget(page)
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        appearance.current().changed.connect(self._letter_font)
        self._letter_font()
        self.show_choices([])

    # -- content ----------------------------------------------------------------------------------
    @property
    def content(self) -> Packs:
        return self._content or packs()

    def today(self) -> date:
        return home_day(self.session.clock())

    def _letter_font(self) -> None:
        """The letter a quarter larger than the rest, at every zoom (a widget style sheet: the
        application's one sets the size of every widget)."""
        look = appearance.current()
        size = scaled(BODY_PT * LETTER_ZOOM, look.settings.zoom)
        self.letter_edit.setStyleSheet(
            f"QPlainTextEdit {{ font-size: {size}pt; min-height: {look.px(420)}px; }}"
        )

    def _show(self, step: str) -> None:
        self.step = step
        for name, page in self.pages.items():
            page.setVisible(name == step)
        self.message.clear_message()
        if step == "sent":
            self.sent_day.setText(self.today().strftime("%d/%m/%Y"))
            self.done_text.hide()
            self.keep_button.show()
        self.header_changed.emit()
        self.scroll.verticalScrollBar().setValue(0)
        target = self.first_focus()
        if target is not None and self.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- 1. choose ---------------------------------------------------------------------------------
    def show_choices(self, offered: list[str]) -> None:
        lang = content_language()
        templates = self.content.letters_in_order()
        if offered:
            templates = [t for t in templates if t.id in offered] or templates
        self.model.clear()
        for t in templates:
            item = QStandardItem(f"{text_in(t.title, lang)}\n{text_in(t.purpose, lang)}")
            item.setData(t.id, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.model.appendRow(item)
        self.templates_list.fit_rows(8)
        if self.model.rowCount():
            self.templates_list.setCurrentIndex(self.model.index(0, 0))
        self.all_button.setVisible(bool(offered))
        self._show("choose")

    def template_titles(self) -> list[str]:
        return [self.model.item(r).text().split("\n")[0] for r in range(self.model.rowCount())]

    def choose_current(self) -> None:
        index = self.templates_list.currentIndex()
        if index.isValid():
            self.choose(index.data(Qt.ItemDataRole.UserRole))

    # -- 2. fill ----------------------------------------------------------------------------------
    def choose(self, template_id: str) -> None:
        template = self.content.letters.get(template_id)
        if template is None:
            self.show_choices([])
            return
        self.template = template
        lang = content_language()
        self.fill_title.setText(text_in(template.title, lang))
        self.purpose.setText(text_in(template.purpose, lang))
        used = template.placeholders(lang)
        for name, f in self.fields.items():
            f.setVisible(name in used)
        self.keep_identifiers.setVisible("identifiers" in used)
        carnet = self.session.carnet
        if carnet is not None:
            if not self.name_edit.text():
                self.name_edit.setText(carnet.owner_name)
            if not self.identifiers_edit.toPlainText():
                kept = letter_identifiers(carnet)
                self.identifiers_edit.setPlainText(kept)
                self.keep_identifiers.setChecked(bool(kept))
        for key, edit in (
            ("organisation", self.organisation_edit),
            ("letter_date", self.letter_date_edit),
            ("received_on", self.received_edit),
            ("appointment_date", self.appointment_edit),
        ):
            value = self.prefill.get(key, "")
            if value and not edit.text():
                if key == "organisation":
                    edit.setText(value)
                else:
                    with contextlib.suppress(ValueError):
                        edit.setText(date.fromisoformat(value).strftime("%d/%m/%Y"))
        self._fill_journal()
        self._show("fill")

    def _fill_journal(self) -> None:
        self.journal_model.clear()
        carnet = self.session.carnet
        entries = journal_entries(carnet, limit=JOURNAL_LINES_OFFERED) if carnet else []
        for entry in entries:
            day = entry.draft.happened_on or entry.written_at.date()
            first = entry.draft.summary.splitlines()[0] if entry.draft.summary else ""
            item = QStandardItem(f"{day_words(day, year=True)} : {first}")
            quoted = f"{letter_day(day, content_language())} : {first}"
            item.setData(quoted, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            self.journal_model.appendRow(item)
        self.journal_list.fit_rows(6)
        self.fields["journal_extract"].setVisible(
            self.fields["journal_extract"].isVisibleTo(self.fill_box) and bool(entries)
        )

    def values(self) -> dict[str, str]:
        """What goes in the letter; InvalidRecord for an impossible date."""

        lang = content_language()

        def day(edit: QLineEdit, field: str) -> str:
            found = read_day(edit, field, required=False)
            return letter_day(found, lang) if found else ""

        chosen = [
            self.journal_model.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.journal_model.rowCount())
            if self.journal_model.item(r).checkState() == Qt.CheckState.Checked
        ]
        return {
            "name": self.name_edit.text(),
            "identifiers": self.identifiers_edit.toPlainText(),
            "organisation": self.organisation_edit.text(),
            "letter_date": day(self.letter_date_edit, "letter_date"),
            "received_on": day(self.received_edit, "received_on"),
            "appointment_date": day(self.appointment_edit, "appointment_date"),
            "today": letter_day(self.today(), lang),
            "reason": self.reason_edit.toPlainText(),
            "journal_extract": "\n".join(f"- {line}" for line in chosen),
        }

    def write_letter(self) -> None:
        if self.template is None:
            return

        def keep() -> dict[str, str]:
            values = self.values()
            carnet = self.session.carnet
            if carnet is not None and self.keep_identifiers.isVisible():
                kept = values["identifiers"] if self.keep_identifiers.isChecked() else ""
                # Written only when it changes: a help session that may not write still lets
                # the person write a letter without keeping anything.
                if kept.strip() != letter_identifiers(carnet).strip():
                    keep_letter_identifiers(carnet, kept)
            return values

        write(self.message, keep, done=self._fill)

    def _fill(self, values: dict[str, str]) -> None:
        assert self.template is not None
        self.subject, body = fill_letter(self.template, content_language(), values)
        self.letter_edit.setPlainText(body)
        self.notes.show_rule(self.template.info, content_language(), self.today())
        self._show("edit")

    # -- 3. print ---------------------------------------------------------------------------------
    def print_letter(self) -> None:
        self.paper = show_sheet(self, letter_sheet(self.subject, self.letter_edit.toPlainText()))

    def sheets(self) -> list[SheetChoice]:
        if self.step != "edit" or not self.letter_edit.toPlainText().strip():
            return []
        return [
            SheetChoice(
                _t("This letter"),
                lambda: letter_sheet(self.subject, self.letter_edit.toPlainText()),
            )
        ]

    # -- 4. keep ----------------------------------------------------------------------------------
    def keep_in_journal(self) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        how = next((b.text() for b in self.how_buttons if b.isChecked()), "")
        if not how:
            self.message.show_error(_t("Choose how you sent it."))
            self.how_buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            sent_on = read_day(self.sent_day, "day")
        except InvalidRecord as exc:
            self.message.show_error(refusal_words(exc))
            self.sent_day.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if sent_on > self.today():
            self.message.show_error(_t("This day has not come yet. Write the day you sent it."))
            self.sent_day.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        intro = (
            _t("Letter sent on %1 (%2): %3")
            .replace("%1", day_words(sent_on, weekday=False, year=True))
            .replace("%2", how)
            .replace("%3", self.subject)
        )
        draft = JournalDraft(
            ExchangeKind.LETTER,
            f"{intro}\n\n{self.letter_edit.toPlainText().strip()}",
            with_whom=self.organisation_edit.text().strip(),
            next_step=_t("Keep the proof that you sent it."),
            happened_on=sent_on,
        )
        now = self.session.clock()
        write(self.message, lambda: write_journal_entry(carnet, draft, now=now),
              done=self._kept)  # fmt: skip

    def _kept(self, version: JournalVersion) -> None:
        self.saved_seq = version.seq
        self.done_text.setText(_t("Kept in your journal, with the day you sent it and how."))
        self.done_text.show()
        self.keep_button.hide()
        self.not_yet_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- Screen -----------------------------------------------------------------------------------
    def title(self) -> str:
        return _t("Write a letter")

    def help_text(self) -> str:
        return {
            "choose": _t("Choose a model. Repères fills it from your carnet."),
            "fill": _t("Check what goes in the letter. Nothing is sent by Repères."),
            "edit": _t("Read your letter, change it if needed, then print it."),
            "sent": _t("Write when and how you sent it, to keep a trace."),
        }[self.step]

    def reading_parts(self) -> list[Part]:
        parts = [Part(self.help_text(), self.help_line)]
        if self.step == "choose":
            parts += [Part(self.model.item(r).text(), None) for r in range(self.model.rowCount())]
        elif self.step == "fill":
            parts += [Part(self.fill_title.text(), self.fill_title),
                      Part(self.purpose.text(), self.purpose)]  # fmt: skip
        elif self.step == "edit":
            parts += [Part(self.letter_edit.toPlainText(), None), *self.notes.parts()]
        else:
            parts += [Part(self.sent_title.text(), self.sent_title)]
            if self.done_text.isVisibleTo(self):
                parts.append(Part(self.done_text.text(), self.done_text))
        if self.message.isVisibleTo(self) and self.message.text():
            parts.append(Part(self.message.text(), self.message))
        return parts

    def first_focus(self) -> QWidget | None:
        return {
            "choose": self.templates_list,
            "fill": self.reason_edit if self.fields["reason"].isVisibleTo(self.fill_box)
            else self.name_edit,
            "edit": self.letter_edit,
            "sent": self.sent_day,
        }[self.step]  # fmt: skip

    def open(self, payload: object) -> None:
        self.prefill = {}
        self.template = None
        for edit in (self.organisation_edit, self.letter_date_edit, self.received_edit,
                     self.appointment_edit):  # fmt: skip
            edit.clear()
        self.reason_edit.clear()
        self.letter_edit.clear()
        if not isinstance(payload, dict):
            self.show_choices([])
            return
        self.prefill = {
            k: v
            for k, v in payload.items()
            if k in ("organisation", "letter_date", "received_on", "appointment_date")
            and isinstance(v, str)
        }
        offered = payload.get("templates")
        if isinstance(payload.get("template"), str):
            offered = [payload["template"]]
        self.offered = (
            [t for t in offered if isinstance(t, str)] if isinstance(offered, list) else []
        )
        if len(self.offered) == 1 and self.offered[0] in self.content.letters:
            self.choose(self.offered[0])
        else:
            self.show_choices(self.offered)

    def left(self) -> None:
        """The letter may hold personal words: it is not kept on screen for the next person."""
        if self.step in ("sent",) and self.saved_seq is not None:
            self.letter_edit.clear()
            self.saved_seq = None
            self.show_choices([])

