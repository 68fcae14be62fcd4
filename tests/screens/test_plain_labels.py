"""Every label that shows the person's or a file's text is plain text (issue 22).

A name typed by the person, imported from an .ics file or typed by a helper, or a title read from
a content pack, must never be read as rich text: `<img src="/dev/zero">` made Qt read that file
each time the screen opened (the app aborted), `<img src="file:...">` could show any local file,
and tags in the helper's organisation name could hide the rights and duration on the consent
screen. These tests put such text in every field a label shows, open every screen, and walk every
QLabel of the window for its text format.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox

from app.carnet import Carnet
from app.domain.appointments import Appointment
from app.domain.contacts import Contact
from app.domain.organisations import Organisation
from app.ics import parse_ics
from app.records.agenda import add_appointment
from app.records.calendar_files import import_calendar
from app.records.contacts import add_contact
from app.records.directory import add_organisation
from ui.screens import registry

from .conftest import PASSPHRASE

HOSTILE = '<img src="/dev/zero"><b>Gras</b>'
PARIS = ZoneInfo("Europe/Paris")


def _ics(summary: str, location: str) -> bytes:
    start = (datetime.now(PARIS) + timedelta(days=2)).strftime("%Y%m%dT100000")
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//test//FR\r\n"
        "BEGIN:VEVENT\r\nUID:plain-1@test\r\n"
        f"DTSTART;TZID=Europe/Paris:{start}\r\n"
        f"SUMMARY:{summary}\r\nLOCATION:{location}\r\nORGANIZER;CN={summary}:mailto:a@b.fr\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def _fill(folder) -> tuple[int, int, int]:
    carnet = Carnet.unlock(folder, PASSPHRASE)
    try:
        org = add_organisation(carnet, Organisation(HOSTILE, notes=HOSTILE, hours=HOSTILE))
        contact = add_contact(carnet, Contact(HOSTILE, organisation_id=org.id, notes=HOSTILE))
        soon = datetime.now(PARIS).replace(microsecond=0) + timedelta(hours=3)
        appt = add_appointment(
            carnet,
            Appointment(HOSTILE, soon, organisation_id=org.id, place=HOSTILE, notes=HOSTILE),
        )
        import_calendar(carnet, parse_ics(_ics("<b>Rendez-vous</b>", HOSTILE)))
        assert org.id is not None and contact.id is not None and appt.id is not None
        return org.id, contact.id, appt.id
    finally:
        carnet.lock()


def _rich_labels(window) -> list[str]:
    widgets = [window, *window.findChildren(QMessageBox)]
    found = []
    for top in widgets:
        for label in top.findChildren(QLabel):
            if label.textFormat() != Qt.TextFormat.PlainText:
                found.append(f"{type(label).__name__} {label.objectName()!r} {label.text()[:40]!r}")
    return found


def test_every_label_of_every_screen_is_plain_text(make_window, qtbot, existing_carnet):
    org_id, contact_id, appt_id = _fill(existing_carnet)
    window = make_window()
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    window.recovery_screen.show_code("ABCD-EFGH-JKMN-PQRS-TWXY-Z234")
    for key in [*(e.key for e in registry.SCREENS), "today"]:  # each built when first shown
        window.show_screen(key)
        qtbot.wait(10)
        window.grab()  # lays out and paints: a rich label would read /dev/zero here
        assert _rich_labels(window) == [], key
    for key, payload in [
        ("directory", ("organisation", org_id)),
        ("directory", ("contact", contact_id)),
        ("appointment", appt_id),
    ]:
        window.open_record(key, payload)
        qtbot.wait(10)
        window.grab()
        assert _rich_labels(window) == [], (key, payload)
    shown = [label.text() for label in window.findChildren(QLabel) if HOSTILE in label.text()]
    assert shown, "the hostile name must be shown, as it was typed"


def test_tags_in_the_helpers_organisation_cannot_hide_the_rights(make_window, qtbot,
                                                                 existing_carnet):  # fmt: skip
    window = make_window()
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    window.show_screen("helper")
    helper = window.current
    helper.open_form()
    helper.first_name.setText("Sam")
    helper.organisation.setText("<!-- ")
    next(iter(helper.rights_buttons.values())).setChecked(True)
    next(iter(helper.duration_buttons.values())).setChecked(True)
    helper.to_consent()
    label = helper.consent_text
    assert label.textFormat() == Qt.TextFormat.PlainText
    window.grab()
    assert "<!-- " in label.text()
    from ui.helper_session import rights_words

    rights_and_time = rights_words(next(iter(helper.rights_buttons))).lower()
    assert rights_and_time in label.text().lower()  # the rights are still in the sentence


def test_a_content_pack_title_is_shown_as_it_is_written(
    make_window, qtbot, tmp_path, monkeypatch, existing_carnet
):
    """A guide in the local content folder with a title full of tags: listed and opened."""
    from app.content.packs import packs, shipped_root

    text = (shipped_root() / "guides" / "aide-gratuite.toml").read_text("utf-8")
    text = text.replace('id = "guide.aide_gratuite"', 'id = "asso.piege"')
    text = re.sub(r'(\[title\]\s*fr = )"[^"]*"', lambda m: m.group(1) + json.dumps(HOSTILE), text)
    assert HOSTILE in text.replace('\\"', '"')
    (tmp_path / "content" / "guides").mkdir(parents=True)
    (tmp_path / "content" / "guides" / "piege.toml").write_text(text, "utf-8")
    monkeypatch.setenv("REPERES_CONTENT_DIR", str(tmp_path / "content"))
    try:
        assert "asso.piege" in packs(reload=True).guides
        window = make_window()
        window.session.unlock(PASSPHRASE)
        qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
        window.show_screen("guides")
        guides = window.current
        guides.show_guide("asso.piege")
        qtbot.wait(10)
        window.grab()
        assert _rich_labels(window) == []
        assert any(HOSTILE in label.text() for label in window.findChildren(QLabel))
    finally:
        monkeypatch.delenv("REPERES_CONTENT_DIR")
        packs(reload=True)


def test_the_safe_label_is_plain_whatever_it_is_given(qtbot):
    from ui.widgets import Field, PassphraseEdit, Text, Title, plain_label

    field, secret = Field(HOSTILE, QLineEdit()), PassphraseEdit(HOSTILE, "a", "b")
    made = [Title(HOSTILE), Text(HOSTILE), plain_label(HOSTILE), field.label, secret.label]
    for label in made:
        qtbot.addWidget(label.window())
        label.window().show()
        label.grab()
        assert label.textFormat() == Qt.TextFormat.PlainText, type(label).__name__
        assert label.text() == HOSTILE
