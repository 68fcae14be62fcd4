"""Dates as people say them in the forms: "hier" in the hours form, "lundi prochain" in the
appointment form, each read back in full under its box, with "Today" and "Yesterday" buttons."""

from __future__ import annotations

from datetime import date, datetime, time

from app.domain import HOME_ZONE

from .conftest import PASSPHRASE

NOW = datetime.combine(date(2026, 12, 7), time(10, 0), tzinfo=HOME_ZONE)  # a Monday


def _open(make_window, qtbot, existing_carnet):
    window = make_window(carnet_path=existing_carnet, clock=lambda: NOW)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=30_000)
    return window


def test_a_day_typed_in_words_is_read_back_in_full(make_window, qtbot, existing_carnet):
    window = _open(make_window, qtbot, existing_carnet)
    window.show_screen("hours")
    window.current.add_button.click()  # "Add an entry": the form opens
    edit = window.current.day_edit
    qtbot.waitUntil(edit.isVisible)
    edit.setText("hier")
    assert edit.read_back.isVisible()
    assert edit.read_back.text() == "Sunday 6 December 2026"
    edit.setText("")
    edit.yesterday_button.click()
    assert edit.text() == "06/12/2026"
    edit.today_button.click()
    assert edit.text() == "07/12/2026" and edit.read_back.text() == "Monday 7 December 2026"
    window.show_screen("appointment")
    edit = window.current.day_edit
    qtbot.waitUntil(edit.isVisible)
    edit.setText("lundi prochain")
    assert edit.read_back.text() == "Monday 14 December 2026"
    edit.setText("1er décembre 2026")
    assert edit.read_back.text() == "Tuesday 1 December 2026"
