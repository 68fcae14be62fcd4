"""QApplication set-up: settings, theme, translations, the window, --smoke, and the lock that
ends the process (the only honest way to purge decrypted data from memory, handbook §3)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from app import settings as settings_store
from app.carnet import StorageError
from app.cli import read_passphrase_file
from app.hardening import protect_process
from app.locations import locate, writable
from app.resources import resource_path

from . import appearance
from .file_choice import keep_no_qt_settings
from .main_window import MainWindow
from .messages import error_text
from .reading import Reader
from .session import Session
from .tasks import wait_for_background

SMOKE_TIMEOUT_MS = 60_000


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Repères' own strings and Qt's (qtbase_*.qm, for dialog buttons)."""
    lang = QLocale.Language.French if language == "fr" else QLocale.Language.English
    QLocale.setDefault(QLocale(lang))
    translators = []
    for folder, name in (
        (str(resource_path("translations")), f"reperes_{language}"),
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def relaunch_arguments(argv: list[str]) -> list[str]:
    """The command line of the fresh process: the same, minus what would unlock it again."""
    cleaned, skip = [], False
    for a in argv:
        if skip:
            skip = False
            continue
        if a == "--passphrase-file":
            skip = True  # never unlock again by itself after a lock
            continue
        if a.startswith("--passphrase-file="):
            continue
        cleaned.append(a)
    return cleaned


LOCKED_NOTICE = "REPERES_JUST_LOCKED"


def say_locked(window) -> None:
    """After Lock, the fresh window says so (on the screen and to a screen reader, which
    reads it with the screen's title): the person hears that the carnet is closed."""
    if os.environ.pop(LOCKED_NOTICE, None) and window.current.key == "unlock":
        window.current.message.show_ok(
            QCoreApplication.translate(
                "Shell", "Your carnet is closed. Your password opens it again."
            )
        )


def relaunch() -> None:
    """Lock = replace this process by a fresh one showing the unlock screen: decrypted data
    read by this process (Python strings, Qt buffers, SQLite pages) disappears with it."""
    QApplication.closeAllWindows()
    sys.stdout.flush()
    sys.stderr.flush()
    args = relaunch_arguments(sys.argv[1:])
    os.environ[LOCKED_NOTICE] = "1"  # the fresh process says the carnet is now closed
    if getattr(sys, "frozen", False):
        os.execv(sys.executable, [sys.executable, *args])
    os.execv(sys.executable, [sys.executable, "-m", "ui.launcher", *args])


class Shell:
    """The running app: the window, the translators, and the settings file kept up to date."""

    def __init__(self, app: QApplication, session: Session, settings_file: Path, on_lock):
        self.app, self.session, self.settings_file = app, session, settings_file
        self.on_lock = on_lock
        look = appearance.current()
        self.translators = install_translations(app, look.settings.language)
        look.changed.connect(self.save)
        self.reader = Reader()  # one voice for the whole app, kept when the window is rebuilt
        self.window = self._new_window()

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.session, on_lock=self.on_lock, reader=self.reader)
        window.language_chosen.connect(self.set_language)
        # The whole screen, whatever its size: a 1024×768 window on a 1920×1080 screen left
        # large text cramped for nothing. The person can still make it smaller.
        window.resize(1024, 768)
        window.showMaximized()
        return window

    def save(self) -> None:
        # A read-only stick: the choice still holds until Repères closes.
        with contextlib.suppress(StorageError):
            settings_store.save(self.settings_file, appearance.current().settings)

    def set_language(self, language: str) -> None:
        """Every string is set when a screen is built: build the window again, in place."""
        look = appearance.current()
        if language == look.settings.language:
            return
        look.settings = look.settings.with_changes(language=language)
        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.translators = install_translations(self.app, language)
        old = self.window
        self.window = self._new_window()
        if not old.isMaximized():  # the size the person gave it
            self.window.showNormal()
            self.window.setGeometry(old.geometry())
        self.window.show_screen(old.current.key)
        old.close()
        old.deleteLater()
        self.save()


def run_app(args: argparse.Namespace) -> int:
    protect_process()  # no crash dump, no memory reads by other programs, files 0600/0700
    keep_no_qt_settings()  # no Qt file-dialog history, even from Qt's static dialogs
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Reperes")
    app.setApplicationDisplayName("Repères")
    places = locate()
    appearance.install(appearance.Appearance(settings_store.load(places.settings_file)))

    carnet_path = Path(args.carnet) if args.carnet else None
    session = Session(places, carnet_path=carnet_path)
    shell = Shell(app, session, places.settings_file, None if args.smoke else relaunch)

    if places.portable and not writable(places.data_dir):
        # Started from a write-protected stick: say it now, before anything is typed.
        shell.window.status.show_error(error_text(StorageError("read-only stick")))
        if args.smoke:
            print(f"smoke: {shell.window.current.key}")
            return StorageError.exit_code
    say_locked(shell.window)
    if args.passphrase_file:
        session.unlock(read_passphrase_file(args.passphrase_file))
    if args.smoke:
        return _smoke(app, shell, session, bool(args.passphrase_file))
    code = app.exec()
    session.lock()
    shell.reader.close()  # ends the speech threads before the interpreter goes
    return code


def _smoke(app: QApplication, shell: Shell, session: Session, unlocking: bool) -> int:
    """Render the first screen (or Today once unlocked), then exit: 0 when it got there."""
    result = {"code": 1}

    def finish(code: int) -> None:
        result["code"] = code
        app.quit()

    if unlocking:
        session.unlocked.connect(lambda: QTimer.singleShot(0, lambda: finish(0)))
        session.failed.connect(lambda exc: finish(getattr(exc, "exit_code", 1)))
    else:
        QTimer.singleShot(0, lambda: finish(0))
    QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: finish(1))
    app.exec()
    window = shell.window
    window.grab()  # forces a full paint of the screen it reached
    wait_for_background()
    session.lock()
    print(f"smoke: {window.current.key}")
    return result["code"]
