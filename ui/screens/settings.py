from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QRadioButton

from .. import appearance
from ..widgets import Field, Text
from .base import Screen


class SettingsScreen(Screen):
    """Colours and language; the text size is in the header on every screen."""

    key = "settings"
    language_chosen = Signal(str)
    speech_changed = Signal()
    wants_voices = Signal()  # the main window answers with show_voices()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        look = appearance.current()
        self.body.addWidget(Text(self.tr("Colours"), "title"))
        self.themes = QButtonGroup(self)
        names = {
            "light": self.tr("Dark text on a light background"),
            "dark": self.tr("Light text on a dark background"),
            "yellow": self.tr("Yellow text on black"),
        }
        for key, name in names.items():
            button = self._radio(name, key == look.settings.theme)
            button.setProperty("choice", key)
            self.themes.addButton(button)
            self.body.addWidget(button)
        self.themes.buttonToggled.connect(self._theme)

        self.body.addWidget(Text(self.tr("Text size"), "title"))
        self.body.addWidget(
            Text(self.tr("Use the buttons A− and A+ at the top of every screen."))
        )

        self.body.addWidget(Text(self.tr("Language"), "title"))
        self.languages = QButtonGroup(self)
        for key, name in (("fr", "Français"), ("en", "English")):
            button = self._radio(name, key == look.settings.language)
            button.setProperty("choice", key)
            self.languages.addButton(button)
            self.body.addWidget(button)
        self.languages.buttonToggled.connect(self._language)

        self.body.addWidget(Text(self.tr("Reading aloud"), "title"))
        self.speeds = QButtonGroup(self)
        speeds = (
            (60, self.tr("Slow")),
            (80, self.tr("Calm (advised)")),
            (100, self.tr("Normal")),
            (125, self.tr("Fast")),
        )
        for rate, name in speeds:
            button = self._radio(name, rate == look.settings.speech_rate)
            button.setProperty("choice", rate)
            self.speeds.addButton(button)
            self.body.addWidget(button)
        self.speeds.buttonToggled.connect(self._speed)
        self.voice_box = QComboBox()
        self.body.addWidget(Field(self.tr("Voice"), self.voice_box))
        self.voice_box.currentIndexChanged.connect(self._voice)
        self.body.addStretch(1)

    def _radio(self, text: str, checked: bool) -> QRadioButton:
        button = QRadioButton(text)
        button.setAccessibleName(text)
        button.setChecked(checked)
        return button

    def _theme(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            appearance.current().set_theme(button.property("choice"))

    def _speed(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            rate = int(button.property("choice"))
            appearance.current().set_speech(rate=rate)
            self.speech_changed.emit()

    def show_voices(self, voices: list[tuple[str, str]]) -> None:
        """(id, name) pairs, French first; the first entry is the default voice."""
        chosen = appearance.current().settings.speech_voice
        self.voice_box.blockSignals(True)
        self.voice_box.clear()
        self.voice_box.addItem(self.tr("The usual French voice"), "")
        for voice_id, name in voices:
            self.voice_box.addItem(name, voice_id)
        index = self.voice_box.findData(chosen)
        self.voice_box.setCurrentIndex(max(0, index))
        self.voice_box.blockSignals(False)

    def _voice(self, index: int) -> None:
        if index >= 0:
            appearance.current().set_speech(voice=self.voice_box.itemData(index) or "")
            self.speech_changed.emit()

    def _language(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.language_chosen.emit(button.property("choice"))

    @property
    def back_to(self) -> str:  # type: ignore[override]
        return "today" if self.session.carnet is not None else "welcome"

    def title(self) -> str:
        return self.tr("Settings")

    def help_text(self) -> str:
        return self.tr("Choose what is easiest for you to read. It is kept for next time.")

    def first_focus(self):
        return self.themes.checkedButton()

    def entered(self) -> None:
        self.wants_voices.emit()
        super().entered()
