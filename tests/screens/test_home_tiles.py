"""A home that shows the way: the main places are large tiles inside the first screenful of
Today at 150 % on 1366×768 and at 200 % on 1024×768, in French (they were 14 buttons after the
cards, 2,400 px down at 150 %), drawn from the table of screens; "Home" is in the same place on
every screen."""

from __future__ import annotations

import pytest

from .conftest import PASSPHRASE

MAIN = ("agenda", "message", "hours", "documents")


@pytest.fixture
def french(qapp):
    """The app's default language: its words are longer than the English ones."""
    from PySide6.QtCore import QLocale

    from ui.application import install_translations

    locale = QLocale()
    translators = install_translations(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.mark.parametrize(("zoom", "width", "height"), [(150, 1366, 768), (200, 1024, 768)])
def test_the_main_places_are_in_the_first_screenful(make_window, qtbot, existing_carnet, french,
                                                    zoom, width, height):  # fmt: skip
    window = make_window(zoom=zoom, carnet_path=existing_carnet)
    window.resize(width, height)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=30_000)
    qtbot.wait(50)
    today = window.current
    assert today.tiles["agenda"].text() == "Mon agenda"
    view = today.scroll.viewport()
    assert today.scroll.verticalScrollBar().value() == 0
    for key in (*MAIN, "more"):
        tile = today.tiles[key]
        top = tile.mapTo(view, tile.rect().topLeft()).y()
        assert top >= 0 and top + tile.height() <= view.height(), (key, top, view.height())
        assert tile.height() >= 60  # large: the 48 px target and more
    today.tiles["hours"].click()
    assert window.current.key == "hours"


def test_more_leads_to_every_other_place(make_window, qtbot, existing_carnet):
    from ui.screens import registry

    window = make_window(zoom=200, carnet_path=existing_carnet)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=30_000)
    today = window.current
    today.tiles["more"].click()
    first = today.menu_buttons[registry.tiles()[0].key]
    assert first.hasFocus()
    view = today.scroll.viewport()
    assert 0 <= first.mapTo(view, first.rect().topLeft()).y() < view.height()


def test_home_is_in_the_same_place_on_every_screen(make_window, qtbot, existing_carnet):
    window = make_window(zoom=150, carnet_path=existing_carnet)
    window.resize(1366, 768)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=30_000)
    home = window.home_button
    where = set()
    for key in ("agenda", "hours", "documents", "settings", "about", "today"):
        window.show_screen(key)
        qtbot.wait(20)
        assert home.isVisible(), key
        where.add((home.mapTo(window, home.rect().topLeft()).toTuple(), home.size().toTuple()))
    assert len(where) == 1, where
    window.show_screen("hours")
    home.click()
    assert window.current.key == "today"
