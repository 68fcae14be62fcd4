from __future__ import annotations

from PySide6.QtCore import Qt

from app.carnet.recovery import spoken_groups
from app.sheets.model import SheetChoice

from ..paper_dialog import print_recovery_sheet
from ..printing import recovery_sheet
from ..reading import Part
from ..widgets import Button, CheckBox, Text, plain_label
from .base import Screen


class RecoveryCodeScreen(Screen):
    """Shown once, right after creation: the code that opens the carnet if the password is lost."""

    key = "recovery_code"

    def __init__(self, session=None, parent=None):
        super().__init__(parent)
        self.code = ""
        self.body.addWidget(
            Text(self.tr("If you forget your password, this code opens your carnet."))
        )
        self.code_label = plain_label()
        self.code_label.setProperty("role", "code")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.code_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.code_label.setWordWrap(True)
        self.body.addWidget(self.code_label)
        self.body.addWidget(
            Text(
                self.tr(
                    "Write it on paper, or print it. "
                    "Keep the paper at home, not with your USB stick."
                )
            )
        )
        self.body.addWidget(Text(self.tr("Nobody else needs this code. Do not give it to anyone.")))
        # Ctrl+P is the header's Print button: it offers this sheet too (sheets() below).
        self.print_button = Button(self.tr("Print the code"), "print")
        self.print_button.clicked.connect(self._print)
        self.body.addWidget(self.print_button)
        self.confirm = CheckBox(self.tr("I have written it down or printed it"))
        self.body.addWidget(self.confirm)
        self.continue_button = Button(
            self.tr("Continue"), "check", shortcut="Return", primary=True
        )
        self.continue_button.setEnabled(False)
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)
        self.body.addWidget(self.continue_button)
        self.body.addStretch(1)

    def show_code(self, code: str) -> None:
        self.code = code
        self.code_label.setText(code.replace("-", "  "))
        self.code_label.setAccessibleName(
            self.tr("Recovery code: %1").replace("%1", ", ".join(spoken_groups(code)))
        )
        self.confirm.setChecked(False)

    def title(self) -> str:
        return self.tr("Your recovery code")

    def help_text(self) -> str:
        return self.tr("This code is shown only once. Keep it safe.")

    def first_focus(self):
        return self.code_label

    def reading_parts(self) -> list[Part]:
        """Like the other screens, but the code is spelled one sign at a time."""
        parts = []
        for part in super().reading_parts():
            if part.label is self.code_label:
                part = Part(". ".join(spoken_groups(self.code)), None)
            parts.append(part)
        return parts

    def sheets(self) -> list[SheetChoice]:
        code = self.code
        if not code:
            return []
        return [SheetChoice(self.tr("Print the code"), lambda: recovery_sheet(code), save=False)]

    def _print(self) -> None:
        print_recovery_sheet(self, self.code)

    def _continue(self) -> None:
        if self.confirm.isChecked():
            self.navigate.emit("today")

    def left(self) -> None:
        self.code = ""
        self.code_label.clear()
        self.code_label.setAccessibleName(self.tr("Recovery code"))
