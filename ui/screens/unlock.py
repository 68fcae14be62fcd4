from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QProgressBar

from app import pc_mode, remembered_key
from app.carnet import is_carnet
from app.carnet.errors import WrongPassphrase

from .. import appearance
from ..messages import error_text, passphrase_reason
from ..shared_pc_words import keyring_text
from ..tasks import run_in_background
from ..widgets import Button, CheckBox, Message, PassphraseEdit, Text
from .base import Screen


class UnlockScreen(Screen):
    """Password, or the recovery code with a new password. The key derivation runs in a worker;
    a wrong password gives one calm sentence and the field keeps the focus."""

    key = "unlock"
    back_to = "welcome"

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.file_dialog = None  # the folder dialog open now (tests drive it)
        self.recovery_mode = False
        self.last_keyring_outcome: remembered_key.Outcome | None = None
        show, hide = self.tr("Show"), self.tr("Hide")

        self.passphrase = PassphraseEdit(self.tr("Your password"), show, hide)
        self.body.addWidget(self.passphrase)

        self.code = PassphraseEdit(
            self.tr("Your recovery code (6 groups of 4 letters or numbers)"), show, hide
        )
        self.new_first = PassphraseEdit(self.tr("Choose a new password"), show, hide)
        self.new_second = PassphraseEdit(self.tr("Type the new password again"), show, hide)
        # After a recovery, someone may know the old password and keep an old copy of the key
        # file: a new data key makes both useless (Carnet.rekey). Offered, ticked.
        self.rekey = CheckBox(self.tr("Make my old password useless, even on old copies"))
        self.rekey.setChecked(True)
        self.rekey_help = Text(
            self.tr(
                "Choose this if someone may know your old password. Opening takes a little "
                "longer. Copies saved on a USB stick before today still open with the old "
                "password."
            ),
            "help",
        )
        self.rekey.setAccessibleDescription(self.rekey_help.text())
        for w in (self.code, self.new_first, self.new_second, self.rekey, self.rekey_help):
            self.body.addWidget(w)
            w.hide()

        self.message = Message()
        self.body.addWidget(self.message)
        self.wait = Text(self.tr("Opening your carnet. It takes a few seconds."), "help")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Opening your carnet, please wait"))
        self.body.addWidget(self.wait)
        self.body.addWidget(self.progress)
        self.wait.hide()
        self.progress.hide()

        self.open_button = Button(self.tr("Open"), "unlock", shortcut="Return", primary=True)
        self.open_button.clicked.connect(self._open)
        self.body.addWidget(self.open_button)
        # Personal PC, after "Remember the key" in Settings: open without typing. A button, not
        # an automatic opening: otherwise Lock (which restarts Repères) would open it again.
        self.remembered_button = Button(self.tr("Open without my password"), "key")
        self.remembered_button.setAccessibleDescription(
            self.tr("This computer remembers the key of your carnet.")
        )
        self.remembered_button.clicked.connect(self._open_remembered)
        self.body.addWidget(self.remembered_button)
        self.mode_button = Button(self.tr("I forgot my password"), "key")
        self.mode_button.clicked.connect(lambda: self.set_recovery_mode(not self.recovery_mode))
        self.body.addWidget(self.mode_button)
        self.folder_button = Button(self.tr("Open a carnet on a USB stick"), "folder")
        self.folder_button.clicked.connect(self._choose_folder)
        self.body.addWidget(self.folder_button)
        self.body.addStretch(1)

        for w in (self.passphrase, self.code, self.new_first, self.new_second):
            w.edit.returnPressed.connect(self._open)
        session.busy_changed.connect(self._busy)
        session.failed.connect(self._failed)

    def title(self) -> str:
        if self.recovery_mode:
            return self.tr("Open with my recovery code")
        return self.tr("Open my carnet")

    def help_text(self) -> str:
        if self.recovery_mode:
            return self.tr("Type the code from your paper, then choose a new password.")
        return self.tr("Type your password, then press Enter.")

    def first_focus(self):
        return self.code.edit if self.recovery_mode else self.passphrase.edit

    def set_recovery_mode(self, on: bool) -> None:
        self.recovery_mode = on
        self.passphrase.setVisible(not on)
        for w in (self.code, self.new_first, self.new_second, self.rekey, self.rekey_help):
            w.setVisible(on)
        self.mode_button.set_label(
            self.tr("Use my password instead") if on else self.tr("I forgot my password")
        )
        self.open_button.set_label(
            self.tr("Open and save the new password") if on else self.tr("Open")
        )
        self.message.clear_message()
        self.header_changed.emit()
        self.entered()

    def _open(self) -> None:
        if self.session.busy:
            return
        self.message.clear_message()
        if not self.recovery_mode:
            self.session.unlock(self.passphrase.text())
            return
        new = self.new_first.text()
        if new != self.new_second.text():
            self.message.show_error(passphrase_reason("mismatch"))
            self.new_second.edit.setFocus()
            return
        self.session.unlock_with_recovery(
            self.code.text(), new, rekey=self.rekey.isChecked(),
            remembered=self._remembered_offered(),
        )  # fmt: skip

    def _remembered_offered(self) -> bool:
        settings = appearance.current().settings
        portable = self.session.locations.portable
        return pc_mode.may_remember_key(settings, portable) and bool(settings.remembered_key)

    def _open_remembered(self) -> None:
        """Ask the keyring in a worker: a locked keyring may show the system's own prompt."""
        if self.session.busy or not self._remembered_offered():
            return
        self.message.clear_message()
        self.remembered_button.setEnabled(False)
        folders = self.session.candidates()

        def done(found: tuple) -> None:
            self.remembered_button.setEnabled(True)
            folder, recalled = found
            self.last_keyring_outcome = recalled.outcome
            if folder is None:
                self.message.show_error(keyring_text(recalled.outcome))
                self.passphrase.edit.setFocus()
                return
            self.session.unlock_with_key(folder, recalled.key)

        def failed(_exc: BaseException) -> None:
            done((None, remembered_key.Recalled(remembered_key.Outcome.UNAVAILABLE)))

        run_in_background(lambda: remembered_key.recall_any(folders), done, failed)

    def _choose_folder(self) -> None:
        from ..file_choice import choose_file

        # Qt's own dialog, window-modal: the system's (GTK) one wrote the stick's path to the
        # recent files of this account, and F12 did nothing while it was open.
        self.file_dialog = choose_file(
            self, self.tr("Open a carnet on a USB stick"), [], self._folder_chosen, folder=True
        )

    def _folder_chosen(self, path: Path | None) -> None:
        self.file_dialog = None
        if path is None:
            return
        if not is_carnet(path):
            self.message.show_error(
                self.tr("There is no carnet in this folder. Choose the folder of your carnet.")
            )
            return
        self.session.carnet_path = path
        self.message.show_ok(self.tr("Carnet found. Type your password."))
        self.entered()

    def _busy(self, busy: bool) -> None:
        if not self.isVisible():
            return
        self.wait.setVisible(busy)
        self.progress.setVisible(busy)
        self.open_button.setEnabled(not busy)
        self.remembered_button.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        if not self.isVisible():
            return
        if isinstance(exc, WrongPassphrase):  # one's own typing (or code): calm
            self.message.show_calm(error_text(exc))
        else:
            self.message.show_error(error_text(exc))
        field = self.code.edit if self.recovery_mode else self.passphrase.edit
        field.setFocus()
        field.selectAll()

    def entered(self) -> None:
        self.remembered_button.setVisible(self._remembered_offered() and not self.recovery_mode)
        super().entered()

    def left(self) -> None:
        for w in (self.passphrase, self.code, self.new_first, self.new_second):
            w.clear()
        self.message.clear_message()
        if self.recovery_mode:
            self.set_recovery_mode(False)
