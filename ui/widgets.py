"""The building blocks every screen uses: big buttons with text and icon, titles, help lines,
messages that screen readers announce, passphrase fields that are never spoken."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from . import appearance
from .announce import say
from .icons import icon
from .secret_edit import SecretLineEdit


def announce(widget: QWidget) -> None:
    """Tell screen readers that this widget's text changed and matters now: said through
    announce.say() (a label change alone is not spoken), and an Alert for those who listen."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
        say(widget.accessibleName())


def _is_enter(event: QEvent) -> bool:
    if not isinstance(event, QKeyEvent):
        return False
    plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
    return enter and plain == Qt.KeyboardModifier.NoModifier


class Button(QPushButton):
    """Text always, an SVG icon beside it, the shortcut written on the button."""

    def __init__(
        self,
        text: str,
        icon_name: str | None = None,
        *,
        shortcut: str | QKeySequence | None = None,
        primary: bool = False,
        description: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._text, self._icon_name = text, icon_name
        self._shortcut_label = ""
        self._hint_visible = True
        self._shortcut = QKeySequence(shortcut) if shortcut else QKeySequence()
        if shortcut:
            seq = self._shortcut
            self._shortcut_label = (
                self.tr("Enter")
                if seq.matches(QKeySequence("Return")) == QKeySequence.SequenceMatch.ExactMatch
                else seq.toString(QKeySequence.SequenceFormat.NativeText)
            )
        self.setProperty("primary", primary)
        self.setAutoDefault(primary)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(text)
        if description:
            self.setAccessibleDescription(description)
            self.setToolTip(description)
        self.set_label(text)
        appearance.current().changed.connect(self._restyle)
        self._restyle()

    def event(self, event: QEvent) -> bool:
        # Enter on a focused button presses *this* button (the help says "press Entrée"), not
        # the screen's own Enter shortcut (Open, Continue): take the key before shortcuts do.
        if event.type() == QEvent.Type.ShortcutOverride and _is_enter(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_enter(event):  # a QPushButton outside a dialog only reacts to Space
            if self.isEnabled():
                self.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)

    def keep_size_for(self, *texts: str) -> None:
        """Be as wide as the widest of these labels, whichever shows: a button that changes its
        words (Read → Stop reading) keeps its size, and the buttons after it their place."""
        self._widest_of = texts
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        texts = getattr(self, "_widest_of", ())
        if not texts:
            return hint
        return QSize(max(self._width_for(t) for t in texts), hint.height())

    def _width_for(self, text: str) -> int:
        """The width Qt would give this button with `text` (QPushButton::sizeHint's sum)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self._with_hint(text)
        metrics = self.fontMetrics()
        width = metrics.size(Qt.TextFlag.TextShowMnemonic, option.text).width()
        if not self.icon().isNull():
            width += self.iconSize().width() + 4
        contents = QSize(width, max(metrics.height(), self.iconSize().height()))
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, contents, self
        ).width()

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint() if getattr(self, "_widest_of", ()) else super().minimumSizeHint()

    def _with_hint(self, text: str) -> str:
        shown = self._shortcut_label and self._hint_visible
        return text + (f"  ({self._shortcut_label})" if shown else "")

    def set_hint_visible(self, visible: bool) -> None:
        """Write the shortcut on the button or not (the header hides it at large zoom)."""
        self._hint_visible = visible
        self.set_label(self._text)

    def set_label(self, text: str) -> None:
        self._text = text
        self.setAccessibleName(text)
        self.setText(self._with_hint(text))
        # setText() resets a button's shortcut to the text's mnemonic: apply ours after it.
        self.setShortcut(self._shortcut)

    def set_icon_name(self, name: str) -> None:
        self._icon_name = name
        self._restyle()

    def cap_zoom(self, zoom: int) -> None:
        """Draw the icon as at this zoom at most (the header's buttons, whose text is capped
        too by the style sheet: two rows at 200 % on a 1024-pixel screen, not three)."""
        self._zoom_cap = zoom
        self._restyle()

    def _restyle(self) -> None:
        look = appearance.current()
        if self._icon_name:
            colour = look.theme.primary_text if self.property("primary") else look.theme.button_text
            side = look.px(24)
            cap = getattr(self, "_zoom_cap", None)
            if cap is not None:
                side = min(side, round(24 * cap / 100))
            self.setIcon(icon(self._icon_name, colour, side * 2))
            self.setIconSize(QSize(side, side))


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that never reads its text as rich text. Names, titles and notes come from the
    person, an .ics file, a helper or a content pack: `<img src=...>` in rich text reads a local
    file (and `/dev/zero` aborted the app), tags can hide the words around them. Every QLabel
    of the app is made here or by Title/Text (tests/screens/test_plain_labels.py walks them)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


class Title(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # before any text: see plain_label
        self.setText(text)
        self.setProperty("role", "title")
        self.setWordWrap(True)
        self.setAccessibleName(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)


class Text(QLabel):
    """A paragraph: wraps, selectable by keyboard for screen-reader users who browse."""

    def __init__(self, text: str = "", role: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # before any text: see plain_label
        self.setText(text)
        self.setWordWrap(True)
        if role:
            self.setProperty("role", role)
        self.setAccessibleName(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)


class Message(Text):
    """An error or confirmation line, announced to screen readers when it changes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", "error", parent)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, "error")

    def show_ok(self, text: str) -> None:
        self._show(text, "ok")

    def show_calm(self, text: str) -> None:
        """A mistake anyone makes (a mistyped password): said plainly, in the text's colour,
        not as a red alarm."""
        self._show(text, "calm")

    def _show(self, text: str, role: str) -> None:
        self.setProperty("role", role)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.show()
        announce(self)

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


class Field(QWidget):
    """A label above its input, tied together for screen readers (buddy + accessible name)."""

    def __init__(self, label: str, edit: QWidget, help_text: str = "", parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = plain_label(label)
        self.label.setWordWrap(True)
        self.label.setBuddy(edit)
        self.edit = edit
        edit.setAccessibleName(label)
        if help_text:
            edit.setAccessibleDescription(help_text)
        layout.addWidget(self.label)
        layout.addWidget(edit)
        if help_text:
            layout.addWidget(Text(help_text, "help"))


class PassphraseEdit(QWidget):
    """Password echo (screen readers say 'password' and never the characters: the field holds
    only masks, see secret_edit.py), and a 'Show' button for people who make typing mistakes
    and are alone at the screen."""

    def __init__(self, label: str, show_label: str, hide_label: str, parent=None):
        super().__init__(parent)
        self._show_label, self._hide_label = show_label, hide_label
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = plain_label(label)
        self.label.setWordWrap(True)
        row = QHBoxLayout()
        self.edit = SecretLineEdit()
        self.edit.setAccessibleName(label)
        self.edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.label.setBuddy(self.edit)
        self.toggle = Button(show_label, "eye")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggled)
        self._name_toggle()
        row.addWidget(self.edit, 1)
        row.addWidget(self.toggle)
        layout.addWidget(self.label)
        layout.addLayout(row)

    def _toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
        self.toggle.set_label(self._hide_label if shown else self._show_label)
        self._name_toggle()

    def _name_toggle(self) -> None:
        # "Show: Your password", not a bare "Show", for a screen reader.
        self.toggle.setAccessibleName(
            self.tr("%1: %2").replace("%1", self.toggle._text).replace("%2", self.label.text())
        )

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str, *, reveal: bool = False) -> None:
        self.edit.setText(text)
        self.toggle.setChecked(reveal)

    def clear(self) -> None:
        self.edit.clear()
        self.toggle.setChecked(False)


