"""The directory: the usual organisations by name only, the person's own numbers and hours, their
contacts; forms whose problems are said next to the field, the carnet unchanged; removing a
person asks first and can be undone."""

from __future__ import annotations

from datetime import date, datetime
from datetime import time as clock_time

from PySide6.QtCore import Qt

from app.carnet import Carnet
from app.domain import HOME_ZONE
from app.domain.contacts import Contact, ContactRole
from app.domain.organisations import USUAL_ORGANISATIONS, OrganisationKind
from app.records import add_contact, add_usual_organisations, list_contacts, list_organisations

from .conftest import PASSPHRASE

NOW = datetime.combine(date(2026, 11, 25), clock_time(10, 0), tzinfo=HOME_ZONE)


def open_directory(make_window, qtbot, folder):
    window = make_window(carnet_path=folder, clock=lambda: NOW)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    window.show_screen("directory")
    assert window.current.key == "directory"
    return window, window.current


def row_number(screen, start: str) -> int:
    return next(n for n, r in enumerate(screen.model.rows) if r.text.startswith(start))


def test_a_new_carnet_lists_the_usual_bodies_by_name_only(make_window, qtbot, existing_carnet):
    window, screen = open_directory(make_window, qtbot, existing_carnet)
    orgs = list_organisations(window.session.carnet)
    assert sorted(o.name for o in orgs) == sorted(o.name for o in USUAL_ORGANISATIONS)
    assert all(not o.phone and not o.hours and not o.notes for o in orgs)  # nothing invented
    assert {r.text for r in screen.model.rows} == {f"{o.name}." for o in orgs}
    assert window.focusWidget() is screen.list
    # Entering again adds nothing.
    window.show_screen("today")
    window.show_screen("directory")
    assert len(list_organisations(window.session.carnet)) == len(USUAL_ORGANISATIONS)


def test_the_person_adds_their_agency_phone_and_hours(make_window, qtbot, existing_carnet):
    window, screen = open_directory(make_window, qtbot, existing_carnet)
    screen.list.select_row(row_number(screen, "France Travail"))
    qtbot.keyClick(screen.list, Qt.Key.Key_Return)
    assert screen.mode == "organisation" and window.title_label.text() == "France Travail"
    assert window.focusWidget() is screen.org_name
    assert screen.org_kind.currentData() == OrganisationKind.FRANCE_TRAVAIL
    screen.org_name.setText("France Travail Bourg-les-Tilleuls")
    screen.org_phone.setText("39 49")
    screen.org_hours.setPlainText("Du lundi au vendredi, 8 h 30 – 12 h 30")
    qtbot.mouseClick(screen.org_save, Qt.MouseButton.LeftButton)
    assert screen.mode == "list" and screen.message.text() == "Saved."
    assert screen.list.current_row().text == (
        "France Travail Bourg-les-Tilleuls. Phone: 39 49. "
        "Open: Du lundi au vendredi, 8 h 30 – 12 h 30."
    )
    saved = [o for o in list_organisations(window.session.carnet) if o.phone]
    assert [(o.name, o.kind) for o in saved] == [
        ("France Travail Bourg-les-Tilleuls", OrganisationKind.FRANCE_TRAVAIL)
    ]


def test_an_organisation_without_a_name_is_refused(make_window, qtbot, existing_carnet):
    window, screen = open_directory(make_window, qtbot, existing_carnet)
    qtbot.mouseClick(screen.add_org_button, Qt.MouseButton.LeftButton)
    assert window.title_label.text() == "New organisation"
    before = list_organisations(window.session.carnet)
    screen.org_phone.setText("01 23 45 67 89")
    qtbot.mouseClick(screen.org_save, Qt.MouseButton.LeftButton)
    assert screen.o["name"].message.text() == "Please fill this in."
    assert window.focusWidget() is screen.org_name
    assert list_organisations(window.session.carnet) == before
    # Cancel: back to the list, nothing written.
    window.go_back()
    assert screen.mode == "list" and window.current is screen
    assert list_organisations(window.session.carnet) == before


