from __future__ import annotations

from ..widgets import Button, Text
from .base import Screen


class WelcomeScreen(Screen):
    key = "welcome"

    def __init__(self, has_carnet: bool, parent=None):
        super().__init__(parent)
        self.body.addWidget(
            Text(
                self.tr(
                    "Repères keeps your appointments, your letters and your proofs in a carnet."
                )
            )
        )
        self.body.addWidget(
            Text(self.tr("Your carnet is locked by a password. Only you know it."))
        )
        self.body.addWidget(
            Text(self.tr("Nothing leaves this computer. Nothing goes on the Internet."))
        )
        self.open_button = Button(
            self.tr("Open my carnet"), "unlock", shortcut="Ctrl+O", primary=has_carnet
        )
        self.create_button = Button(
            self.tr("Create my carnet"), "add", shortcut="Ctrl+N", primary=not has_carnet
        )
        self.open_button.clicked.connect(lambda: self.navigate.emit("unlock"))
        self.create_button.clicked.connect(lambda: self.navigate.emit("create"))
        first, second = (
            (self.open_button, self.create_button)
            if has_carnet
            else (self.create_button, self.open_button)
        )
        self.body.addWidget(first)
        self.body.addWidget(second)
        self.settings_button = Button(self.tr("Settings: colours, language"), "settings")
        self.settings_button.clicked.connect(lambda: self.navigate.emit("settings"))
        self.body.addWidget(self.settings_button)
        self.about_button = Button(self.tr("About Repères and help"), "help")
        self.about_button.clicked.connect(lambda: self.navigate.emit("about"))
        self.body.addWidget(self.about_button)
        self.body.addStretch(1)

    def title(self) -> str:
        return self.tr("Welcome to Repères")

    def help_text(self) -> str:
        return self.tr(
            "Choose what you want to do. "
            "The Tab key goes to the next button. The Enter key presses it."
        )

    def first_focus(self):
        return self.open_button if self.open_button.property("primary") else self.create_button
