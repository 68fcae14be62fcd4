"""The carnet closes when the computer's screen is locked: a real D-Bus signal, sent by another
process (dbus-send) on ./test's private session bus, as a desktop's screen locker sends it.

Not testable here: logind's Session.Lock and PrepareForSleep (system bus, no logind in the
test machine) and Windows' WM_WTSSESSION_CHANGE (no Windows). Their code paths are in
ui/session_lock.py, written from the documentation."""

from __future__ import annotations

import os
import subprocess

from helpers import need, require_tool
from helpers.secret_service import PRIVATE_BUS_ENV

from .conftest import PASSPHRASE


def _send_screen_saver(active: bool, interface: str = "org.freedesktop.ScreenSaver") -> None:
    path = "/" + interface.replace(".", "/")
    subprocess.run(
        [require_tool("dbus-send"), "--session", "--type=signal", path,
         f"{interface}.ActiveChanged", f"boolean:{'true' if active else 'false'}"],
        check=True, timeout=30,
    )  # fmt: skip


def _private_bus() -> None:
    need(os.environ.get(PRIVATE_BUS_ENV) == "1", "needs the private D-Bus session of ./test")


def test_the_screen_locker_closes_the_carnet(make_window, qtbot, existing_carnet):
    _private_bus()
    locks, reasons = [], []
    window = make_window(on_lock=lambda: locks.append(True))
    assert "org.freedesktop.ScreenSaver" in window.os_lock.sources
    window.os_lock.locked.connect(reasons.append)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    carnet = window.session.carnet

    _send_screen_saver(False)  # the screen saver stopping: nothing to do
    _send_screen_saver(True)
    qtbot.waitUntil(lambda: bool(locks), timeout=10000)
    assert reasons == ["screen saver"]  # in order on the bus: `false` came and did nothing
    assert carnet.is_locked and window.session.carnet is None
    assert window.today_screen.greeting.text() == ""


def test_gnome_screen_saver_too_and_nothing_happens_without_a_carnet(
    make_window, qtbot, existing_carnet
):
    _private_bus()
    locks, reasons = [], []
    window = make_window(on_lock=lambda: locks.append(True))
    window.os_lock.locked.connect(reasons.append)
    _send_screen_saver(True, "org.gnome.ScreenSaver")
    qtbot.waitUntil(lambda: bool(reasons), timeout=10000)
    assert locks == []  # nothing was open: no relaunch
    assert window.current.key == "welcome"  # left where it was
