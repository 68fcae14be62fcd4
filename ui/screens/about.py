"""About Repères: the version, the licence, the promise never to go online, where the carnet is,
and where to find help. Read-only: nothing on this screen changes anything."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app import __version__

from ..widgets import Button, Text
from .base import Screen

LICENCE_ID = "GPL-3.0-or-later"


class AboutScreen(Screen):
    key = "about"

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session

        self.body.addWidget(Text(self.tr("Version"), "title"))
        self.version_text = Text(self.tr("This is Repères, version %1.").replace("%1", __version__))
        self.body.addWidget(self.version_text)

        self.body.addWidget(Text(self.tr("Never on the Internet"), "title"))
        for line in (
            self.tr("Repères never goes on the Internet. It sends nothing, to anyone."),
            self.tr("There is no account, no advertising and no tracking."),
            self.tr("What you write stays in your carnet, locked by your password."),
        ):
            self.body.addWidget(Text(line))

        self.protection_button = Button(self.tr("What Repères does not protect"), "lock")
        self.protection_button.clicked.connect(
            lambda: self.open_record.emit("protection", "about")
        )
        self.body.addWidget(self.protection_button)

        self.body.addWidget(Text(self.tr("Where your carnet is"), "title"))
        self.place_text = Text(self._place())
        self.place_text.setTextInteractionFlags(  # the folder can be selected and copied
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.body.addWidget(self.place_text)

        self.body.addWidget(Text(self.tr("Help"), "title"))
        for line in (
            self.tr("You can ask for help at a France Services office near you."),
            self.tr("A local association or a social worker can also help you use Repères."),
            self.tr("Bring your printed recovery code if you forgot your password."),
        ):
            self.body.addWidget(Text(line))

        self.body.addWidget(Text(self.tr("Free software"), "title"))
        self.licence_text = Text(
            self.tr(
                "Repères is free software. You may use it, copy it, share it and change it. "
                "Licence: GNU GPL, version 3 or later (%1)."
            ).replace("%1", LICENCE_ID)
        )
        self.body.addWidget(self.licence_text)
        self.body.addStretch(1)

    def _place(self) -> str:
        places = self.session.locations
        if places.portable:
            return self.tr(
                "Your carnet is on this USB stick, in the folder “donnees”. "
                "Nothing is written on this computer."
            )
        folder: Path = self.session.carnet_path or places.data_dir
        return self.tr("Your carnet is in this folder on this computer: %1").replace(
            "%1", str(folder)
        )

    @property
    def back_to(self) -> str:  # type: ignore[override]
        return "today" if self.session.carnet is not None else "welcome"

    def title(self) -> str:
        return self.tr("About Repères")

    def help_text(self) -> str:
        return self.tr("What Repères is, where your carnet is, and who can help you.")

    def entered(self) -> None:
        self.place_text.setText(self._place())  # a carnet may have been opened since
        super().entered()
