"""A password line edit whose secret never reaches the accessibility layer.

Qt publishes every character typed into a QLineEdit in its accessibility text events, even in
Password echo mode (`object:text-changed:insert` carries "m", "o", ... on AT-SPI), and Orca
speaks them: the same Qt/Orca problem as KeePassXC #5389. PySide6 cannot filter those events
(QAccessible::installUpdateHandler is not bound), so the secret is kept out of Qt instead: while
hidden, the QLineEdit itself only holds one MASK per character and the real text lives here.
Every event, the text interface (AT-SPI, and UI Automation for NVDA on Windows) and the undo
stack then only ever see MASK characters; Orca echoes them as "black circle", as for GTK fields.

Python callers see the real text through text()/setText()/clear()/insert(), as with a plain
QLineEdit. When the person asks to show the password (echo mode Normal), the field holds the
real text, like any field on screen: it is what "Show" means, for the eyes and the ears.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

MASK = "\u25cf"  # ● BLACK CIRCLE, what Qt draws for a password character


class SecretLineEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._secret = ""
        self._limit = 1024
        self._syncing = False
        super().setEchoMode(QLineEdit.EchoMode.Password)
        self.setAcceptDrops(False)  # a drop would insert clear text through Qt
        super().textChanged.connect(self._follow)

    # -- what Python callers use ------------------------------------------------------------------
    def text(self) -> str:  # type: ignore[override]
        return self._secret

    def maxLength(self) -> int:  # type: ignore[override]
        return self._limit

    def setMaxLength(self, length: int) -> None:  # type: ignore[override]
        # Kept here, not in Qt: QLineEdit.setMaxLength re-sets the text, and the caret event it
        # sends makes Orca take the field as focused already, so it says nothing when the
        # screen that was just built gives it the focus.
        self._limit = length

    def selectedText(self) -> str:  # type: ignore[override]
        if not self.hasSelectedText():
            return ""
        start = self.selectionStart()
        return self._secret[start : start + len(QLineEdit.selectedText(self))]

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._secret = text[: self.maxLength()]
        self._show_inner()

    def clear(self) -> None:  # type: ignore[override]
        self.setText("")

    def insert(self, text: str) -> None:  # type: ignore[override]
        if self._hidden():
            self._insert_masked(text)
        else:
            super().insert(text)

    def setEchoMode(self, mode: QLineEdit.EchoMode) -> None:  # type: ignore[override]
        super().setEchoMode(mode)
        self._show_inner()

    # -- input paths that carry characters --------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._hidden():
            super().keyPressEvent(event)
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self._insert_masked(QGuiApplication.clipboard().text())
            event.accept()
            return
        typed = event.text()
        if typed and typed.isprintable():
            self._insert_masked(typed)
            event.accept()
            return
        super().keyPressEvent(event)  # moves, deletions: _follow() keeps the secret in step

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        # Dead keys and compose sequences (é, ç) arrive here as a commit string.
        if not self._hidden():
            super().inputMethodEvent(event)
            return
        committed = event.commitString()
        super().inputMethodEvent(QInputMethodEvent("", []))  # no pre-edit text in clear
        if committed:
            self._insert_masked(committed)
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        # X11 pastes the selection on a middle click: through Qt, in clear. Not here.
        if self._hidden() and event.button() == Qt.MouseButton.MiddleButton:
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu()
        if self._hidden():
            for action in menu.actions():
                if action.objectName() == "edit-paste":
                    action.triggered.disconnect()
                    action.triggered.connect(
                        lambda: self._insert_masked(QGuiApplication.clipboard().text())
                    )
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- keeping the secret and the masks in step ------------------------------------------------
    def _hidden(self) -> bool:
        return self.echoMode() != QLineEdit.EchoMode.Normal

    def _inner(self) -> str:
        return QLineEdit.text(self)

    def _show_inner(self) -> None:
        shown = self._secret if not self._hidden() else MASK * len(self._secret)
        if self._inner() == shown:
            return
        self._syncing = True
        try:
            QLineEdit.setText(self, shown)
        finally:
            self._syncing = False

    def _insert_masked(self, text: str) -> None:
        text = "".join(c for c in text if c.isprintable())
        if self.hasSelectedText():
            start = self.selectionStart()
            end = start + len(self.selectedText())
        else:
            start = end = self.cursorPosition()
        room = self.maxLength() - (len(self._secret) - (end - start))
        text = text[: max(room, 0)]
        self._secret = self._secret[:start] + text + self._secret[end:]
        self._syncing = True
        try:
            super().insert(MASK * len(text))  # replaces the selection, like typing does
        finally:
            self._syncing = False
        if len(self._inner()) != len(self._secret):  # never expected; keep them equal anyway
            self._show_inner()

    def _follow(self, inner: str) -> None:
        """Qt changed the text by itself (Backspace, Delete, Ctrl+Backspace, a menu action)."""
        if self._syncing:
            return
        if not self._hidden():
            self._secret = inner
            return
        if all(c == MASK for c in inner) and len(inner) <= len(self._secret):
            # A deletion: Qt leaves the cursor where the removed characters were.
            gone = len(self._secret) - len(inner)
            at = self.cursorPosition()
            self._secret = self._secret[:at] + self._secret[at + gone :]
            return
        # Characters in clear came in through a path not covered above: take them, mask them.
        clear = [i for i, c in enumerate(inner) if c != MASK]
        if clear:
            first, last = clear[0], clear[-1] + 1
            kept_after = len(inner) - last
            tail = self._secret[len(self._secret) - kept_after :] if kept_after else ""
            self._secret = self._secret[:first] + inner[first:last] + tail
        else:
            self._secret = self._secret[: len(inner)]
        cursor = self.cursorPosition()
        self._show_inner()
        self.setCursorPosition(cursor)
