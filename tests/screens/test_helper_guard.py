"""Issue 22, against the helper: the end of a help session never leaves the carnet open without
the person, and what needs the person's password under a help session asks it and is journalled.
Real windows (offscreen), real carnets, the real person's-password check; only the clock is
injected."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain import HOME_ZONE
from app.records import journal_entries, verify_journal
from app.records.helper import HelperRights, open_helper_session
from ui.helper_session import PersonPasswordDialog

from .conftest import PASSPHRASE


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 20, 14, 10, tzinfo=HOME_ZONE)

    def __call__(self) -> datetime:
        return self.now


def _open(make_window, qtbot, clock):
    window = make_window(clock=clock)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    return window


def _start(window, qtbot, rights=HelperRights.LOOK, minutes=30):
    window.show_screen("helper")
    screen = window.screen("helper")
    qtbot.keyClicks(screen.first_name, "Karima")
    screen.rights_buttons[rights].setChecked(True)
    screen.duration_buttons[minutes].setChecked(True)
    screen.next_button.click()
    screen.agree_button.click()
    assert window.helper.current is not None
    return screen


def _unlock_again(window, qtbot):
    assert window.current.key == "unlock"
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.carnet is not None, timeout=20000)
    return window.session.carnet


def _asked() -> list[PersonPasswordDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, PersonPasswordDialog) and w.isVisible()]  # fmt: skip


def _type_password(qtbot, dialog, password=PASSPHRASE):
    qtbot.keyClicks(dialog.password.edit, password)
    qtbot.keyClick(dialog.password.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)


# -- 1. the end of the help --------------------------------------------------------------------
@pytest.mark.parametrize("where", ["banner", "screen"])
def test_ending_the_help_closes_the_carnet_and_the_journal_does_not_say_who(
    make_window, qtbot, existing_carnet, where
):
    window = _open(make_window, qtbot, Clock())
    screen = _start(window, qtbot, HelperRights.CHANGE)
    (window.helper_banner if where == "banner" else screen).end_button.click()
    # Whoever clicked, the limits are not lifted with the carnet open: it is closed.
    assert window.session.carnet is None and window.helper.current is None
    carnet = _unlock_again(window, qtbot)
    last = journal_entries(carnet)[0].draft.summary
    assert "I ended" not in last  # nobody can know who clicked
    assert "“End the help” was pressed" in last and "The carnet was closed" in last
    assert verify_journal(carnet).ok and open_helper_session(carnet) is None
    window.show_screen("helper")  # what was done stays to see, and its receipt to print
    assert window.screen("helper").step == "ended"
    assert window.screen("helper").receipt() is not None


def test_when_the_time_is_over_the_carnet_closes(make_window, qtbot, existing_carnet):
    clock = Clock()
    window = _open(make_window, qtbot, clock)
    _start(window, qtbot, HelperRights.ADD, 30)
    clock.now += timedelta(minutes=30)
    window.helper.check_time()  # the timer calls it every second
    assert window.session.carnet is None and window.current.key == "unlock"
    carnet = _unlock_again(window, qtbot)
    last = journal_entries(carnet)[0].draft.summary
    assert "the time was over" in last and "The carnet was closed" in last
