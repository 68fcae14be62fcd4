from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton

from app import pc_mode

from .. import appearance
from ..widgets import Button, Text
from .base import Screen


class WelcomeScreen(Screen):
    key = "welcome"

    def __init__(self, session, parent=None):
        super().__init__(parent)
        has_carnet = session.has_carnet()
        self.portable = session.locations.portable
        self.body.addWidget(
            Text(
                self.tr(
                    "Repères keeps your appointments, your letters and your proofs in a carnet."
                )
            )
        )
        self.body.addWidget(Text(self.tr("Your carnet is locked by a password. Only you know it.")))
        self.body.addWidget(
            Text(self.tr("Nothing leaves this computer. Nothing goes on the Internet."))
        )
        self.open_button = Button(
            self.tr("Open my carnet"), "unlock", shortcut="Ctrl+O", primary=has_carnet
        )
        self.create_button = Button(
            self.tr("Create my carnet"), "add", shortcut="Ctrl+N", primary=not has_carnet
        )
        self.open_button.clicked.connect(lambda: self._go("unlock"))
        self.create_button.clicked.connect(lambda: self._go("create"))
        self._build_mode_question()
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

    def _build_mode_question(self) -> None:
        """Asked once, at the first start: whose computer is this? Shared is already checked,
        so pressing Enter on "Create my carnet" keeps the safe choice. A stick is always a
        shared computer: no question then."""
        self.mode_title = Text(self.tr("Whose computer is this?"), "title")
        # Short labels: a radio button does not wrap, and must fit at 200 %.
        self.shared_radio = QRadioButton(self.tr("Other people use it too"))
        self.personal_radio = QRadioButton(self.tr("It is my own computer"))
        self.mode_help = Text(
            self.tr(
                "A library or an association computer is used by other people. "
                "Choose “my own computer” only if nobody else uses your session on it. "
                "You can change this later in Settings."
            ),
            "help",
        )
        self.modes = QButtonGroup(self)
        for button in (self.shared_radio, self.personal_radio):
            button.setAccessibleName(button.text())
            self.modes.addButton(button)
        self.shared_radio.setChecked(True)
        for widget in (self.mode_title, self.shared_radio, self.personal_radio, self.mode_help):
            self.body.addWidget(widget)
        self._show_mode_question()

    def _asking(self) -> bool:
        return not self.portable and not appearance.current().settings.pc_mode_asked

    def _show_mode_question(self) -> None:
        asking = self._asking()
        for widget in (self.mode_title, self.shared_radio, self.personal_radio, self.mode_help):
            widget.setVisible(asking)

    def _go(self, key: str) -> None:
        if self._asking():
            chosen = pc_mode.PERSONAL if self.personal_radio.isChecked() else pc_mode.SHARED
            mark = pc_mode.new_mark(appearance.current().settings)
            appearance.current().update(pc_mode=chosen, pc_mode_asked=1, pc_mode_token=mark)
            pc_mode.note_chosen(mark)
            self._show_mode_question()
        self.navigate.emit(key)

    def entered(self) -> None:
        self._show_mode_question()
        super().entered()

    def title(self) -> str:
        return self.tr("Welcome to Repères")

    def help_text(self) -> str:
        return self.tr(
            "Choose what you want to do. "
            "The Tab key goes to the next button. The Enter key presses it."
        )

    def first_focus(self):
        return self.open_button if self.open_button.property("primary") else self.create_button
