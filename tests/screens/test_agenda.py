"""The agenda: days as a list of sentences over a Qt model (no widget per row), today obvious,
past items said in words, Enter or double-click opens the appointment, earlier and later days on
demand, and a search across the carnet shown as the same list. On the 10-year demo and on an
empty carnet."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta
from datetime import time as clock_time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from app import demo
from app.carnet import FAST_KDF, Carnet
from app.domain import HOME_ZONE, Appointment, AppointmentStatus, StatusChange
from app.records import add_appointment, list_appointments, set_status

from .conftest import PASSPHRASE

DEMO_TODAY = date(2026, 11, 25)  # a Wednesday
NOW = datetime.combine(DEMO_TODAY, clock_time(10, 0), tzinfo=HOME_ZONE)


@pytest.fixture(scope="module")
def ten_years(tmp_path_factory):
    folder = tmp_path_factory.mktemp("agenda") / "carnet"
    carnet, _ = Carnet.create(folder, PASSPHRASE, owner_name="Camille", kdf=FAST_KDF,
                              clock=lambda: NOW)  # fmt: skip
    demo.populate(carnet, 10, today=DEMO_TODAY)
    total = len(list_appointments(carnet))
    carnet.lock()
    return folder, total


def open_agenda(make_window, qtbot, folder, now=NOW, **kwargs):
    window = make_window(carnet_path=folder, clock=lambda: now, **kwargs)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    started = time.perf_counter()
    window.show_screen("agenda")
    elapsed = time.perf_counter() - started
    assert window.current.key == "agenda"
    return window, window.current, elapsed


def texts(screen) -> list[str]:
    return [row.text for row in screen.model.rows]


def test_a_window_of_weeks_of_the_ten_year_demo_as_sentences(make_window, qtbot, ten_years):
    folder, total = ten_years
    window, screen, elapsed = open_agenda(make_window, qtbot, folder)
    rows = screen.model.rowCount()
    print(f"\nagenda on the 10-year demo ({total} appointments): {rows} rows, "
          f"shown in {elapsed * 1000:.0f} ms")  # fmt: skip
    assert total > 1500
    assert 20 < rows < 400  # a window of weeks, not ten years
    assert screen.first_day <= DEMO_TODAY <= screen.last_day
    # Today is obvious: its heading says so, is marked, and is the current row at the start.
    current = screen.list.current_row()
    assert current.text.startswith("Today, Wednesday 25 November")
    assert current.current and current.day == DEMO_TODAY
    assert window.focusWidget() is screen.list
    # Each item is one sentence, with its time first ("9:00 — ...").
    items = [r for r in screen.model.rows if r.target and r.target[0] == "appointment"]
    assert items and all(" — " in r.text and r.text.endswith(".") for r in items)
    # Past items are marked in words; planned ones to come are not.
    past = [r for r in items if r.day < DEMO_TODAY]
    words = ("Past", "Missed", "Cancelled", "Moved")
    assert past and all(any(w in r.text for w in words) for r in past)
    future = [r for r in items if r.day > DEMO_TODAY]
    assert future and not any("Past" in r.text or "Missed" in r.text for r in future)


def test_screen_readers_read_the_sentence_of_each_row(make_window, qtbot, ten_years):
    _, screen, _ = open_agenda(make_window, qtbot, ten_years[0])
    model = screen.model
    for number in range(model.rowCount()):
        index = model.index(number, 0)
        assert index.data(Qt.ItemDataRole.AccessibleTextRole) == model.rows[number].text
    # What the accessibility layer gives a screen reader, row by row.
    view = QAccessible.queryAccessibleInterface(screen.list)
    assert view is not None and view.text(QAccessible.Text.Name) == "Agenda"
    spoken = {view.child(i).text(QAccessible.Text.Name) for i in range(view.childCount())}
    assert model.rows[0].text in spoken
    # "Read" reads the help line, the summary and the rows from the current one.
    parts = [p.text for p in screen.reading_parts()]
    assert screen.list.current_row().text in parts
    assert screen.summary.text() in parts


def test_earlier_and_later_days_are_read_on_demand(make_window, qtbot, ten_years):
    _, screen, _ = open_agenda(make_window, qtbot, ten_years[0])
    first, rows = screen.first_day, screen.model.rowCount()
    qtbot.mouseClick(screen.earlier_button, Qt.MouseButton.LeftButton)
    assert screen.first_day < first
    assert screen.model.rowCount() > rows
    # The current row is the last of the new days: Up goes on into the past.
    assert screen.list.current_row().day < first
    assert screen.list.hasFocus()
    rows, last = screen.model.rowCount(), screen.last_day
    qtbot.mouseClick(screen.later_button, Qt.MouseButton.LeftButton)
    assert screen.last_day > last
    # The demo plans six weeks ahead: once past them, the agenda says so and stops.
    for _ in range(5):
        if screen.nothing_later:
            break
        screen.load_later()
    assert screen.nothing_later
    assert screen.message.text() == "Nothing is planned after these days."
    assert not screen.model.canFetchMore(screen.model.index(-1, 0))


def test_enter_and_double_click_open_the_appointment(make_window, qtbot, ten_years):
    window, screen, _ = open_agenda(make_window, qtbot, ten_years[0])
    number, row = next(
        (n, r) for n, r in enumerate(screen.model.rows) if r.target and r.target[0] == "appointment"
    )
    screen.list.select_row(number)
    qtbot.keyClick(screen.list, Qt.Key.Key_Return)
    assert window.current.key == "appointment"
    shown = window.current
    assert shown.appt is not None and shown.appt.id == row.target[1]
    assert shown.mode == "view"
    # Back: the agenda again, on the same appointment.
    window.go_back()
    assert window.current.key == "agenda"
    assert screen.list.current_row().target == row.target
    # Double-click on another one.
    others = [n for n, r in enumerate(screen.model.rows)
              if r.target and r.target[0] == "appointment" and r.target != row.target]
    other = others[0]
    screen.list.select_row(other)
    qtbot.wait(20)  # the view lays its rows out
    wanted = screen.model.rows[other].target[1]
    rect = screen.list.visualRect(screen.model.index(other, 0))
    assert screen.list.viewport().rect().contains(rect.center()), rect
    # A double-click, as a mouse sends it: press, release, then the double-click.
    qtbot.mouseClick(screen.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current.key == "agenda"  # one click only selects
    qtbot.mouseDClick(screen.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current.key == "appointment"
    assert window.current.appt.id == wanted


def test_search_shows_hits_as_the_same_kind_of_list(make_window, qtbot, ten_years):
    window, screen, _ = open_agenda(make_window, qtbot, ten_years[0])
    qtbot.keyClicks(screen.search_edit, "Formapro")
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Return)
    assert screen.searching == "Formapro"
    assert window.title_label.text() == "Search"
    hits = screen.model.rows
    assert hits and all(r.kind == "item" for r in hits)
    assert "result" in screen.summary.text()
    # The organisation and the person come first (no date), then records newest first.
    assert sorted(r.target[1][0] for r in hits[:2]) == ["contact", "organisation"]
    dated = [r.day for r in hits if r.day is not None]
    assert dated == sorted(dated, reverse=True)
    # An appointment hit is the agenda's sentence, with its day; Enter opens it.
    number = next(n for n, r in enumerate(hits) if r.target and r.target[0] == "appointment")
    assert " — " in hits[number].text
    screen.list.select_row(number)
    qtbot.keyClick(screen.list, Qt.Key.Key_Return)
    assert window.current.key == "appointment"
    # Leaving the agenda forgets what was typed.
    assert screen.search_edit.text() == ""
    window.show_screen("agenda")
    assert screen.searching == ""
    # Nothing found: said in a sentence; "Back to the agenda" comes back.
    screen.search_edit.setText("zzzqqq")
    screen.run_search()
    assert screen.model.rows[0].text == "Nothing was found for “zzzqqq”."
    qtbot.mouseClick(screen.back_to_agenda, Qt.MouseButton.LeftButton)
    assert screen.searching == "" and screen.earlier_button.isVisible()
    assert screen.list.current_row().day == DEMO_TODAY


def test_typing_searches_after_a_short_pause(make_window, qtbot, ten_years):
    _, screen, _ = open_agenda(make_window, qtbot, ten_years[0])
    qtbot.keyClicks(screen.search_edit, "CV")
    qtbot.waitUntil(lambda: screen.searching == "CV", timeout=3000)
    assert screen.model.rowCount() > 10


def test_an_empty_carnet_says_nothing_is_planned(make_window, qtbot, existing_carnet):
    window, screen, _ = open_agenda(make_window, qtbot, existing_carnet)
    assert texts(screen) == ["Today, Wednesday 25 November", "Nothing is planned today."]
    qtbot.waitUntil(lambda: screen.nothing_later, timeout=3000)  # fetchMore stopped by itself
    qtbot.mouseClick(screen.earlier_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "There is nothing earlier in your carnet."
    assert screen.model.rowCount() == 2
    # Enter on "Nothing is planned today." opens nothing.
    screen.list.select_row(1)
    qtbot.keyClick(screen.list, Qt.Key.Key_Return)
    assert window.current.key == "agenda"


def test_today_sits_between_the_days_around_it(make_window, qtbot, existing_carnet):
    with Carnet.unlock(existing_carnet, PASSPHRASE) as carnet:
        for days in (-3, 2):
            start = NOW + timedelta(days=days)
            add_appointment(carnet, Appointment("Atelier", start), now=NOW)
        gone = add_appointment(carnet, Appointment("Bilan", NOW - timedelta(days=1)), now=NOW)
        set_status(carnet, gone.id, StatusChange(AppointmentStatus.MISSED), now=NOW)
    _, screen, _ = open_agenda(make_window, qtbot, existing_carnet)
    assert texts(screen) == [
        "Sunday 22 November",
        "10:00 — Atelier. Past. Say what happened.",
        "Yesterday, Tuesday 24 November",
        "10:00 — Bilan. Missed.",
        "Today, Wednesday 25 November",
        "Nothing is planned today.",
        "Friday 27 November",
        "10:00 — Atelier.",
    ]
    assert screen.list.current_row().text.startswith("Today")


def test_add_an_appointment_opens_an_empty_form(make_window, qtbot, existing_carnet):
    window, screen, _ = open_agenda(make_window, qtbot, existing_carnet)
    qtbot.keyClick(screen.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # A button shortcut animates the click (about 100 ms) before it fires.
    qtbot.waitUntil(lambda: window.current.key == "appointment", timeout=2000)
    form = window.current
    assert form.mode == "form" and form.appt is None
    assert form.day_edit.text() == "25/11/2026"  # the day of the current row (today)
    assert window.focusWidget() is form.title_edit
