"""Nothing changes by itself and every state shows plainly: a ticked box shows a large ✓, the
focus never lands on a header button (Quick exit, Lock...) without a deliberate act, and the
header's buttons keep their place and size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton


def _share(image, rect, colour: str) -> float:
    """Part of `rect`'s pixels within a small distance of `colour`."""
    want = QColor(colour)
    hits = total = 0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            c = image.pixelColor(x, y)
            total += 1
            if max(abs(c.red() - want.red()), abs(c.green() - want.green()),
                   abs(c.blue() - want.blue())) < 60:  # fmt: skip
                hits += 1
    return hits / max(total, 1)


@pytest.mark.parametrize("theme", ["light", "dark", "yellow"])
def test_a_ticked_box_shows_a_large_tick(make_window, qtbot, theme):
    from ui import appearance
    from ui.widgets import CheckBox

    window = make_window(zoom=150, theme=theme)
    box = CheckBox("J'ai noté le code")
    window.current.body.addWidget(box)
    qtbot.waitUntil(box.isVisible)
    look = appearance.current().theme
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    assert rect.width() >= 28 * 1.5 - 1, rect  # large at 150 %
    box.setChecked(True)
    shot = box.grab().toImage()
    # A filled square (in the blue of primary buttons) with a tick drawn in their text colour:
    # a real stroke, not a dot (a filled square alone has none of that colour).
    tick, square = _share(shot, rect, look.primary_text), _share(shot, rect, look.primary)
    assert tick > 0.12, (tick, square)
    assert square > 0.3, (tick, square)


def _open(make_window, existing_carnet, qtbot, zoom: int):
    from .conftest import PASSPHRASE

    window = make_window(zoom=zoom, carnet_path=existing_carnet)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=30_000)
    return window


def test_the_largest_text_does_not_send_the_focus_to_quick_exit(make_window, qtbot,
                                                                  existing_carnet):  # fmt: skip
    from ui import appearance

    window = _open(make_window, existing_carnet, qtbot, 175)
    window.bigger_button.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(window.bigger_button.hasFocus)
    qtbot.keyClick(window.bigger_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: appearance.current().zoom == 200)
    qtbot.wait(50)
    focused = QApplication.focusWidget()
    assert focused is window.bigger_button, focused and focused.accessibleName()
    # A passphrase typed next cannot close Repères: its first space does nothing here.
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert window.isVisible() and window.session.carnet is not None
    assert appearance.current().zoom == 200
    assert "Text: 200 %" in window.zoom_label.text()


def test_a_header_button_never_takes_the_focus_by_itself(make_window, qtbot, existing_carnet):
    window = _open(make_window, existing_carnet, qtbot, 150)
    header = [window.back_button, window.read_button, window.print_button,
              window.smaller_button, window.bigger_button, window.lock_button,
              window.exit_button]  # fmt: skip
    from ui.screens.registry import SCREENS

    for key in [e.key for e in SCREENS if e.needs_carnet]:
        if not window.screen(key).back_to:
            continue
        window.show_screen(key)
        window.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.waitUntil(window.back_button.hasFocus)
        qtbot.keyClick(window.back_button, Qt.Key.Key_Space)  # Back: its button may go
        qtbot.waitUntil(lambda k=key: window.current.key != k)
        focused = QApplication.focusWidget()
        assert focused not in header[1:], f"{key} → {window.current.key}: {focused.text()}"
    # Tab still reaches them all: a deliberate act.
    window.show_screen("agenda")
    window.lock_button.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(window.lock_button, Qt.Key.Key_Tab)
    assert window.exit_button.hasFocus()


def test_header_buttons_keep_their_place_and_size(make_window, qtbot, existing_carnet):
    window = _open(make_window, existing_carnet, qtbot, 150)
    window.resize(1366, 768)
    header = {"Back": window.back_button, "Read": window.read_button,
              "Print": window.print_button, "A-": window.smaller_button,
              "A+": window.bigger_button, "Lock": window.lock_button,
              "Quick exit": window.exit_button}  # fmt: skip

    def places() -> dict[str, tuple[int, int, int, int]]:
        qtbot.wait(30)
        out = {}
        for name, b in header.items():
            top_left = b.mapTo(window, b.rect().topLeft())
            out[name] = (top_left.x(), top_left.y(), b.width(), b.height())
        return out

    first = places()
    assert first["A-"][0] < first["A+"][0]
    for key in ("agenda", "appointment", "hours", "documents", "settings", "today"):
        window.show_screen(key)
        assert places() == first, key
    # The voice starts: "Stop reading" takes Read's place (what _reading_changed shows).
    window.read_button.set_label(window.tr("Stop reading"))
    window.read_button.set_icon_name("stop")
    assert window.read_button.accessibleName() == "Stop reading"
    assert places() == first, "reading"
    assert "Text: 150 %" in window.zoom_label.text()


def test_the_window_opens_to_fill_the_screen(qtbot, places):
    from PySide6.QtCore import QLocale

    from app.settings import Settings
    from ui import appearance
    from ui.application import Shell
    from ui.session import Session

    locale = QLocale()
    appearance.install(appearance.Appearance(Settings(language="en")))
    app = QApplication.instance()
    shell = Shell(app, Session(places), places.settings_file, on_lock=None)
    qtbot.addWidget(shell.window)
    try:
        assert shell.window.windowState() & Qt.WindowState.WindowMaximized
    finally:
        shell.reader.close()
        for translator in shell.translators:  # the next tests run in English
            app.removeTranslator(translator)
        QLocale.setDefault(locale)


@pytest.mark.parametrize("zoom", [100, 200])
def test_the_text_size_sits_level_with_its_buttons(make_window, qtbot, zoom):
    """« Texte : 100 % » sat at the top of the A− / A+ row, above the middle of the buttons."""
    window = make_window(zoom=zoom)
    qtbot.wait(30)
    label, button = window.zoom_label, window.bigger_button
    middle = label.mapTo(window, label.rect().center()).y()
    assert abs(middle - button.mapTo(window, button.rect().center()).y()) <= 2
    assert label.alignment() & Qt.AlignmentFlag.AlignVCenter
