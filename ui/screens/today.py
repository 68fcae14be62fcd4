from __future__ import annotations

from PySide6.QtCore import QLocale

from ..widgets import Card, Text
from .base import Screen


class TodayScreen(Screen):
    """What to do now, in sentences. The records issue fills the cards; this shows the frame."""

    key = "today"

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.greeting = Text()
        self.body.addWidget(self.greeting)
        self.next_card = Card()
        self.next_title = Text(self.tr("Next appointment"), "title")
        self.next_text = Text()
        self.next_card.layout_.addWidget(self.next_title)
        self.next_card.layout_.addWidget(self.next_text)
        self.body.addWidget(self.next_card)
        self.body.addStretch(1)

    def title(self) -> str:
        today = self.session.clock().date()
        day = QLocale().toString(today, "dddd d MMMM yyyy")
        return self.tr("Today, %1").replace("%1", day)

    def help_text(self) -> str:
        return self.tr("Here is what you have to do. Press “Lock” when you leave.")

    def refresh(self) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        name = carnet.owner_name
        self.greeting.setText(
            self.tr("Hello %1.").replace("%1", name) if name else self.tr("Hello.")
        )
        self.next_text.setText(self.tr("Nothing is planned for now."))

    def entered(self) -> None:
        self.refresh()
        super().entered()

    def first_focus(self):
        return None

    def left(self) -> None:
        self.greeting.clear()
        self.next_text.clear()
