"""'Someone is helping me': who helps, what they may do, for how long; the consent, shown large
and read aloud, that the person confirms; then what was done, and the end at any time."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from app.carnet import CarnetError
from app.domain.validation import InvalidRecord, Problem
from app.records.helper import (
    FIRST_NAME_MAX,
    MAX_MINUTES,
    ORGANISATION_MAX,
    HelperRights,
    HelperSession,
    validate,
)
from app.sheets import HelperReceipt

from .. import appearance
from ..formatting import time_text
from ..helper_session import (
    BUTTON,
    act_words,
    action_words,
    done_words,
    helper_controller,
    person_confirms,
    rights_words,
    who_words,
)
from ..messages import error_text
from ..paper_dialog import PaperDialog, show_sheet
from ..print_sheets import helper_receipt_sheet
from ..reading import Part
from ..widgets import Button, Message, Text, Title
from .base import Screen
from .record_form import FormField, button_row, show_problems
from .record_kit import duration_words

DURATIONS = (30, 60, 90, MAX_MINUTES)
FORM_ORDER = ["first_name", "organisation", "rights", "minutes"]


class HelperScreen(Screen):
    key = "helper"
    back_to = "today"

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.controller = helper_controller(session)
        self.controller.changed.connect(self._follow)
        self.step = "form"  # form | consent | running | ended
        self._build_form()
        self._build_consent()
        self._build_running()
        self.body.addStretch(1)
        self._show("form")

    # -- building --------------------------------------------------------------------------
    def _box(self) -> tuple[QWidget, QVBoxLayout]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(appearance.current().px(16))
        self.body.addWidget(box)
        return box, layout

    def _build_form(self) -> None:
        self.form_box, form = self._box()
        self.f: dict[str, FormField] = {}
        self.first_name = QLineEdit()
        self.first_name.setMaxLength(FIRST_NAME_MAX * 2)
        self.f["first_name"] = FormField(self.tr("First name of the person who helps you"),
                                         self.first_name)  # fmt: skip
        self.organisation = QLineEdit()
        self.organisation.setMaxLength(ORGANISATION_MAX * 2)
        self.f["organisation"] = FormField(
            self.tr("Their association or service (you can leave it empty)"), self.organisation,
            self.tr("For example: Secours populaire, the library, the town hall."),
        )  # fmt: skip
        for name in ("first_name", "organisation"):
            form.addWidget(self.f[name])
        self.rights_label = Text(self.tr("What may they do in your carnet?"))
        form.addWidget(self.rights_label)
        self.rights = QButtonGroup(self)
        self.rights_buttons: dict[HelperRights, QRadioButton] = {}
        # A short name on the button and the whole sentence under it (as on "I received a
        # letter"): a radio button's words do not wrap, and the long ones ran off the window
        # at 200 %.
        for rights in HelperRights:
            button = QRadioButton(self._rights_names()[rights])
            button.setAccessibleName(button.text())
            whole = rights_words(rights)[:1].upper() + rights_words(rights)[1:] + "."
            button.setAccessibleDescription(whole)
            self.rights.addButton(button)
            self.rights_buttons[rights] = button
            form.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            form.addWidget(Text(whole, "help"))
        self.rights_message = Message()
        form.addWidget(self.rights_message)
        self.minutes_label = Text(self.tr("For how long? Two hours at most."))
        form.addWidget(self.minutes_label)
        self.durations = QButtonGroup(self)
        self.duration_buttons: dict[int, QRadioButton] = {}
        for minutes in DURATIONS:
            button = QRadioButton(duration_words(minutes))
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(self.minutes_label.text())
            self.durations.addButton(button)
            self.duration_buttons[minutes] = button
            form.addWidget(button)
        self.form_message = Message()
        form.addWidget(self.form_message)
        self.next_button = Button(self.tr("Next"), "next", primary=True)
        self.next_button.clicked.connect(self.to_consent)
        form.addWidget(button_row(self.next_button))

    def _build_consent(self) -> None:
        self.consent_box, box = self._box()
        self.consent_text = Title()  # large: the person reads it, or hears it
        box.addWidget(self.consent_text)
        self.consent_message = Message()
        box.addWidget(self.consent_message)
        self.agree_button = Button(self.tr("Yes, I agree"), "check", primary=True)
        self.agree_button.setAccessibleDescription(
            self.tr("The person who owns the carnet presses this button.")
        )
        self.agree_button.clicked.connect(self.agree)
        self.read_consent = Button(self.tr("Read it again"), "speaker")
        self.read_consent.clicked.connect(lambda: self.read_request.emit(self._consent_parts()))
        self.refuse_button = Button(self.tr("No, change something"), "back")
        self.refuse_button.clicked.connect(lambda: self._show("form"))
        box.addWidget(button_row(self.agree_button, self.read_consent, self.refuse_button))

    def _build_running(self) -> None:
        self.running_box, box = self._box()
        self.status_text = Text()
        box.addWidget(self.status_text)
        self.done_title = Text(self.tr("What was done:"), "title")
        box.addWidget(self.done_title)
        self.allowed_message = Message()
        box.addWidget(self.allowed_message)
        self.done_text = Text()
        box.addWidget(self.done_text)
        self.end_button = Button(self.tr("End the help now"), "stop", primary=True)
        self.end_button.clicked.connect(lambda: self.controller.end_and_close(BUTTON))
        self.allow_button = Button(self.tr("Allow with my password"), "key")
        self.allow_button.setAccessibleDescription(
            self.tr("Only you type your password. Then one thing can be removed.")
        )
        self.allow_button.clicked.connect(
            lambda: person_confirms(self, self.session, self._allowed, act_words("remove"))
        )
        self.receipt_button = Button(self.tr("Print the receipt"), "print")
        self.receipt_button.setAccessibleDescription(
            self.tr("A paper that says who helped you, when, and what was done.")
        )
        self.receipt_button.clicked.connect(self.print_receipt)
        self.new_button = Button(self.tr("Someone else helps me"), "person")
        self.new_button.clicked.connect(self.open_form)
        self.today_button = Button(self.tr("Back to today"), "home")
        self.today_button.clicked.connect(lambda: self.navigate.emit("today"))
        box.addWidget(
            button_row(
                self.end_button,
                self.allow_button,
                self.receipt_button,
                self.new_button,
                self.today_button,
            )
        )

    # -- the screen ------------------------------------------------------------------------
    def title(self) -> str:
        return {
            "form": self.tr("Someone is helping me"),
            "consent": self.tr("Do you agree?"),
            "running": self.tr("Someone is helping you"),
            "ended": self.tr("The help has ended"),
        }[self.step]

    def help_text(self) -> str:
        return {
            "form": self.tr("Fill this in together. Then you choose if you agree."),
            "consent": self.tr("Read this with the person who helps you. Only you decide."),
            "running": self.tr("You can end the help at any time."),
            "ended": self.tr("This is what was done during the help."),
        }[self.step]


    def first_focus(self):
        return {
            "form": self.first_name,
            "consent": self.agree_button,
            "running": self.end_button,
            "ended": self.today_button,
        }[self.step]

    def entered(self) -> None:
        if self.controller.current is not None:
            self._show("running")
        elif self.step == "form" and self.controller.last is not None:
            self._show("ended")  # the help ended and closed the carnet: what was done
        elif self.step in ("running", "ended") and self.controller.last is None:
            self.open_form()
        elif self.step == "running":
            self._show("ended")
        super().entered()

    def left(self) -> None:
        if self.step in ("form", "consent"):
            self._clear_form()
            self._show("form")

    def reading_parts(self) -> list[Part]:
        if self.step == "consent":
            return [Part(self.help_text(), self.help_line), *self._consent_parts()]
        return super().reading_parts()

    def _show(self, step: str) -> None:
        self.step = step
        self.form_box.setVisible(step == "form")
        self.consent_box.setVisible(step == "consent")
        self.running_box.setVisible(step in ("running", "ended"))
        self.end_button.setVisible(step == "running")
        self.allow_button.setVisible(step == "running")
        self.new_button.setVisible(step == "ended")
        if step in ("running", "ended"):
            self._fill_running()
        self.scroll.verticalScrollBar().setValue(0)
        self.header_changed.emit()

    def _follow(self) -> None:
        """The session started or ended (here, in the banner, or by itself)."""
        if self.controller.current is not None:
            self._show("running")
        elif self.step == "running":
            self._show("ended")
        if self.isVisible():
            focus = self.first_focus()
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- form and consent ------------------------------------------------------------------
    def open_form(self) -> None:
        self._clear_form()
        self.controller.last = None
        self._show("form")
        self.first_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_form(self) -> None:
        self.first_name.clear()
        self.organisation.clear()
        for group in (self.rights, self.durations):
            group.setExclusive(False)
            for b in group.buttons():
                b.setChecked(False)
            group.setExclusive(True)
        for f in self.f.values():
            f.clear_problem()
        for m in (self.form_message, self.rights_message, self.consent_message):
            m.clear_message()

    def _chosen(self) -> tuple[HelperRights | None, int | None]:
        rights = next((r for r, b in self.rights_buttons.items() if b.isChecked()), None)
        minutes = next((m for m, b in self.duration_buttons.items() if b.isChecked()), None)
        return rights, minutes

    def _problem_words(self, problem: Problem) -> str:
        if problem.field == "first_name":
            if problem.code == "required":
                return self.tr("Write the first name of the person who helps you.")
            return self.tr("This first name is too long or has a sign that cannot be used.")
        if problem.field == "organisation":
            return self.tr("This name is too long or has a sign that cannot be used.")
        if problem.field == "rights":
            return self.tr("Choose what they may do.")
        return self.tr("Choose for how long.")

    def _rights_names(self) -> dict[HelperRights, str]:
        return {
            HelperRights.LOOK: self.tr("Look only"),
            HelperRights.ADD: self.tr("Look and add"),
            HelperRights.CHANGE: self.tr("Look, add and change"),
        }

    def to_consent(self) -> None:
        rights, minutes = self._chosen()
        problems = validate(self.first_name.text(), self.organisation.text(),
                            str(rights) if rights else "", minutes)  # fmt: skip
        self.rights_message.clear_message()
        if problems:
            fields = {**self.f, "rights": _Line(self.rights_message, self.rights_buttons),
                      "minutes": _Line(self.form_message, self.duration_buttons)}  # fmt: skip
            show_problems(problems, fields, FORM_ORDER, self._problem_words, self.form_message,
                          self.scroll)  # fmt: skip
            return
        assert rights is not None and minutes is not None
        until = self.session.clock() + timedelta(minutes=minutes)
        self.consent_text.setText(
            self._consent(
                self.first_name.text().strip(), self.organisation.text().strip(), rights, until
            )
        )
        self._show("consent")
        self.agree_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.read_request.emit(self._consent_parts())  # read aloud at once

    def _consent(self, first: str, org: str, rights: HelperRights, until) -> str:
        who = self.tr("%1 from %2").replace("%1", first).replace("%2", org) if org else first
        lines = [
            self.tr("%1 will help you until %2.").replace("%1", who)
            .replace("%2", time_text(until)),
            self.tr("%1 may %2.").replace("%1", first).replace("%2", rights_words(rights)),
            self.tr("%1 will not see your password or your recovery code.").replace("%1", first),
            self.tr("To copy, print or remove, you type your password yourself."),
            self.tr("Everything done is written in your journal."),
            self.tr("You can end the help at any time."),
        ]  # fmt: skip
        return "\n".join(lines)

    def _consent_parts(self) -> list[Part]:
        return [Part(self.consent_text.text(), self.consent_text)]

    def agree(self) -> None:
        rights, minutes = self._chosen()
        if rights is None or minutes is None:
            self._show("form")
            return
        try:
            self.controller.start(self.first_name.text(), self.organisation.text(), rights,
                                  minutes)  # fmt: skip
        except InvalidRecord:
            self.consent_message.show_error(
                self.tr("A help session is already going on. End it first.")
            )
        except CarnetError as exc:
            self.consent_message.show_error(error_text(exc))

    # -- during and after ------------------------------------------------------------------
    def receipt(self) -> HelperReceipt | None:
        current = self.controller.current or self.controller.last
        if current is None:
            return None
        allowed = rights_words(current.rights)
        return HelperReceipt(
            first_name=current.first_name,
            organisation=current.organisation,
            rights=allowed[:1].upper() + allowed[1:],
            started_at=current.started_at,
            ended_at=current.ended_at,
            actions=[action_words(x) for x in self.controller.actions()],
        )

    def print_receipt(self) -> PaperDialog | None:
        receipt = self.receipt()
        if receipt is None:
            return None
        return show_sheet(self, helper_receipt_sheet(receipt, self.session.clock()))

    def _allowed(self) -> None:
        self.controller.allow_for_a_while()
        self.allowed_message.show_ok(
            self.tr("One thing can be removed now. After that, it needs your password again.")
        )

    def _fill_running(self) -> None:
        current: HelperSession | None = self.controller.current or self.controller.last
        if current is None:
            self.status_text.setText("")
            self.done_text.setText("")
            return
        if self.controller.current is not None:
            status = self.tr("%1 helps you until %2. They may %3.")
        else:
            status = self.tr("%1 helped you until %2. They could %3.")
            if current.ended_at is not None:
                status = status.replace("%2", time_text(current.ended_at))
        status = status.replace("%1", who_words(current)).replace("%2", time_text(current.until))
        self.status_text.setText(status.replace("%3", rights_words(current.rights)))
        self.done_text.setText("\n".join(done_words(self.controller.actions())))


class _Line:
    """A problem line for a group of radio buttons (show_problems' field interface)."""

    def __init__(self, message: Message, buttons: dict):
        self.message, self.buttons = message, buttons

    def show_problem(self, text: str) -> None:
        self.message.show_error(text)

    def clear_problem(self) -> None:
        self.message.clear_message()

    def focus_target(self) -> QWidget:
        return next(iter(self.buttons.values()))
