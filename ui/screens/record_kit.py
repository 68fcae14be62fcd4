"""What the screens of the records share: days and durations in words, one calm sentence for a
refused record, yes/no questions, rows of buttons that wrap, and lists that are Qt models (no
widget per row) with rows tall enough to click and to read."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.days import parse_day
from app.domain.validation import InvalidRecord, Problem

from .. import appearance
from ..flow_layout import FlowLayout
from ..formatting import locale_day, today_for_typing
from ..widgets import Button, Text


def _t(text: str) -> str:
    return QCoreApplication.translate("RecordKit", text)


# -- days and durations -----------------------------------------------------------------------
def day_words(day: date, *, weekday: bool = True, year: bool = False) -> str:
    """ "mardi 3 décembre" (or "3 décembre 2026"), in the language of the interface."""
    pattern = ("dddd " if weekday else "") + "d MMMM" + (" yyyy" if year else "")
    return locale_day(day, pattern)


def short_day(day: date) -> str:
    """What a person types in a date box: 31/01/2026."""
    return day.strftime("%d/%m/%Y")


def month_words(year: int, month: int) -> str:
    return QLocale().toString(QDate(year, month, 1), "MMMM yyyy")


def duration_words(minutes: int) -> str:
    """ "9 h 30", "15 h", "45 min": as people write hours in France, and as the voice reads them."""
    hours, rest = divmod(max(0, minutes), 60)
    if not minutes:
        return _t("%1 h").replace("%1", "0")
    if hours and rest:
        return _t("%1 h %2").replace("%1", str(hours)).replace("%2", f"{rest:02d}")
    if hours:
        return _t("%1 h").replace("%1", str(hours))
    return _t("%1 min").replace("%1", str(rest))


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def read_day(edit: QLineEdit, field: str, *, required: bool = True) -> date | None:
    """The date typed in a box ("31/01/2026", "hier", "lundi prochain", "4/12", "1er décembre
    2026"...), or InvalidRecord with the domain's code (31/02 is refused)."""
    text = edit.text().strip()
    if not text and not required:
        return None
    return parse_day(text, field, today=today_for_typing())


def full_day_words(day: date) -> str:
    """ "mardi 1er décembre 2026": a typed date read back in full."""
    text = capital(day_words(day, year=True))
    if day.day == 1 and QLocale().language() == QLocale.Language.French:
        text = text.replace(" 1 ", " 1er ", 1)
    return text


class DayEdit(QLineEdit):
    """A date box that takes dates as people say them, reads the date back in full under it
    ("Mardi 1er décembre 2026") and offers "Today" and "Yesterday" buttons. The line and the
    buttons go under the box in its layout the first time it is shown."""

    def __init__(self, name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        if name:
            self.setAccessibleName(name)
        self.setPlaceholderText(_t("for example 31/01/2026, or yesterday"))
        self.setMaxLength(40)
        self.helpers = QWidget()
        row = FlowLayout(self.helpers, spacing=appearance.current().px(8))
        row.setContentsMargins(0, 0, 0, 0)
        self.today_button = Button(_t("Today"), "calendar")
        self.yesterday_button = Button(_t("Yesterday"), "calendar")
        self.today_button.clicked.connect(lambda: self._say_day(0))
        self.yesterday_button.clicked.connect(lambda: self._say_day(-1))
        row.addWidget(self.today_button)
        row.addWidget(self.yesterday_button)
        self.read_back = Text("", "help")
        self.read_back.hide()
        self.textChanged.connect(self._read_back)
        self._placed = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._placed:
            return
        self._placed = True
        parent = self.parentWidget()
        layout = parent.layout() if parent is not None else None
        index = layout.indexOf(self) if isinstance(layout, QBoxLayout) else -1
        if index < 0:
            return  # not in a column: the box works without them
        layout.insertWidget(index + 1, self.read_back)
        layout.insertWidget(index + 1, self.helpers)
        self.helpers.setVisible(today_for_typing() is not None)

    def _say_day(self, offset: int) -> None:
        today = today_for_typing()
        if today is not None:
            self.setText(short_day(today + timedelta(days=offset)))
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _read_back(self, text: str) -> None:
        if not text.strip():
            self.read_back.hide()
            return
        try:
            day = parse_day(text, "day", today=today_for_typing())
        except InvalidRecord:
            self.read_back.hide()  # the form says what is wrong when it is saved
            return
        self.read_back.setText(full_day_words(day))
        self.read_back.show()


# -- a refused record in one calm sentence ----------------------------------------------------
def problem_words(problem: Problem) -> str:
    field, code = problem.field, problem.code
    if code == "required":
        return {
            "summary": _t("Please write what was said."),
            "title": _t("Please give it a title."),
            "day": _t("Please write the date."),
        }.get(field, _t("Please fill in this box."))
    words = {
        "impossible_date": _t("This date does not exist. Check the day and the month."),
        "not_a_date": _t("Write the date like this: 31/01/2026."),
        "year_out_of_range": _t("Check the year of this date."),
        "negative_duration": _t("A duration cannot be below zero. Check the hours."),
        "zero_duration": _t("Write how long it lasted: one minute at least."),
        "day_over_24h": _t("A day holds 24 hours at most, all entries together."),
        "too_long_duration": _t("A week holds 168 hours at most."),
        "not_a_number": _t("Write a number, for example 2 or 30."),
        "out_of_range": _t("This number is not possible here."),
        "too_long": _t("This text is too long. Please make it shorter."),
        "invalid_character": _t("This text holds a sign that cannot be kept."),
        "empty_file": _t("This file is empty. Please choose another one."),
        "file_too_large": _t(
            "This file is larger than %1 MB. Please choose a smaller photo or fewer pages."
        ).replace("%1", str(problem.limit or 25)),
        "unsupported_type": _t("Repères keeps photos (JPEG or PNG) and PDF files only."),
        "pdf_without_pages": _t("This PDF file has no page. Please export it again."),
        "unreadable_file": _t("This file cannot be read. Is the USB stick still plugged in?"),
        "not_a_file": _t("This is not a file. Please choose a file."),
        "not_yet_closed": _t("You can say it was missed only after its last day."),
        "not_found": _t("This is no longer in your carnet."),
        "too_many": _t("There are too many documents here."),
    }
    return words.get(code, _t("This cannot be saved. Nothing was changed."))


def refusal_words(exc: InvalidRecord) -> str:
    """The first problem only: one sentence a person can act on."""
    return problem_words(exc.problems[0]) if exc.problems else problem_words(Problem("", ""))


# -- building blocks ----------------------------------------------------------------------------
class ButtonRow(QWidget):
    """Buttons side by side that wrap to a new row when the window is narrow (200 %)."""

    def __init__(self, *buttons: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.flow = FlowLayout(self, spacing=appearance.current().px(12))
        self.flow.setContentsMargins(0, 0, 0, 0)
        for b in buttons:
            self.flow.addWidget(b)

    def add(self, widget: QWidget) -> None:
        self.flow.addWidget(widget)


class YesNo(QWidget):
    """A plain question with two answers; nothing is chosen until the person chooses."""

    def __init__(self, question: str, help_text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.question = Text(question)
        layout.addWidget(self.question)
        if help_text:
            layout.addWidget(Text(help_text, "help"))
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.yes, self.no = QRadioButton(_t("Yes")), QRadioButton(_t("No"))
        for button in (self.yes, self.no):
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(question)
            self.group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def answer(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_answer(self, value: bool | None) -> None:
        self.group.setExclusive(False)  # an exclusive group cannot go back to "no answer"
        self.yes.setChecked(value is True)
        self.no.setChecked(value is False)
        self.group.setExclusive(True)

    def focus_target(self) -> QRadioButton:
        return self.no if self.no.isChecked() else self.yes


def date_edit(name: str) -> DayEdit:
    return DayEdit(name)


class RecordList(QListView):
    """A list over a Qt model, read item by item by screen readers; rows ≥ 48 px high."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setProperty("role", "records")
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setResizeMode(QListView.ResizeMode.Adjust)

        self.max_rows = 0  # > 0: the list grows to show up to this many rows, no inner scroll
        self._fitted_width = -1

    def sizeHint(self) -> QSize:
        look = appearance.current()
        return QSize(look.px(400), look.px(300))

    def fit_rows(self, max_rows: int) -> None:
        """Grow with the rows (a week of hours), scroll inside only past `max_rows`."""
        self.max_rows = max_rows
        self._fitted_width = -1
        self._fit()

    def _fit(self) -> None:
        model = self.model()
        if not self.max_rows or model is None:
            return
        self._fitted_width = self.viewport().width()
        rows = min(model.rowCount(), self.max_rows)
        height = sum(max(self.sizeHintForRow(r), 0) for r in range(rows))
        frame = 2 * self.frameWidth()
        self.setFixedHeight(max(height, appearance.current().px(48)) + frame + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.max_rows and self.viewport().width() != self._fitted_width:
            self._fit()
