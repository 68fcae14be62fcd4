"""The appointment screen on a real carnet: read in sentences, written through a form whose
problems are said next to their field (the carnet unchanged), and what became of it (went,
missed, excused, cancelled, moved)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from datetime import time as clock_time

import pytest
from PySide6.QtCore import Qt

from app.carnet import Carnet
from app.domain import HOME_ZONE, Appointment, AppointmentStatus, Mode
from app.domain.contacts import Contact
from app.domain.organisations import Organisation, OrganisationKind
from app.records import (
    add_appointment,
    add_contact,
    add_organisation,
    get_appointment,
    list_appointments,
)

from .conftest import PASSPHRASE

TODAY = date(2026, 11, 25)  # a Wednesday
NOW = datetime.combine(TODAY, clock_time(10, 0), tzinfo=HOME_ZONE)
S = AppointmentStatus


@pytest.fixture
def carnet_with(existing_carnet):
    """The carnet folder with France Travail, a conseillère, and two appointments: one to come
    (Friday 14:30) and one past (Monday 9:00)."""
    with Carnet.unlock(existing_carnet, PASSPHRASE) as carnet:
        ft = add_organisation(carnet, Organisation(
            "France Travail Bourg", OrganisationKind.FRANCE_TRAVAIL, phone="39 49",
            hours="Du lundi au vendredi, 8 h 30 – 12 h 30."))  # fmt: skip
        who = add_contact(carnet, Contact("Mme Ouali", organisation_id=ft.id,
                                          phones=("01 99 00 12 34",)), now=NOW)  # fmt: skip
        coming = add_appointment(carnet, Appointment(
            "Entretien de suivi", NOW + timedelta(days=2, hours=4, minutes=30),
            organisation_id=ft.id, contact_id=who.id, place="12 rue des Tilleuls",
            to_bring=("CV", "Pièce d’identité"), mandatory=True, notes="Parler de la formation."),
            now=NOW)  # fmt: skip
        past = add_appointment(carnet, Appointment(
            "Atelier CV", NOW - timedelta(days=2, hours=1), organisation_id=ft.id), now=NOW)
    return existing_carnet, {"ft": ft.id, "who": who.id, "coming": coming.id, "past": past.id}


def open_window(make_window, qtbot, folder, **kwargs):
    window = make_window(carnet_path=folder, clock=lambda: NOW, **kwargs)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    return window


def open_appointment(window, payload):
    window.open_record("appointment", payload)
    assert window.current.key == "appointment"
    return window.current


def lines(screen) -> list[str]:
    return [label.text() for label in screen.main_card.findChildren(type(screen.view_title))
            if label.isVisibleTo(screen) and label.text()]  # fmt: skip


def saved_rows(window) -> list[Appointment]:
    return list_appointments(window.session.carnet)


# -- reading --------------------------------------------------------------------------------------
def test_an_appointment_is_read_in_sentences(make_window, qtbot, carnet_with):
    folder, ids = carnet_with
    window = open_window(make_window, qtbot, folder)
    screen = open_appointment(window, ids["coming"])
    assert screen.mode == "view"
    assert window.title_label.text() == "Appointment"
    assert window.focusWidget() is screen.status_button  # the main action
    assert lines(screen) == [
        "Entretien de suivi",
        "Friday 27 November 2026 at 14:30.",
        "With France Travail Bourg.",
        "You will meet Mme Ouali.",
        "Place: 12 rue des Tilleuls.",
        "The letter says you must come.",
    ]
    bring = [t.text() for t in screen.bring_card.findChildren(type(screen.view_title))]
    assert bring == ["What to bring", "– CV", "– Pièce d’identité"]
    assert screen.notes_text.text() == "Parler de la formation."
    call = screen.call_card.findChildren(type(screen.view_title))
    assert "Phone: 39 49." in call[1].text() and "01 99 00 12 34" in call[2].text()
    # Each card's Read button asks for that card only.
    asked = []
    screen.read_request.connect(asked.append)
    qtbot.mouseClick(screen.read_bring, Qt.MouseButton.LeftButton)
    assert [p.text for p in asked[0]] == ["What to bring", "– CV", "– Pièce d’identité"]
    assert all(p.label is not None for p in asked[0])  # each part highlighted as it is read
    # "Read" (the header button) reads the cards in the order they are shown.
    said = [p.text for p in screen.reading_parts()]
    assert said[1:8] == [*lines(screen), "What to bring"]
    assert said.index("– CV") < said.index("Who to call") < said.index("Notes")
    # Before it has happened, the main action is about cancelling or moving.
    assert screen.status_button.accessibleName() == "Cancelled or moved?"


def test_a_past_appointment_is_marked(make_window, qtbot, carnet_with):
    folder, ids = carnet_with
    window = open_window(make_window, qtbot, folder)
    screen = open_appointment(window, ids["past"])
    assert "Past. Say what happened." in lines(screen)
    assert screen.status_button.accessibleName() == "Say what happened"


# -- writing --------------------------------------------------------------------------------------
def fill(screen, qtbot, *, title="Atelier numérique", day="03/12/2026", hour="9 h 30"):
    screen.title_edit.setText(title)
    screen.day_edit.setText(day)
    screen.time_edit.setText(hour)


def test_a_new_appointment_is_saved_then_said_saved(make_window, qtbot, carnet_with):
    folder, ids = carnet_with
    window = open_window(make_window, qtbot, folder)
    screen = open_appointment(window, ("new", date(2026, 12, 3)))
    assert screen.mode == "form" and window.title_label.text() == "New appointment"
    assert screen.day_edit.text() == "03/12/2026"
    assert window.focusWidget() is screen.title_edit
    before = len(saved_rows(window))
    screen.title_edit.setText("Atelier numérique")
    screen.time_edit.setText("9 h 30")
    screen.end_edit.setText("11:00")
    screen.org_box.setCurrentIndex(screen.org_box.findData(ids["ft"]))
    screen.contact_box.setCurrentIndex(screen.contact_box.findData(ids["who"]))
    screen.mode_buttons[Mode.PHONE].setChecked(True)
    assert screen.f["place"].field.label.text().startswith("Phone number")
    screen.place_edit.setText("01 99 00 12 34")
    # What to bring: three lines typed, the middle one removed.
    qtbot.mouseClick(screen.bring_editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.focusWidget(), "CV")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)  # Enter adds the next line
    qtbot.keyClicks(window.focusWidget(), "Cle USB")
    qtbot.mouseClick(screen.bring_editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.focusWidget(), "Releve de notes")
    assert screen.bring_editor.lines() == ["CV", "Cle USB", "Releve de notes"]
    middle = screen.bring_editor.rows[1]
    assert middle[2].accessibleName() == "Remove line 2"
    qtbot.mouseClick(middle[2], Qt.MouseButton.LeftButton)
    assert screen.bring_editor.lines() == ["CV", "Releve de notes"]
    assert window.focusWidget() is screen.bring_editor.rows[1][1]  # focus not lost
    # Tab goes through the lines where they are shown: place, line, Remove, line, Remove, Add.
    chain, widget = [screen.place_edit], screen.place_edit
    while len(chain) < 7:
        widget = widget.nextInFocusChain()
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & 0x1:
            chain.append(widget)
    (_, first, remove_first), (_, second, remove_second) = screen.bring_editor.rows
    add = screen.bring_editor.add_button
    assert chain == [screen.place_edit, first, remove_first, second, remove_second, add,
                     screen.mandatory_box]  # fmt: skip
    screen.mandatory_box.setChecked(True)
    screen.notes_edit.setPlainText("Salle 2")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)

    rows = saved_rows(window)
    assert len(rows) == before + 1
    new = next(a for a in rows if a.title == "Atelier numérique")
    assert new.starts_at == datetime(2026, 12, 3, 9, 30, tzinfo=HOME_ZONE)
    assert new.ends_at == datetime(2026, 12, 3, 11, 0, tzinfo=HOME_ZONE)
    assert (new.organisation_id, new.contact_id, new.mode) == (ids["ft"], ids["who"], Mode.PHONE)
    assert new.to_bring == ("CV", "Releve de notes") and new.mandatory and new.notes == "Salle 2"
    assert screen.mode == "view" and screen.appt.id == new.id
    assert screen.saved.text() == "Saved."
    assert screen.saved.isVisible() and screen.saved.property("role") == "ok"
    assert "Thursday 3 December 2026, from 9:30 to 11:00." in lines(screen)
    assert "By phone: 01 99 00 12 34." in lines(screen)


def test_31_february_is_said_next_to_the_date_and_nothing_is_written(
    make_window, qtbot, carnet_with
):
    folder, _ = carnet_with
    window = open_window(make_window, qtbot, folder)
    screen = open_appointment(window, ("new", None))
    before = saved_rows(window)
    fill(screen, qtbot, day="31/02/2026")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    day = screen.f["day"]
    assert day.message.isVisible()
    assert day.message.text() == "There is no 31 February. Check the day and the month."
    assert window.focusWidget() is screen.day_edit
    assert screen.day_edit.accessibleDescription() == day.message.text()
    assert not screen.f["time"].message.isVisible()
    assert saved_rows(window) == before
    assert screen.mode == "form" and not screen.saved.isVisible()
    # Corrected, it saves, and the problem line goes away.
    screen.day_edit.setText("28/02/2027")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.mode == "view" and len(saved_rows(window)) == len(before) + 1


PROBLEMS = [
    ({"title": ""}, "title", "Please fill this in."),
    ({"title": "x" * 201}, "title", "This text is too long: 200 letters at most."),
    ({"day": "bientôt"}, "day", "Write the date like this: 25/03/2026."),
    ({"day": "12/12/1850"}, "day", "Check the year: it has 4 digits, like 2026."),
    ({"hour": "25:00"}, "time", "Write the time like this: 14:30."),
    ({"hour": ""}, "time", "Please fill this in."),
    ({"day": "29/03/2026", "hour": "2:30"}, "time",
     "The clocks change that night: this time does not exist. Choose another time."),
    ({"end": "8:00"}, "ends_at", "The end is before the start. Check the two times."),
    ({"title": "Atelier\x07"}, "title", "There is a sign here that cannot be kept. Remove it."),
]


def test_each_problem_is_one_calm_sentence_next_to_its_field(make_window, qtbot, carnet_with):
    folder, _ = carnet_with
    window = open_window(make_window, qtbot, folder)
    screen = open_appointment(window, ("new", None))
    before = saved_rows(window)
    for change, field, words in PROBLEMS:
        fill(screen, qtbot, **{k: v for k, v in change.items() if k != "end"})
        screen.end_edit.setText(change.get("end", ""))
        qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
        assert screen.f[field].message.text() == words, change
        shown = [name for name, f in screen.f.items() if f.message.isVisible()]
        assert shown == [field], change
        assert window.focusWidget() is screen.f[field].edit, change
        assert saved_rows(window) == before, change
        assert screen.mode == "form"


def test_emoji_and_right_to_left_text_are_kept(make_window, qtbot, carnet_with):
    folder, _ = carnet_with
    window = open_window(make_window, qtbot, folder)
    screen = open_appointment(window, ("new", None))
    fill(screen, qtbot, title="Rendez-vous 🙂 موعد")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.mode == "view"
    assert screen.view_title.text() == "Rendez-vous 🙂 موعد"


def test_an_overlap_is_a_warning_and_the_appointment_is_saved(make_window, qtbot, carnet_with):
    folder, _ = carnet_with
    window = open_window(make_window, qtbot, folder)
    screen = open_appointment(window, ("new", None))
    before = len(saved_rows(window))
    fill(screen, qtbot, title="Médecin", day="27/11/2026", hour="14:45")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert len(saved_rows(window)) == before + 1
    warning = "Careful: at the same time you have Entretien de suivi at 14:30."
    assert screen.saved.text() == f"Saved. {warning}"
    assert warning in lines(screen)  # and it stays on the appointment


def test_a_past_appointment_can_be_written_and_is_marked(make_window, qtbot, carnet_with):
    folder, _ = carnet_with
    window = open_window(make_window, qtbot, folder)
    screen = open_appointment(window, ("new", None))
    fill(screen, qtbot, title="Visite à la CAF", day="02/11/2026", hour="11:00")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.saved.text() == "Saved. This appointment is in the past: say what happened."
    assert "Past. Say what happened." in lines(screen)


def test_changing_an_appointment_keeps_the_rest(make_window, qtbot, carnet_with):
    folder, ids = carnet_with
    window = open_window(make_window, qtbot, folder)
    screen = open_appointment(window, ids["coming"])
    qtbot.mouseClick(screen.edit_button, Qt.MouseButton.LeftButton)
    assert screen.mode == "form" and window.title_label.text() == "Change an appointment"
    assert screen.day_edit.text() == "27/11/2026" and screen.time_edit.text() == "14:30"
    assert screen.org_box.currentData() == ids["ft"]
    assert screen.contact_box.currentData() == ids["who"]
    assert screen.bring_editor.lines() == ["CV", "Pièce d’identité"]
    screen.title_edit.setText("Entretien avec Mme Ouali")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    after = get_appointment(window.session.carnet, ids["coming"])
    assert after.title == "Entretien avec Mme Ouali"
    assert after.to_bring == ("CV", "Pièce d’identité") and after.mandatory
    assert after.uid and after.status == S.PLANNED
    # Back from a form shows the appointment again, then Back goes to the agenda.
    qtbot.mouseClick(screen.edit_button, Qt.MouseButton.LeftButton)
    screen.title_edit.setText("Not saved")
    window.go_back()
    assert window.current is screen and screen.mode == "view"
    assert screen.view_title.text() == "Entretien avec Mme Ouali"
    window.go_back()
    assert window.current.key == "agenda"


def test_leaving_forgets_what_was_typed(make_window, qtbot, carnet_with):
    folder, _ = carnet_with
    window = open_window(make_window, qtbot, folder)
    screen = open_appointment(window, ("new", None))
    fill(screen, qtbot, title="Secret")
    screen.notes_edit.setPlainText("Très personnel")
    window.show_screen("today")
    assert screen.title_edit.text() == "" and screen.notes_edit.toPlainText() == ""


# -- what happened --------------------------------------------------------------------------------
def choose(screen, status):
    screen.status_buttons[status].setChecked(True)


def test_went_and_missed_only_after_it_started(make_window, qtbot, carnet_with):
    folder, ids = carnet_with
    window = open_window(make_window, qtbot, folder)
    screen = open_appointment(window, ids["coming"])
    qtbot.mouseClick(screen.status_button, Qt.MouseButton.LeftButton)
    assert screen.mode == "status" and window.title_label.text() == "What happened?"
    visible = [s for s, b in screen.status_buttons.items() if b.isVisibleTo(screen)]
    assert visible == [S.CANCELLED_BY_ME, S.CANCELLED_BY_THEM, S.MOVED, S.PLANNED]
    screen.open_record.emit("appointment", ids["past"])
    qtbot.mouseClick(screen.status_button, Qt.MouseButton.LeftButton)
    choose(screen, S.ATTENDED)
    qtbot.mouseClick(screen.status_save, Qt.MouseButton.LeftButton)
    assert get_appointment(window.session.carnet, ids["past"]).status == S.ATTENDED
    assert screen.mode == "view" and screen.saved.text() == "Saved."
    assert "Past: you were there." in lines(screen)


def test_nothing_chosen_is_said(make_window, qtbot, carnet_with):
    folder, ids = carnet_with
    window = open_window(make_window, qtbot, folder)
    screen = open_appointment(window, ids["past"])
    screen.open_status()
    qtbot.mouseClick(screen.status_save, Qt.MouseButton.LeftButton)
    assert screen.status_problem.text() == "Choose one answer."
    assert get_appointment(window.session.carnet, ids["past"]).status == S.PLANNED


def test_excused_with_its_reason(make_window, qtbot, carnet_with):
    folder, ids = carnet_with
    window = open_window(make_window, qtbot, folder)
    screen = open_appointment(window, ids["past"])
    screen.open_status()
    choose(screen, S.EXCUSED)
    assert screen.s["status_reason"].isVisibleTo(screen) and screen.proof_help.isVisibleTo(screen)
    assert not screen.s["new_day"].isVisibleTo(screen)
    screen.reason_edit.setText("enfant malade")
    qtbot.mouseClick(screen.status_save, Qt.MouseButton.LeftButton)
    after = get_appointment(window.session.carnet, ids["past"])
    assert (after.status, after.status_reason) == (S.EXCUSED, "enfant malade")
    assert "Missed, with a reason: enfant malade." in lines(screen)


def test_cancelled_by_me_says_when_and_how(make_window, qtbot, carnet_with):
    folder, ids = carnet_with
    window = open_window(make_window, qtbot, folder)
    screen = open_appointment(window, ids["coming"])
    screen.open_status()
    choose(screen, S.CANCELLED_BY_ME)
    assert screen.status_day_edit.text() == "25/11/2026"  # today by default
    screen.status_day_edit.setText("30/11/2026")
    qtbot.mouseClick(screen.status_save, Qt.MouseButton.LeftButton)
    assert screen.s["status_day"].message.text() == (
        "This day has not come yet. Write today’s date or an earlier one."
    )
    assert get_appointment(window.session.carnet, ids["coming"]).status == S.PLANNED
    screen.status_day_edit.setText("24/11/2026")
    screen.channel_edit.setText("par téléphone")
    qtbot.mouseClick(screen.status_save, Qt.MouseButton.LeftButton)
    after = get_appointment(window.session.carnet, ids["coming"])
    assert after.status == S.CANCELLED_BY_ME and after.status_channel == "par téléphone"
    assert after.status_at.date() == date(2026, 11, 24)
    assert "Cancelled by you." in lines(screen)
    assert "You told them: par téléphone." in lines(screen)
    assert "Written down on Tuesday 24 November 2026." in lines(screen)


def test_cancelled_by_them_and_back_to_planned(make_window, qtbot, carnet_with):
    folder, ids = carnet_with
    window = open_window(make_window, qtbot, folder)
    screen = open_appointment(window, ids["coming"])
    screen.open_status()
    choose(screen, S.CANCELLED_BY_THEM)
    qtbot.mouseClick(screen.status_save, Qt.MouseButton.LeftButton)
    assert "Cancelled by them." in lines(screen)
    screen.open_status()
    assert screen.status_buttons[S.CANCELLED_BY_THEM].isChecked()
    choose(screen, S.PLANNED)
    qtbot.mouseClick(screen.status_save, Qt.MouseButton.LeftButton)
    after = get_appointment(window.session.carnet, ids["coming"])
    assert after.status == S.PLANNED and after.status_at is None


def test_moved_to_a_new_day_shows_the_new_appointment(make_window, qtbot, carnet_with):
    folder, ids = carnet_with
    window = open_window(make_window, qtbot, folder)
    screen = open_appointment(window, ids["coming"])
    before = len(saved_rows(window))
    screen.open_status()
    choose(screen, S.MOVED)
    screen.new_day_edit.setText("31/11/2026")
    screen.new_time_edit.setText("10:00")
    qtbot.mouseClick(screen.status_save, Qt.MouseButton.LeftButton)
    assert screen.s["new_day"].message.text() == (
        "There is no 31 November. Check the day and the month."
    )
    assert len(saved_rows(window)) == before
    screen.new_day_edit.setText("04/12/2026")
    qtbot.mouseClick(screen.status_save, Qt.MouseButton.LeftButton)
    assert len(saved_rows(window)) == before + 1
    assert screen.saved.text() == "Saved. Here is the new appointment."
    new = screen.appt
    assert new.id != ids["coming"] and new.status == S.PLANNED
    assert new.starts_at == datetime(2026, 12, 4, 10, 0, tzinfo=HOME_ZONE)
    assert new.to_bring == ("CV", "Pièce d’identité")
    old = get_appointment(window.session.carnet, ids["coming"])
    assert old.status == S.MOVED and old.moved_to_uid == new.uid
    # The old one says where it went, and opens the new one.
    screen.open_record.emit("appointment", ids["coming"])
    assert "Moved to Friday 4 December 2026 at 10:00." in lines(screen)
    assert screen.new_button.isVisibleTo(screen)
    screen.open_status()  # moved already: the new one is the one to move again
    assert screen.status_buttons[S.MOVED].isHidden()
    qtbot.mouseClick(screen.status_cancel, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    assert screen.appt.id == new.id


def test_an_empty_carnet_gets_the_usual_organisations_in_the_form(
    make_window, qtbot, existing_carnet
):
    window = open_window(make_window, qtbot, existing_carnet)
    screen = open_appointment(window, ("new", None))
    names = [screen.org_box.itemText(i) for i in range(screen.org_box.count())]
    assert names[0] == "Not said"
    assert {"France Travail", "CAF", "Mission locale", "Cap emploi"} <= set(names)
