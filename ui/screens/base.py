"""What every screen offers the main window: its title, its help line, where Back goes, the
text that 'Lire' reads, and the widget that gets the focus first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from .. import announce, appearance
from ..reading import Part
from ..widgets import Text
from . import registry

if TYPE_CHECKING:
    from app.sheets.model import SheetChoice  # app.sheets loads the records: not at start

_NOTHING = object()


class Screen(QWidget):
    #: asks the main window to go to another screen by key
    navigate = Signal(str)
    #: asks the main window to show a record on another screen: (screen key, what to show)
    open_record = Signal(str, object)
    #: asks the main window to read these parts aloud (a card's own 'Lire' button)
    read_request = Signal(object)
    #: the title or help line changed (e.g. the recovery mode of the unlock screen)
    header_changed = Signal()
    #: something was done (saved, removed...): the window shows it under the title, in view,
    #: announces it and reads it aloud for a person who listens ("Noted: 3 h, Sunday 6 December")
    result = Signal(str)

    key = ""
    back_to: str | None = None
    _payload: object = _NOTHING  # what `open` was given, until `take_payload` reads it

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # At 200 % on a small screen the content scrolls rather than clips.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The content sits in a (frameless) group: screen readers see a named panel, and Orca
        # says its name (the screen's title) and its texts when the focus enters it. A plain
        # QWidget is a "filler", which Orca skips.
        inner = QGroupBox()
        inner.setFlat(True)
        inner.setProperty("role", "screen")
        self.panel = inner
        self.body = QVBoxLayout(inner)
        pad = appearance.current().px(24)
        self.body.setContentsMargins(pad, pad, pad, pad)
        self.body.setSpacing(appearance.current().px(16))
        self.scroll.setWidget(inner)
        self.help_line = Text("", "help")  # filled by the main window with help_text()
        self.body.addWidget(self.help_line)
        outer.addWidget(self.scroll)

    def title(self) -> str:
        raise NotImplementedError

    def help_text(self) -> str:
        return ""

    def first_focus(self) -> QWidget | None:
        return None

    def reading_parts(self) -> list[Part]:
        """The screen's main content in reading order, for 'Lire', each with the label that
        shows it (for the read-along highlight). Default: the visible labels, top to bottom.
        Never a passphrase field: only labels are read."""
        parts = [Part(self.help_text(), self.help_line)]
        for label in self.findChildren(QLabel):
            if label is self.help_line or not label.isVisibleTo(self) or not label.text():
                continue
            parts.append(Part(label.text(), label))
        return parts

    def entered(self) -> None:
        """Called each time the screen is shown."""
        self.name_panel()
        widget = self.first_focus()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def name_panel(self) -> None:
        """The panel is named after the title, so the screen reader says where the person is."""
        self.panel.setAccessibleName(self.title())

    def showEvent(self, event: QShowEvent) -> None:
        # The texts of a screen that appears are said with its title (the panel, above):
        # messages it shows while arriving are not said a second time.
        announce.arriving()
        self.name_panel()
        super().showEvent(event)

    def open(self, payload: object) -> None:
        """Called before the screen is shown for `open_record` (e.g. an appointment id). By
        default the payload waits for `entered()`, which reads it once with `take_payload()`;
        a screen that acts at once overrides this."""
        self._payload = payload

    def take_payload(self) -> tuple[bool, object]:
        """(True, payload) once after `open(payload)`; (False, None) when shown without one."""
        payload, self._payload = self._payload, _NOTHING
        return (payload is not _NOTHING), (None if payload is _NOTHING else payload)

    def sheets(self) -> list[SheetChoice]:
        """The sheets this screen can print now (the header's Print button shows when any)."""
        return []

    def needs_carnet(self) -> bool:
        """Screens of the records are only reachable with an open carnet (said in the table)."""
        return registry.has_screen(self.key) and registry.entry(self.key).needs_carnet

    def left(self) -> None:
        """Called when another screen replaces this one: forget what was typed."""
