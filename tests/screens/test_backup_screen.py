"""The backup screen, as a person uses it: Today's button, the folder dialog, the copy on the stick,
a full stick, a folder that is not a copy, a wrong password, and a restore that keeps the carnet
of before and opens the restored one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from app.carnet.backup import copy_carnet, is_copy
from helpers import usb_stick

from .conftest import PASSPHRASE
from .records_window import NOW, new_carnet, open_on

stick_of = usb_stick.stick_of


def _carnet_folder(places) -> Path:
    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    with carnet.write() as con:
        con.executemany(
            "INSERT INTO organisation(name, notes) VALUES (?, ?)",
            [(f"Organisme {i}", "é" * 900) for i in range(300)],
        )
    carnet.lock()
    return folder


def _names(window) -> list[str]:
    return [r[0] for r in window.session.carnet.query("SELECT name FROM organisation")]


def test_copy_my_carnet_to_my_stick(make_window, qtbot, places, tmp_path):
    folder = _carnet_folder(places)
    window, today = open_on(make_window, qtbot, folder, "today")
    [button] = [b for b in today.findChildren(type(window.lock_button))
                if b.accessibleName() == "Copy or restore my carnet"]  # fmt: skip
    button.click()
    screen = window.current
    assert screen.key == "backup" and window.windowTitle() == "Repères"
    stick = tmp_path / "Clé USB"
    stick.mkdir()
    screen.copy_button.click()
    dialog = screen.file_dialog
    assert isinstance(dialog, QFileDialog)
    assert dialog.fileMode() == QFileDialog.FileMode.Directory
    dialog.selectFile(str(stick))
    dialog.accept()
    qtbot.waitUntil(lambda: "Your carnet is copied" in screen.copy_message.text(), timeout=20000)
    [copy] = list(stick.iterdir())
    assert is_copy(copy) and copy.name in screen.copy_message.text()
    assert screen.copy_button.isEnabled()


def test_a_full_stick_gets_one_sentence(make_window, qtbot, places, stick_of):
    folder = _carnet_folder(places)
    window, screen = open_on(make_window, qtbot, folder, "backup")
    stick = stick_of("256k")
    screen.copy_to(stick.mount)
    qtbot.waitUntil(lambda: not screen.working, timeout=20000)
    assert screen.copy_message.text() == (
        "The USB stick is full. Nothing was copied. Make room on it, or use another stick."
    )
    assert list(stick.mount.iterdir()) == []
    assert len(_names(window)) == 300  # the carnet goes on


def test_restore_from_a_copy(make_window, qtbot, places, tmp_path):
    folder = _carnet_folder(places)
    window, screen = open_on(make_window, qtbot, folder, "backup")
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = copy_carnet(window.session.carnet, stick, NOW)
    with window.session.carnet.write() as con:
        con.execute("INSERT INTO organisation(name) VALUES ('written after the copy')")

    screen.copy_chosen(stick)  # the stick itself is not a copy
    assert "not a copy of a carnet" in screen.restore_message.text()
    assert not screen.restore_button.isVisibleTo(screen)

    screen.copy_chosen(copy)
    assert screen.restore_button.isVisibleTo(screen)
    assert copy.name in screen.chosen_text.text()
    screen.passphrase.set_text("not the password at all")
    screen.restore_button.click()
    qtbot.waitUntil(lambda: not screen.working, timeout=20000)
    assert screen.restore_message.property("role") == "error"
    assert window.session.carnet is not None and "written after the copy" in _names(window)

    screen.passphrase.set_text(PASSPHRASE)
    screen.restore_button.click()
    qtbot.waitUntil(lambda: not screen.working, timeout=30000)
    assert "Your carnet is restored" in screen.restore_message.text(), screen.restore_message.text()
    names = _names(window)
    assert len(names) == 300 and "written after the copy" not in names
    [aside] = [p for p in folder.iterdir() if p.name.startswith("avant-restauration-")]
    assert aside.name in screen.restore_message.text()
    assert screen.passphrase.text() == ""
    window.show_screen("today")  # the other screens read the restored carnet
    assert window.current.key == "today"
