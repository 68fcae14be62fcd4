"""One appointment: read it (sentences, a Read button per card), write it (a form whose
problems are said next to their field), and say what became of it (went, missed, excused,
cancelled, moved).

open_record("appointment", payload): an id shows the appointment; ("new", day or None) opens an
empty form (the day filled in when given). Every write goes through app.records and is on disk
when it returns: only then does the screen say "Saved."."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.carnet import CarnetError
from app.domain import HOME_ZONE, InvalidRecord, Problem, home_day, parse_day
from app.domain.appointments import (
    NOTES_MAX,
    PLACE_MAX,
    REASON_MAX,
    TITLE_MAX,
    Appointment,
    AppointmentStatus,
    Mode,
    StatusChange,
)
from app.domain.localtime import instant
from app.records import (
    RecordNotFound,
    Target,
    add_appointment,
    add_usual_organisations,
    appointment_by_uid,
    get_appointment,
    get_contact,
    get_organisation,
    list_contacts,
    list_organisations,
    move_appointment,
    overlaps_for,
    set_status,
    update_appointment,
)
from app.sheets.model import SheetChoice

from .. import appearance
from ..actions import write
from ..formatting import time_text, today_for_typing
from ..messages import error_text
from ..reading import Part
from ..widgets import Button, Card, CheckBox, Message, Text
from . import paper_choices
from .base import Screen
from .document_links import DocumentLinks
from .record_form import (
    ChecklistEditor,
    DraftForm,
    FormField,
    button_row,
    narrow,
    show_problems,
)
from .record_kit import DayEdit
from .record_words import RecordWords, parse_time

S = AppointmentStatus
# The order of the status choices: what happens most first.
STATUS_CHOICES = (
    S.ATTENDED, S.MISSED, S.EXCUSED, S.CANCELLED_BY_ME, S.CANCELLED_BY_THEM, S.MOVED, S.PLANNED,
)
FORM_ORDER = ["title", "organisation_id", "contact_id", "day", "time", "ends_at", "place",
              "to_bring", "notes"]
# The statuses a paper can prove (and that the person may be asked to prove).
PROOF_STATUSES = (S.ATTENDED, S.EXCUSED, S.CANCELLED_BY_ME)
STATUS_ORDER = ["status", "status_day", "status_channel", "status_reason", "new_day", "new_time"]


def _date_text(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _time_text(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


class AppointmentScreen(DraftForm, Screen):
    key = "appointment"

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.words = RecordWords(self)
        self.appt: Appointment | None = None  # the appointment shown or edited; None: new
        self.mode = ""  # "view" | "form" | "status" | "" (nothing yet)
        self._replacement_id: int | None = None

        self.saved = Message()  # "Saved.", announced once the write returned
        self.body.addWidget(self.saved)
        self._build_view()
        self._build_form()
        self._build_status()
        self.body.addStretch(1)
        self._show_mode("")
        self.watch_draft()

    # -- a draft kept across an auto-lock (record_form.DraftForm) ---------------------------------
    def draft_box(self) -> QWidget:
        return self.form_box

    def draft_state(self) -> object:
        return self.appt.id if self.appt is not None else None

    def draft_open(self, state: object) -> None:
        if isinstance(state, int) and self.session.carnet is not None:
            try:
                self.appt = get_appointment(self.session.carnet, state)
            except RecordNotFound:
                self.appt = None
        if self.appt is not None and self.appt.id == state:
            self.open_form()
        else:
            self.open_new(None)

    # -- building --------------------------------------------------------------------------------
    def _card(self, heading: str, read_label: str) -> tuple[Card, Text, QVBoxLayout, Button]:
        card = Card()
        title = Text(heading, "title")
        card.layout_.addWidget(title)
        lines = QVBoxLayout()
        card.layout_.addLayout(lines)
        read = Button(read_label, "speaker")
        card.layout_.addWidget(read, 0, Qt.AlignmentFlag.AlignLeft)
        read.clicked.connect(lambda: self.read_request.emit(self._card_parts(card)))
        self.view_box.layout().addWidget(card)
        return card, title, lines, read

    def _card_parts(self, card: Card) -> list[Part]:
        return [
            Part(label.text(), label)
            for label in card.findChildren(Text)
            if label.isVisibleTo(card) and label.text()
        ]

    def _build_view(self) -> None:
        self.view_box = QWidget()
        QVBoxLayout(self.view_box).setContentsMargins(0, 0, 0, 0)
        self.main_card, self.view_title, lines, self.read_main = self._card(
            "", self.tr("Read this appointment")
        )
        self._main_lines = lines
        self._build_actions()
        self.bring_card, _, self._bring_lines, self.read_bring = self._card(
            self.tr("What to bring"), self.tr("Read what to bring")
        )
        self.call_card, _, self._call_lines, self.read_call = self._card(
            self.tr("Who to call"), self.tr("Read who to call")
        )
        self.notes_card, _, notes_lines, self.read_notes = self._card(
            self.tr("Notes"), self.tr("Read the notes")
        )
        self.notes_text = Text()
        notes_lines.addWidget(self.notes_text)
        self.docs_card = Card()
        self.docs = DocumentLinks(
            self.session,
            self.tr("Documents"),
            self.tr("The convocation, a proof: papers kept with this appointment."),
        )
        self.docs.show_document.connect(lambda i: self.open_record.emit("documents", i))
        self.docs_card.layout_.addWidget(self.docs)
        self.view_box.layout().addWidget(self.docs_card)
        self.body.addWidget(self.view_box)

    def _build_actions(self) -> None:
        self.status_button = Button(
            self.tr("Say what happened"), "check", shortcut="Ctrl+D", primary=True
        )
        self.status_button.clicked.connect(self.open_status)
        self.edit_button = Button(self.tr("Change this appointment"), "pencil", shortcut="Ctrl+E")
        self.edit_button.clicked.connect(self.open_form)
        self.new_button = Button(self.tr("Open the new appointment"), "calendar")
        self.new_button.clicked.connect(self._open_replacement)
        self.print_button = Button(self.tr("Print the card"), "print")
        self.print_button.clicked.connect(lambda: paper_choices.offer(self, self.sheets()))
        actions = button_row(self.status_button, self.edit_button, self.new_button,
                             self.print_button)  # fmt: skip
        self.view_box.layout().addWidget(actions)

    def _build_form(self) -> None:
        self.form_box = QWidget()
        form = QVBoxLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(appearance.current().px(16))
        self.f: dict[str, FormField] = {}

        def add(name: str, label: str, widget: QWidget, help_text: str = "") -> FormField:
            field = FormField(label, widget, help_text)
            self.f[name] = field
            form.addWidget(field)
            return field

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(TITLE_MAX * 2)
        add("title", self.tr("What is it?"), self.title_edit,
            self.tr("For example: meeting with my adviser."))
        self.org_box = narrow(QComboBox())
        add("organisation_id", self.tr("With which organisation?"), self.org_box)
        self.org_box.currentIndexChanged.connect(lambda _i: self._fill_contacts())
        self.contact_box = narrow(QComboBox())
        add("contact_id", self.tr("With whom?"), self.contact_box,
            self.tr("Add people in “Organisations and contacts”."))
        self.day_edit = DayEdit()
        add("day", self.tr("Date"), self.day_edit,
            self.tr("For example: 25/03/2026, 4/12, tomorrow or next Monday."))
        self.day_edit.setMaximumWidth(appearance.current().px(320))
        self.time_edit = QLineEdit()
        self.time_edit.setPlaceholderText(self.tr("14:30"))
        add("time", self.tr("Time"), self.time_edit, self.tr("For example: 9:00 or 14:30."))
        self.time_edit.setMaximumWidth(appearance.current().px(320))
        self.end_edit = QLineEdit()
        self.end_edit.setMaximumWidth(appearance.current().px(320))
        add("ends_at", self.tr("End time (you can leave it empty)"), self.end_edit)

        self.mode_label = Text(self.tr("How does it take place?"))
        form.addWidget(self.mode_label)
        self.modes = QButtonGroup(self)
        self.mode_buttons: dict[Mode, QRadioButton] = {}
        for mode, text in (
            (Mode.IN_PERSON, self.tr("I go there")),
            (Mode.PHONE, self.tr("By phone")),
            (Mode.VIDEO, self.tr("By video, on a screen")),
        ):
            button = QRadioButton(text)
            button.setAccessibleName(text)
            self.modes.addButton(button)
            self.mode_buttons[mode] = button
            form.addWidget(button)
        self.mode_buttons[Mode.IN_PERSON].setChecked(True)
        self.modes.buttonToggled.connect(lambda _b, _c: self._mode_changed())
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(PLACE_MAX * 2)
        add("place", self.tr("Address"), self.place_edit)

        self.bring_editor = ChecklistEditor(
            self.tr("Thing to bring, line %1"),
            self.tr("Remove"),
            self.tr("Remove line %1"),
            self.tr("Add a thing to bring"),
        )
        bring = FormField(self.tr("What to bring"), self.bring_editor)
        bring.focus_target = self.bring_editor.first_edit  # type: ignore[method-assign]
        self.f["to_bring"] = bring
        form.addWidget(bring)
        self.mandatory_box = CheckBox(self.tr("The letter says I must come"))
        form.addWidget(self.mandatory_box)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setMinimumHeight(96)
        add("notes", self.tr("Notes (you can leave them empty)"), self.notes_edit)
        self._notes_max = NOTES_MAX

        self.form_message = Message()
        form.addWidget(self.form_message)
        self.save_button = Button(self.tr("Save"), "save", shortcut="Ctrl+S", primary=True)
        self.save_button.clicked.connect(self.save_form)
        self.cancel_button = Button(self.tr("Cancel"), "back")
        self.cancel_button.clicked.connect(self._cancel)
        form.addWidget(button_row(self.save_button, self.cancel_button))
        self.body.addWidget(self.form_box)

    def _build_status(self) -> None:
        self.status_box = QWidget()
        box = QVBoxLayout(self.status_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(appearance.current().px(12))
        self.status_about = Text()
        box.addWidget(self.status_about)
        self.statuses = QButtonGroup(self)
        self.status_buttons: dict[AppointmentStatus, QRadioButton] = {}
        for status in STATUS_CHOICES:
            text = self.words.status_name(status)
            if status == S.PLANNED:
                text = self.tr("Nothing yet: still planned")
            button = QRadioButton(text)
            button.setAccessibleName(text)
            self.statuses.addButton(button)
            self.status_buttons[status] = button
            box.addWidget(button)
        self.statuses.buttonToggled.connect(lambda _b, _c: self._status_changed())
        self.status_problem = Message()
        box.addWidget(self.status_problem)
        self.s: dict[str, FormField] = {}

        def add(name: str, label: str, widget: QWidget, help_text: str = "") -> FormField:
            field = FormField(label, widget, help_text)
            self.s[name] = field
            box.addWidget(field)
            return field

        self.status_day_edit = DayEdit()
        add("status_day", self.tr("When did you cancel?"), self.status_day_edit,
            self.tr("For example: 25/03/2026, 4/12, tomorrow or next Monday."))
        self.channel_edit = QLineEdit()
        self.channel_edit.setMaxLength(400)
        add("status_channel", self.tr("How did you tell them?"), self.channel_edit,
            self.tr("For example: by phone, by letter, at the desk."))
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(REASON_MAX * 2)
        add("status_reason", self.tr("Why? (you can leave it empty)"), self.reason_edit)
        self.proof_help = Text(
            self.tr("Keep the proof, for example a doctor’s note. You can add it to your papers."),
            "help",
        )
        box.addWidget(self.proof_help)
        self.proof = DocumentLinks(
            self.session,
            self.tr("Attach the proof"),
            self.tr("A paper that shows it: a doctor’s note, an attendance sheet, a letter."),
        )
        self.proof.show_document.connect(lambda i: self.open_record.emit("documents", i))
        box.addWidget(self.proof)
        self.new_day_edit = DayEdit()
        add("new_day", self.tr("New date"), self.new_day_edit,
            self.tr("For example: 25/03/2026, 4/12, tomorrow or next Monday."))
        self.new_time_edit = QLineEdit()
        add("new_time", self.tr("New time"), self.new_time_edit,
            self.tr("For example: 9:00 or 14:30."))
        self.status_message = Message()
        box.addWidget(self.status_message)
        self.status_save = Button(self.tr("Save"), "save", shortcut="Ctrl+S", primary=True)
        self.status_save.clicked.connect(self.save_status)
        self.status_cancel = Button(self.tr("Cancel"), "back")
        self.status_cancel.clicked.connect(self._cancel)
        box.addWidget(button_row(self.status_save, self.status_cancel))
        self.body.addWidget(self.status_box)

    # -- the screen ------------------------------------------------------------------------------
    def title(self) -> str:
        if self.mode == "form":
            return self.tr("Change an appointment") if self.appt else self.tr("New appointment")
        if self.mode == "status":
            return self.tr("What happened?")
        return self.tr("Appointment")

    def help_text(self) -> str:
        if self.mode == "form":
            return self.tr("Fill in what the letter or the message says. Then press “Save”.")
        if self.mode == "status":
            return self.tr("Choose what happened, then press “Save”.")
        return self.tr("Each part has its own button to read it aloud.")

    @property
    def back_to(self) -> str:  # type: ignore[override]
        # From a form about a saved appointment, Back shows the appointment again.
        if self.mode in ("form", "status") and self.appt is not None:
            return self.key
        return "agenda"

    def sheets(self) -> list[SheetChoice]:
        appt = self.appt
        if self.mode != "view" or appt is None or appt.id is None or not self.session.carnet:
            return []
        return [paper_choices.card_choice(self.session, appt.id)]


    def reading_parts(self) -> list[Part]:
        """In view mode, card after card, each in the order it is shown; forms: the labels."""
        if self.mode != "view":
            return super().reading_parts()
        parts = [Part(self.help_text(), self.help_line)]
        if self.saved.isVisibleTo(self) and self.saved.text():
            parts.append(Part(self.saved.text(), self.saved))
        for card in (self.main_card, self.bring_card, self.call_card, self.notes_card,
                     self.docs_card):  # fmt: skip
            if card.isVisibleTo(self):
                parts += self._card_parts(card)
        return parts

    def first_focus(self):
        if self.mode == "form":
            return self.title_edit
        if self.mode == "status":
            return self.statuses.checkedButton() or self.status_buttons[S.ATTENDED]
        return self.status_button

    def entered(self) -> None:
        pending, payload = self.take_payload()
        if pending and isinstance(payload, int):
            self.show_appointment(payload)
        elif pending:
            day = payload[1] if isinstance(payload, tuple) and len(payload) > 1 else None
            self.open_new(day if isinstance(day, date) else None)
        elif self.mode in ("form", "status") and self.appt is not None:
            self.show_appointment(self.appt.id)  # Back from a form: the appointment again
        elif self.mode == "" or self.appt is None:
            self.open_new(None)
        super().entered()

    def left(self) -> None:
        self.appt = None
        self.saved.clear_message()
        self._clear_form()
        self._clear_status()
        self._clear_view()
        self._show_mode("")

    def _show_mode(self, mode: str) -> None:
        self.mode = mode
        self.view_box.setVisible(mode == "view")
        self.form_box.setVisible(mode == "form")
        self.status_box.setVisible(mode == "status")
        self.scroll.verticalScrollBar().setValue(0)
        self.header_changed.emit()

    def _cancel(self) -> None:
        if self.appt is not None:
            self.show_appointment(self.appt.id)
            self.status_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.navigate.emit("agenda")

    # -- view ------------------------------------------------------------------------------------
    def _clear_view(self) -> None:
        for lines in (self._main_lines, self._call_lines, self._bring_lines):
            while lines.count():
                widget = lines.takeAt(0).widget()
                if widget is not None:
                    widget.hide()
                    widget.setParent(None)
                    widget.deleteLater()
        self.view_title.setText("")
        self.notes_text.setText("")
        self.docs.clear()
        self._replacement_id = None

    def _line(self, lines: QVBoxLayout, text: str) -> Text | None:
        if not text:
            return None
        label = Text(text)
        lines.addWidget(label)
        label.show()  # at once (not at the next event loop): Read and the tests see it
        return label

    def show_appointment(self, appt_id: int | None) -> None:
        carnet = self.session.carnet
        if carnet is None or appt_id is None:
            return
        try:
            appt = get_appointment(carnet, appt_id)
        except RecordNotFound:
            self.open_new(None)
            self.form_message.show_error(self.tr("This appointment is no longer in your carnet."))
            return
        self.appt = appt
        self._clear_view()
        now = self.session.clock()
        self.view_title.setText(appt.title)
        lines = self._main_lines
        self._line(lines, self.words.when(appt))
        org = contact = None
        if appt.organisation_id is not None:
            try:
                org = get_organisation(carnet, appt.organisation_id)
            except RecordNotFound:
                org = None
        if appt.contact_id is not None:
            try:
                contact = get_contact(carnet, appt.contact_id)
            except RecordNotFound:
                contact = None
        if org is not None:
            self._line(lines, self.tr("With %1.").replace("%1", org.name.rstrip(".")))
        if contact is not None:
            self._line(lines, self.tr("You will meet %1.").replace("%1", contact.name.rstrip(".")))
        self._line(lines, self.words.place(appt))
        if appt.mandatory:
            self._line(lines, self.words.mandatory())
        moved_to = appointment_by_uid(carnet, appt.moved_to_uid) if appt.moved_to_uid else None
        self._replacement_id = moved_to.id if moved_to is not None else None
        status = self.words.status(appt, now, moved_to)
        if not status and appt.is_past(now):
            status = self.tr("This appointment is in the past.")
        self._line(lines, status)
        if appt.status == S.CANCELLED_BY_ME and appt.status_channel:
            self._line(lines, self.tr("You told them: %1.").replace("%1", appt.status_channel))
        if appt.status in (S.CANCELLED_BY_ME, S.CANCELLED_BY_THEM, S.MOVED) and appt.status_reason:
            self._line(lines, self.tr("Reason: %1.").replace("%1", appt.status_reason))
        if appt.status_at is not None and appt.status != S.PLANNED:
            day = self.words.day(home_day(appt.status_at))
            self._line(lines, self.tr("Written down on %1.").replace("%1", day))
        self._line(lines, self._overlap_text(appt))
        # Who to call: the organisation's number and hours, the contact's numbers.
        call = []
        if org is not None and (org.phone or org.hours):
            call.append(self.words.organisation_line(org))
        if contact is not None and (contact.phones or contact.email or contact.hours):
            call.append(self.words.contact_line(contact))
        for text in call:
            self._line(self._call_lines, text)
        self.call_card.setVisible(bool(call))
        for item in appt.to_bring:
            self._line(self._bring_lines, "– " + item)
        self.bring_card.setVisible(bool(appt.to_bring))
        self.notes_text.setText(appt.notes)
        self.notes_card.setVisible(bool(appt.notes.strip()))
        self.new_button.setVisible(self._replacement_id is not None)
        if appt.id is not None:
            self.docs.bind(Target.APPOINTMENT, appt.id)
        happened = instant(appt.starts_at) <= instant(now) or appt.status != S.PLANNED
        self.status_button.set_label(
            self.tr("Say what happened") if happened else self.tr("Cancelled or moved?")
        )
        self._show_mode("view")

    def _overlap_text(self, appt: Appointment) -> str:
        if self.session.carnet is None or not appt.holds_slot:
            return ""
        others = overlaps_for(self.session.carnet, appt)
        if not others:
            return ""
        names = ", ".join(
            self.tr("%1 at %2").replace("%1", o.title.rstrip(".")).replace(
                "%2", time_text(o.starts_at)
            )
            for o in others[:3]
        )
        return self.tr("Careful: at the same time you have %1.").replace("%1", names)

    def _open_replacement(self) -> None:
        if self._replacement_id is not None:
            self.saved.clear_message()
            self.show_appointment(self._replacement_id)
            self.status_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- form ------------------------------------------------------------------------------------
    def _clear_form(self) -> None:
        for edit in (self.title_edit, self.day_edit, self.time_edit, self.end_edit,
                     self.place_edit):
            edit.clear()
        self.notes_edit.clear()
        self.bring_editor.set_lines([])
        self.mandatory_box.setChecked(False)
        self.mode_buttons[Mode.IN_PERSON].setChecked(True)
        self.org_box.clear()
        self.contact_box.clear()
        for f in self.f.values():
            f.clear_problem()
        self.form_message.clear_message()

    def _fill_organisations(self, chosen: int | None) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        orgs = list_organisations(carnet)
        if not orgs:  # a new carnet: the usual bodies, by name only
            # Not possible now (a full stick, a help session that may only look): the form
            # still opens, with "Not said"; saving will say why nothing can be written.
            with contextlib.suppress(CarnetError):
                add_usual_organisations(carnet)
                orgs = list_organisations(carnet)
        self.org_box.blockSignals(True)
        self.org_box.clear()
        self.org_box.addItem(self.tr("Not said"), None)
        for org in orgs:
            self.org_box.addItem(org.name, org.id)
        index = self.org_box.findData(chosen) if chosen is not None else 0
        self.org_box.setCurrentIndex(max(0, index))
        self.org_box.blockSignals(False)

    def _fill_contacts(self, chosen: int | None = None) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        if chosen is None:
            chosen = self.contact_box.currentData()
        org_id = self.org_box.currentData()
        contacts = list_contacts(carnet, organisation_id=org_id)
        if org_id is not None:  # people of no organisation can be met anywhere
            contacts += [c for c in list_contacts(carnet) if c.organisation_id is None]
        self.contact_box.clear()
        self.contact_box.addItem(self.tr("Nobody in particular"), None)
        for contact in contacts:
            self.contact_box.addItem(contact.name, contact.id)
        if chosen is not None and self.contact_box.findData(chosen) < 0:
            try:  # the contact of another organisation, kept as it was
                other = get_contact(carnet, chosen)
                self.contact_box.addItem(other.name, other.id)
            except RecordNotFound:
                chosen = None
        index = self.contact_box.findData(chosen) if chosen is not None else 0
        self.contact_box.setCurrentIndex(max(0, index))

    def _mode_changed(self) -> None:
        labels = {
            Mode.IN_PERSON: self.tr("Address"),
            Mode.PHONE: self.tr("Phone number (you can leave it empty)"),
            Mode.VIDEO: self.tr("Video link (you can leave it empty)"),
        }
        self.f["place"].set_label(labels[self._mode()])

    def _mode(self) -> Mode:
        for mode, button in self.mode_buttons.items():
            if button.isChecked():
                return mode
        return Mode.IN_PERSON

    def open_new(self, day: date | None) -> None:
        self.appt = None
        self.saved.clear_message()
        self._clear_form()
        self._fill_organisations(None)
        self._fill_contacts(None)
        if day is not None:
            self.day_edit.setText(_date_text(day))
        self._mode_changed()
        self._show_mode("form")

    def open_form(self) -> None:
        appt = self.appt
        if appt is None:
            return
        self.saved.clear_message()
        self._clear_form()
        self._fill_organisations(appt.organisation_id)
        self._fill_contacts(appt.contact_id)
        self.title_edit.setText(appt.title)
        self.day_edit.setText(_date_text(appt.starts_at.date()))
        self.time_edit.setText(_time_text(appt.starts_at))
        if appt.ends_at is not None:
            self.end_edit.setText(_time_text(appt.ends_at))
        self.mode_buttons[Mode(appt.mode)].setChecked(True)
        self._mode_changed()
        self.place_edit.setText(appt.place)
        self.bring_editor.set_lines(appt.to_bring)
        self.mandatory_box.setChecked(appt.mandatory)
        self.notes_edit.setPlainText(appt.notes)
        self._show_mode("form")
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _read_form(self) -> tuple[Appointment | None, list[Problem]]:
        """The appointment the form describes, or the problems of what was typed."""
        problems: list[Problem] = []
        day = start_time = end_time = None
        try:
            day = parse_day(self.day_edit.text(), "day", today=today_for_typing())
        except InvalidRecord as exc:
            problems += exc.problems
        try:
            start_time = parse_time(self.time_edit.text(), "time")
        except InvalidRecord as exc:
            problems += exc.problems
        if self.end_edit.text().strip():
            try:
                end_time = parse_time(self.end_edit.text(), "ends_at")
            except InvalidRecord as exc:
                problems += exc.problems
        if not self.title_edit.text().strip():
            problems.append(Problem("title", "required"))
        if len(self.notes_edit.toPlainText()) > self._notes_max:
            problems.append(Problem("notes", "too_long", self._notes_max))
        if problems or day is None or start_time is None:
            return None, problems
        starts = datetime.combine(day, start_time, tzinfo=HOME_ZONE)
        ends = None
        if end_time is not None:
            ends = datetime.combine(day, end_time, tzinfo=HOME_ZONE)
        base = self.appt or Appointment(title="", starts_at=starts)
        return (
            replace(
                base,
                title=self.title_edit.text(),
                starts_at=starts,
                ends_at=ends,
                organisation_id=self.org_box.currentData(),
                contact_id=self.contact_box.currentData(),
                mode=self._mode(),
                place=self.place_edit.text(),
                to_bring=tuple(line for line in self.bring_editor.lines() if line.strip()),
                mandatory=self.mandatory_box.isChecked(),
                notes=self.notes_edit.toPlainText(),
            ),
            [],
        )

    def _form_problem_text(self, problem: Problem) -> str:
        typed = self.day_edit.text() if problem.field == "day" else ""
        return self.words.problem(problem, typed)

    @staticmethod
    def _form_field_of(problem: Problem) -> Problem:
        """The domain's field names, put on the form's fields."""
        if problem.field == "starts_at":
            name = "time" if problem.code == "nonexistent_time" else "day"
            return Problem(name, problem.code, problem.limit)
        return problem

    def save_form(self) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        self.form_message.clear_message()
        self.saved.clear_message()
        draft, problems = self._read_form()
        if draft is None:
            self._form_problems(problems)
            return
        save = add_appointment if draft.id is None else update_appointment
        write(self.form_message, lambda: save(carnet, draft), done=self._after_save,
              problems=lambda exc: self._form_problems(exc.problems))  # fmt: skip

    def _form_problems(self, problems: list[Problem]) -> None:
        problems = [self._form_field_of(p) for p in problems]
        show_problems(problems, self.f, FORM_ORDER, self._form_problem_text, self.form_message,
                      self.scroll)

    def _after_save(self, saved: Appointment) -> None:
        self.show_appointment(saved.id)
        text = self.tr("Saved.")
        if saved.is_past(self.session.clock()) and saved.status == S.PLANNED:
            text += " " + self.tr("This appointment is in the past: say what happened.")
        overlap = self._overlap_text(saved)
        if overlap:
            text += " " + overlap
        self.saved.show_ok(text)
        self.result.emit(
            self.tr("Noted: the appointment of %1 at %2")
            .replace("%1", self.words.day(home_day(saved.starts_at)))
            .replace("%2", time_text(saved.starts_at))
        )
        self.status_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- status ----------------------------------------------------------------------------------
    def _clear_status(self) -> None:
        for edit in (self.status_day_edit, self.channel_edit, self.reason_edit,
                     self.new_day_edit, self.new_time_edit):
            edit.clear()
        for f in self.s.values():
            f.clear_problem()
        self.status_problem.clear_message()
        self.status_message.clear_message()
        self.statuses.setExclusive(False)
        for button in self.status_buttons.values():
            button.setChecked(False)
        self.statuses.setExclusive(True)
        self.proof.clear()

    def open_status(self) -> None:
        appt = self.appt
        if appt is None:
            return
        self.saved.clear_message()
        self._clear_status()
        self.status_about.setText(f"{appt.title.rstrip('.')}. {self.words.when(appt)}")
        past = instant(appt.starts_at) <= instant(self.session.clock())
        # Before the appointment, "I went" and "I did not go" cannot be true yet: hidden.
        for status in (S.ATTENDED, S.MISSED, S.EXCUSED):
            self.status_buttons[status].setVisible(past)
        # Moved already: the new appointment is the one to move again (no second copy).
        self.status_buttons[S.MOVED].setVisible(appt.status != S.MOVED)
        current = self.status_buttons.get(AppointmentStatus(appt.status))
        if current is not None and not current.isHidden() and appt.status != S.PLANNED:
            current.setChecked(True)
        self.reason_edit.setText(appt.status_reason)
        self.channel_edit.setText(appt.status_channel)
        self.status_day_edit.setText(_date_text(home_day(self.session.clock())))
        self.proof.collect()
        self._status_changed()
        self._show_mode("status")
        self.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    def _chosen_status(self) -> AppointmentStatus | None:
        for status, button in self.status_buttons.items():
            if button.isChecked():
                return status
        return None

    def _status_changed(self) -> None:
        status = self._chosen_status()
        self.s["status_day"].setVisible(status == S.CANCELLED_BY_ME)
        self.s["status_channel"].setVisible(status == S.CANCELLED_BY_ME)
        self.s["status_reason"].setVisible(
            status in (S.EXCUSED, S.CANCELLED_BY_ME, S.CANCELLED_BY_THEM, S.MOVED)
        )
        self.s["status_reason"].set_label(
            self.tr("What was the reason?")
            if status == S.EXCUSED
            else self.tr("Why? (you can leave it empty)")
        )
        self.proof_help.setVisible(status == S.EXCUSED)
        self.proof.setVisible(status in PROOF_STATUSES)
        self.s["new_day"].setVisible(status == S.MOVED)
        self.s["new_time"].setVisible(status == S.MOVED)
        self.status_problem.clear_message()

    def save_status(self) -> None:
        carnet, appt = self.session.carnet, self.appt
        if carnet is None or appt is None or appt.id is None:
            return
        self.status_message.clear_message()
        status = self._chosen_status()
        fields: dict[str, FormField] = dict(self.s)
        if status is None:
            self.status_problem.show_error(self.tr("Choose one answer."))
            self.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)
            return
        problems: list[Problem] = []
        now = self.session.clock()
        try:
            if status == S.MOVED:
                problems, starts = self._new_start()
                if starts is not None:
                    ends = None
                    if appt.ends_at is not None:
                        ends = starts + (appt.ends_at.replace(tzinfo=None)
                                         - appt.starts_at.replace(tzinfo=None))
                    _old, new = move_appointment(
                        carnet, appt.id, starts, ends, reason=self.reason_edit.text()
                    )
                    self._status_saved(new.id, moved=True)
                    return
            else:
                when = now
                if status == S.CANCELLED_BY_ME:
                    when, problems = self._cancel_day(now)
                if not problems:
                    change = StatusChange(
                        status,
                        reason=self.reason_edit.text() if status != S.PLANNED else "",
                        channel=self.channel_edit.text() if status == S.CANCELLED_BY_ME else "",
                    )
                    proofs = self.proof.chosen_ids() if status in PROOF_STATUSES else []
                    set_status(carnet, appt.id, change, document_ids=proofs, now=when)
                    self._status_saved(appt.id)
                    return
        except InvalidRecord as exc:
            problems = list(exc.problems)
        except RecordNotFound:
            self.status_message.show_error(
                self.tr("This appointment is no longer in your carnet.")
            )
            return
        except CarnetError as exc:
            self.status_message.show_error(error_text(exc))
            return
        fields["status"] = _MessageField(self.status_problem, self.first_focus())
        problems = [self._status_field_of(p) for p in problems]
        show_problems(problems, fields, STATUS_ORDER, self._status_problem_text,
                      self.status_message, self.scroll)

    def _status_field_of(self, problem: Problem) -> Problem:
        if problem.field in ("starts_at", "ends_at"):
            name = "new_time" if problem.code == "nonexistent_time" else "new_day"
            return Problem(name, problem.code, problem.limit)
        if problem.field == "moved_to_uid":
            return Problem("status", problem.code, problem.limit)
        return problem

    def _status_problem_text(self, problem: Problem) -> str:
        typed = {"new_day": self.new_day_edit.text(), "status_day": self.status_day_edit.text()}
        return self.words.problem(problem, typed.get(problem.field, ""))

    def _new_start(self) -> tuple[list[Problem], datetime | None]:
        problems: list[Problem] = []
        day = moment = None
        try:
            day = parse_day(self.new_day_edit.text(), "new_day", today=today_for_typing())
        except InvalidRecord as exc:
            problems += exc.problems
        try:
            moment = parse_time(self.new_time_edit.text(), "new_time")
        except InvalidRecord as exc:
            problems += exc.problems
        if problems or day is None or moment is None:
            return problems, None
        return [], datetime.combine(day, moment, tzinfo=HOME_ZONE)

    def _cancel_day(self, now: datetime) -> tuple[datetime, list[Problem]]:
        try:
            day = parse_day(self.status_day_edit.text(), "status_day", today=today_for_typing())
        except InvalidRecord as exc:
            return now, list(exc.problems)
        today = home_day(now)
        if day > today:
            return now, [Problem("status_day", "future_day")]
        if day == today:
            return now, []
        # The day it was done, at the same hour as now (noon if that hour does not exist).
        moment = now.astimezone(HOME_ZONE).replace(tzinfo=None)
        try:
            return datetime.combine(day, moment.time(), tzinfo=HOME_ZONE), []
        except ValueError:
            return datetime.combine(day, moment.time().replace(hour=12), tzinfo=HOME_ZONE), []

    def _status_saved(self, appt_id: int | None, *, moved: bool = False) -> None:
        self.show_appointment(appt_id)
        if moved and self.appt is not None:
            text = self.tr("Saved. Here is the new appointment.")
        else:
            text = self.tr("Saved.")
        self.saved.show_ok(text)
        self.result.emit(text)
        self.status_button.setFocus(Qt.FocusReason.OtherFocusReason)


class _MessageField:
    """The status choices as a 'field' for show_problems: a message line and a focus target."""

    def __init__(self, message: Message, target: QWidget):
        self.message, self.target = message, target

    def show_problem(self, text: str) -> None:
        self.message.show_error(text)

    def clear_problem(self) -> None:
        self.message.clear_message()

    def focus_target(self) -> QWidget:
        return self.target

