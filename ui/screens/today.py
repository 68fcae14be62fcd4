from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain import home_day
from app.domain.appointments import Appointment
from app.records import upcoming
from app.records.today import NextAppointment, ObligationItem, Reminder, TodayView, today
from app.sheets.model import SheetChoice

from .. import appearance
from ..flow_layout import FlowRow
from ..formatting import capitalised, day_text, duration_text, time_text
from ..reading import Part
from ..shared_pc_words import is_alarming, last_opening_text
from ..widgets import Button, Card, Message, Text
from . import paper_choices, registry
from .base import Screen
from .record_words import RecordWords

# The places most tasks start from (issue 16's eight tasks), as tiles at the top of Today.
MAIN_PLACES = ("agenda", "message", "hours", "documents")


class TodayScreen(Screen):
    """What to do now, in sentences: reminders, the next appointment, what is due, this week's
    hours, the last exchange. Each card has its own Read button; each opens its screen."""

    key = "today"

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.words = RecordWords(self)
        self.greeting = Text()
        # The way to the main places before any other line: in the first screenful at 200 % on
        # a small screen. The greeting, the help line and the last opening come next.
        self._add_tiles(0)
        self.body.insertWidget(1, self.greeting)
        # "Last opening: Tuesday at 10:12. 2 failed password attempts since." (shared PC)
        self.last_opening = Message()
        self.body.addWidget(self.last_opening)
        self.reminder_card, self.reminder_title, self.reminder_text = self._card(
            self.tr("Reminders"), self.tr("Read the reminders")
        )
        self.next_card, self.next_title, self.next_text = self._card(
            self.tr("Next appointment"), self.tr("Read this appointment"), "agenda"
        )
        self.next_read = self.next_card.findChildren(Button)[0]
        self.due_card, self.due_title, self.due_text = self._card(
            self.tr("To do"), self.tr("Read what is to do"), "obligations"
        )
        self.hours_card, self.hours_title, self.hours_text = self._card(
            self.tr("Hours this week"), self.tr("Read the hours"), "hours"
        )
        self.journal_card, self.journal_title, self.journal_text = self._card(
            self.tr("Last exchange"), self.tr("Read the last exchange"), "journal"
        )
        self.print_week_button = Button(self.tr("Print my week"), "print")
        self.print_week_button.clicked.connect(lambda: paper_choices.offer(self, self.sheets()))
        self.body.addWidget(self.print_week_button)
        self._add_menu()
        self.body.addStretch(1)

    def _card(self, title: str, read_label: str, opens: str = "") -> tuple[Card, Text, Text]:
        card = Card()
        heading, text = Text(title, "title"), Text()
        card.layout_.addWidget(heading)
        card.layout_.addWidget(text)
        read = Button(read_label, "speaker")
        read.clicked.connect(
            lambda: self.read_request.emit([Part(heading.text(), heading), Part(text.text(), text)])
        )
        card.layout_.addWidget(read)
        self.body.addWidget(card)
        return card, heading, text

    def _add_tiles(self, index: int) -> None:
        """The main places as large tiles at the top, in the first screenful even at 200 %
        on a small screen; "More" leads to every other place (the list at the bottom). Titles,
        icons and descriptions come from the table of screens."""
        self.tiles: dict[str, Button] = {}
        row = FlowRow(spacing=appearance.current().px(12))
        for key in MAIN_PLACES:
            tile = registry.entry(key).tile
            if tile is None:
                continue
            button = Button(tile.title(), tile.icon, description=tile.description())
            button.setProperty("role", "tile")
            button.clicked.connect(lambda _=False, k=key: self.navigate.emit(k))
            row.flow.addWidget(button)
            self.tiles[key] = button
        more = Button(self.tr("More…"), "list", description=self.tr("Every other place"))
        more.setProperty("role", "tile")
        more.clicked.connect(self._show_menu)
        row.flow.addWidget(more)
        self.tiles["more"] = more
        self.body.insertWidget(index, row)

    def _show_menu(self) -> None:
        first = next(iter(self.menu_buttons.values()), None)
        if first is not None:
            self.scroll.ensureWidgetVisible(self.menu_title, 0, 0)
            self.scroll.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_menu(self) -> None:
        """A button to each screen that the table of screens puts on Today, in its order."""
        self.menu_title = Text(self.tr("Every place"), "title")
        self.body.addWidget(self.menu_title)
        self.menu_buttons: dict[str, Button] = {}
        for entry in registry.tiles():
            assert entry.tile is not None
            button = Button(entry.tile.title(), entry.tile.icon)
            button.clicked.connect(lambda _=False, k=entry.key: self.navigate.emit(k))
            self.body.addWidget(button)
            self.menu_buttons[entry.key] = button

    def sheets(self) -> list[SheetChoice]:
        """My week, and the card of the next appointment when there is one."""
        carnet = self.session.carnet
        if carnet is None:
            return []
        choices = [paper_choices.week_choice(self.session)]
        nxt = upcoming(carnet, limit=1, now=self.session.clock())  # one query: header refresh
        if nxt and nxt[0].id is not None:
            choices.append(paper_choices.card_choice(self.session, nxt[0].id, next_one=True))
        return choices

    def title(self) -> str:
        return self.tr("Today, %1").replace("%1", day_text(home_day(self.session.clock())))

    def help_text(self) -> str:
        return self.tr("Here is what you have to do. Press “Lock” when you leave.")

    def refresh(self) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        view = today(carnet, self.session.clock())
        name = carnet.owner_name
        self.greeting.setText(
            self.tr("Hello %1.").replace("%1", name) if name else self.tr("Hello.")
        )
        self._show_last_opening()
        self.reminder_text.setText(" ".join(self._reminder(r) for r in view.reminders))
        self.reminder_card.setVisible(bool(view.reminders))
        self.next_text.setText(
            self.describe_next(view.next_appointment)
            if view.next_appointment
            else self.tr("Nothing is planned for now.")
        )
        self.due_text.setText(self._due(view))
        self.hours_card.setVisible(view.hours_expected)
        self.hours_text.setText(self._hours(view))
        last = view.last_journal
        self.journal_card.setVisible(last is not None)
        if last is not None:
            when = day_text(last.draft.happened_on or last.written_at.date())
            self.journal_text.setText(f"{capitalised(when)}. {last.draft.summary}")

    def _show_last_opening(self) -> None:
        seen = self.session.last_opening
        if seen is None:
            self.last_opening.clear_message()
            return
        text = last_opening_text(seen, self.session.clock())
        if is_alarming(seen):
            self.last_opening.show_error(text)
        else:
            self.last_opening.show_ok(text)

    # -- sentences -----------------------------------------------------------------------------
    def describe(self, appt: Appointment, org_name: str = "") -> str:
        """One sentence per idea: when, with whom, where (or by phone), what to bring. The
        wording is the appointment screen's own (RecordWords), so both say it the same way."""
        words = self.words
        parts = [words.when(appt), appt.title + "."]
        if org_name:
            parts.append(self.tr("With %1.").replace("%1", org_name))
        parts += [words.place(appt), words.bring(appt)]
        if appt.mandatory:
            parts.append(words.mandatory())
        return " ".join(p for p in parts if p)

    def describe_next(self, nxt: NextAppointment) -> str:
        text = self.describe(nxt.appointment, nxt.organisation.name if nxt.organisation else "")
        if nxt.contact is not None and nxt.contact.name:
            text += " " + self.tr("You will see %1.").replace("%1", nxt.contact.name)
        return text

    def _obligation_title(self, item: ObligationItem) -> str:
        occurrence = item.occurrence
        if occurrence.title:
            return occurrence.title
        if item.template is None:
            return self.tr("A step to do")
        titles = item.template.title
        return titles.get(appearance.current().settings.language) or next(iter(titles.values()), "")

    def _due(self, view: TodayView) -> str:
        lines = []
        for item in view.overdue_obligations:
            late = self.tr("Late since %1: %2.").replace("%1", day_text(item.occurrence.closes_on))
            lines.append(late.replace("%2", self._obligation_title(item)))
        for item in view.open_obligations:
            line = self.tr("By %1: %2.").replace("%1", day_text(item.occurrence.closes_on))
            line = line.replace("%2", self._obligation_title(item))
            if item.needs_review:
                line += " " + self.tr("(rule to check)")
            lines.append(capitalised(line))
        return "\n".join(lines) if lines else self.tr("Nothing to do for now.")

    def _hours(self, view: TodayView) -> str:
        week = view.week
        done = duration_text(week.total_minutes)
        target = duration_text(week.target_minutes)
        return self.tr("%1 out of %2 this week.").replace("%1", done).replace("%2", target)

    def _reminder(self, reminder: Reminder) -> str:
        if reminder.safe_date and reminder.obligation is not None:
            text = self.tr("Do it today, to be safe: %1. The last day is %2.")
            return text.replace("%1", self._obligation_title(reminder.obligation)).replace(
                "%2", day_text(reminder.on)
            )
        if reminder.days_before == 0:
            when = self.tr("Today")
        elif reminder.days_before == 1:
            when = self.tr("Tomorrow")
        else:
            when = capitalised(day_text(reminder.on))
        if reminder.appointment is not None:
            what = self.tr("appointment: %1").replace("%1", reminder.appointment.title)
            what += " " + self.tr("at %1").replace("%1", time_text(reminder.appointment.starts_at))
        elif reminder.obligation is not None:
            what = self.tr("last day: %1").replace(
                "%1", self._obligation_title(reminder.obligation))
        else:
            return ""
        return f"{when}, {what}."

    def entered(self) -> None:
        self.refresh()
        super().entered()

    def first_focus(self):
        return self.tiles[MAIN_PLACES[0]]  # the top of the page: nothing scrolls it away

    def left(self) -> None:
        self.last_opening.clear_message()
        for label in (self.greeting, self.next_text, self.due_text, self.hours_text,
                      self.journal_text, self.reminder_text):  # fmt: skip
            label.clear()