class Card(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.layout_ = QVBoxLayout(self)
        pad = appearance.current().px(16)
        self.layout_.setContentsMargins(pad, pad, pad, pad)


class CheckBox(QCheckBox):
    """A ticked box shows a large ✓, not only a filled square: a square says little to someone
    who does not know the convention."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setAccessibleName(text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def indicator_rect(self) -> QRect:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.isChecked():
            return
        box = self.indicator_rect()
        size = min(box.width(), box.height())
        tick = icon("tick", appearance.current().theme.primary_text, max(size, 1) * 2)
        painter = QPainter(self)
        painter.drawPixmap(QRect(box.center().x() - size // 2, box.center().y() - size // 2,
                                 size, size), tick.pixmap(size * 2, size * 2))  # fmt: skip
        painter.end()


class RadioChoice(QWidget):
    """A short choice as large radio buttons, one a line, all in view: nothing hides in a list
    and the wheel cannot change it. Speaks a drop-down list's language (addItem, currentData,
    setCurrentIndex...) so a screen can swap one for the other."""

    currentIndexChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self._group.idToggled.connect(self._toggled)
        self._data: list[object] = []

    def addItem(self, text: str, data: object = None) -> None:
        button = QRadioButton(text)
        button.setAccessibleName(text)
        self._group.addButton(button, len(self._data))
        self._data.append(data)
        self._layout.addWidget(button)
        if len(self._data) == 1:
            button.setChecked(True)
            self.setFocusProxy(button)

    def buttons(self) -> list[QRadioButton]:
        return [self._group.button(i) for i in range(len(self._data))]  # type: ignore[misc]

    def count(self) -> int:
        return len(self._data)

    def currentIndex(self) -> int:
        return self._group.checkedId()

    def setCurrentIndex(self, index: int) -> None:
        if 0 <= index < len(self._data):
            self._group.button(index).setChecked(True)

    def currentData(self) -> object:
        index = self.currentIndex()
        return self._data[index] if index >= 0 else None

    def currentText(self) -> str:
        button = self._group.checkedButton()
        return button.text() if button else ""

    def findData(self, data: object) -> int:
        return self._data.index(data) if data in self._data else -1

    def _toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.setFocusProxy(self._group.button(index))  # Tab lands on the chosen one
            self.currentIndexChanged.emit(index)
