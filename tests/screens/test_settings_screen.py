"""Settings: colours and language change at once, and are kept in the settings file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import settings as settings_store
from app.settings import Settings
from ui import appearance
from ui.application import Shell
from ui.session import Session


def test_theme_and_language_apply_at_once_and_are_saved(qtbot, places):
    app = QApplication.instance()
    appearance.install(appearance.Appearance(Settings()))
    shell = Shell(app, Session(places), places.settings_file, on_lock=None)
    qtbot.addWidget(shell.window)
    try:
        window = shell.window
        window.show_screen("settings")
        assert window.title_label.text() == "Réglages"
        yellow = next(b for b in window.settings_screen.themes.buttons()
                      if b.property("choice") == "yellow")  # fmt: skip
        qtbot.mouseClick(yellow, Qt.MouseButton.LeftButton)
        assert appearance.current().theme.key == "yellow"
        assert "#FFFF00" in app.styleSheet()
        assert settings_store.load(places.settings_file).theme == "yellow"

        english = next(b for b in window.settings_screen.languages.buttons()
                       if b.property("choice") == "en")  # fmt: skip
        qtbot.mouseClick(english, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: shell.window is not window)
        qtbot.addWidget(shell.window)
        assert shell.window.current.key == "settings"
        assert shell.window.title_label.text() == "Settings"
        assert settings_store.load(places.settings_file).language == "en"
        shell.window.go_back()
        assert shell.window.current.key == "welcome"
    finally:
        for t in shell.translators:  # leave English for the other tests
            app.removeTranslator(t)
        appearance.install(appearance.Appearance(Settings()))


def test_reading_speed_and_voice_are_applied_and_kept(make_window, qtbot, places):
    from app.speech import Speaker, SpyDriver
    from ui.reading import Part, Reader

    spy = SpyDriver()
    window = make_window(reader=Reader(lambda: Speaker(drivers=[spy])))
    saved: list[Settings] = []
    appearance.current().changed.connect(lambda: saved.append(appearance.current().settings))
    window.show_screen("settings")
    screen = window.settings_screen
    assert screen.voice_box.count() == 3  # the usual French voice + the spy's two
    assert screen.voice_box.itemText(1) == "Voix de test"  # French first
    fast = next(b for b in screen.speeds.buttons() if b.property("choice") == 125)
    qtbot.mouseClick(fast, Qt.MouseButton.LeftButton)
    screen.voice_box.setCurrentIndex(2)
    assert saved[-1].speech_rate == 125 and saved[-1].speech_voice == "spy/en"
    window.reader.read([Part("Bonjour")])
    qtbot.waitUntil(lambda: bool(spy.utterances and spy.utterances[-1].completed is not None))
    assert spy.utterances[-1].rate == 125 and spy.utterances[-1].voice == "spy/en"
    appearance.install(appearance.Appearance(Settings()))
