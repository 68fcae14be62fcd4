"""Safe on a shared PC, on screen: the mode asked at first start, changed in Settings (personal
only after "this is my own computer", never from a stick), the key remembered in the real
gnome-keyring and forgotten, the locked and missing keyring said as such, the last opening
with the failed attempts since, and the page of what Repères does not protect."""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app import remembered_key as rk
from app.carnet import attempts
from app.locations import Locations
from ui import appearance
from ui.messages import error_text

from .conftest import PASSPHRASE

PARIS = timezone(timedelta(hours=1))


class SteppingClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def _open(window, qtbot, passphrase: str = PASSPHRASE) -> None:
    window.show_screen("unlock")
    window.unlock_screen.passphrase.edit.setText(passphrase)
    qtbot.mouseClick(window.unlock_screen.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)


def _personal() -> None:
    appearance.current().update(pc_mode="personal", pc_mode_asked=1)


# -- first start -----------------------------------------------------------------------------------
def test_first_start_asks_once_and_shared_is_checked(make_window, qtbot, places: Locations):
    window = make_window()
    welcome = window.welcome_screen
    assert welcome.shared_radio.isVisible() and welcome.shared_radio.isChecked()
    spoken = " ".join(p.text for p in welcome.reading_parts())
    assert "Whose computer is this?" in spoken
    qtbot.mouseClick(welcome.personal_radio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    assert window.current.key == "create"
    settings = appearance.current().settings
    assert (settings.pc_mode, settings.pc_mode_asked) == ("personal", 1)
    window.show_screen("welcome")
    assert not welcome.shared_radio.isVisible()  # asked once


def test_a_stick_is_a_shared_computer_without_a_question(make_window, qtbot, tmp_path: Path):
    import ui.session

    window = make_window()
    _personal()  # even if the stick's settings file says otherwise
    stick = Locations(tmp_path / "stick" / "carnets", tmp_path / "stick" / "config", True)
    window.session.locations = stick
    window.welcome_screen.portable = True
    window.show_screen("welcome")
    assert not window.welcome_screen.shared_radio.isVisible()
    window.show_screen("settings")
    screen = window.settings_screen
    assert screen.portable_text.isVisible() and "USB stick" in screen.portable_text.text()
    assert not screen.personal_radio.isVisible() and not screen.shared_radio.isVisible()
    assert not screen.remember_button.isVisible()
    window.show_screen("unlock")
    assert not window.unlock_screen.remembered_button.isVisible()
    assert isinstance(window.session, ui.session.Session)


# -- settings and the real keyring -----------------------------------------------------------------
def test_personal_mode_needs_an_explicit_yes_then_remembers_and_forgets(
    make_window, qtbot, existing_carnet, secret_service, places
):
    window = make_window()
    _open(window, qtbot)
    carnet_id = window.session.carnet.carnet_id
    window.show_screen("settings")
    screen = window.settings_screen
    assert screen.shared_radio.isChecked() and not screen.remember_button.isVisible()

    qtbot.mouseClick(screen.personal_radio, Qt.MouseButton.LeftButton)
    assert appearance.current().settings.pc_mode == "shared"  # not yet: a yes is needed
    assert screen.confirm_button.isVisible()
    qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    assert appearance.current().settings.pc_mode == "personal"
    assert screen.remember_button.isVisible() and screen.forget_button.isVisible()

    qtbot.mouseClick(screen.remember_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.last_keyring_outcome is not None, timeout=10000)
    assert screen.last_keyring_outcome == rk.Outcome.STORED
    assert rk.recall(carnet_id).outcome == rk.Outcome.FOUND
    assert appearance.current().settings.remembered_key == 1

    screen.last_keyring_outcome = None
    qtbot.mouseClick(screen.forget_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.last_keyring_outcome is not None, timeout=10000)
    assert screen.last_keyring_outcome == rk.Outcome.FORGOTTEN
    assert rk.recall(carnet_id).outcome == rk.Outcome.NOT_FOUND
    assert "no longer remembers" in screen.key_message.text()


def test_back_to_shared_forgets_every_key_of_this_pc(
    make_window, qtbot, existing_carnet, secret_service
):
    window = make_window()
    _personal()
    carnet_id = rk.carnet_id_of(existing_carnet)
    assert rk.remember(carnet_id, bytes(32), mode="personal") == rk.Outcome.STORED
    window.show_screen("settings")
    screen = window.settings_screen
    assert screen.personal_radio.isChecked()
    qtbot.mouseClick(screen.shared_radio, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rk.recall(carnet_id).outcome == rk.Outcome.NOT_FOUND, timeout=10000)
    assert appearance.current().settings.pc_mode == "shared"


def test_open_without_typing_with_the_remembered_key(
    make_window, qtbot, existing_carnet, secret_service
):
    window = make_window()
    _open(window, qtbot)
    _personal()
    assert rk.remember_carnet(window.session.carnet, mode="personal") == rk.Outcome.STORED
    appearance.current().update(remembered_key=1)
    window.lock()
    try:
        assert window.current.key == "unlock"
        button = window.unlock_screen.remembered_button
        assert button.isVisible()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
        assert window.session.carnet is not None
    finally:
        rk.forget(rk.carnet_id_of(existing_carnet))


def test_a_missing_keyring_is_said_and_the_password_still_works(
    make_window, qtbot, existing_carnet, monkeypatch, tmp_path
):
    window = make_window()
    _personal()
    appearance.current().update(remembered_key=1)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    window.show_screen("unlock")
    screen = window.unlock_screen
    qtbot.mouseClick(screen.remembered_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.last_keyring_outcome is not None, timeout=10000)
    assert screen.last_keyring_outcome == rk.Outcome.UNAVAILABLE
    said = screen.message.text()
    assert "password safe" in said
    assert said != error_text(__import__("app.carnet").carnet.WrongPassphrase("x"))
    assert "does not open" not in said
    monkeypatch.undo()
    _open(window, qtbot)


def test_a_locked_keyring_is_said_as_locked(make_window, qtbot, existing_carnet, secret_service):
    from core.test_remembered_key import _locked_keyring

    window = make_window()
    _personal()
    appearance.current().update(remembered_key=1)
    carnet_id = rk.carnet_id_of(existing_carnet)
    rk.remember(carnet_id, bytes(32), mode="personal")
    try:
        with _locked_keyring(secret_service.password):
            window.show_screen("unlock")
            screen = window.unlock_screen
            qtbot.mouseClick(screen.remembered_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: screen.last_keyring_outcome is not None, timeout=10000)
            assert screen.last_keyring_outcome == rk.Outcome.LOCKED
            assert "locked" in screen.message.text()
            assert window.session.carnet is None
    finally:
        rk.forget(carnet_id)


# -- last opening ----------------------------------------------------------------------------------
def test_today_says_the_last_opening_and_the_failed_attempts(make_window, qtbot, existing_carnet):
    clock = SteppingClock(datetime(2026, 3, 3, 10, 12, tzinfo=PARIS))  # a Tuesday
    window = make_window(clock=clock)
    _open(window, qtbot)
    first = window.today_screen.last_opening
    assert first.isVisible() and "first opening" in first.text()
    window.lock()

    clock.now = datetime(2026, 3, 5, 9, 0, tzinfo=PARIS)  # Thursday
    for _ in range(2):
        window.unlock_screen.passphrase.edit.setText("pas le bon")
        with qtbot.waitSignal(window.session.failed, timeout=20000):
            qtbot.mouseClick(window.unlock_screen.open_button, Qt.MouseButton.LeftButton)
    assert attempts.read_counter(existing_carnet).aimed == 2
    _open(window, qtbot)
    line = window.today_screen.last_opening
    assert line.text() == (
        "Last opening: Tuesday at 10:12. 2 failed password attempts since. "
        "If it was not you, someone tried to open your carnet."
    )
    assert line.property("role") == "error"  # shown as a warning
    spoken = " ".join(p.text for p in window.today_screen.reading_parts())
    assert "2 failed password attempts since" in spoken  # 'Read' says it
    window.lock()
    assert line.text() == "" and window.session.last_opening is None


# -- what Repères does not protect -----------------------------------------------------------------
def test_the_protection_page_from_about_and_settings(make_window, qtbot):
    window = make_window()
    for origin in ("about", "settings"):
        window.show_screen(origin)
        button = window.screen(origin).protection_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.current.key == "protection"
        spoken = " ".join(p.text for p in window.current.reading_parts())
        for words in ("manages this computer", "spy program", "knows your password", "photo"):
            assert words in spoken
        window.go_back()
        assert window.current.key == origin
    with contextlib.suppress(Exception):
        window.show_screen("welcome")
    labels = [w.text() for w in window.screen("protection").findChildren(QLabel) if w.text()]
    assert len(labels) >= 12


# -- at 200 %, in French -------------------------------------------------------------------------
def test_the_shared_pc_parts_fit_at_200_percent_in_french(
    make_window, qtbot, existing_carnet, qapp
):
    """The states the design audit does not reach: the first-start question, personal mode with
    a carnet open (Remember, Forget), the unlock screen with "open without my password"."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QAbstractButton, QRadioButton

    from ui.application import install_translations

    locale = QLocale()
    translators = install_translations(qapp, "fr")
    try:
        window = make_window(zoom=200, theme="yellow")
        states = [("welcome", lambda: None)]
        states.append(("protection", lambda: None))

        def personal_open():
            _personal()
            _open(window, qtbot)
            window.show_screen("settings")

        def remembered():
            appearance.current().update(remembered_key=1)
            window.lock()

        states += [("settings", personal_open), ("unlock", remembered)]
        for key, prepare in states:
            window.show_screen(key)
            prepare()
            assert window.current.key == key
            qtbot.wait(30)
            buttons = [b for b in window.current.findChildren(QAbstractButton) if b.isVisible()]
            assert buttons or key == "protection", key  # protection: text only
            for b in buttons:
                if not isinstance(b, QRadioButton):
                    assert b.width() >= b.sizeHint().width() - 1, f"{key}: clipped {b.text()!r}"
                assert b.accessibleName().strip()
            inner, seen = window.current.scroll.widget(), window.current.scroll.viewport()
            assert inner.width() <= seen.width(), f"{key}: wider than the window"
        assert window.unlock_screen.remembered_button.isVisible()
        assert window.unlock_screen.remembered_button.accessibleName() == (
            "Ouvrir sans mon mot de passe"
        )
    finally:
        for t in translators:
            qapp.removeTranslator(t)
            t.deleteLater()
        QLocale.setDefault(locale)
