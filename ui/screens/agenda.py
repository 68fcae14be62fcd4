"""The agenda: the days that hold something, as a list of sentences (handbook §5: a list, not a
month grid), and a search across the whole carnet shown as the same kind of list.

Only a window of weeks around today is read (a 10-year carnet holds about 1,700 appointments);
"Show earlier days" and "Show later days" read more, and scrolling to the end reads later days
by itself (Qt's fetchMore)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QWidget

from app.carnet import CarnetError
from app.domain import home_day
from app.domain.appointments import Appointment
from app.domain.days import day_start, week_start
from app.domain.obligations import Occurrence, OccurrenceStatus
from app.records import (
    AgendaDay,
    ItemKind,
    SearchHit,
    agenda_days,
    get_appointment,
    list_appointments,
    list_organisations,
    search,
    template_of,
)
from app.records.db import RecordNotFound

from .. import appearance
from ..flow_layout import FlowLayout
from ..formatting import capitalised
from ..messages import error_text
from ..reading import Part
from ..widgets import Button, Message, Text
from .base import Screen
from .record_words import RecordWords
from .registry import has_screen
from .sentence_list import Row, RowKind, SentenceList, SentenceModel

WEEKS_BEFORE = 4  # first view: four weeks back, eight ahead
WEEKS_AFTER = 8
CHUNK = timedelta(weeks=12)  # each "earlier" or "later"
SEARCH_DELAY_MS = 300
SEARCH_LIMIT = 1000  # matches read (about 10 ms on a 10-year carnet)
SEARCH_SHOWN = 200  # rows shown: people and organisations first, then the newest

Index = QModelIndex | QPersistentModelIndex


class AgendaModel(SentenceModel):
    """Asks its screen for later days when the view scrolls to the end (Qt's fetchMore)."""

    def __init__(self, screen: AgendaScreen):
        super().__init__(screen)
        self.screen = screen

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self.screen.can_load_later()

    def fetchMore(self, parent: Index) -> None:
        if not parent.isValid():
            self.screen.load_later(auto=True)



# Where a search hit opens: (screen key, payload maker).
HIT_TARGETS = {
    "appointment": ("appointment", lambda hit: hit.id),
    "organisation": ("directory", lambda hit: ("organisation", hit.id)),
    "contact": ("directory", lambda hit: ("contact", hit.id)),
    "journal": ("journal", lambda hit: hit.id),
    "activity": ("hours", lambda hit: hit.id),
    "document": ("documents", lambda hit: hit.id),
    "obligation_occurrence": ("obligations", lambda hit: hit.id),
}


class AgendaScreen(Screen):
    key = "agenda"
    back_to = "today"

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.words = RecordWords(self)
        self.first_day: date | None = None  # the days read so far: [first_day, last_day]
        self.last_day: date | None = None
        self.nothing_later = False
        self.searching = ""  # the words of the search shown, "" for the agenda
        self._anchor: tuple[date, int | None] | None = None  # where to come back to
        self._org_names: dict[int, str] = {}
        self._loaded_uids: dict[str, Appointment] = {}

        # Rows that wrap at 200 %: [Add] [search words] [Search], then [Earlier] [Later] and
        # the summary; the list takes the rest of the height.
        look = appearance.current()
        top = QWidget()
        flow = FlowLayout(top, spacing=look.px(12))
        flow.setContentsMargins(0, 0, 0, 0)
        self.add_button = Button(
            self.tr("Add an appointment"), "add", shortcut="Ctrl+N", primary=True
        )
        self.add_button.clicked.connect(self._add)
        self.search_edit = QLineEdit()
        self.search_edit.setMaxLength(200)
        # The Search button beside it is its visible label; the placeholder says what to type.
        self.search_edit.setPlaceholderText(self.tr("A word to search"))
        self.search_edit.setAccessibleName(self.tr("Search in your carnet"))
        self.search_edit.setAccessibleDescription(
            self.tr("Type a word: a name, a place, a paper to bring.")
        )
        self.search_button = Button(self.tr("Search"), "search")
        self.search_button.clicked.connect(self.run_search)
        self.back_to_agenda = Button(self.tr("Back to the agenda"), "calendar")
        self.back_to_agenda.clicked.connect(self.end_search)
        self.back_to_agenda.hide()
        for widget in (self.add_button, self.search_edit, self.search_button, self.back_to_agenda):
            flow.addWidget(widget)
        self.body.addWidget(top)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_edit.textEdited.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.run_search)

        moves = QWidget()
        flow = FlowLayout(moves, spacing=look.px(12))
        flow.setContentsMargins(0, 0, 0, 0)
        self.earlier_button = Button(self.tr("Show earlier days"), "arrow-up")
        self.earlier_button.clicked.connect(self.load_earlier)
        self.later_button = Button(self.tr("Show later days"), "arrow-down")
        self.later_button.clicked.connect(lambda: self.load_later(auto=False))
        flow.addWidget(self.earlier_button)
        flow.addWidget(self.later_button)
        self.body.addWidget(moves)
        self.summary = Text("", "help")
        self.body.addWidget(self.summary)
        self.message = Message()
        self.body.addWidget(self.message)

        self.model = AgendaModel(self)
        self.list = SentenceList(
            self.tr("Agenda"),
            self.tr("Move with the arrow keys. Press Enter to open an appointment."),
        )
        self.list.setModel(self.model)
        self.list.opened.connect(self._open)
        self.body.addWidget(self.list, 1)
        self._sizes()
        look.changed.connect(self._sizes)

    def _sizes(self) -> None:
        look = appearance.current()
        self.list.setMinimumHeight(look.px(200))
        self.search_edit.setMinimumWidth(look.px(260))

    # -- the screen ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Search") if self.searching else self.tr("My agenda")

    def help_text(self) -> str:
        if self.searching:
            return self.tr("What your carnet holds with these words. Press Enter to open one.")
        return self.tr("Your appointments, day by day. Press Enter to open one.")


    def first_focus(self):
        return self.list

    def entered(self) -> None:
        self.message.clear_message()
        anchor, self._anchor = self._anchor, None  # once: coming back from that appointment
        self.show_agenda(anchor[0] if anchor else None, anchor[1] if anchor else None)
        super().entered()

    def left(self) -> None:
        self._search_timer.stop()
        self.search_edit.clear()
        self.searching = ""
        self.back_to_agenda.hide()
        self.model.clear()
        self._loaded_uids.clear()
        self._org_names.clear()
        self.summary.setText("")
        self.message.clear_message()
        self.first_day = self.last_day = None

    def reading_parts(self) -> list[Part]:
        """The help line, the summary, then the list from the current row on (a dozen rows)."""
        parts = [Part(self.help_text(), self.help_line), Part(self.summary.text(), self.summary)]
        start = max(0, self.list.currentIndex().row())
        for row in self.model.rows[start : start + 12]:
            parts.append(Part(row.text, None))
        return parts

    # -- the agenda ------------------------------------------------------------------------------
    def _today(self) -> date:
        return home_day(self.session.clock())

    def _now(self) -> datetime:
        return self.session.clock()

    def show_agenda(self, around: date | None = None, appointment_id: int | None = None) -> None:
        """Read the weeks around `around` (today by default) and put the current row on the
        appointment, or on today."""
        carnet = self.session.carnet
        if carnet is None:
            return
        today = self._today()
        around = around or today
        self.searching = ""
        self.back_to_agenda.hide()
        self.earlier_button.show()
        self.later_button.show()
        self.header_changed.emit()
        self._org_names = {o.id: o.name for o in list_organisations(carnet) if o.id is not None}
        self._loaded_uids.clear()
        self.first_day = week_start(around) - timedelta(weeks=WEEKS_BEFORE)
        self.last_day = week_start(around) + timedelta(weeks=WEEKS_AFTER, days=6)
        self.nothing_later = False
        days = agenda_days(carnet, self.first_day, self.last_day)
        self.model.set_rows(self._rows(days, with_today=True))
        self._update_summary()
        self._select(around, appointment_id)

    def _select(self, day: date, appointment_id: int | None) -> None:
        rows = self.model.rows
        if appointment_id is not None:
            for number, row in enumerate(rows):
                if row.target == ("appointment", appointment_id):
                    self.list.select_row(number)
                    return
        for number, row in enumerate(rows):
            if row.day is not None and row.day >= day and row.kind == RowKind.HEADING:
                self.list.select_row(number, top=True)
                return
        self.list.select_row(len(rows) - 1)

    def _rows(self, days: list[AgendaDay], *, with_today: bool = False) -> list[Row]:
        today, now = self._today(), self._now()
        for day in days:
            for item in day.items:
                if item.appointment is not None:
                    self._loaded_uids[item.appointment.uid] = item.appointment
        rows: list[Row] = []
        placed_today = not with_today or not (self.first_day <= today <= self.last_day)
        for day in days:
            if not placed_today and day.day >= today:
                if day.day > today:
                    rows += self._empty_today(today)
                placed_today = True
            rows.append(
                Row(RowKind.HEADING, self.words.heading(day.day, today), day=day.day,
                    current=day.day == today)
            )
            for item in day.items:
                rows.append(self._item_row(day.day, item, now, today))
        if not placed_today:
            rows += self._empty_today(today)
        return rows

    def _empty_today(self, today: date) -> list[Row]:
        return [
            Row(RowKind.HEADING, self.words.heading(today, today), day=today, current=True),
            Row(RowKind.NOTE, self.tr("Nothing is planned today."), day=today, current=True),
        ]

    def _item_row(self, day: date, item, now: datetime, today: date) -> Row:
        if item.appointment is not None:
            appt = item.appointment
            org = self._org_names.get(appt.organisation_id or -1, "")
            moved_to = self._loaded_uids.get(appt.moved_to_uid or "")
            text = self.words.agenda_line(appt, org, now, moved_to)
            return Row(RowKind.ITEM, text, day=day, target=("appointment", appt.id),
                       current=day == today)
        occ: Occurrence = item.occurrence
        title = self._occurrence_title(occ)
        if item.kind == ItemKind.OPENS:
            text = self.tr("From this day: %1.").replace("%1", title)
        else:
            text = self.tr("Last day: %1.").replace("%1", title)
            if occ.status == OccurrenceStatus.DONE:
                text += " " + self.tr("Done.")
            elif occ.status == OccurrenceStatus.MISSED:
                text += " " + self.tr("Not done.")
        return Row(RowKind.ITEM, text, day=day, target=("obligations", occ.id),
                   current=day == today)

    @staticmethod
    def _occurrence_title(occ: Occurrence) -> str:
        if occ.title:
            return occ.title.rstrip(".")
        template = template_of(occ)
        if template is None:
            return occ.template_id
        titles = template.title
        language = appearance.current().settings.language
        return (titles.get(language) or next(iter(titles.values()), occ.template_id)).rstrip(".")

    def _update_summary(self) -> None:
        if self.first_day is None or self.last_day is None:
            return
        appointments = sum(1 for r in self.model.rows if r.target and r.target[0] == "appointment")
        text = self.tr("%n appointment(s) from %1 to %2.", "", appointments)
        text = text.replace("%1", self.words.short_day(self.first_day))
        self.summary.setText(text.replace("%2", self.words.short_day(self.last_day)))

    def can_load_later(self) -> bool:
        return (
            not self.searching
            and not self.nothing_later
            and self.last_day is not None
            and self.session.carnet is not None
        )

    def load_later(self, *, auto: bool = False) -> None:
        carnet = self.session.carnet
        if carnet is None or self.last_day is None or self.searching:
            return
        start = self.last_day + timedelta(days=1)
        end = self.last_day + CHUNK
        days = self._read(start, end)
        if days == []:
            # Nothing in these weeks: jump to the next appointment, if there is one.
            found = list_appointments(carnet, day_start(end + timedelta(days=1)))
            if found:
                end = week_start(found[0].starts_at.date()) + timedelta(weeks=CHUNK.days // 7)
                days = self._read(start, end)
        if days is None:
            return
        self.last_day = end
        if not days:
            self.nothing_later = True
            if not auto:
                self.message.show_ok(self.tr("Nothing is planned after these days."))
            self._update_summary()
            return
        first_new = len(self.model.rows)
        self.model.append(self._rows(days))
        self._update_summary()
        if not auto:
            self.list.select_row(first_new, top=True)
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def load_earlier(self) -> None:
        carnet = self.session.carnet
        if carnet is None or self.first_day is None:
            return
        end = self.first_day - timedelta(days=1)
        start = self.first_day - CHUNK
        days = self._read(start, end)
        if days == []:
            before = list_appointments(carnet, None, day_start(start))
            if before:
                start = week_start(before[-1].starts_at.date())
                days = self._read(start, end)
        if days is None:
            return
        if not days:
            self.message.show_ok(self.tr("There is nothing earlier in your carnet."))
            return
        self.message.clear_message()
        self.first_day = start
        new_rows = self._rows(days)
        self.model.prepend(new_rows)
        self._update_summary()
        # The row just before the days that were already shown: Up goes on into the past.
        self.list.select_row(len(new_rows) - 1)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _read(self, start: date, end: date) -> list[AgendaDay] | None:
        try:
            return agenda_days(self.session.carnet, start, end)
        except CarnetError as exc:
            self.message.show_error(error_text(exc))
            return None

    # -- search ----------------------------------------------------------------------------------
    def run_search(self) -> None:
        self._search_timer.stop()
        carnet = self.session.carnet
        text = self.search_edit.text().strip()
        if carnet is None:
            return
        if not text:
            if self.searching:
                self.end_search()
            return
        try:
            hits = search(carnet, text, limit=SEARCH_LIMIT)
        except CarnetError as exc:
            self.message.show_error(error_text(exc))
            return
        self.message.clear_message()
        self.searching = text
        self.header_changed.emit()
        self.back_to_agenda.show()
        self.earlier_button.hide()
        self.later_button.hide()
        if not self._org_names:
            self._org_names = {o.id: o.name for o in list_organisations(carnet) if o.id}
        # People and organisations first (they have no date), then the newest first.
        found = len(hits)
        dated = sorted((h for h in hits if h.at), key=lambda h: h.at, reverse=True)
        hits = ([h for h in hits if not h.at] + dated)[:SEARCH_SHOWN]
        rows = [self._hit_row(hit) for hit in hits]
        if not rows:
            nothing = self.tr("Nothing was found for “%1”.").replace("%1", text)
            rows = [Row(RowKind.NOTE, nothing)]
        self.model.set_rows(rows)
        count = self.tr("%n result(s) for “%1”.", "", found).replace("%1", text)
        if found > len(hits):
            count += " " + self.tr("The newest %1 are shown. Add a word to find fewer.").replace(
                "%1", str(len(hits))
            )
        self.summary.setText(count)
        self.list.select_row(0)

    def _hit_row(self, hit: SearchHit) -> Row:
        key, payload = HIT_TARGETS.get(hit.kind, ("", None))
        target = (key, payload(hit)) if key and payload else None
        if hit.kind == "appointment":
            try:
                appt = get_appointment(self.session.carnet, hit.id)
            except RecordNotFound:
                appt = None
            if appt is not None:
                org = self._org_names.get(appt.organisation_id or -1, "")
                line = self.words.agenda_line(appt, org, self._now())
                text = f"{capitalised(self.words.day(appt.starts_at.date()))}, {line}"
                return Row(RowKind.ITEM, text, day=appt.starts_at.date(), target=target)
        kind = self._kind_name(hit.kind)
        when = ""
        if hit.at:
            try:
                when = self.words.day(date.fromisoformat(hit.at[:10]))
            except ValueError:
                when = ""
        head = self.tr("%1, %2").replace("%1", kind).replace("%2", when) if when else kind
        snippet = " ".join(hit.snippet.replace("[]", " ").split())
        title = " ".join(hit.title.split()) or snippet
        text = f"{head}: {title}"
        if snippet and snippet.casefold() not in title.casefold():
            text += f" — {snippet}"
        return Row(RowKind.ITEM, text, target=target)

    def _kind_name(self, kind: str) -> str:
        return {
            "appointment": self.tr("Appointment"),
            "journal": self.tr("Exchange"),
            "activity": self.tr("Hours of activity"),
            "contact": self.tr("Contact"),
            "document": self.tr("Paper"),
            "organisation": self.tr("Organisation"),
            "obligation_occurrence": self.tr("Step to do"),
        }.get(kind, self.tr("Record"))

    def end_search(self) -> None:
        self._search_timer.stop()
        self.search_edit.clear()
        self.message.clear_message()
        self.show_agenda()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- opening ---------------------------------------------------------------------------------
    def _open(self, row: Row) -> None:
        if row.target is None:
            return
        key, payload = row.target
        if not has_screen(key):
            self.message.show_ok(self.tr("This cannot be opened from the agenda yet."))
            return
        if key == "appointment" and isinstance(payload, int):
            self._anchor = (row.day or self._today(), payload)
        self.open_record.emit(key, payload)

    def _add(self) -> None:
        row = self.list.current_row()
        day = row.day if row is not None and row.day and row.day >= self._today() else None
        self.open_record.emit("appointment", ("new", day))

    def open(self, payload: object) -> None:
        """open_record("agenda", day or appointment id): come back around it."""
        if isinstance(payload, date):
            self._anchor = (payload, None)
        elif isinstance(payload, int) and self.session.carnet is not None:
            try:
                appt = get_appointment(self.session.carnet, payload)
            except RecordNotFound:
                return
            self._anchor = (appt.starts_at.date(), payload)
