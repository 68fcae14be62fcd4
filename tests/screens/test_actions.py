"""One way to write (ui/actions.py): a write that the carnet refuses says the carnet's own
sentence on the screen, beside what was being done, and the screen stays usable. Driven for the
writes that used to catch only InvalidRecord (documents: edit, link, unlink, remove; obligations:
done; letters: identifiers, journal; hours: remove, weekly number; received letter: save) and a
few that did (appointment, journal, directory), under a look-only help session and on a real
full disk (a small tmpfs filled to its last byte)."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from app.domain import HOME_ZONE
from app.domain.appointments import Appointment
from app.domain.hours import Activity, ActivityKind
from app.domain.situation import Situation
from app.records import (
    add_appointment,
    attach_document,
    import_document,
    record_activity,
    refresh_obligations,
    remove_document,
    set_situation,
)
from app.records.document_repo import Target
from app.records.helper import HelperRights
from app.records.letter_identity import letter_identifiers
from ui.actions import gone_text

from .records_window import NOW, new_carnet, open_on
from .test_helper_screen import _start
from .test_received_letter_screen import _answer

LOOK = "During this help session, nothing can be changed. Nothing was saved."
REMOVE = "Removing needs your password: open “Someone is helping me”."  # any help session
FULL = "The disk or the USB stick is full. What you saved before is safe."


def _png(width: int) -> bytes:
    image = QImage(width, 1, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _fill_carnet(folder: Path) -> dict[str, int]:
    carnet = new_carnet(folder)
    doc = import_document(carnet, _png(1), title="Lettre CAF").document
    other = import_document(carnet, _png(2), title="Attestation").document
    assert doc.id != other.id
    appt = add_appointment(carnet, Appointment(
        title="Entretien", starts_at=datetime(2026, 12, 3, 10, 0, tzinfo=HOME_ZONE)))  # fmt: skip
    attach_document(carnet, doc.id, Target.APPOINTMENT, appt.id)
    set_situation(carnet, Situation(registered_ft=True), date(2026, 11, 1))
    refresh_obligations(carnet, now=NOW)  # the steps due, as the first unlock makes them
    hours = record_activity(carnet, Activity(date(2026, 11, 26), 90, ActivityKind.WORKSHOP),
                            now=NOW)  # fmt: skip
    carnet.lock()
    return {"doc": doc.id, "other": other.id, "appt": appt.id, "hours": hours.id}


def _sentence_on_every_write(window, qtbot, ids: dict[str, int], sentence: str,
                             removing: str) -> None:  # fmt: skip
    carnet = window.session.carnet
    # Documents: edit, link, unlink, remove.
    window.open_record("documents", ids["doc"])
    screen = window.current
    assert screen.current is not None and screen.current.id == ids["doc"]
    screen.edit_button.click()
    screen.edit_title.setText("Lettre de la CAF")
    screen.save_edit()
    assert screen.edit_message.text() == sentence
    screen.unlink(Target.APPOINTMENT, ids["appt"])
    assert screen.link_message.text() == removing
    window.open_record("documents", ids["other"])
    screen.link_box.setCurrentIndex(1)  # the first record offered (0: "Choose…")
    screen.link()
    assert screen.link_message.text() == sentence
    screen.ask_remove()
    screen.remove()
    assert screen.doc_message.text() == removing
    # Obligations: done, by phone.
    window.show_screen("obligations")
    screen = window.current
    card = next(c for c in screen.cards if c.done_button is not None)
    card.done_button.click()
    next(b for b in card.how_buttons if b.accessibleName() == "By phone").click()
    assert screen.message.text() == sentence
    # Letters: the identifiers kept for the next letter, then the letter kept in the journal.
    window.open_record("letters", {"templates": ["letter.observations"],
                                   "organisation": "France Travail", "letter_date": "2026-11-20",
                                   "received_on": "2026-11-25"})  # fmt: skip
    screen = window.current
    assert screen.step == "fill"
    screen.identifiers_edit.setPlainText("Identifiant France Travail : 1234567A")
    screen.keep_identifiers.setChecked(True)
    screen.write_button.click()
    assert screen.step == "fill" and screen.message.text() == sentence
    assert letter_identifiers(carnet) == ""
    screen.keep_identifiers.setChecked(False)  # the letter is written, nothing kept
    screen.write_button.click()
    assert screen.step == "edit"
    screen.sent_button.click()
    screen.how_buttons[0].click()
    screen.sent_day.setText("26/11/2026")
    screen.keep_button.click()
    assert screen.message.text() == sentence
    assert not screen.done_text.isVisibleTo(screen)
    # Hours: an entry removed, the weekly number saved.
    window.open_record("hours", ids["hours"])
    screen = window.current
    assert screen.selected() is not None and screen.selected().id == ids["hours"]
    screen.ask_remove()
    screen.remove()
    assert screen.message.text() == removing
    assert not screen.undo_button.isVisibleTo(screen)
    screen.target_edit.setText("15")
    screen.target_button.click()
    assert screen.target_message.text() == sentence
    # A new appointment.
    window.open_record("appointment", None)
    screen = window.current
    screen.title_edit.setText("Atelier CV")
    screen.day_edit.setText("02/12/2026")
    screen.time_edit.setText("14:00")
    screen.save_form()
    assert screen.form_message.text() == sentence
    # The journal: a new entry.
    window.show_screen("journal")
    screen = window.current
    screen.start_write()
    screen.said_edit.setPlainText("Appel à la CAF")
    screen.save()
    assert screen.form_message.text() == sentence
    # Directory: a new organisation.
    window.show_screen("directory")
    screen = window.current
    screen.add_org_button.click()
    screen.org_name.setText("Mission locale")
    screen.org_save.click()
    assert screen.org_message.text() == sentence
    # I received a letter: the steps saved.
    window.show_screen("received_letter")
    screen = window.current
    _answer(screen, qtbot, "france_travail", "sanction_notice", "25/11/2026", "20/11/2026")
    while screen.step != "summary":
        screen.next_button.click()
    screen.save_button.click()
    assert screen.step == "summary" and screen.message.text() == sentence
    assert screen.message.isVisibleTo(screen)


def test_a_look_only_help_session_is_said_on_every_write(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    ids = _fill_carnet(folder)
    window, _ = open_on(make_window, qtbot, folder, "today")
    _start(window, qtbot, HelperRights.LOOK, 30)
    _sentence_on_every_write(window, qtbot, ids, LOOK, REMOVE)


def _run(*cmd: str) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=30)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a small tmpfs (./test runs as root in CI)")
    mount = tmp_path / "stick"
    mount.mkdir()
    done = _run("mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(mount))
    if done.returncode != 0:
        pytest.fail(f"running as root but cannot mount a tmpfs: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        if _run("umount", str(mount)).returncode != 0:
            _run("umount", "-l", str(mount))


def _fill_disk(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for chunk in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * chunk)
    finally:
        os.close(fd)


def test_a_full_disk_is_said_on_every_write(make_window, qtbot, small_disk):
    folder = small_disk / "carnet"
    ids = _fill_carnet(folder)
    window, _ = open_on(make_window, qtbot, folder, "today")
    # Opening wrote (the last opening); then the write-ahead log is emptied so that the next
    # write needs room that the full disk no longer has.
    window.session.carnet.query("PRAGMA wal_checkpoint(TRUNCATE)")
    _fill_disk(small_disk / "filler")
    _sentence_on_every_write(window, qtbot, ids, FULL, FULL)


def test_a_record_removed_meanwhile_is_said_once(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    ids = _fill_carnet(folder)
    window, _ = open_on(make_window, qtbot, folder, "today")
    window.open_record("documents", ids["other"])
    screen = window.current
    screen.edit_button.click()
    screen.edit_title.setText("Attestation de la CAF")
    remove_document(window.session.carnet, ids["other"])  # meanwhile, from another screen
    screen.save_edit()
    assert screen.edit_message.text() == gone_text() == "This is no longer in your carnet."
