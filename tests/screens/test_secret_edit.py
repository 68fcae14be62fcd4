"""The password field keeps the secret out of Qt: the QLineEdit only holds masks while hidden
(Qt publishes a QLineEdit's characters to screen readers), and real typing still works."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit

from ui.secret_edit import MASK, SecretLineEdit


def _inner(edit: QLineEdit) -> str:
    return QLineEdit.text(edit)  # what Qt holds, and so what it publishes


def _type_char(edit: QLineEdit, char: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QGuiApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _edit(qtbot) -> SecretLineEdit:
    edit = SecretLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    return edit


def test_typed_characters_stay_out_of_the_widget(qtbot):
    edit = _edit(qtbot)
    qtbot.keyClicks(edit, "z")
    _type_char(edit, "è")  # QTest only types ASCII
    qtbot.keyClicks(edit, "bre 42")
    assert edit.text() == "zèbre 42"
    assert _inner(edit) == MASK * 8
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.text() == "èbre 4" and _inner(edit) == MASK * 6
    qtbot.keyClick(edit, Qt.Key.Key_Right)
    qtbot.keyClicks(edit, "X")  # typed in the middle
    assert edit.text() == "èXbre 4"
    edit.setSelection(1, 3)  # typing over a selection replaces it
    qtbot.keyClicks(edit, "y")
    assert edit.text() == "èye 4" and _inner(edit) == MASK * 5


def test_paste_and_compose_are_masked_too(qtbot):
    edit = _edit(qtbot)
    QGuiApplication.clipboard().setText("collé")
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    event = QInputMethodEvent("", [])
    event.setCommitString("ç")
    QGuiApplication.sendEvent(edit, event)
    assert edit.text() == "colléç" and _inner(edit) == MASK * 6
    QGuiApplication.clipboard().clear()


def test_select_all_then_backspace_empties_both(qtbot):
    edit = _edit(qtbot)
    edit.setText("secret")
    assert _inner(edit) == MASK * 6
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "" and _inner(edit) == ""


def test_show_puts_the_text_on_screen_and_hide_masks_it_again(qtbot):
    edit = _edit(qtbot)
    qtbot.keyClicks(edit, "abc")
    edit.setEchoMode(QLineEdit.EchoMode.Normal)
    assert _inner(edit) == "abc"
    qtbot.keyClicks(edit, "d")
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    assert edit.text() == "abcd" and _inner(edit) == MASK * 4


def test_the_passphrase_field_of_every_screen_is_a_secret_edit(make_window):
    window = make_window()
    from ui.widgets import PassphraseEdit

    for key in ("create", "unlock", "backup"):  # screens are built when first shown
        window.show_screen(key)

    fields = window.findChildren(PassphraseEdit)
    assert fields and all(isinstance(f.edit, SecretLineEdit) for f in fields)
