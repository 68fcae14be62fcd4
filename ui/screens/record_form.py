"""Pieces of the record forms: a field with its own problem line, a list of lines to bring,
and showing the problems of a refused record next to their fields."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain import Problem

from .. import appearance
from ..flow_layout import FlowLayout
from ..widgets import Button, Field, Message


class FormField(QWidget):
    """A label above its input, a help line, and a calm problem line under it."""

    def __init__(self, label: str, edit: QWidget, help_text: str = "", parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = Field(label, edit, help_text)
        self.edit = edit
        self.help_text = help_text
        self.message = Message()
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        if isinstance(edit, QPlainTextEdit):
            edit.setTabChangesFocus(True)  # Tab moves on: no keyboard trap

    def set_label(self, text: str) -> None:
        self.field.label.setText(text)
        self.edit.setAccessibleName(text)

    def show_problem(self, text: str) -> None:
        self.message.show_error(text)
        # Said again when the field gets the focus: the problem belongs to the field.
        self.edit.setAccessibleDescription(text)

    def clear_problem(self) -> None:
        self.message.clear_message()
        self.edit.setAccessibleDescription(self.help_text)

    def focus_target(self) -> QWidget:
        return self.edit


def button_row(*buttons: QWidget) -> QWidget:
    """Buttons side by side, wrapped to the next line when the window is too narrow (200 %,
    long French labels): a button is never cut."""
    row = QWidget()
    flow = FlowLayout(row, spacing=appearance.current().px(12))
    flow.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        flow.addWidget(button)
    return row


def narrow(box: QComboBox) -> QComboBox:
    """A list of choices as wide as its place, not as its longest name: at 200 % a long
    organisation name would push the whole screen past the window's edge."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    return box