def test_a_contact_with_a_wrong_number_is_refused_then_saved(make_window, qtbot, existing_carnet):
    window, screen = open_directory(make_window, qtbot, existing_carnet)
    qtbot.mouseClick(screen.add_contact_button, Qt.MouseButton.LeftButton)
    assert screen.mode == "contact" and window.title_label.text() == "New person"
    screen.contact_name.setText("Mme Sabrina Ouali")
    screen.contact_role.setCurrentIndex(screen.contact_role.findData(str(ContactRole.CONSEILLER)))
    ft = next(o for o in list_organisations(window.session.carnet) if o.name == "France Travail")
    screen.contact_org.setCurrentIndex(screen.contact_org.findData(ft.id))
    screen.contact_phone.setText("01 99 00 12 34")
    screen.contact_phone2.setText("appeler le matin")
    screen.contact_email.setText("s.ouali@")
    qtbot.mouseClick(screen.contact_save, Qt.MouseButton.LeftButton)
    assert screen.c["phone2"].message.text() == (
        "Write only digits and spaces, like 01 23 45 67 89."
    )
    assert screen.c["email"].message.text() == "An e-mail address looks like name@example.fr."
    assert not screen.c["phone"].message.isVisibleTo(screen)
    assert window.focusWidget() is screen.contact_phone2  # the first problem, in form order
    assert list_contacts(window.session.carnet) == []
    screen.contact_phone2.setText("06 99 00 12 34")
    screen.contact_email.setText("s.ouali@francetravail.example")
    qtbot.mouseClick(screen.contact_save, Qt.MouseButton.LeftButton)
    [saved] = list_contacts(window.session.carnet)
    assert saved.phones == ("01 99 00 12 34", "06 99 00 12 34")
    assert saved.organisation_id == ft.id and saved.role == ContactRole.CONSEILLER
    # The person is listed under their organisation, in a sentence.
    number = row_number(screen, "Mme Sabrina Ouali")
    assert screen.model.rows[number - 1].text.startswith("France Travail")
    assert screen.model.rows[number].text == (
        "Mme Sabrina Ouali, adviser. Phone: 01 99 00 12 34 or 06 99 00 12 34. "
        "E-mail: s.ouali@francetravail.example"
    )
    assert screen.list.currentIndex().row() == number


def test_removing_a_person_asks_first_and_can_be_undone(make_window, qtbot, existing_carnet):
    with Carnet.unlock(existing_carnet, PASSPHRASE) as carnet:
        add_usual_organisations(carnet)
        three = ("01 11 11 11 11", "02 22 22 22 22", "03 33 33 33 33")
        person = add_contact(carnet, Contact("Karim", phones=three), now=NOW)
    window, screen = open_directory(make_window, qtbot, existing_carnet)
    window.open_record("directory", ("contact", person.id))
    assert screen.mode == "contact" and screen.contact_name.text() == "Karim"
    # A third number, not shown in the form, is kept when saving.
    screen.contact_name.setText("Karim B.")
    qtbot.mouseClick(screen.contact_save, Qt.MouseButton.LeftButton)
    assert list_contacts(window.session.carnet)[0].phones == three
    window.open_record("directory", ("contact", person.id))
    qtbot.mouseClick(screen.remove_button, Qt.MouseButton.LeftButton)
    assert screen.confirm_text.text() == (
        "Remove Karim B. from your carnet? Appointments with them are kept."
    )
    assert window.focusWidget() is screen.confirm_no  # the safe answer first
    qtbot.mouseClick(screen.confirm_no, Qt.MouseButton.LeftButton)
    assert len(list_contacts(window.session.carnet)) == 1
    qtbot.mouseClick(screen.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.confirm_yes, Qt.MouseButton.LeftButton)
    assert list_contacts(window.session.carnet) == []
    assert screen.mode == "list" and screen.message.text() == "Karim B. was removed."
    assert screen.undo_button.isVisible()
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    [back] = list_contacts(window.session.carnet)
    assert back.name == "Karim B." and back.phones == three
    assert screen.message.text() == "Karim B. is back in your carnet."
    assert screen.list.current_row().text.startswith("Karim B.")


def test_leaving_forgets_what_was_typed(make_window, qtbot, existing_carnet):
    window, screen = open_directory(make_window, qtbot, existing_carnet)
    qtbot.mouseClick(screen.add_contact_button, Qt.MouseButton.LeftButton)
    screen.contact_name.setText("Quelqu’un")
    window.show_screen("today")
    assert screen.contact_name.text() == "" and screen.model.rowCount() == 0
    window.show_screen("directory")
    assert screen.mode == "list"
