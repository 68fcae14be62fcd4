"""Issue 22: the folder pickers of the first screens (where to keep a new carnet, open a carnet
on a USB stick) are Qt's own dialog like every other file choice: the system's (GTK on GNOME)
one wrote the stick's carnet path to this account's recently-used.xbel, and F12 did nothing
while it was open (it ran its own event loop)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

UI = Path(__file__).resolve().parents[2] / "ui"


def _close_blocking_dialogs() -> None:
    """On the old code the static dialog ran its own loop: closed here so the test fails
    instead of waiting forever."""
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QFileDialog) and w.isVisible() and w.isModal():
            w.reject()


def test_no_static_system_file_dialog_in_the_ui():
    found = [str(p.relative_to(UI)) for p in UI.rglob("*.py")
             if "QFileDialog.get" in p.read_text(encoding="utf-8")]  # fmt: skip
    assert found == []


def test_open_from_a_stick_uses_qts_dialog_and_f12_leaves_while_it_is_open(
    make_window, qtbot, existing_carnet
):
    left: list[int] = []
    window = make_window(on_quick_exit=lambda: left.append(1))
    window.show_screen("unlock")
    screen = window.unlock_screen
    QTimer.singleShot(3000, _close_blocking_dialogs)
    screen._choose_folder()
    dialog = screen.file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_F12)
    assert left == [1]
    assert not window.isVisible()


def test_where_to_keep_a_new_carnet_uses_qts_dialog(make_window, qtbot, tmp_path):
    window = make_window()
    window.show_screen("create")
    screen = window.current
    QTimer.singleShot(3000, _close_blocking_dialogs)
    screen._choose_folder()
    dialog = screen.file_dialog
    assert isinstance(dialog, QFileDialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    stick = tmp_path / "Clé USB"
    stick.mkdir()
    dialog.selectFile(str(stick))
    dialog.accept()
    assert screen.folder == stick / "carnet-reperes"
    assert str(stick) in screen.where_text.text()
