from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QRadioButton

from app import pc_mode, remembered_key

from .. import appearance
from ..helper_session import act_words, person_confirms
from ..shared_pc_words import keyring_text
from ..tasks import run_in_background
from ..widgets import Button, Field, Message, Text
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
        self.body.addWidget(Text(self.tr("Use the buttons A− and A+ at the top of every screen.")))

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
        self._build_pc_mode()
        self.body.addStretch(1)

    # -- this computer: shared or personal (app/pc_mode.py) ---------------------------------------
    def _build_pc_mode(self) -> None:
        self.last_keyring_outcome: remembered_key.Outcome | None = None
        self.asked = None  # the person's-password dialog open now (tests drive it)
        self.body.addWidget(Text(self.tr("This computer"), "title"))
        self.portable_text = Text(
            self.tr(
                "Repères runs from a USB stick. So it works as on a shared computer: "
                "it never remembers your key."
            )
        )
        self.body.addWidget(self.portable_text)
        self.modes = QButtonGroup(self)
        # Short labels: a radio button does not wrap, and must fit at 200 %.
        self.shared_radio = self._radio(self.tr("A shared computer"), True)
        self.personal_radio = self._radio(self.tr("My own computer"), False)
        for button, key in ((self.shared_radio, pc_mode.SHARED),
                            (self.personal_radio, pc_mode.PERSONAL)):  # fmt: skip
            button.setProperty("choice", key)
            self.modes.addButton(button)
            self.body.addWidget(button)
        self.mode_text = Text()
        self.body.addWidget(self.mode_text)
        # Personal mode needs an explicit "this is my own computer", not just a click.
        self.confirm_text = Text(
            self.tr("Choose this only if nobody else uses this computer with your session.")
        )
        self.confirm_button = Button(self.tr("Yes, this is my own computer"), "check")
        # During a help session, every change here needs the person's password (issue 22).
        self.confirm_button.clicked.connect(
            lambda: self._person_confirms(self._confirm_personal, "personal")
        )
        self.body.addWidget(self.confirm_text)
        self.body.addWidget(self.confirm_button)
        self.remember_button = Button(self.tr("Remember my key"), "key")
        self.remember_button.setAccessibleDescription(
            self.tr("You will open your carnet without typing your password.")
        )
        self.remember_button.clicked.connect(
            lambda: self._person_confirms(self._remember, "remember")
        )
        self.forget_button = Button(self.tr("Forget my key"), "cross")
        self.forget_button.clicked.connect(lambda: self._person_confirms(self._forget, "forget"))
        self.body.addWidget(self.remember_button)
        self.body.addWidget(self.forget_button)
        self.key_message = Message()
        self.body.addWidget(self.key_message)
        self.protection_button = Button(self.tr("What Repères does not protect"), "lock")
        self.protection_button.clicked.connect(
            lambda: self.open_record.emit("protection", "settings")
        )
        self.body.addWidget(self.protection_button)
        self.modes.buttonToggled.connect(self._mode_clicked)
        self._show_pc_mode()

    def _mode(self) -> str:
        # "personal" counts with this carnet only if chosen with it (a planted settings file)
        return pc_mode.mode_for(appearance.current().settings, self._portable(),
                                self.session.carnet)  # fmt: skip

    def _portable(self) -> bool:
        return self.session.locations.portable

    def _show_pc_mode(self) -> None:
        """Show what the mode in force allows. Called at entry and after each change."""
        portable, mode = self._portable(), self._mode()
        self.portable_text.setVisible(portable)
        for button in (self.shared_radio, self.personal_radio):
            button.setVisible(not portable)
        self.modes.blockSignals(True)
        (self.personal_radio if mode == pc_mode.PERSONAL else self.shared_radio).setChecked(True)
        self.modes.blockSignals(False)
        self.mode_text.setText(
            self.tr(
                "Nobody else uses your session on this computer. "
                "Repères can remember the key of your carnet. "
                "You will not need to type your password."
            )
            if mode == pc_mode.PERSONAL
            else self.tr(
                "For example a library or an association computer. "
                "Repères never remembers your key and keeps no list of carnets. "
                "Your carnet closes after a few minutes without use."
            )
        )
        self.confirm_text.hide()
        self.confirm_button.hide()
        open_here = mode == pc_mode.PERSONAL and self.session.carnet is not None
        self.remember_button.setVisible(open_here)
        self.forget_button.setVisible(open_here)

    def _mode_clicked(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        if button is self.personal_radio and self._mode() != pc_mode.PERSONAL:
            self.confirm_text.show()
            self.confirm_button.show()
            self.confirm_button.setFocus()
        elif button is self.shared_radio and self._mode() != pc_mode.SHARED:
            self._person_confirms(self.set_shared, "shared")
        else:
            self.confirm_text.hide()
            self.confirm_button.hide()

    def _person_confirms(self, then, act: str) -> None:
        """At once when nobody helps; during a help session, after the person's password (the
        radio shows the mode in force until then)."""
        self.asked = person_confirms(self, self.session, then, act_words(act))
        if self.asked is not None:
            self.asked.rejected.connect(self._show_pc_mode)

    def _confirm_personal(self) -> None:
        mark = pc_mode.new_mark(appearance.current().settings)
        appearance.current().update(pc_mode=pc_mode.PERSONAL, pc_mode_asked=1, pc_mode_token=mark)
        if self.session.carnet is not None:
            pc_mode.mark_carnet(self.session.carnet, mark)
        else:
            pc_mode.note_chosen(mark)
        self.key_message.clear_message()
        self._show_pc_mode()

    def set_shared(self) -> None:
        """Back to a shared computer: every key this PC keeps for its carnets is forgotten."""
        appearance.current().update(pc_mode=pc_mode.SHARED, pc_mode_asked=1, remembered_key=0)
        self._show_pc_mode()
        folders = list(self.session.candidates())
        if self.session.carnet is not None:
            folders.append(self.session.carnet.folder)
        self._keyring_work(lambda: remembered_key.forget_all(folders), quiet_if_nothing=True)

    def _remember(self) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        mode = self._mode()
        self._keyring_work(lambda: remembered_key.remember_carnet(carnet, mode=mode))

    def _forget(self) -> None:
        carnet = self.session.carnet
        if carnet is None:
            return
        carnet_id = carnet.carnet_id
        self._keyring_work(lambda: remembered_key.forget(carnet_id))

    def _keyring_work(self, work, quiet_if_nothing: bool = False) -> None:
        """The keyring may show its own unlock prompt: never on the GUI thread."""
        self.remember_button.setEnabled(False)
        self.forget_button.setEnabled(False)

        def done(outcome: remembered_key.Outcome) -> None:
            self.remember_button.setEnabled(True)
            self.forget_button.setEnabled(True)
            if outcome == remembered_key.Outcome.STORED:
                appearance.current().update(remembered_key=1)
            elif outcome == remembered_key.Outcome.FORGOTTEN:
                appearance.current().update(remembered_key=0)
            elif outcome == remembered_key.Outcome.UNAVAILABLE and quiet_if_nothing:
                return  # no keyring at all: nothing was kept, nothing to say
            text = keyring_text(outcome)
            if outcome in (remembered_key.Outcome.STORED, remembered_key.Outcome.FORGOTTEN):
                self.key_message.show_ok(text)
            else:
                self.key_message.show_error(text)
            self.last_keyring_outcome = outcome

        def failed(_exc: BaseException) -> None:
            done(remembered_key.Outcome.UNAVAILABLE)

        run_in_background(work, done, failed)

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
        self.key_message.clear_message()
        self._show_pc_mode()
        super().entered()
