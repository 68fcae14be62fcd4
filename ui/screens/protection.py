"""What Repères does not protect: a short plain page, read aloud like every screen.

Honest limits matter more than promises for people who may be watched (NNEDV: "don't give a
false sense of security"). Reached from About and from Settings; Back returns there."""

from __future__ import annotations

from ..widgets import Text
from .base import Screen


class ProtectionScreen(Screen):
    key = "protection"

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._back = "about"
        self.body.addWidget(
            Text(
                self.tr("Your carnet is locked by your password. But Repères cannot do everything.")
            )
        )
        sections = (
            (
                self.tr("The person who manages this computer"),
                (
                    self.tr("This person can install any program on the computer."),
                    self.tr("Such a program can see what you type and what is on the screen."),
                ),
            ),
            (
                self.tr("A spy program"),
                (
                    self.tr("A spy program can record every key you press, and so your password."),
                    self.tr("Repères cannot see if such a program is there."),
                ),
            ),
            (
                self.tr("Someone who knows your password"),
                (
                    self.tr("Anyone who knows your password can open your carnet."),
                    self.tr("So can anyone who has your paper with the recovery code."),
                    self.tr("Keep this paper in a safe place, away from the computer."),
                ),
            ),
            (
                self.tr("Photos of the screen"),
                (
                    self.tr("Someone can take a photo of the screen, or look over your shoulder."),
                    self.tr("If someone comes, press “Quick exit” or the F12 key."),
                ),
            ),
            (
                self.tr("What Repères does"),
                (
                    self.tr("Your carnet closes by itself after a few minutes without use."),
                    self.tr("It also closes when the computer is locked or goes to sleep."),
                    self.tr("Each time you open it, Repères says when it was last opened."),
                    self.tr("It also says how many wrong passwords were typed since."),
                ),
            ),
        )
        for title, lines in sections:
            self.body.addWidget(Text(title, "title"))
            for line in lines:
                self.body.addWidget(Text(line))
        self.body.addStretch(1)

    def open(self, payload: object) -> None:
        """`open_record.emit("protection", "settings")`: Back returns to the screen that asked."""
        if payload in ("about", "settings"):
            self._back = str(payload)

    @property
    def back_to(self) -> str:  # type: ignore[override]
        return self._back

    def title(self) -> str:
        return self.tr("What Repères does not protect")

    def help_text(self) -> str:
        return self.tr("Read this to know the limits of Repères. Press “Read” to hear it.")
