"""The one window: a header that always says where you are (title, help line, Back, text size,
Lock) above one screen at a time."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.carnet.errors import CarnetError
from app.domain.days import home_day
from app.pc_mode import (
    auto_lock_minutes,
    chosen_in_this_run,
    lock_minutes_for,
    mark_carnet,
    planted,
)
from app.settings import ZOOMS, trusted_file

from . import appearance
from .clipboard_guard import ClipboardGuard
from .flow_layout import FlowRow
from .formatting import set_today_source
from .idle import IdleWatch
from .messages import speech_problem_text
from .reading import Part, Reader
from .screens import registry
from .screens.base import Screen
from .session import Session
from .session_lock import SessionLockWatch
from .steady import FocusGuard, WheelGuard
from .theme import HEADER_ZOOM_CAP
from .widgets import Button, Message, Title, plain_label

if TYPE_CHECKING:
    from app.speech import SpeechProblem

    from .helper_session import HelperBanner, HelperController


class QuickExitKeys(QObject):
    """F12 or Ctrl+Q, wherever the focus is."""

    KEYS = (QKeySequence("F12"), QKeySequence("Ctrl+Q"))

    def __init__(self, action: Callable[[], None]):
        super().__init__()
        self.action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in self.KEYS):
                self.action()
                return True
        return False


class MainWindow(QMainWindow):
    language_chosen = Signal(str)

    def __init__(
        self,
        session: Session,
        on_lock: Callable[[], None] | None = None,
        reader: Reader | None = None,
        idle: IdleWatch | None = None,
        on_quick_exit: Callable[[], None] | None = None,
    ):
        super().__init__()
        self.session = session
        self._voice_used = False  # results are said aloud once the person used the voice
        # Dates typed as words ("hier", "lundi prochain") count from the carnet's today.
        set_today_source(lambda: home_day(session.clock()))
        self._on_quick_exit = on_quick_exit or QApplication.quit
        # Helpers that watch the whole application die with this window (Qt then removes their
        # event filters): a filter outliving its window would call into a deleted widget.
        self.clipboard = ClipboardGuard()
        self.clipboard.setParent(self)
        # The wheel scrolls the page and never changes an answer (ui/steady.py).
        self.wheel_guard = WheelGuard(self)
        QApplication.instance().installEventFilter(self.wheel_guard)
        # Shared PC: 10 minutes at most, whatever the settings file says (app/pc_mode.py).
        minutes = auto_lock_minutes(appearance.current().settings, session.locations.portable)
        self.idle = idle or IdleWatch(minutes * 60)
        self.idle.setParent(self)
        self.idle.warning.connect(self._idle_warning)
        self.idle.warning_over.connect(self._idle_warning_over)
        self.idle.expired.connect(self._idle_expired)
        self.reader = reader or Reader()
        self.reader.started.connect(self._reading_changed)
        self.reader.stopped.connect(self._reading_changed)
        self.reader.problem.connect(self._speech_problem)
        self._on_lock = on_lock  # the app re-executes itself; tests stay in-process
        # The screen of the computer is locked, or it goes to sleep: close the carnet too.
        self.os_lock = SessionLockWatch(self)
        self.os_lock.locked.connect(lambda _why: self.session.carnet is not None and self.lock())
        self.os_lock.watch_window(self)
        self.paper = None  # the paper dialog last opened by Print (tests drive it)
        # No personal data in the title: the taskbar of a shared PC is seen by others.
        self.setWindowTitle("Repères")
        self.setAccessibleName("Repères")

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_header())
        # A helper session shows who helps, until when, and End, above every screen: built
        # when a carnet opens (see `helper`), here, under the header.
        self._column = layout
        self._helper: HelperController | None = None
        self._helper_banner: HelperBanner | None = None
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # The header's buttons take the focus only by a deliberate act (ui/steady.py).
        self.focus_guard = FocusGuard(lambda w: w in self._header_buttons, self._focus_screen)
        self.focus_guard.setParent(self)
        QApplication.instance().installEventFilter(self.focus_guard)

        # The screens built so far, by key: each is built the first time it is shown.
        self.screens: dict[str, Screen] = {}

        session.created.connect(self._created)
        session.unlocked.connect(self._unlocked)
        session.damaged.connect(self._damaged)
        QShortcut(QKeySequence("Escape"), self, activated=self._escape)
        appearance.current().changed.connect(self._refresh_header)
        self.show_screen("unlock" if session.carnet_path else "welcome")
        self._check_settings_file()

    def _check_settings_file(self) -> None:
        """A settings file another account could have written was not read (app/settings.py):
        say so on the first screen, so that nobody wonders why the choices are gone."""
        if not trusted_file(self.session.locations.settings_file):
            self.status.show_error(self.tr(
                "The settings file of this computer may have been written by someone else. "
                "Repères did not read it and uses its first settings. Choose yours again in "
                "Settings."
            ))  # fmt: skip

    def _build_header(self) -> QFrame:
        """The tools (Back, Read, text size, Lock) in rows that wrap when the window is narrow,
        then the title and a status line. The help line scrolls with the screen: at 200 % a
        fixed header would leave little room for the content."""
        header = QFrame()
        header.setProperty("role", "header")
        column = QVBoxLayout(header)
        pad = appearance.current().px(12)
        column.setContentsMargins(pad, pad, pad, pad)
        tools_row = FlowRow(spacing=pad)
        tools = tools_row.flow
        self.back_button = Button(self.tr("Back"), "back", shortcut="Alt+Left")
        self.back_button.clicked.connect(self.go_back)
        self.exit_button = Button(self.tr("Quick exit"), "exit", shortcut="F12")
        self.exit_button.setShortcut(QKeySequence())  # the filter below handles F12 everywhere
        self.exit_button.setAccessibleDescription(
            self.tr("Hides Repères at once and closes your carnet.")
        )
        self.exit_button.clicked.connect(self.quick_exit)
        # From any window or dialog of Repères: shortcuts of a window under a modal dialog are
        # off, so an application-wide filter watches for the keys instead.
        self._exit_keys = QuickExitKeys(self.quick_exit)
        self._exit_keys.setParent(self)
        QApplication.instance().installEventFilter(self._exit_keys)
        self.read_button = Button(self.tr("Read"), "speaker", shortcut="Ctrl+R")
        self.read_button.setAccessibleDescription(self.tr("Reads this screen aloud."))
        self.read_button.clicked.connect(self.toggle_reading)
        self.print_button = Button(self.tr("Print"), "print", shortcut="Ctrl+P")
        self.print_button.setAccessibleDescription(
            self.tr("Prints a sheet of this screen, or saves it as a PDF file.")
        )
        self.print_button.clicked.connect(self.print_sheets)
        # "Home", first and in the same place on every screen: Today once the carnet is open.
        self.home_button = Button(self.tr("Home"), "home", shortcut="Alt+Home")
        self.home_button.setAccessibleDescription(self.tr("Back to the first screen."))
        self.home_button.clicked.connect(self.go_home)
        for b in (self.home_button, self.back_button, self.read_button, self.print_button):
            tools.addWidget(b)
        self.smaller_button = Button(
            "A−", "zoom-out", description=self.tr("Smaller text (Ctrl and minus)")
        )
        self.smaller_button.setAccessibleName(self.tr("Smaller text"))
        self.bigger_button = Button(
            "A+", "zoom-in", description=self.tr("Bigger text (Ctrl and plus)")
        )
        self.bigger_button.setAccessibleName(self.tr("Bigger text"))
        self.smaller_button.clicked.connect(lambda: self._zoom(-1))
        self.bigger_button.clicked.connect(lambda: self._zoom(+1))
        # The size in words, between A− and A+: what the buttons did is seen, not guessed.
        self.zoom_label = plain_label()  # every label is plain text (test_plain_labels.py)
        self.zoom_label.setProperty("role", "zoom")
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, activated=self.smaller_button.click)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, activated=self.bigger_button.click)
        QShortcut(QKeySequence("Ctrl+="), self, activated=self.bigger_button.click)
        self.lock_button = Button(self.tr("Lock"), "lock", shortcut="Ctrl+L")
        self.lock_button.setAccessibleDescription(
            self.tr("Closes your carnet. Your password is needed to open it again.")
        )
        self.lock_button.clicked.connect(self.lock)
        for b in (self.smaller_button, self.zoom_label, self.bigger_button, self.lock_button,
                  self.exit_button):  # fmt: skip
            tools.addWidget(b)
        # Buttons that come and go keep their room, and Read is as wide as "Stop reading":
        # nothing in the header moves under the pointer from one screen to the next.
        for b in (self.home_button, self.back_button, self.print_button, self.lock_button):
            policy = b.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            b.setSizePolicy(policy)
        self.read_button.keep_size_for(self.tr("Read"), self.tr("Stop reading"))
        self._header_buttons = (self.home_button, self.back_button, self.read_button,
                                self.print_button, self.smaller_button, self.bigger_button,
                                self.lock_button, self.exit_button)  # fmt: skip
        for b in self._header_buttons:
            b.cap_zoom(HEADER_ZOOM_CAP)
        column.addWidget(tools_row)
        self.title_label = Title()
        column.addWidget(self.title_label)
        self.status = Message()
        column.addWidget(self.status)
        self.still_here_button = Button(self.tr("I am still here"), "check", primary=True)
        self.still_here_button.clicked.connect(lambda: self.idle.still_here())
        self.still_here_button.hide()
        column.addWidget(self.still_here_button)
        return header

    # -- leaving -------------------------------------------------------------------------------
    def quick_exit(self) -> None:
        """Someone comes: every window disappears at once, then the carnet is closed. Coming
        back needs the password."""
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        QApplication.processEvents()  # hidden now, before the slower work below
        self.reader.stop()
        self.idle.stop()
        for screen in self.screens.values():
            screen.left()
        self.clipboard.clear_if_ours()
        self._end_help()  # after the windows are hidden: two small writes
        self.session.lock()
        self._on_quick_exit()

    # -- a helper session (ui/helper_session.py), loaded with the first open carnet -------------
    @property
    def helper(self) -> HelperController:
        if self._helper is None:
            from .helper_session import HelperBanner, helper_controller

            self._helper = helper_controller(self.session)
            self._helper.close_carnet = self.lock  # the end of a help session closes the carnet
            self._helper_banner = HelperBanner(self._helper)
            self._column.insertWidget(1, self._helper_banner)
        return self._helper

    @property
    def helper_banner(self) -> HelperBanner:
        if self._helper_banner is None:
            _ = self.helper  # builds the banner with the controller
        assert self._helper_banner is not None
        return self._helper_banner

    def _end_help(self) -> None:
        if self._helper is not None:  # never built: no carnet was opened, no help to end
            from app.records.helper import EndedHow

            self._helper.end(EndedHow.LOCK)

    def _unlocked(self) -> None:
        self.helper.close_interrupted()
        self.idle.start()
        self.show_screen("today")
        self._check_pc_mode()  # after the screen: its sentence stays in the status line
        from .drafts_offer import offer_draft

        self.draft_offer = offer_draft(self, self.session.carnet, self._continue_draft)

    def _damaged(self, exc: BaseException) -> None:
        """Damage found after the opening: the path a damaged carnet takes at the opening. The
        carnet is closed with nothing more written (it refuses writes since the damage was
        met), and the unlock screen says the same sentence. Not the re-executing lock: the
        sentence must stay on screen. Queued: a screen may be in the middle of its read."""
        QTimer.singleShot(0, lambda: self._close_damaged(exc))

    def _close_damaged(self, exc: BaseException) -> None:
        if self.session.carnet is None:
            return
        self.clipboard.clear_if_ours()
        self.idle.stop()
        self.reader.stop()
        for screen in self.screens.values():
            screen.left()
        self.session.lock()
        self.show_screen("unlock")
        self.session.failed.emit(exc)

    def _continue_draft(self, key: str, content: dict) -> None:
        self.show_screen(key)
        self.screen(key).restore_draft(content)  # type: ignore[attr-defined]

    def _idle_warning(self, seconds: int) -> None:
        text = self.tr(
            "Nobody has used Repères for a while. Your carnet will close in %1 seconds."
        ).replace("%1", str(seconds))
        self.status.show_error(text)
        self.still_here_button.show()
        self.still_here_button.setFocus()
        self.reader.read([Part(text, None), Part(self.still_here_button.accessibleName(), None)])

    def _idle_warning_over(self) -> None:
        self.still_here_button.hide()
        self.status.clear_message()
        self.reader.stop()

    def _idle_expired(self) -> None:
        self.still_here_button.hide()
        self.status.clear_message()
        self.lock()

    # -- reading aloud -------------------------------------------------------------------------
    def toggle_reading(self) -> None:
        if self.reader.reading:
            self.reader.stop()
            return
        self.status.clear_message()
        self._voice_used = True
        self.reader.read([Part(self.title_label.text(), self.title_label),
                          *self.current.reading_parts()])  # fmt: skip

    def show_result(self, text: str) -> None:
        """A calm band under the title, always in view (the header does not scroll with the
        screen), announced to screen readers, and said aloud to a person who has used the voice
        since the window opened."""
        band = "✓ " + text
        self.status.show_ok(band)
        if self._voice_used:
            self.reader.read([Part(band, self.status)])

    def read_parts(self, parts: list[Part]) -> None:
        """A card's own 'Lire' button."""
        self._voice_used = True
        self.status.clear_message()
        self.reader.read(parts)

    def _reading_changed(self, *_args: object) -> None:
        reading = self.reader.reading
        self.read_button.set_label(self.tr("Stop reading") if reading else self.tr("Read"))
        self.read_button.set_icon_name("stop" if reading else "speaker")

    def _speech_problem(self, problem: SpeechProblem) -> None:  # app.speech's, typed only
        self.status.show_error(speech_problem_text(str(problem.kind)))

    # -- the screens, built on demand from the table (ui/screens/registry.py) ------------------
    def screen(self, key: str) -> Screen:
        """The screen with this key, built now if it never was."""
        built = self.screens.get(key)
        if built is None:
            built = registry.entry(key).screen_class()(self.session)
            self._add(built)
        return built

    def _add(self, screen: Screen) -> Screen:
        self.screens[screen.key] = screen
        self.stack.addWidget(screen)
        screen.navigate.connect(self.show_screen)
        screen.open_record.connect(self.open_record)
        screen.header_changed.connect(self._refresh_header)
        screen.read_request.connect(self.read_parts)
        screen.result.connect(self.show_result)
        if screen.key == "settings":
            screen.language_chosen.connect(self.language_chosen)
            screen.wants_voices.connect(lambda: screen.show_voices(self.reader.voices()))
            screen.speech_changed.connect(self.reader.apply_settings)
        return screen

    # The first screens, by name (the tests and the window's own code use them).
    @property
    def welcome_screen(self):
        return self.screen("welcome")

    @property
    def create_screen(self):
        return self.screen("create")

    @property
    def unlock_screen(self):
        return self.screen("unlock")

    @property
    def recovery_screen(self):
        return self.screen("recovery_code")

    @property
    def today_screen(self):
        return self.screen("today")

    @property
    def settings_screen(self):
        return self.screen("settings")

    @property
    def about_screen(self):
        return self.screen("about")

    @property
    def current(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def open_record(self, key: str, payload: object) -> None:
        """Show the screen `key` with something to show (an id, a day, a pre-filled letter)."""
        if registry.entry(key).needs_carnet and self.session.carnet is None:
            key = "unlock"
        else:
            self.screen(key).open(payload)
        self.show_screen(key)

    def show_screen(self, key: str) -> None:
        self.reader.stop()
        self.status.clear_message()
        if registry.entry(key).needs_carnet and self.session.carnet is None:
            key = "unlock"
        previous = self.stack.currentWidget()
        target = self.screen(key)
        if previous is not target and isinstance(previous, Screen):
            previous.left()
        self.stack.setCurrentWidget(target)
        self._refresh_header()
        target.entered()

    def _refresh_header(self) -> None:
        screen = self.current
        self.title_label.setText(screen.title())
        # A screen reader met an unnamed "panneau superposé" around every screen: it carries
        # the screen's title instead.
        self.stack.setAccessibleName(screen.title())
        screen.help_line.setText(screen.help_text())
        screen.help_line.setVisible(bool(screen.help_text()))
        self.back_button.setVisible(screen.back_to is not None)
        self.lock_button.setVisible(self.session.carnet is not None)
        self.print_button.setVisible(bool(screen.sheets()))
        zoom = appearance.current().zoom
        # At a limit the button stays enabled (a disabled button hands its focus on to the
        # next one, Lock or Quick exit) and looks and says it can do no more.
        for button, limit in ((self.smaller_button, zoom <= min(ZOOMS)),
                              (self.bigger_button, zoom >= max(ZOOMS))):  # fmt: skip
            if button.property("limit") != limit:
                button.setProperty("limit", limit)
                button.style().unpolish(button)
                button.style().polish(button)
        self.smaller_button.setAccessibleDescription(
            self.tr("The text is already as small as it gets.") if zoom <= min(ZOOMS)
            else self.tr("Smaller text (Ctrl and minus)"))  # fmt: skip
        self.bigger_button.setAccessibleDescription(
            self.tr("The text is already as large as it gets.") if zoom >= max(ZOOMS)
            else self.tr("Bigger text (Ctrl and plus)"))  # fmt: skip
        self.zoom_label.setText(self.tr("Text: %1 %").replace("%1", str(zoom)))
        # As tall as A− and A+ and centred: the row puts each item at its top, and the size
        # sat above the middle of the buttons it names.
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        self.zoom_label.setMinimumHeight(self.bigger_button.sizeHint().height())
        # From 150 % the header shows the words without the keys (in the tooltip, still said
        # by screen readers as the button's shortcut), so its buttons keep to one or two rows.
        for button in (self.home_button, self.back_button, self.read_button, self.print_button,
                       self.lock_button, self.exit_button):  # fmt: skip
            button.set_hint_visible(zoom < 150)

    def _zoom(self, step: int) -> None:
        look = appearance.current()
        changed = look.zoom_in() if step > 0 else look.zoom_out()
        if not changed:  # at a limit: say so calmly, nothing else happens
            button = self.bigger_button if step > 0 else self.smaller_button
            self.status.show_ok(button.accessibleDescription())

    def _focus_screen(self) -> None:
        """The focus goes back into the screen (its first field, or its first control)."""
        screen = self.current
        target = screen.first_focus()
        if target is None or not target.isVisible() or not target.isEnabled():
            target = next((w for w in screen.findChildren(QWidget)
                           if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible()
                           and w.isEnabled()), None)  # fmt: skip
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        elif (focused := QApplication.focusWidget()) is not None:
            focused.clearFocus()

    def print_sheets(self) -> None:
        """The paper dialog with the sheets the current screen offers (Ctrl+P)."""
        choices = self.current.sheets()
        if choices and not self.session.busy:
            self.reader.stop()
            from .paper_dialog import show_sheets  # QtPrintSupport: loaded at the first Print

            self.paper = show_sheets(self, choices)

    def go_home(self) -> None:
        if not self.session.busy:
            self.show_screen("today" if self.session.carnet is not None else "welcome")

    def go_back(self) -> None:
        target = self.current.back_to
        if target:
            self.show_screen(target)

    def _escape(self) -> None:
        if self.reader.reading:  # Escape stops the voice first
            self.reader.stop()
            return
        if self.current.back_to and not self.session.busy:
            self.go_back()

    def _check_pc_mode(self) -> None:
        """ "My own computer" counts only if chosen with this carnet open (app/pc_mode.py): a
        planted settings file gets a sentence, and the shared PC's auto-lock."""
        settings, carnet = appearance.current().settings, self.session.carnet
        portable = self.session.locations.portable
        if carnet is None:
            return
        if planted(settings, portable, carnet):
            # Never longer than a shared PC allows (an injected shorter delay stays).
            limit = lock_minutes_for(settings, portable, carnet) * 60
            self.idle.limit_s = min(self.idle.limit_s, limit)
            self.status.show_error(self.tr(
                "The settings say this is your own computer, but you did not choose it with "
                "your carnet. So your carnet closes after a few minutes without use, as on a "
                "shared computer. If this is your own computer, choose it again in Settings."
            ))  # fmt: skip

    def _created(self, code: str) -> None:
        carnet, settings = self.session.carnet, appearance.current().settings
        if carnet is not None and chosen_in_this_run(settings):
            with contextlib.suppress(CarnetError):  # the sentence at the next unlock
                mark_carnet(carnet, settings.pc_mode_token)
        self.recovery_screen.show_code(code)
        self.show_screen("recovery_code")

    def lock(self) -> None:
        self.clipboard.clear_if_ours()
        self.idle.stop()
        self.reader.stop()
        if self.session.carnet is not None:
            from .drafts_offer import keep_draft

            keep_draft(self.current, self.session.carnet)  # what was being typed is not lost
        for screen in self.screens.values():
            screen.left()
        self._end_help()
        self.session.lock()
        if self._on_lock is not None:
            self._on_lock()
        else:
            self.show_screen("unlock")
