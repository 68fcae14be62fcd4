"""The building blocks every screen uses: big buttons with text and icon, titles, help lines,
messages that screen readers announce, passphrase fields that are never spoken."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
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

    def set_hint_visible(self, visible: bool) -> None:
        """Write the shortcut on the button or not (the header hides it at large zoom)."""
        self._hint_visible = visible
        self.set_label(self._text)

    def set_label(self, text: str) -> None:
        self._text = text
        self.setAccessibleName(text)
        shown = self._shortcut_label and self._hint_visible
        hint = f"  ({self._shortcut_label})" if shown else ""
        self.setText(text + hint)
        # setText() resets a button's shortcut to the text's mnemonic: apply ours after it.
        self.setShortcut(self._shortcut)

    def set_icon_name(self, name: str) -> None:
        self._icon_name = name
        self._restyle()

    def _restyle(self) -> None:
        look = appearance.current()
        if self._icon_name:
            colour = look.theme.primary_text if self.property("primary") else look.theme.button_text
            self.setIcon(icon(self._icon_name, colour, look.px(48)))
            self.setIconSize(QSize(look.px(24), look.px(24)))


class Title(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setProperty("role", "title")
        self.setWordWrap(True)
        self.setAccessibleName(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)


class Text(QLabel):
    """A paragraph: wraps, selectable by keyboard for screen-reader users who browse."""

    def __init__(self, text: str = "", role: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
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
        self.label = QLabel(label)
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
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        row = QHBoxLayout()
        self.edit = SecretLineEdit()
        self.edit.setAccessibleName(label)
        self.edit.setMaxLength(1024)
        self.edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.label.setBuddy(self.edit)
        self.toggle = Button(show_label, "eye")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggled)
        row.addWidget(self.edit, 1)
        row.addWidget(self.toggle)
        layout.addWidget(self.label)
        layout.addLayout(row)

    def _toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
        self.toggle.set_label(self._hide_label if shown else self._show_label)

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
    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setAccessibleName(text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