def line_text(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


class ChecklistEditor(QWidget):
    """What to bring: one line each, a Remove button on each line, an Add button below."""

    def __init__(
        self,
        line_label: str,
        remove_label: str,
        remove_name: str,
        add_label: str,
        *,
        max_length: int = 200,
        max_lines: int = 30,
        parent=None,
    ):
        super().__init__(parent)
        self._line_label, self._remove_label = line_label, remove_label
        self._remove_name = remove_name  # "Remove line %1": what a screen reader says
        self._max_length, self._max_lines = max_length, max_lines
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.lines_box = QVBoxLayout()
        layout.addLayout(self.lines_box)
        self.rows: list[tuple[QWidget, QLineEdit, Button]] = []
        self.add_button = Button(add_label, "add")
        self.add_button.clicked.connect(lambda: self.add_line(focus=True))
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def lines(self) -> list[str]:
        return [edit.text() for _, edit, _ in self.rows]

    def set_lines(self, lines: Iterable[str]) -> None:
        for row, _, _ in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for text in lines:
            self.add_line(text)

    def add_line(self, text: str = "", *, focus: bool = False) -> QLineEdit | None:
        if len(self.rows) >= self._max_lines:
            return None
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(text)
        edit.setMaxLength(self._max_length * 2)  # the domain says when it is too long
        remove = Button(self._remove_label, "cross")
        box.addWidget(edit, 1)
        box.addWidget(remove)
        self.rows.append((row, edit, remove))
        self.lines_box.addWidget(row)
        row.show()  # now, not at the next event loop: the focus can go to it at once
        remove.clicked.connect(lambda: self.remove_line(row))
        edit.returnPressed.connect(lambda: self._next_line(edit))
        self._rename()
        self._order_tabs()
        if focus:
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return edit

    def _next_line(self, edit: QLineEdit) -> None:
        """Enter at the end of the list adds a line: typing a list stays on the keyboard."""
        if self.rows and self.rows[-1][1] is edit and edit.text().strip():
            self.add_line(focus=True)

    def remove_line(self, row: QWidget) -> None:
        numbers = [i for i, (r, _, _) in enumerate(self.rows) if r is row]
        if not numbers:
            return
        number = numbers[0]
        self.rows.pop(number)
        row.hide()
        row.setParent(None)
        row.deleteLater()
        self._rename()
        self._order_tabs()
        if self.rows:  # the focus goes to the line that took its place, never lost
            self.rows[min(number, len(self.rows) - 1)][1].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _rename(self) -> None:
        for number, (_, edit, remove) in enumerate(self.rows, start=1):
            edit.setAccessibleName(self._line_label.replace("%1", str(number)))
            remove.setAccessibleName(self._remove_name.replace("%1", str(number)))

    def _order_tabs(self) -> None:
        """Tab goes line, its Remove, next line… then Add: the lines sit where they are shown,
        not at the end of the window's focus chain (where new widgets land)."""
        ours = {w for _, edit, remove in self.rows for w in (edit, remove)}
        # setTabOrder() ignores a widget that takes no focus: start from one that does.
        previous = self.add_button.previousInFocusChain()
        while previous in ours or previous.focusPolicy() == Qt.FocusPolicy.NoFocus:
            previous = previous.previousInFocusChain()
        for _, edit, remove in self.rows:
            QWidget.setTabOrder(previous, edit)
            QWidget.setTabOrder(edit, remove)
            previous = remove
        QWidget.setTabOrder(previous, self.add_button)

    def first_edit(self) -> QWidget:
        return self.rows[0][1] if self.rows else self.add_button


def show_problems(
    problems: Iterable[Problem],
    fields: dict[str, FormField],
    order: list[str],
    words: Callable[[Problem], str],
    general: Message,
    scroll: QScrollArea | None = None,
) -> QWidget | None:
    """Each problem next to its field (the first of a field only), then the focus on the first
    field in the form's order. Problems of fields the form does not show go to `general`."""
    for f in fields.values():
        f.clear_problem()
    shown: dict[str, Problem] = {}
    others: list[str] = []
    for p in problems:
        if p.field in fields:
            shown.setdefault(p.field, p)
        else:
            others.append(words(p))
    for name, p in shown.items():
        fields[name].show_problem(words(p))
    if others:
        general.show_error(" ".join(dict.fromkeys(others)))
    for name in order:
        if name in shown:
            target = fields[name].focus_target()
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            if scroll is not None:  # the field, its label and its problem line in view
                whole = fields[name]
                scroll.ensureWidgetVisible(whole if isinstance(whole, QWidget) else target)
            return target
    return None


# -- drafts kept across an auto-lock (app/drafts.py) ---------------------------------------------
def form_values(box: QWidget) -> dict[str, object]:
    """What the inputs shown in `box` hold, keyed by their accessible name (every control has
    one). Password fields are never taken."""
    values: dict[str, object] = {}
    for w in box.findChildren(QWidget):
        name = w.accessibleName()
        if not name or not w.isVisibleTo(box):
            continue
        if isinstance(w, QLineEdit):
            if w.echoMode() == QLineEdit.EchoMode.Normal:
                values[name] = w.text()
        elif isinstance(w, QPlainTextEdit):
            values[name] = w.toPlainText()
        elif isinstance(w, QComboBox):
            values[name] = w.currentIndex()
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            values[name] = w.isChecked()
    return values


def set_form_values(box: QWidget, values: dict[str, object]) -> None:
    for w in box.findChildren(QWidget):
        value = values.get(w.accessibleName())
        if value is None:
            continue
        if isinstance(w, QLineEdit) and isinstance(value, str):
            w.setText(value)
        elif isinstance(w, QPlainTextEdit) and isinstance(value, str):
            w.setPlainText(value)
        elif isinstance(w, QComboBox) and isinstance(value, int) and 0 <= value < w.count():
            w.setCurrentIndex(value)
        elif isinstance(w, QAbstractButton) and isinstance(value, bool) and w.isCheckable():
            w.setChecked(value)


class _Baseline(QObject):
    """Remembers what a form held once it was opened and filled (one event-loop turn after it
    appeared), so a draft is kept only when something was typed since."""

    def __init__(self, box: QWidget):
        super().__init__(box)
        self.box = box
        self.values: dict[str, object] | None = None
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, self.take)
        return False

    def take(self) -> None:
        self.values = form_values(self.box)


class DraftForm:
    """Mixin for a screen with a form: `draft()` and `restore_draft()` (used by the main window
    before an auto-lock and after the next unlock) from what the screen declares:
    `draft_box()` the form's container, `draft_state()` what the form is about (JSON: e.g. the
    id of the record being changed), `draft_open(state)` opens the form again in that state."""

    def draft_box(self) -> QWidget:
        raise NotImplementedError

    def draft_state(self) -> object:
        return None

    def draft_open(self, state: object) -> None:
        raise NotImplementedError

    def _baseline(self) -> _Baseline:
        box = self.draft_box()
        found = box.findChild(_Baseline, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return found if found is not None else _Baseline(box)

    def watch_draft(self) -> None:
        """Call once the form is built."""
        self._baseline()

    def draft(self) -> dict | None:
        box = self.draft_box()
        if not box.isVisible():
            return None
        values = form_values(box)
        if values == self._baseline().values:
            return None  # nothing typed since the form opened
        return {"state": self.draft_state(), "values": values}

    def restore_draft(self, content: dict) -> None:
        self.draft_open(content.get("state"))
        values = content.get("values")
        if isinstance(values, dict):
            set_form_values(self.draft_box(), values)
