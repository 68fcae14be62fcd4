"""Hours: the person's own ledger of weekly hours of activity, against the number written in the
contract. This week's total in words and as a large bar, the entries of the week as a list, the
month, adding and correcting an entry, and the target (0 when exempted)."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLineEdit, QProgressBar

from app.carnet import CarnetError
from app.domain.days import home_day, week_start
from app.domain.hours import Activity, ActivityKind, HoursTarget, WeekHours
from app.domain.recurrence import add_months
from app.domain.validation import InvalidRecord, Problem
from app.records import (
    Target,
    documents_for,
    get_activity,
    list_organisations,
    month_view,
    record_activity,
    remove_activity,
    set_hours_target,
    update_activity,
    week_view,
)
from app.records.db import RecordNotFound
from app.sheets.model import SheetChoice

from ..actions import write
from ..messages import error_text
from ..reading import Part
from ..widgets import Button, Card, Field, Message, Text
from . import paper_choices
from .base import Screen
from .document_links import DocumentLinks
from .record_form import DraftForm
from .record_kit import (
    ButtonRow,
    RecordList,
    capital,
    date_edit,
    day_words,
    duration_words,
    month_words,
    read_day,
    refusal_words,
    short_day,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class HoursScreen(DraftForm, Screen):
    key = "hours"
    back_to = "today"

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.shown_day: date | None = None
        self.month: tuple[int, int] | None = None
        self.week: WeekHours | None = None
        self.editing: Activity | None = None
        self.removed: Activity | None = None
        self.org_names: dict[int, str] = {}

        # -- the week ------------------------------------------------------------------------
        self.week_title = Text("", "title")
        self.total = Text()
        self.total.setProperty("role", "title")
        self.bar = QProgressBar()
        self.bar.setProperty("role", "hours")
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Hours this week"))
        self.remaining = Text()
        self.previous_week = Button(self.tr("Previous week"), "previous")
        self.this_week_button = Button(self.tr("This week"), "calendar")
        self.next_week = Button(self.tr("Next week"), "next")
        self.previous_week.clicked.connect(lambda: self.show_week(-7))
        self.next_week.clicked.connect(lambda: self.show_week(7))
        self.this_week_button.clicked.connect(lambda: self.show_week(None))
        self.week_nav = ButtonRow(self.previous_week, self.this_week_button, self.next_week)
        self.entries_title = Text(self.tr("Entries of this week"), "title")
        self.empty = Text(self.tr("Nothing written for this week yet."))
        self.model = QStandardItemModel(self)
        self.entries = RecordList(self.tr("Entries of the week"))
        self.entries.setModel(self.model)
        self.entries.fit_rows(12)
        self.entries.selectionModel().currentChanged.connect(self._selection_changed)
        self.entries.activated.connect(lambda _index: self.start_edit())
        self.add_button = Button(self.tr("Add an entry"), "add", primary=True)
        self.add_button.clicked.connect(self.start_add)
        self.edit_button = Button(self.tr("Change this entry"), "pencil")
        self.edit_button.clicked.connect(self.start_edit)
        self.remove_button = Button(self.tr("Remove this entry"), "cross")
        self.remove_button.clicked.connect(self.ask_remove)
        self.undo_button = Button(self.tr("Undo"), "back")
        self.undo_button.setAccessibleDescription(self.tr("Puts back the entry you removed."))
        self.undo_button.clicked.connect(self.undo_remove)
        self.undo_button.hide()
        self.entry_actions = ButtonRow(
            self.add_button, self.edit_button, self.remove_button, self.undo_button
        )
        self.confirm = Card()
        self.confirm_text = Text(self.tr("Remove this entry? You can undo it just after."))
        self.confirm_yes = Button(self.tr("Yes, remove it"), "cross")
        self.confirm_no = Button(self.tr("No, keep it"), "back")
        self.confirm_yes.clicked.connect(self.remove)
        self.confirm_no.clicked.connect(self._cancel_remove)
        self.confirm.layout_.addWidget(self.confirm_text)
        self.confirm.layout_.addWidget(ButtonRow(self.confirm_yes, self.confirm_no))
        self.confirm.hide()
        self.message = Message()
        for widget in (
            self.week_title, self.total, self.bar, self.remaining, self.week_nav, self.message,
            self.entries_title, self.empty, self.entries, self.entry_actions, self.confirm,
        ):  # fmt: skip
            self.body.addWidget(widget)

        # -- the form to add or change an entry ---------------------------------------------
        self.form = Card()
        self.form_title = Text("", "title")
        self.day_edit = date_edit(self.tr("Date"))
        self.hours_edit = QLineEdit()
        self.hours_edit.setMaxLength(4)
        self.minutes_edit = QLineEdit()
        self.minutes_edit.setMaxLength(4)
        self.kind_box = QComboBox()
        for kind in ActivityKind:
            self.kind_box.addItem(self.kind_words(kind), kind.value)
        self.org_box = QComboBox()
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(2000)
        self.save_button = Button(self.tr("Save this entry"), "check", primary=True)
        self.save_button.clicked.connect(self.save_entry)
        self.cancel_button = Button(self.tr("Cancel"), "cross")
        self.cancel_button.clicked.connect(self.close_form)
        self.form_message = Message()
        self.docs = DocumentLinks(
            session,
            self.tr("Proof (if you have one)"),
            self.tr("An attendance sheet, a certificate: kept with these hours."),
        )
        self.docs.show_document.connect(lambda i: self.open_record.emit("documents", i))
        for widget in (
            self.form_title,
            Field(self.tr("Date"), self.day_edit),
            Field(self.tr("Hours"), self.hours_edit, self.tr("For example 2 for two hours.")),
            Field(self.tr("Minutes"), self.minutes_edit, self.tr("From 0 to 59. Empty means 0.")),
            Field(self.tr("What kind of activity"), self.kind_box),
            Field(self.tr("With which organisation"), self.org_box),
            Field(self.tr("Note (if you want)"), self.note_edit),
            self.docs,
            self.form_message,
            ButtonRow(self.save_button, self.cancel_button),
        ):
            self.form.layout_.addWidget(widget)
        self.form.hide()
        self.body.addWidget(self.form)
        # Enter in a field or Ctrl+S anywhere in the form saves, as in every form.
        for edit in (self.day_edit, self.hours_edit, self.minutes_edit, self.note_edit):
            edit.returnPressed.connect(self.save_entry)
        QShortcut(QKeySequence.StandardKey.Save, self.form, self.save_entry,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        self.watch_draft()  # a draft is kept when the carnet locks itself

        # -- the month -----------------------------------------------------------------------
        self.month_title = Text("", "title")
        self.month_total = Text()
        self.month_weeks = Text()
        self.previous_month = Button(self.tr("Previous month"), "previous")
        self.next_month = Button(self.tr("Next month"), "next")
        self.previous_month.clicked.connect(lambda: self.show_month(-1))
        self.next_month.clicked.connect(lambda: self.show_month(1))
        self.print_button = Button(self.tr("Print a statement for a period"), "print")
        self.print_button.clicked.connect(lambda: paper_choices.offer(self, self.sheets()))
        for widget in (
            self.month_title, self.month_total, self.month_weeks,
            ButtonRow(self.previous_month, self.next_month), self.print_button,
        ):  # fmt: skip
            self.body.addWidget(widget)

        # -- the number in the contract ------------------------------------------------------
        self.target_title = Text(self.tr("Hours written in your contract"), "title")
        self.target_edit = QLineEdit()
        self.target_edit.setMaxLength(6)
        self.target_field = Field(
            self.tr("Hours each week"),
            self.target_edit,
            self.tr("Write the number of your contract. Write 0 if you are exempted."),
        )
        self.target_button = Button(self.tr("Save this number"), "check")
        self.target_button.clicked.connect(self.save_target)
        self.target_message = Message()
        for widget in (
            self.target_title, self.target_field, self.target_button, self.target_message,
        ):  # fmt: skip
            self.body.addWidget(widget)
        self.body.addStretch(1)

    # -- the frame ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("My hours of activity")

    def help_text(self) -> str:
        return self.tr(
            "Write down your hours of activity. This count is yours: Repères sends nothing."
        )

    def sheets(self) -> list[SheetChoice]:
        if self.session.carnet is None:
            return []
        day = self.shown_day or self.today()
        return paper_choices.hours_choices(self.session, self.month or (day.year, day.month))


    def _show_later(self, widget) -> None:
        """Scroll to a widget once the layout has placed what was just shown."""
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(widget, 0, 80))

    def first_focus(self):
        return self.add_button

    def entered(self) -> None:
        for message in (self.message, self.form_message, self.target_message):
            message.clear_message()
        carnet = self.session.carnet
        if carnet is not None:
            self.org_names = {o.id: o.name for o in list_organisations(carnet) if o.id}
            self.org_box.clear()
            self.org_box.addItem(self.tr("None"), 0)
            for org_id, name in sorted(self.org_names.items(), key=lambda kv: kv[1].lower()):
                self.org_box.addItem(name, org_id)
        self.shown_day = None
        self.month = None
        self.close_form(focus=False)
        # Opened on one entry (its activity id): its week, with the entry chosen.
        _, pending = self.take_payload()
        if not isinstance(pending, int):
            pending = None
        if pending is not None and carnet is not None:
            try:
                self.shown_day = get_activity(carnet, pending).day
            except RecordNotFound:
                pending = None
        self.refresh()
        super().entered()
        if pending is not None:
            self._select(pending)
            self.entries.setFocus(Qt.FocusReason.OtherFocusReason)

    def left(self) -> None:
        self.model.clear()
        self.close_form(focus=False)
        self.target_edit.clear()
        self.removed = None
        self.undo_button.hide()
        self.week = None

    def reading_parts(self) -> list[Part]:
        parts = [Part(self.help_text(), self.help_line)]
        for label in (self.week_title, self.total, self.remaining):
            parts.append(Part(label.text(), label))
        if self.week is not None and self.week.entries:
            parts.append(Part(self.entries_title.text(), self.entries_title))
            parts += [Part(self.entry_words(e)) for e in self.week.entries]
        else:
            parts.append(Part(self.empty.text(), self.empty))
        for label in (self.month_title, self.month_total, self.month_weeks):
            parts.append(Part(label.text(), label))
        return parts

    # -- words --------------------------------------------------------------------------------
    def kind_words(self, kind: ActivityKind) -> str:
        return {
            ActivityKind.TRAINING: self.tr("Training"),
            ActivityKind.WORKSHOP: self.tr("Workshop"),
            ActivityKind.IMMERSION: self.tr("Immersion in a company"),
            ActivityKind.APPLICATIONS: self.tr("Job applications"),
            ActivityKind.JOB_INTERVIEW: self.tr("Job interview"),
            ActivityKind.SOCIAL_WORKER: self.tr("Appointment with a social worker"),
            ActivityKind.RIGHTS: self.tr("Steps for my rights"),
            ActivityKind.HEALTH: self.tr("Health care"),
            ActivityKind.CHILDCARE: self.tr("Finding childcare"),
            ActivityKind.OTHER: self.tr("Other"),
        }[ActivityKind(kind)]

    def entry_words(self, e: Activity) -> str:
        parts = [
            capital(day_words(e.day)),
            duration_words(e.minutes),
            self.kind_words(e.kind),
        ]
        if e.organisation_id in self.org_names:
            parts.append(self.org_names[e.organisation_id])
        if e.note:
            parts.append(e.note if len(e.note) <= 120 else e.note[:119] + "…")
        return " · ".join(parts)

    # -- the week and the month ---------------------------------------------------------------
    def today(self) -> date:
        return home_day(self.session.clock())

    def show_week(self, step: int | None) -> None:
        base = self.shown_day or self.today()
        self.shown_day = None if step is None else base + timedelta(days=step)
        self.month = None
        self.refresh()

    def show_month(self, step: int) -> None:
        year, month = self.month or (self.today().year, self.today().month)
        first = add_months(date(year, month, 1), step)
        self.month = (first.year, first.month)
        self._fill_month()

    def refresh(self) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        today = self.today()
        day = self.shown_day or today
        week = week_view(carnet, day)
        self.week = week
        current = week.week_start == week_start(today)
        self.week_title.setText(
            self.tr("Week from %1 to %2")
            .replace("%1", day_words(week.week_start, weekday=True))
            .replace("%2", day_words(week.week_end, weekday=True))
        )
        total, target = duration_words(week.total_minutes), duration_words(week.target_minutes)
        if week.target_minutes == 0:
            sentence = (
                self.tr("%1 this week. Your contract asks for no hours.")
                if current
                else self.tr("%1 that week. Your contract asked for no hours.")
            ).replace("%1", total)
        else:
            sentence = (
                (self.tr("%1 of %2 this week.") if current else self.tr("%1 of %2 that week."))
                .replace("%1", total)
                .replace("%2", target)
            )
        self.total.setText(sentence)
        self.bar.setVisible(week.target_minutes > 0)
        self.bar.setRange(0, max(1, week.target_minutes))
        self.bar.setValue(min(week.total_minutes, week.target_minutes))
        self.bar.setAccessibleName(sentence)
        notes = []
        if week.target_minutes and week.reached:
            notes.append(self.tr("You reached the number written in your contract."))
        elif week.target_minutes:
            notes.append(
                self.tr("%1 more to reach it.").replace(
                    "%1", duration_words(week.remaining_minutes)
                )
            )
        if week.target_is_default and week.target_minutes:
            notes.append(
                self.tr("15 h is the usual number. Write yours at the bottom of this screen.")
            )
        self.remaining.setText(" ".join(notes))
        self.remaining.setVisible(bool(notes))
        self.this_week_button.setEnabled(not current)

        self.model.clear()
        for e in week.entries:
            item = QStandardItem(self.entry_words(e))
            item.setData(e.id, ID_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        self.entries.fit_rows(12)
        has_entries = bool(week.entries)
        self.entries.setVisible(has_entries)
        self.empty.setVisible(not has_entries)
        self.entries_title.setText(
            self.tr("Entries of this week") if current else self.tr("Entries of that week")
        )
        if has_entries:
            self.entries.setCurrentIndex(self.model.index(0, 0))
        self._selection_changed()
        if self.month is None:
            self.month = (day.year, day.month)
        self._fill_month()

    def _fill_month(self) -> None:
        carnet = self.session.carnet
        if carnet is None or self.month is None:
            return
        year, month = self.month
        view = month_view(carnet, year, month)
        self.month_title.setText(capital(month_words(year, month)))
        self.month_total.setText(
            self.tr("%1 in this month.").replace("%1", duration_words(view.total_minutes))
        )
        lines = []
        for w in view.weeks:
            start, end = (
                day_words(w.week_start, weekday=False),
                day_words(w.week_end, weekday=False),
            )
            if w.target_minutes:
                line = self.tr("Week from %1 to %2: %3 of %4.").replace("%4",
                    duration_words(w.target_minutes))  # fmt: skip
            else:
                line = self.tr("Week from %1 to %2: %3.")
            lines.append(
                line.replace("%1", start).replace("%2", end)
                .replace("%3", duration_words(w.total_minutes))
            )  # fmt: skip
        self.month_weeks.setText("\n".join(lines))

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def selected(self) -> Activity | None:
        if self.week is None:
            return None
        index = self.entries.currentIndex()
        if not index.isValid():
            return None
        wanted = index.data(ID_ROLE)
        return next((e for e in self.week.entries if e.id == wanted), None)

    # -- a draft kept across an auto-lock (record_form.DraftForm) ---------------------------------
    def draft_box(self):
        return self.form

    def draft_state(self) -> object:
        return self.editing.id if self.editing is not None else None

    def draft_open(self, state: object) -> None:
        carnet = self.session.carnet
        if isinstance(state, int) and carnet is not None:
            try:
                self.editing = get_activity(carnet, state)
                self._open_form(self.tr("Change this entry"), self.editing)
                return
            except RecordNotFound:
                pass
        self.start_add()

    # -- add, change, remove ------------------------------------------------------------------
    def start_add(self) -> None:
        today = self.today()
        week = self.week
        day = (
            today
            if week is None or week.week_start <= today <= week.week_end
            else (week.week_start)
        )
        self.editing = None
        self._open_form(self.tr("New entry"), Activity(day, 60))
        self.hours_edit.clear()
        self.minutes_edit.clear()

    def start_edit(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        self.editing = entry
        self._open_form(self.tr("Change this entry"), entry)

    def _open_form(self, heading: str, entry: Activity) -> None:
        self.message.clear_message()
        self.form_message.clear_message()
        self.confirm.hide()
        # Focus first, then fill: a screen reader that sees a field change text while it has
        # the focus takes it as "already there" and says nothing of the move (Orca: silence).
        self.form.show()
        self.day_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.form_title.setText(heading)
        self.day_edit.setText(short_day(entry.day))
        hours, minutes = divmod(entry.minutes, 60)
        self.hours_edit.setText(str(hours))
        self.minutes_edit.setText(str(minutes))
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(str(entry.kind))))
        self.org_box.setCurrentIndex(max(0, self.org_box.findData(entry.organisation_id or 0)))
        self.note_edit.setText(entry.note)
        carnet = self.session.carnet
        linked = documents_for(carnet, Target.ACTIVITY, entry.id) if carnet and entry.id else []
        self.docs.collect([d.id for d in linked if d.id is not None])
        self._show_later(self.form)

    def close_form(self, *, focus: bool = True) -> None:
        self.form.hide()
        self.editing = None
        for edit in (self.day_edit, self.hours_edit, self.minutes_edit, self.note_edit):
            edit.clear()
        if focus:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _read_minutes(self) -> int:
        def number(edit: QLineEdit, field: str) -> int:
            text = edit.text().strip().replace(" ", "")
            if not text:
                return 0
            try:
                return int(text)
            except ValueError:
                raise InvalidRecord([Problem(field, "not_a_number")]) from None

        hours = number(self.hours_edit, "minutes")
        minutes = number(self.minutes_edit, "minutes")
        if not 0 <= minutes <= 59:
            raise InvalidRecord([Problem("minutes_part", "out_of_range", 59)])
        return hours * 60 + (minutes if hours >= 0 else -minutes)

    def save_entry(self) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        self.form_message.clear_message()
        try:
            day = read_day(self.day_edit, "day")
            assert day is not None
            minutes = self._read_minutes()
            org = int(self.org_box.currentData() or 0) or None
            entry = Activity(
                day=day,
                minutes=minutes,
                kind=ActivityKind(self.kind_box.currentData()),
                organisation_id=org,
                note=self.note_edit.text(),
            )
            if self.editing is not None:
                entry = replace(self.editing, day=day, minutes=minutes, kind=entry.kind,
                                organisation_id=org, note=entry.note)  # fmt: skip
                update_activity(
                    carnet, entry, document_ids=self.docs.chosen_ids(), now=self.session.clock()
                )
                done = self.tr("The entry is changed.")
            else:
                entry = record_activity(
                    carnet, entry, document_ids=self.docs.chosen_ids(), now=self.session.clock()
                )
                done = self.tr("The entry is saved.")
        except CarnetError as exc:  # a full stick, or a helper who may only look
            self.form_message.show_error(error_text(exc))
            return
        except InvalidRecord as exc:
            problem = exc.problems[0]
            if problem.field == "minutes_part":
                self.form_message.show_error(self.tr("Write the minutes from 0 to 59."))
            else:
                self.form_message.show_error(refusal_words(exc))
            wrong = {"day": self.day_edit, "minutes_part": self.minutes_edit}.get(
                problem.field, self.hours_edit if problem.field == "minutes" else self.note_edit
            )
            wrong.setFocus(Qt.FocusReason.OtherFocusReason)
            self._show_later(self.form_message)
            return
        except RecordNotFound:
            self.form_message.show_error(self.tr("This entry is no longer in your carnet."))
            return
        self.close_form()
        self.shown_day = entry.day
        self.month = None
        self.refresh()
        self._select(entry.id)
        self.message.show_ok(done + " " + self.total.text())  # and the new total, said too
        self.result.emit(
            self.tr("Noted: %1, %2")
            .replace("%1", duration_words(entry.minutes))
            .replace("%2", day_words(entry.day))
        )

    def _select(self, entry_id: int | None) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ID_ROLE) == entry_id:
                self.entries.setCurrentIndex(index)
                return

    def ask_remove(self) -> None:
        if self.selected() is None:
            return
        self.confirm.show()
        self.confirm_no.setFocus(Qt.FocusReason.OtherFocusReason)

    def _cancel_remove(self) -> None:
        self.confirm.hide()
        self.remove_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove(self) -> None:
        carnet = self.session.carnet
        entry = self.selected()
        self.confirm.hide()
        if carnet is None or entry is None or entry.id is None:
            return
        if write(self.message, lambda: remove_activity(carnet, entry.id),
                 done=lambda _: self._removed(entry)):  # fmt: skip
            return
        self.refresh()  # not removed (a full stick, a help session): the list as it is

    def _removed(self, entry: Activity) -> None:
        self.removed = entry
        self.refresh()
        self.undo_button.show()
        self.message.show_ok(self.tr("The entry is removed. Press “Undo” to put it back."))
        self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo_remove(self) -> None:
        carnet = self.session.carnet
        if carnet is None or self.removed is None:
            return
        again, now = replace(self.removed, id=None), self.session.clock()
        write(self.message, lambda: record_activity(carnet, again, now=now), done=self._back)

    def _back(self, back: Activity) -> None:
        self.removed = None
        self.undo_button.hide()
        self.shown_day = back.day
        self.refresh()
        self._select(back.id)
        self.message.show_ok(self.tr("The entry is back."))
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the target ---------------------------------------------------------------------------
    def save_target(self) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        self.target_message.clear_message()
        text = self.target_edit.text().strip().replace(",", ".").replace(" ", "")
        week, now = week_start(self.today()), self.session.clock()

        def save() -> int:
            try:
                hours = float(text)
                if not math.isfinite(hours):
                    raise ValueError(text)
            except ValueError:
                raise InvalidRecord([Problem("minutes", "not_a_number")]) from None
            minutes = round(hours * 60)
            set_hours_target(carnet, HoursTarget(week, minutes), now=now)
            return minutes

        write(self.target_message, save, done=self._target_saved)

    def _target_saved(self, minutes: int) -> None:
        self.target_edit.clear()
        self.refresh()
        self.target_message.show_ok(
            self.tr("Saved: %1 each week, from this week on.").replace(
                "%1", duration_words(minutes)
            )
        )
