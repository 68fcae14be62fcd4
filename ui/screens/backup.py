"""Copy my carnet to my USB stick, and restore from a copy (app/carnet/backup.py).

The copy is locked like the carnet (same password, same recovery code), checked after writing,
and named only once checked. A restore first checks that the copy opens with the password typed
here, keeps the carnet of now in its folder (never deleted), then opens the restored carnet.
Both run off the GUI thread; a full or pulled stick gets one sentence and loses nothing."""

from __future__ import annotations

import contextlib
from pathlib import Path

from app.carnet import Carnet, CarnetError, DiskFull, NotACarnet, StorageError
from app.carnet.backup import copy_carnet, copy_carnet_id, is_copy, open_copy, restore_copy

from ..file_choice import choose_file
from ..helper_session import act_words, confirm_if_helped, helper_controller
from ..messages import error_text
from ..tasks import run_in_background
from ..widgets import Button, Card, Message, PassphraseEdit, Text
from .base import Screen


class BackupScreen(Screen):
    key = "backup"
    back_to = "today"

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.working = False
        self.copy_folder: Path | None = None
        self.file_dialog = None  # the folder dialog open now (tests drive it)
        self.going_on = None  # a help session to go on in the restored carnet

        self.copy_card = Card()
        self.copy_title = Text(self.tr("Copy my carnet"), "title")
        self.copy_text = Text(
            self.tr(
                "Keep a copy on your USB stick, in case this computer or your stick is lost. "
                "The copy opens with the same password and the same recovery code."
            )
        )
        self.copy_button = Button(self.tr("Copy to my USB stick"), "save", primary=True)
        # During a help session, a copy of the whole carnet needs the person's password.
        self.copy_button.clicked.connect(
            lambda: confirm_if_helped(self, self.choose_stick, act_words("copy"))
        )
        self.copy_message = Message()
        for w in (self.copy_title, self.copy_text, self.copy_button, self.copy_message):
            self.copy_card.layout_.addWidget(w)
        self.body.addWidget(self.copy_card)

        self.restore_card = Card()
        self.restore_title = Text(self.tr("Restore from a copy"), "title")
        self.restore_text = Text(
            self.tr(
                "Your carnet of now is kept in its folder. It is never deleted. "
                "Then the copy takes its place."
            )
        )
        self.choose_button = Button(self.tr("Choose the copy"), "folder")
        self.choose_button.clicked.connect(self.choose_copy)
        self.chosen_text = Text()
        self.passphrase = PassphraseEdit(
            self.tr("The password of this copy"), self.tr("Show"), self.tr("Hide")
        )
        self.restore_button = Button(self.tr("Restore this copy"), "rotate")
        # Another carnet in place of the person's: during a help session, their password.
        self.restore_button.clicked.connect(
            lambda: confirm_if_helped(self, self.restore, act_words("restore"))
        )
        self.restore_message = Message()
        # A copy of another carnet (another person's, or one made by someone else) takes the
        # person's place only after this clear second yes; never during a help session.
        self.other_button = Button(self.tr("Yes, put this other carnet in place of mine"),
                                   "rotate")  # fmt: skip
        self.other_button.clicked.connect(self._other_confirmed)
        self.other_ok: Path | None = None
        for w in (
            self.restore_title, self.restore_text, self.choose_button, self.chosen_text,
            self.passphrase, self.restore_button, self.restore_message, self.other_button,
        ):  # fmt: skip
            self.restore_card.layout_.addWidget(w)
        self.body.addWidget(self.restore_card)
        self.body.addStretch(1)
        self._show_restore_form(False)

    # -- the frame ---------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Copy or restore my carnet")

    def help_text(self) -> str:
        return self.tr("Your copies stay locked. Only your password opens them.")

    def first_focus(self):
        return self.copy_button

    def left(self) -> None:
        self.passphrase.clear()
        self.copy_folder = None
        self.chosen_text.clear()
        self._show_restore_form(False)
        for m in (self.copy_message, self.restore_message):
            m.clear_message()

    def _show_restore_form(self, shown: bool) -> None:
        for w in (self.chosen_text, self.passphrase, self.restore_button):
            w.setVisible(shown)
        self.other_button.hide()
        self.other_ok = None

    def _set_working(self, working: bool) -> None:
        self.working = working
        for b in (self.copy_button, self.choose_button, self.restore_button):
            b.setEnabled(not working)

    # -- copy --------------------------------------------------------------------------------------
    def choose_stick(self) -> None:
        if self.working or self.session.carnet is None:
            return
        self.copy_message.clear_message()
        self.file_dialog = choose_file(
            self, self.tr("Choose your USB stick"), [], self.copy_to, folder=True
        )

    def copy_to(self, folder: Path | None) -> None:
        self.file_dialog = None
        carnet = self.session.carnet
        if folder is None or carnet is None:
            return
        now = self.session.clock()
        self._set_working(True)
        self.copy_message.show_ok(self.tr("Copying… Do not pull out the stick."))
        run_in_background(lambda: copy_carnet(carnet, folder, now), self._copied, self._copy_failed)

    def _copied(self, copy: Path) -> None:
        self._set_working(False)
        text = self.tr("Your carnet is copied, in the folder “%1”. You can pull out the stick.")
        self.copy_message.show_ok(text.replace("%1", copy.name))

    def _copy_failed(self, exc: BaseException) -> None:
        self._set_working(False)
        self.copy_message.show_error(self.copy_problem(exc))

    def copy_problem(self, exc: BaseException) -> str:
        if isinstance(exc, DiskFull):
            return self.tr(
                "The USB stick is full. Nothing was copied. Make room on it, or use another stick."
            )
        if isinstance(exc, StorageError):
            return self.tr(
                "The copy could not be written. Was the stick pulled out? "
                "Nothing half-written was left. Your carnet is safe."
            )
        return error_text(exc)

    # -- restore -----------------------------------------------------------------------------------
    def choose_copy(self) -> None:
        if self.working:
            return
        self.restore_message.clear_message()
        self.file_dialog = choose_file(
            self, self.tr("Choose the copy of your carnet"), [], self.copy_chosen, folder=True
        )

    def copy_chosen(self, folder: Path | None) -> None:
        self.file_dialog = None
        if folder is None:
            return
        if not is_copy(folder):
            self.copy_folder = None
            self._show_restore_form(False)
            self.restore_message.show_error(
                self.tr("This folder is not a copy of a carnet. Choose a folder “Repères copie”.")
            )
            return
        self._show_restore_form(False)
        self.copy_folder = folder
        self.chosen_text.setText(self.tr("Copy chosen: %1").replace("%1", folder.name))
        self._show_restore_form(True)
        self.passphrase.edit.setFocus()

    def restore(self) -> None:
        carnet, copy = self.session.carnet, self.copy_folder
        passphrase = self.passphrase.text()
        if self.working or carnet is None or copy is None:
            return
        if not passphrase:
            self.restore_message.show_error(self.tr("Write the password of this copy."))
            return
        self._set_working(True)
        self.other_button.hide()
        self.restore_message.show_ok(self.tr("Checking the copy…"))

        def check() -> bool:
            open_copy(copy, passphrase)  # the carnet id below is authenticated by this password
            return copy_carnet_id(copy) == carnet.carnet_id

        # First only check the copy: the open carnet is closed once we know the copy is good.
        run_in_background(
            check,
            lambda same: self._checked(same, carnet, copy, passphrase),
            self._restore_failed,
        )

    def _checked(self, same: bool, carnet: Carnet, copy: Path, passphrase: str) -> None:
        if same or self.other_ok == copy:
            self._replace(carnet, copy, passphrase)
            return
        self._set_working(False)
        if helper_controller(self.session).current is not None:
            self.restore_message.show_error(
                self.tr(
                    "This copy is of another carnet. During a help session, it cannot take "
                    "the place of yours. Nothing was changed."
                )
            )
            return
        self.restore_message.show_error(
            self.tr(
                "This copy is of another carnet, not of yours. Nothing was changed. "
                "Put it in place of yours only if you are sure."
            )
        )
        self.other_button.show()

    def _other_confirmed(self) -> None:
        if self.copy_folder is None or helper_controller(self.session).current is not None:
            return
        self.other_ok = self.copy_folder
        self.other_button.hide()
        self.restore()

    def _replace(self, carnet: Carnet, copy: Path, passphrase: str) -> None:
        folder, now, clock = carnet.folder, self.session.clock(), self.session.clock
        # A help session ends in the carnet of now (kept aside with its trace) and goes on,
        # guarded, in the one opened after.
        self.going_on = helper_controller(self.session).before_restore()
        self.session.carnet = None  # no screen reads it while it is replaced
        self.restore_message.show_ok(self.tr("Restoring… Do not pull out the stick."))

        def work() -> tuple[Carnet, Path | None, BaseException | None]:
            carnet.lock()
            aside, failure = None, None
            try:
                aside = restore_copy(folder, copy, passphrase, now)
            except CarnetError as exc:  # nothing changed: the carnet of now opens again
                failure = exc
            return Carnet.unlock(folder, passphrase, clock=clock), aside, failure

        run_in_background(work, self._restored, self._reopen_failed)

    def _restored(self, result: tuple[Carnet, Path | None, BaseException | None]) -> None:
        carnet, aside, failure = result
        self.session.carnet = carnet
        going_on, self.going_on = self.going_on, None
        if going_on is not None:
            with contextlib.suppress(CarnetError):  # read-only: the lock below still guards
                helper_controller(self.session).after_restore(
                    going_on, aside.name if aside and failure is None else ""
                )
            if helper_controller(self.session).current is None:
                self._reopen_failed(CarnetError("the help could not go on"))
                return
        self._set_working(False)
        self.passphrase.clear()
        self.other_ok = None
        if failure is not None:
            self.restore_message.show_error(self.restore_problem(failure))
            return
        text = self.tr("Your carnet is restored. Your carnet of before is kept, in “%1”.")
        self.restore_message.show_ok(text.replace("%1", aside.name if aside else ""))
        self._show_restore_form(False)

    def _reopen_failed(self, exc: BaseException) -> None:
        """The carnet is closed and this password does not open it (another password than the
        copy's): the unlock screen asks for the right one."""
        self._set_working(False)
        self.passphrase.clear()
        self.session.lock()
        self.navigate.emit("unlock")

    def _restore_failed(self, exc: BaseException) -> None:
        self._set_working(False)
        self.restore_message.show_error(self.restore_problem(exc))

    def restore_problem(self, exc: BaseException) -> str:
        if isinstance(exc, NotACarnet):
            return self.tr(
                "This folder is not a copy of a carnet. Choose a folder “Repères copie”."
            )
        if isinstance(exc, DiskFull):
            return self.tr("There is no room left for the restore. Nothing was changed.")
        if isinstance(exc, StorageError):
            return self.tr(
                "The copy could not be read. Was the stick pulled out? Nothing was changed."
            )
        return error_text(exc)
