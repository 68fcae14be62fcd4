"""What Repères puts on the clipboard does not stay there: cleared 30 seconds after it was
copied, on lock, on quick exit and when Repères quits, and only if the clipboard still holds that
same text (what another program copied since is left alone). On X11 the primary selection (text
selected with the mouse, pasted with the middle button) is cleared too, when Repères owns it."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication

CLEAR_AFTER_MS = 30_000


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class ClipboardGuard(QObject):
    def __init__(self, clear_after_ms: int = CLEAR_AFTER_MS):
        super().__init__()
        self._ours: str | None = None  # digest only: the text itself is not kept here
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)
        QApplication.clipboard().dataChanged.connect(self._changed)
        app = QApplication.instance()
        if app is not None:  # closing the window must not leave our text behind either
            app.aboutToQuit.connect(self.clear_if_ours)

    def _changed(self) -> None:
        text = QApplication.clipboard().text()
        # A change while one of our windows has the focus came from us (a copy in a label or a
        # field); a change while we are in the background came from another program.
        if text and QGuiApplication.focusWindow() is not None:
            self._ours = _digest(text)
            self._timer.start()
        elif self._ours is not None and _digest(text) != self._ours:
            self._ours = None
            self._timer.stop()

    def clear_if_ours(self) -> bool:
        """Clear the clipboard if it still holds our copy (True then), and the selection."""
        self.clear_selection()
        clipboard = QApplication.clipboard()
        if self._ours is not None and _digest(clipboard.text()) == self._ours:
            clipboard.clear()
            self._ours = None
            self._timer.stop()
            return True
        return False

    @staticmethod
    def clear_selection() -> bool:
        """X11 primary selection: what is selected in Repères stays pasteable by any program
        (middle click) until another program selects something. Cleared only while ours."""
        clipboard = QApplication.clipboard()
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
            return True
        return False
