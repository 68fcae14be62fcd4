"""Leaving a shared PC: quick exit from any screen or dialog, and the auto-lock after idle time
(the clock is injected; Qt's real event filter sees real key presses)."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.speech import Speaker, SpyDriver
from ui.idle import WARNING_S, IdleWatch
from ui.reading import Reader

from .conftest import PASSPHRASE


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _open(window, qtbot):
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)


def test_quick_exit_hides_everything_at_once_and_closes_the_carnet(
    make_window, qtbot, existing_carnet
):
    quits = []
    window = make_window(on_quick_exit=lambda: quits.append(time.perf_counter()))
    _open(window, qtbot)
    carnet = window.session.carnet
    QApplication.clipboard().setText("Bonjour Léa, rendez-vous mardi")  # Repères' own text
    dialog = QMessageBox(window)
    dialog.setText("Une boîte de dialogue ouverte")
    dialog.open()
    qtbot.waitExposed(dialog)
    start = time.perf_counter()
    qtbot.keyClick(dialog, Qt.Key.Key_F12)  # from inside a dialog
    hidden_after = time.perf_counter() - start
    assert not window.isVisible() and not dialog.isVisible()
    assert carnet.is_locked and window.session.carnet is None
    assert QApplication.clipboard().text() == ""
    assert quits, "the app was not asked to quit"
    print(f"quick exit: windows hidden and carnet closed in {hidden_after * 1000:.1f} ms")
    assert window.today_screen.greeting.text() == ""


def test_quick_exit_leaves_another_programs_clipboard_alone(make_window, qtbot):
    window = make_window()
    window._on_quick_exit = lambda: None
    clipboard = QApplication.clipboard()
    clipboard.setText("Bonjour Léa, rendez-vous mardi")  # ours (our window has the focus)
    window.clipboard._ours = None  # ...then another program copied something of its own:
    clipboard.setText("texte d'un autre programme")  # seen as ours again, so fake it below
    window.clipboard._ours = "not this text"
    window.quick_exit()
    assert clipboard.text() == "texte d'un autre programme"


def test_our_copy_is_cleared_after_30_seconds(make_window, qtbot):
    from ui.clipboard_guard import ClipboardGuard

    make_window()
    guard = ClipboardGuard(clear_after_ms=100)
    QApplication.clipboard().setText("code de secours ABCD-EFGH")
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=2000)
    assert guard._ours is None


def test_auto_lock_warns_aloud_then_locks(make_window, qtbot, existing_carnet):
    clock, spy = FakeClock(), SpyDriver()
    idle = IdleWatch(300, clock=clock)
    locked = []
    window = make_window(reader=Reader(lambda: Speaker(drivers=[spy])), idle=idle)
    window._on_lock = lambda: locked.append(True)
    _open(window, qtbot)
    assert idle.running

    clock.now += 300 - WARNING_S - 1
    idle.check()
    assert not window.still_here_button.isVisible()
    clock.now += 2
    idle.check()
    assert window.still_here_button.isVisible()
    assert "30 seconds" in window.status.text() or "29 seconds" in window.status.text()
    qtbot.waitUntil(lambda: bool(spy.utterances), timeout=5000)
    assert "will close" in spy.said[-1]

    qtbot.keyClick(window, Qt.Key.Key_Shift)  # any real key press counts as presence
    assert not window.still_here_button.isVisible()
    clock.now += 299
    idle.check()
    assert window.session.carnet is not None  # the key press restarted the count

    clock.now += 2
    idle.check()
    assert window.session.carnet is None and locked == [True]
    assert not idle.running


def test_still_here_button_keeps_the_carnet_open(make_window, qtbot, existing_carnet):
    clock = FakeClock()
    window = make_window(
        reader=Reader(lambda: Speaker(drivers=[SpyDriver()])), idle=IdleWatch(120, clock=clock)
    )
    _open(window, qtbot)
    clock.now += 100
    window.idle.check()
    assert window.still_here_button.isVisible()
    window.still_here_button.click()
    clock.now += 100
    window.idle.check()
    assert window.session.carnet is not None
