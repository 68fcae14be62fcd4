"""Say a sentence to the person's screen reader now: an error, a confirmation, a warning, where
they arrived. One call for every screen: `announce.say(text)`.

A label that changes is not spoken (Orca ignores it, and the Alert event Qt sends for it does
not reach Orca), so the sentence goes where screen readers really listen:

- Linux (Orca, AT-SPI): the accessible description of the widget that has the keyboard focus.
  Orca speaks a description change of the focused object at once, in every version. The
  widget's own description comes back once the focus leaves it (not before: Orca would say it).
- Windows (NVDA, UI Automation) and macOS (VoiceOver): Qt's announcement event (Qt 6.8+),
  which Qt turns into a UIA notification that NVDA speaks.

The sentence is given after the events already queued (a focus move made by the same click is
spoken first, then the sentence), so it is not cut by the focus speech.
"""

from __future__ import annotations

import sys

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication, QWidget

_USE_DESCRIPTION = sys.platform.startswith("linux")


class _Announcer(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        # widget -> (its own description, the sentence it carries for now)
        self._held: dict[int, tuple[QWidget, str, str]] = {}
        app.focusChanged.connect(self._focus_changed)

    def say(self, text: str, polite: bool) -> None:
        if not text or not QAccessible.isActive():
            return
        widget = QApplication.focusWidget()
        if _USE_DESCRIPTION and widget is not None:
            self._describe(widget, text)
            return
        target = widget or QApplication.activeWindow()
        if target is None:
            return
        event = QAccessibleAnnouncementEvent(target, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Polite
            if polite
            else QAccessible.AnnouncementPoliteness.Assertive
        )
        QAccessible.updateAccessibility(event)

    def _describe(self, widget: QWidget, text: str) -> None:
        key = id(widget)
        own = self._held[key][1] if key in self._held else widget.accessibleDescription()
        self._held[key] = (widget, own, text)
        # Orca speaks a change: an empty description first makes the same sentence said twice
        # (two wrong passwords in a row) a change too. An empty description is not spoken.
        widget.setAccessibleDescription("")
        widget.setAccessibleDescription(text)

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        key = id(old)
        if old is not None and key in self._held:
            # After the focus event has gone out: Orca then no longer listens to `old`.
            QTimer.singleShot(0, lambda: self._give_back(key))

    def _give_back(self, key: int) -> None:
        widget, own, text = self._held.pop(key, (None, "", ""))
        if widget is None or not shiboken6.isValid(widget):
            return
        if widget.hasFocus():  # came back already: keep the sentence until it leaves again
            self._held[key] = (widget, own, text)
            return
        if widget.accessibleDescription() == text:
            widget.setAccessibleDescription(own)

    def own_description(self, widget: QWidget) -> str:
        key = id(widget)
        return self._held[key][1] if key in self._held else widget.accessibleDescription()


_announcer: _Announcer | None = None


def _get() -> _Announcer | None:
    global _announcer
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    if _announcer is None or _announcer.parent() is not app:
        _announcer = _Announcer(app)
    return _announcer


_arriving = False


def arriving() -> None:
    """A screen appears: until the events queued now are handled, say() says nothing. Orca says
    the screen's title and texts as the focus enters it (ui/screens/base.py), messages too."""
    global _arriving
    if not _arriving:
        _arriving = True
        QTimer.singleShot(0, _arrived)


def _arrived() -> None:
    global _arriving
    _arriving = False


_pending: list[str] = []


def say(text: str, *, polite: bool = False) -> None:
    """Have the screen reader say `text` after what is queued. `polite`: after what it is saying;
    otherwise now (an error, a confirmation). Sentences given together (a screen's message and
    the result band) are said as one: the second would cut the first."""
    announcer = _get()
    text = text.lstrip("✓ ").strip()  # the band's tick is for the eyes
    if announcer is None or _arriving or not text:
        return
    if not _pending:
        QTimer.singleShot(0, lambda: _flush(announcer, polite))
    if text not in _pending:
        _pending.append(text)


def _flush(announcer: _Announcer, polite: bool) -> None:
    text = " ".join(_pending)
    _pending.clear()
    announcer.say(text, polite)


def own_description(widget: QWidget) -> str:
    """The widget's own description, even while it carries a sentence for the screen reader."""
    announcer = _get()
    return announcer.own_description(widget) if announcer else widget.accessibleDescription()
