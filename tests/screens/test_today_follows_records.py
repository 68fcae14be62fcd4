"""Today tells the truth for the demo person, checked against the records themselves (not against
`today()`): on chosen dates (the clock is injected), then after changes made on the other
screens, and again after the carnet is locked and opened in a new window."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from app import demo
from app.carnet import FAST_KDF, Carnet
from app.domain.appointments import AppointmentStatus
from app.domain.days import week_start
from app.domain.localtime import HOME_ZONE, instant
from app.records import (
    activities_between,
    journal_entries,
    journal_history,
    list_appointments,
)
from ui.formatting import duration_text

from .conftest import PASSPHRASE

DEMO_TODAY = date(2026, 11, 16)


@pytest.fixture
def demo_folder(places):
    folder = places.new_carnet_folder()
    carnet, _ = Carnet.create(folder, PASSPHRASE, owner_name="Camille", kdf=FAST_KDF)
    demo.populate(carnet, 2, today=DEMO_TODAY)
    carnet.lock()
    return folder


def _open(make_window, qtbot, folder, now):
    window = make_window(carnet_path=folder, clock=lambda: now)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    return window


def _truth(carnet, now: datetime) -> dict:
    """What Today must say, worked out from the plain lists."""
    coming = [a for a in list_appointments(carnet)
              if a.holds_slot and instant(a.starts_at) > instant(now)]  # fmt: skip
    nxt = min(coming, key=lambda a: instant(a.starts_at), default=None)
    written = [
        e for e in journal_entries(carnet)
        if instant(journal_history(carnet, e.entry_id)[0].written_at) <= instant(now)
    ]  # fmt: skip
    last = None
    if written:
        newest = max(written, key=lambda e: e.entry_id)
        versions = journal_history(carnet, newest.entry_id)
        last = [v for v in versions if instant(v.written_at) <= instant(now)][-1]
    monday = week_start(now.date())
    week = activities_between(carnet, monday, monday + timedelta(days=6))
    return {"next": nxt, "last": last, "week_minutes": sum(a.minutes for a in week)}


def _check(window, now: datetime) -> dict:
    screen = window.today_screen
    truth = _truth(window.session.carnet, now)
    if truth["next"] is None:
        assert screen.next_text.text() == "Nothing is planned for now."
    else:
        assert truth["next"].title in screen.next_text.text()
        assert str(truth["next"].starts_at.day) in screen.next_text.text()
    if truth["last"] is not None:
        assert truth["last"].draft.summary in screen.journal_text.text()
    if screen.hours_card.isVisibleTo(screen):
        assert screen.hours_text.text().startswith(duration_text(truth["week_minutes"]) + " ")
    return truth


@pytest.mark.parametrize(
    "at",
    [datetime(2026, 11, 16, 7, 0), datetime(2026, 3, 29, 2, 30), datetime(2025, 12, 31, 23, 0)],
)
def test_today_matches_the_records_on_chosen_dates(make_window, qtbot, demo_folder, at):
    now = at.replace(tzinfo=HOME_ZONE)
    window = _open(make_window, qtbot, demo_folder, now)
    truth = _check(window, now)
    assert truth["next"] is not None and truth["last"] is not None  # the demo person is busy


def test_today_follows_changes_made_on_the_screens_and_a_relaunch(make_window, qtbot, demo_folder):
    now = datetime.combine(DEMO_TODAY, time(9), HOME_ZONE)
    window = _open(make_window, qtbot, demo_folder, now)
    first = _check(window, now)["next"]
    # Cancelled by me, from the appointment screen: Today names the one after it.
    window.open_record("appointment", first.id)
    screen = window.current
    screen.open_status()
    screen.status_buttons[AppointmentStatus.CANCELLED_BY_ME].setChecked(True)
    screen.channel_edit.setText("par téléphone")
    screen.status_save.click()
    assert screen.saved.text() == "Saved."
    # A call written in the journal: Today shows it as the last exchange.
    window.show_screen("journal")
    journal = window.current
    journal.write_button.click()
    journal.said_edit.setPlainText("Appel pour prévenir de mon absence, rappel la semaine pro.")
    journal.save_button.click()
    window.show_screen("today")
    truth = _check(window, now)
    assert truth["next"].id != first.id
    assert "Appel pour prévenir" in window.today_screen.journal_text.text()

    window.session.lock()
    window.close()
    window = _open(make_window, qtbot, demo_folder, now)
    again = _check(window, now)
    assert again["next"].id == truth["next"].id
    assert "Appel pour prévenir" in window.today_screen.journal_text.text()
