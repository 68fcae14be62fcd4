from __future__ import annotations

from PySide6.QtCore import QLocale

from app.domain.appointments import Appointment
from app.records.agenda import upcoming
from app.records.directory import get_organisation

from ..reading import Part
from ..widgets import Button, Card, Text
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
        self.next_read = Button(self.tr("Read this appointment"), "speaker")
        self.next_read.clicked.connect(self._read_next)
        self.next_card.layout_.addWidget(self.next_read)
        self.body.addWidget(self.next_card)
        self.settings_button = Button(self.tr("Settings: colours, language"), "settings")
        self.settings_button.clicked.connect(lambda: self.navigate.emit("settings"))
        self.body.addWidget(self.settings_button)
        self.body.addStretch(1)

    def title(self) -> str:
        today = self.session.clock().date()
        day = QLocale().toString(today, "dddd d MMMM")
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
        coming = upcoming(carnet, limit=1, now=self.session.clock())
        self.next_text.setText(
            self.describe(coming[0]) if coming else self.tr("Nothing is planned for now.")
        )

    def _read_next(self) -> None:
        card = (self.next_title, self.next_text)
        self.read_request.emit([Part(label.text(), label) for label in card])

    def describe(self, appt: Appointment) -> str:
        """One sentence per idea: when, with whom, where, what to bring."""
        locale = QLocale()
        start = appt.starts_at
        # "9 h 30" in French, as people write and as the voice reads it.
        if start.minute:
            hour = self.tr("%1:%2", "hours:minutes").replace("%1", str(start.hour))
            hour = hour.replace("%2", f"{start.minute:02d}")
        else:
            hour = self.tr("%1:00", "full hour").replace("%1", str(start.hour))
        when = self.tr("%1 at %2.").replace(
            "%1", locale.toString(start.date(), "dddd d MMMM")
        ).replace("%2", hour)
        parts = [when[0].upper() + when[1:], appt.title + "."]
        if appt.organisation_id is not None and self.session.carnet is not None:
            org = get_organisation(self.session.carnet, appt.organisation_id)
            parts.append(self.tr("With %1.").replace("%1", org.name))
        if appt.place:
            parts.append(self.tr("Place: %1.").replace("%1", appt.place))
        if appt.to_bring:
            parts.append(self.tr("Bring: %1.").replace("%1", ", ".join(appt.to_bring)))
        if appt.mandatory:
            parts.append(self.tr("The letter says you must come."))
        return " ".join(parts)

    def entered(self) -> None:
        self.refresh()
        super().entered()

    def first_focus(self):
        return None

    def left(self) -> None:
        self.greeting.clear()
        self.next_text.clear()
