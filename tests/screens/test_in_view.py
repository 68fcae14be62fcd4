"""Every result in view, and said: a save shows a calm band under the title (the header does not
scroll away), announced and read aloud to a person who listens; the read-along scrolls the page
with the words."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtWidgets import QLabel

from app.domain import HOME_ZONE
from app.speech import Speaker, SpyDriver
from ui.reading import Reader

from .conftest import PASSPHRASE

NOW = datetime.combine(date(2026, 12, 7), time(10, 0), tzinfo=HOME_ZONE)  # a Monday


def test_a_save_is_shown_in_view_under_the_title_and_said(make_window, qtbot, existing_carnet):
    spy = SpyDriver()
    window = make_window(carnet_path=existing_carnet, clock=lambda: NOW, zoom=200,
                         reader=Reader(lambda: Speaker(drivers=[spy])))  # fmt: skip
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=30_000)
    window.show_screen("hours")
    screen = window.current
    window.toggle_reading()  # this person listens
    qtbot.waitUntil(lambda: not window.reader.reading, timeout=10_000)
    screen.add_button.click()
    screen.day_edit.setText("hier")
    screen.hours_edit.setText("3")
    screen.save_button.click()
    band = window.status
    qtbot.waitUntil(band.isVisible)
    assert band.text() == "✓ Noted: 3 h, Sunday 6 December"
    assert band.property("role") == "ok"
    top_left = band.mapTo(window, band.rect().topLeft())
    assert top_left.y() >= 0 and top_left.y() + band.height() <= window.height()  # in view
    qtbot.waitUntil(lambda: any("Noted: 3 h" in s for s in spy.said), timeout=10_000)


def test_the_read_along_scrolls_with_the_words(make_window, qtbot):
    spy = SpyDriver(word_delay=0.01)
    window = make_window(zoom=200, reader=Reader(lambda: Speaker(drivers=[spy])))
    window.show_screen("about")
    bar = window.current.scroll.verticalScrollBar()
    assert bar.maximum() > 0  # longer than the window at 200 %
    assert bar.value() == 0
    window.toggle_reading()
    seen = []

    def lit_label_in_view() -> bool:
        lit = window.reader._lit
        if isinstance(lit, QLabel) and lit.isVisible():
            view = window.current.scroll.viewport()
            top = lit.mapTo(view, lit.rect().topLeft()).y()
            seen.append((bar.value(), top < view.height() and top + lit.height() > 0))
        return bar.value() > 0

    qtbot.waitUntil(lit_label_in_view, timeout=20_000)
    assert all(in_view for _value, in_view in seen[-5:]), seen[-5:]
    window.reader.stop()
