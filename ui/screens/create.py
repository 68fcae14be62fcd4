from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QProgressBar

from app.carnet.passphrase import assess, generate_phrase

from .. import appearance
from ..messages import error_text, passphrase_reason
from ..widgets import Button, Field, Message, PassphraseEdit, Text
from .base import Screen


class CreateScreen(Screen):
    key = "create"
    back_to = "welcome"

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.file_dialog = None  # the folder dialog open now (tests drive it)
        self.folder: Path | None = None
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.body.addWidget(
            Field(
                self.tr("Your first name or a nickname (you can leave it empty)"),
                self.name,
                self.tr("It is only written inside your carnet."),
            )
        )
        show, hide = self.tr("Show"), self.tr("Hide")
        self.first = PassphraseEdit(self.tr("Choose a password"), show, hide)
        self.body.addWidget(self.first)
        self.body.addWidget(
            Text(
                self.tr(
                    "A few words that go together only for you are easy to remember "
                    "and hard to guess."
                ),
                "help",
            )
        )
        self.suggest = Button(self.tr("Suggest a password"), "dice", shortcut="Ctrl+G")
        self.suggest.clicked.connect(self._suggest)
        self.body.addWidget(self.suggest)
        # From 150 % its key is left off, as in the header: in French "(Ctrl+G)" was cut at 200 %.
        appearance.current().changed.connect(self._fit_suggest)
        self._fit_suggest()
        self.second = PassphraseEdit(self.tr("Type the password again"), show, hide)
        self.body.addWidget(self.second)

        # Text above its button (not beside): at 200 % a row would not fit.
        self.where_text = Text("", "help")
        self.where_button = Button(self.tr("Choose where to keep my carnet"), "folder")
        self.where_button.clicked.connect(self._choose_folder)
        self.body.addWidget(self.where_text)
        self.body.addWidget(self.where_button)

        self.message = Message()
        self.body.addWidget(self.message)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Creating your carnet, please wait"))
        self.progress.hide()
        self.body.addWidget(self.progress)
        self.create_button = Button(
            self.tr("Create my carnet"), "check", shortcut="Return", primary=True
        )
        self.create_button.clicked.connect(self._create)
        self.body.addWidget(self.create_button)
        self.body.addStretch(1)
        self.second.edit.returnPressed.connect(self._create)
        session.busy_changed.connect(self._busy)
        session.failed.connect(self._failed)
        self._show_where()

    def title(self) -> str:
        return self.tr("Create my carnet")

    def help_text(self) -> str:
        return self.tr("Choose a password. You will need it each time you open your carnet.")

    def first_focus(self):
        return self.name

    def _show_where(self) -> None:
        if self.folder is not None:
            self.where_text.setText(
                self.tr("Your carnet will be kept in: %1").replace("%1", str(self.folder))
            )
        elif self.session.locations.portable:
            self.where_text.setText(self.tr("Your carnet will be kept on this USB stick."))
        else:
            self.where_text.setText(self.tr("Your carnet will be kept on this computer."))

    def _choose_folder(self) -> None:
        from ..file_choice import choose_file

        # Qt's own dialog, window-modal: the system's (GTK) one wrote the stick's path to the
        # recent files of this account, and F12 did nothing while it was open.
        self.file_dialog = choose_file(
            self, self.tr("Choose where to keep my carnet"), [], self._folder_chosen, folder=True
        )

    def _folder_chosen(self, folder: Path | None) -> None:
        self.file_dialog = None
        if folder is not None:
            self.folder = folder / "carnet-reperes"
            self._show_where()

    def _fit_suggest(self) -> None:
        self.suggest.set_hint_visible(appearance.current().zoom < 150)

    def _suggest(self) -> None:
        phrase = generate_phrase()
        self.first.set_text(phrase, reveal=True)
        self.second.set_text(phrase, reveal=True)
        self.message.show_ok(
            self.tr("Suggested password: %1. Write it down before you go on.").replace("%1", phrase)
        )

    def _create(self) -> None:
        if self.session.busy:
            return
        phrase = self.first.text()
        if phrase != self.second.text():
            self._refuse([passphrase_reason("mismatch")], self.second.edit)
            return
        verdict = assess(phrase, [self.name.text()])
        if not verdict.acceptable:
            self._refuse([passphrase_reason(r) for r in verdict.reasons], self.first.edit)
            return
        self.message.clear_message()
        self.session.create(self.name.text().strip(), phrase, self.folder)

    def _refuse(self, sentences: list[str], focus: QLineEdit) -> None:
        self.message.show_error(" ".join(sentences))
        focus.setFocus()
        focus.selectAll()

    def _busy(self, busy: bool) -> None:
        if not self.isVisible():
            return
        self.progress.setVisible(busy)
        self.create_button.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        if self.isVisible():
            self.message.show_error(error_text(exc))

    def left(self) -> None:
        self.first.clear()
        self.second.clear()
        self.message.clear_message()
