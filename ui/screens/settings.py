from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QRadioButton

from .. import appearance
from ..widgets import Text
from .base import Screen


class SettingsScreen(Screen):
    """Colours and language; the text size is in the header on every screen."""

    key = "settings"
    language_chosen = Signal(str)

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
        self.body.addStretch(1)

    def _radio(self, text: str, checked: bool) -> QRadioButton:
        button = QRadioButton(text)
        button.setAccessibleName(text)
        button.setChecked(checked)
        return button

    def _theme(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            appearance.current().set_theme(button.property("choice"))

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
