"""The X11 primary selection (text selected with the mouse, pasted with a middle click by any
program) is cleared with the clipboard on lock, on quick exit and when Repères quits (issue 22).
On a real X server: the offscreen platform has no selection."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.xvfb

SELECTED = "Rendez-vous CAF mardi 14 h, dossier 4471"


def _select_in_repères(qtbot) -> QClipboard:
    clipboard = QApplication.clipboard()
    assert clipboard.supportsSelection()
    clipboard.setText(SELECTED, QClipboard.Mode.Selection)  # what selecting a label does
    qtbot.waitUntil(clipboard.ownsSelection)
    return clipboard


def test_lock_clears_the_primary_selection(make_window, qtbot):
    window = make_window()
    window._on_lock = lambda: None
    clipboard = _select_in_repères(qtbot)
    window.lock()
    assert clipboard.text(QClipboard.Mode.Selection) != SELECTED


def test_quick_exit_clears_the_primary_selection(make_window, qtbot):
    window = make_window()
    window._on_quick_exit = lambda: None
    clipboard = _select_in_repères(qtbot)
    window.quick_exit()
    assert clipboard.text(QClipboard.Mode.Selection) != SELECTED


def test_quitting_clears_the_clipboard_and_the_selection(make_window, qtbot):
    make_window()
    clipboard = _select_in_repères(qtbot)
    clipboard.setText(SELECTED)  # copied in Repères, then the window is closed
    QApplication.instance().aboutToQuit.emit()
    assert clipboard.text(QClipboard.Mode.Selection) != SELECTED
    assert clipboard.text() != SELECTED
