"""The About screen, built on its own: version, licence, the "never online" promise, where the
carnet is (a folder, or this USB stick), who can help; in English and in French."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel

from app import __version__
from app.carnet import FAST_KDF
from app.locations import Locations
from app.settings import Settings


@pytest.fixture
def about(qtbot):
    from ui import appearance
    from ui.screens.about import AboutScreen
    from ui.session import Session

    def make(places: Locations, carnet_path: Path | None = None) -> AboutScreen:
        appearance.install(appearance.Appearance(Settings()))
        screen = AboutScreen(Session(places, kdf=FAST_KDF, carnet_path=carnet_path))
        qtbot.addWidget(screen)
        screen.resize(800, 900)
        screen.show()
        qtbot.waitExposed(screen)
        screen.entered()
        return screen

    return make


def _texts(screen) -> list[str]:
    return [label.text() for label in screen.findChildren(QLabel) if label.text()]


def test_about_says_version_licence_promise_place_and_help(about, places: Locations):
    screen = about(places)
    text = "\n".join(_texts(screen))
    assert screen.key == "about" and screen.title() == "About Repères"
    assert f"version {__version__}" in text
    assert "GPL-3.0-or-later" in text
    assert "never goes on the Internet" in text
    assert "France Services" in text and "association" in text
    assert str(places.data_dir) in screen.place_text.text()
    assert screen.back_to == "welcome"  # no carnet open
    # every label can be spoken, and 'Read' reads the promise
    for label in screen.findChildren(QLabel):
        if label.text():
            assert label.accessibleName() == label.text()
    spoken = " ".join(part.text for part in screen.reading_parts())
    assert "never goes on the Internet" in spoken


def test_about_names_the_open_carnet_folder(about, places: Locations, existing_carnet: Path):
    screen = about(places, carnet_path=existing_carnet)
    assert str(existing_carnet) in screen.place_text.text()


def test_on_a_usb_stick_about_says_the_carnet_is_on_the_stick(about, tmp_path: Path):
    program = tmp_path / "Clé USB de Léa" / "Repères"
    stick = Locations(program / "donnees" / "carnets", program / "donnees" / "config", True)
    screen = about(stick)
    place = screen.place_text.text()
    assert "on this USB stick" in place
    assert str(tmp_path) not in place  # no path needed: it is the stick


def test_about_in_french(about, places: Locations, tmp_path: Path):
    from ui.application import install_translations

    app = QApplication.instance()
    locale = QLocale()
    translators = install_translations(app, "fr")
    try:
        assert translators, "reperes_fr.qm did not load"
        screen = about(places)
        text = "\n".join(_texts(screen))
        assert screen.title() == "À propos de Repères"
        assert "Repères ne va jamais sur Internet." in text
        assert "Licence\u00a0: GNU GPL, version 3 ou suivante (GPL-3.0-or-later)." in text
        assert "France Services" in text
        program = tmp_path / "clé"
        stick = Locations(program / "donnees" / "carnets", program / "donnees" / "config", True)
        assert "«\u00a0donnees\u00a0»" in about(stick).place_text.text()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)
