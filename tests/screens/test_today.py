"""Today tells the truth for the demo person on chosen dates (the clock is injected)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from app import demo
from app.carnet import FAST_KDF, Carnet
from app.domain.localtime import HOME_ZONE
from app.records.today import today

from .conftest import PASSPHRASE

DEMO_TODAY = date(2026, 11, 16)


@pytest.fixture
def demo_carnet(places):
    folder = places.new_carnet_folder()
    carnet, _ = Carnet.create(folder, PASSPHRASE, owner_name="Camille", kdf=FAST_KDF)
    demo.populate(carnet, 2, today=DEMO_TODAY)
    carnet.lock()
    return folder


@pytest.mark.parametrize("at", [datetime(2026, 11, 16, 8, 30), datetime(2026, 11, 20, 17, 0),
                                datetime(2026, 12, 1, 9, 0)])  # fmt: skip
def test_today_says_what_the_records_say(make_window, qtbot, demo_carnet, at):
    now = at.replace(tzinfo=HOME_ZONE)
    window = make_window(clock=lambda: now)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    screen = window.today_screen
    view = today(window.session.carnet, now)

    assert "Camille" in screen.greeting.text()
    assert str(now.day) in window.title_label.text()
    if view.next_appointment is not None:
        appt = view.next_appointment.appointment
        assert appt.title in screen.next_text.text()
        assert str(appt.starts_at.day) in screen.next_text.text()
    else:
        assert screen.next_text.text() == "Nothing is planned for now."
    for item in view.open_obligations:
        assert str(item.occurrence.closes_on.day) in screen.due_text.text()
    assert screen.reminder_card.isVisibleTo(screen) == bool(view.reminders)
    if view.last_journal is not None:
        assert view.last_journal.draft.summary in screen.journal_text.text()
    assert screen.hours_card.isVisibleTo(screen) == view.hours_expected
    if view.hours_expected:
        assert "this week" in screen.hours_text.text()


def test_the_day_before_an_appointment_there_is_a_reminder(make_window, qtbot, demo_carnet):
    morning = datetime.combine(DEMO_TODAY, time(8), HOME_ZONE)
    with Carnet.unlock(demo_carnet, PASSPHRASE) as carnet:
        next_appt = today(carnet, morning).next_appointment
    assert next_appt is not None
    eve = datetime.combine(next_appt.appointment.starts_at.date() - timedelta(days=1), time(8),
                           HOME_ZONE)  # fmt: skip
    window = make_window(clock=lambda: eve)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    assert window.today_screen.reminder_card.isVisibleTo(window.today_screen)
    assert "Tomorrow" in window.today_screen.reminder_text.text()
    assert next_appt.appointment.title in window.today_screen.reminder_text.text()
