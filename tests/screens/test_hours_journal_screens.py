"""Hours and Journal screens on a real carnet: the week in words and as a bar, entries added,
changed, removed and put back; 30-hour days and negative durations refused calmly; the target;
journal entries written and corrected (old versions shown), the chain check in words, and the
10-year demo's journal loaded page by page."""

from __future__ import annotations

import time
from datetime import date

import pytest

from app import demo
from app.domain.hours import Activity, ActivityKind
from app.domain.journal import ExchangeKind, JournalDraft
from app.records import (
    journal_entries,
    journal_history,
    record_activity,
    week_view,
    write_journal_entry,
)

from .records_window import NOW, new_carnet, open_on


# -- hours ----------------------------------------------------------------------------------------
def test_the_week_in_words_and_a_bar(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    record_activity(carnet, Activity(date(2026, 11, 23), 330, ActivityKind.TRAINING))
    record_activity(carnet, Activity(date(2026, 11, 25), 240, ActivityKind.APPLICATIONS))
    record_activity(carnet, Activity(date(2026, 11, 16), 60))  # the week before
    carnet.lock()
    _window, screen = open_on(make_window, qtbot, folder, "hours")
    assert screen.total.text() == "9 h 30 of 15 h this week."
    assert (screen.bar.value(), screen.bar.maximum()) == (570, 900)
    assert screen.bar.accessibleName() == screen.total.text()
    assert "5 h 30 more" in screen.remaining.text()
    assert screen.model.rowCount() == 2
    assert screen.model.item(0).text().startswith("Monday 23 November · 5 h 30 · Training")
    screen.previous_week.click()
    assert screen.total.text() == "1 h of 15 h that week."
    assert screen.model.rowCount() == 1
    screen.this_week_button.click()
    assert screen.model.rowCount() == 2
    assert screen.month_title.text() == "November 2026"
    assert len(screen.month_weeks.text().splitlines()) == 6  # weeks touching November 2026
    screen.next_month.click()
    assert screen.month_title.text() == "December 2026"


def test_add_refuse_change_remove_and_undo(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "hours")
    carnet = window.session.carnet
    screen.add_button.click()
    assert screen.form.isVisibleTo(screen) and screen.day_edit.text() == "27/11/2026"
    for hours, words in (
        ("30", "24 hours at most"),
        ("-2", "below zero"),
        ("deux", "Write a number"),
    ):
        screen.hours_edit.setText(hours)
        screen.save_button.click()
        assert words in screen.form_message.text(), hours
        assert week_view(carnet, NOW.date()).entries == ()
    screen.hours_edit.setText("2")
    screen.minutes_edit.setText("75")
    screen.save_button.click()
    assert "0 to 59" in screen.form_message.text()
    screen.day_edit.setText("31/02/2026")
    screen.minutes_edit.setText("30")
    screen.save_button.click()
    assert "does not exist" in screen.form_message.text()

    screen.day_edit.setText("26/11/2026")
    screen.kind_box.setCurrentIndex(screen.kind_box.findData(ActivityKind.WORKSHOP.value))
    screen.note_edit.setText("Atelier CV 🙂 مرحبا")
    screen.save_button.click()
    assert not screen.form.isVisibleTo(screen)
    (saved,) = week_view(carnet, NOW.date()).entries
    assert (saved.minutes, saved.kind, saved.note) == (150, ActivityKind.WORKSHOP,
                                                       "Atelier CV 🙂 مرحبا")  # fmt: skip
    assert screen.total.text() == "2 h 30 of 15 h this week."

    screen.edit_button.click()
    assert screen.hours_edit.text() == "2" and screen.minutes_edit.text() == "30"
    screen.hours_edit.setText("3")
    screen.save_button.click()
    assert week_view(carnet, NOW.date()).entries[0].minutes == 210

    screen.remove_button.click()
    assert screen.confirm.isVisibleTo(screen)
    screen.confirm_yes.click()
    assert week_view(carnet, NOW.date()).entries == ()
    assert screen.undo_button.isVisibleTo(screen)
    screen.undo_button.click()
    (back,) = week_view(carnet, NOW.date()).entries
    assert (back.minutes, back.note) == (210, "Atelier CV 🙂 مرحبا")


def test_the_number_of_the_contract(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "hours")
    assert "usual number" in screen.remaining.text()
    screen.target_edit.setText("-3")
    screen.target_button.click()
    assert "below zero" in screen.target_message.text()
    screen.target_edit.setText("10,5")
    screen.target_button.click()
    assert screen.total.text() == "0 h of 10 h 30 this week."
    screen.target_edit.setText("0")
    screen.target_button.click()
    assert screen.total.text() == "0 h this week. Your contract asks for no hours."
    assert not screen.bar.isVisibleTo(screen)
    assert week_view(window.session.carnet, NOW.date()).target_minutes == 0


# -- journal --------------------------------------------------------------------------------------
def _wait_chain(qtbot, screen):
    qtbot.waitUntil(lambda: "checking" not in screen.chain.text(), timeout=20000)


def test_write_correct_and_see_the_old_version(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "journal")
    carnet = window.session.carnet
    assert screen.empty.isVisibleTo(screen)
    _wait_chain(qtbot, screen)
    screen.write_button.click()
    assert screen.form.isVisibleTo(screen)
    screen.save_button.click()
    assert "what was said" in screen.form_message.text()
    assert journal_entries(carnet) == []

    screen.kind_box.setCurrentIndex(screen.kind_box.findData(ExchangeKind.CALL.value))
    screen.whom_edit.setText("Mme Martin")
    screen.said_edit.setPlainText("Elle m'a dit d'envoyer mon CV avant lundi.")
    screen.next_edit.setText("Envoyer le CV")
    screen.save_button.click()
    (entry,) = journal_entries(carnet)
    assert entry.draft.with_whom == "Mme Martin" and entry.draft.happened_on == NOW.date()
    assert screen.model.rowCount() == 1
    assert "Mme Martin" in screen.model.index(0, 0).data()
    _wait_chain(qtbot, screen)
    assert screen.chain.text().startswith("The journal holds 1 version.")

    screen.correct_button.click()
    assert screen.said_edit.toPlainText() == "Elle m'a dit d'envoyer mon CV avant lundi."
    screen.said_edit.setPlainText("Elle m'a dit d'envoyer mon CV avant mardi.")
    screen.save_button.click()
    history = journal_history(carnet, entry.entry_id)
    assert [v.version for v in history] == [1, 2]
    assert screen.model.rowCount() == 1
    assert "(corrected)" in screen.model.index(0, 0).data()
    assert "mardi" in screen.detail_text.text()
    assert screen.versions_text.isVisibleTo(screen)
    assert "avant lundi" in screen.versions_text.text()  # the old version stays visible
    _wait_chain(qtbot, screen)
    assert screen.chain.text().startswith("The journal holds 2 versions.")


def test_a_journal_edited_outside_repères_is_told(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    for i in range(3):
        write_journal_entry(carnet, JournalDraft(ExchangeKind.CALL, f"Appel {i}"))
    with carnet.write() as con:
        con.execute("DROP TRIGGER journal_no_update")
        con.execute("UPDATE journal SET summary = 'changé' WHERE seq = 2")
    carnet.lock()
    _window, screen = open_on(make_window, qtbot, folder, "journal")
    _wait_chain(qtbot, screen)
    assert "changed outside Repères" in screen.chain.text()
    assert "version 2" in screen.chain.text()
    assert screen.chain.property("role") == "error"


@pytest.fixture(scope="module")
def ten_year_demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "carnet"
    carnet = new_carnet(folder)
    demo.populate(carnet, 10, today=NOW.date())
    carnet.lock()
    return folder


def test_ten_years_of_journal_load_page_by_page(make_window, qtbot, ten_year_demo):
    window, screen = open_on(make_window, qtbot, ten_year_demo, "today")
    started = time.perf_counter()
    window.show_screen("journal")
    shown = time.perf_counter() - started
    screen = window.current
    total = len(journal_entries(window.session.carnet))
    assert total > 2500
    assert screen.model.rowCount() == 100  # one page; more as the list scrolls
    assert screen.detail.isVisibleTo(screen)
    screen.entries.scrollToBottom()
    qtbot.waitUntil(lambda: screen.model.rowCount() > 100, timeout=5000)
    while screen.model.canFetchMore(screen.model.index(-1, -1)):
        screen.model.fetchMore(screen.model.index(-1, -1))
    assert screen.model.rowCount() == total
    _wait_chain(qtbot, screen)
    assert screen.chain.text().startswith("The journal holds ")
    print(f"journal screen shown in {shown * 1000:.0f} ms ({total} entries, first page)")


def test_an_entry_opened_from_elsewhere_shows_its_week(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    old = record_activity(carnet, Activity(date(2026, 3, 4), 45, ActivityKind.HEALTH))
    carnet.lock()
    window, _screen = open_on(make_window, qtbot, folder, "today")
    window.open_record("hours", old.id)
    screen = window.current
    assert screen.week_title.text() == "Week from Monday 2 March to Sunday 8 March"
    assert screen.selected() == old
    window.open_record("journal", 12345)  # not there: said calmly
    assert "not in your carnet" in window.current.message.text()
