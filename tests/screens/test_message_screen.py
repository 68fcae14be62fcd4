"""The `message` screen on a real carnet: a pasted message becomes a proposal, line by line,
each line editable and read aloud; nothing is saved without "Yes"; the saved appointment is in
the agenda and the message in the journal. Bad input (no text, 100 kB, no date, two dates,
English, Arabic) gets a clear sentence. A photo of a letter is read by the real Tesseract off
the GUI thread and understood; a blurred one and a locked PDF are said plainly; a missing
engine is "not available"."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from ocr.letters import SANCTION_NOTICE, blurred_png, encrypted_pdf, letter_png, pdf_pages

from app.domain import HOME_ZONE
from app.records import (
    attachments_of,
    document_text,
    import_document,
    journal_entries,
    list_appointments,
    list_documents,
)

from .records_window import new_carnet, open_on
from .test_records_layout import check

SMS = (
    "France Travail : RDV le mardi 1er décembre à 14h30 avec votre conseiller, agence de "
    "Saint-Étienne Centre, 12 rue de la République. Apportez votre CV et une pièce d'identité. "
    "Présence obligatoire."
)


def _counts(carnet) -> tuple[int, int, int]:
    return tuple(
        carnet.query(f"SELECT count(*) FROM {t}")[0][0]
        for t in ("appointment", "journal", "document")
    )


@pytest.fixture
def message_screen(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "message")
    return window, screen


def _understand(screen, text: str) -> None:
    screen.text_edit.setPlainText(text)
    screen.understand_button.click()


def test_a_pasted_sms_is_proposed_line_by_line_and_saved_only_on_yes(message_screen, qtbot):
    window, screen = message_screen
    carnet = window.session.carnet
    assert screen.received_edit.text() == "27/11/2026"  # today by default
    _understand(screen, SMS)
    assert screen.card.isVisibleTo(screen)
    assert screen.day_edit.text() == "01/12/2026"
    assert screen.time_edit.text() == "14:30"
    assert "12 rue de la République" in screen.place_edit.text()
    assert screen.title_edit.text() == "Appointment with France Travail"
    assert [line.lower() for line in screen.bring_editor.lines()] == [
        "cv",
        "pièce d'identité",
    ]
    assert screen.mandatory_box.isChecked()
    read = " ".join(p.text for p in screen.proposal_parts())
    assert "Tuesday 1 December 2026" in read and "14:30" in read and "CV" in read
    assert "Nothing is saved until you say yes" in read

    screen.discard_button.click()  # "No": nothing saved, the text stays to correct
    assert _counts(carnet) == (0, 0, 0)
    assert screen.input_message.text() == "Nothing was saved."
    assert screen.text_edit.toPlainText() == SMS

    _understand(screen, SMS)
    screen.time_edit.setText("15 h")  # the person corrects a line
    screen.save_button.click()
    assert _counts(carnet) == (1, 1, 0)
    (appt,) = list_appointments(
        carnet,
        datetime(2026, 12, 1, tzinfo=HOME_ZONE),
        datetime(2026, 12, 2, tzinfo=HOME_ZONE),
    )
    assert appt.starts_at == datetime(2026, 12, 1, 15, 0, tzinfo=HOME_ZONE)
    assert appt.mandatory and appt.to_bring == ("CV", "pièce d'identité")
    assert journal_entries(carnet)[0].draft.summary == SMS  # the original text, kept
    assert screen.text_edit.toPlainText() == ""  # the screen forgets it once saved
    screen.open_saved_button.click()
    assert window.current.key == "appointment"
    window.show_screen("agenda")
    agenda = window.current
    rows = [agenda.model.index(r, 0).data() for r in range(agenda.model.rowCount())]
    assert any("France Travail" in (row or "") for row in rows)


def test_two_dates_ask_which_one_before_saving(message_screen):
    window, screen = message_screen
    _understand(
        screen,
        "Mission locale : atelier CV le 3 décembre à 9h ou le 10 décembre à 14h, "
        "au 5 place Jean Jaurès. Répondez pour choisir.",
    )
    warnings = " ".join(w.text() for w in screen.warning_labels)
    assert "more than one date" in warnings
    # The question names both days (issue 21), and is read aloud with the proposal.
    asked = "Is the appointment on Thursday 3 December 2026 or Thursday 10 December 2026?"
    assert asked in warnings
    assert any(asked in p.text for p in screen.proposal_parts())
    assert screen.choice_box.isVisibleTo(screen)
    assert len(screen.choice_buttons) == 2
    assert screen.day_edit.text() == ""  # nothing chosen for the person
    screen.save_button.click()
    assert "Choose the date" in screen.f["day"].message.text()
    assert _counts(window.session.carnet) == (0, 0, 0)
    screen.choice_buttons[1][0].setChecked(True)
    assert screen.day_edit.text() == "10/12/2026"


DOUBTS = [
    ("Your appointment is on Monday at 10am at the job centre.", "not seem to be in French"),
    ("موعدك مع المستشار يوم الاثنين", "not seem to be in French"),
    ("RDV CAF le 12/11/2026 à 10h, 3 avenue Loubet.", "already past"),
]


def test_doubts_and_bad_input_are_said_in_plain_words(message_screen):
    window, screen = message_screen
    for text, expected in DOUBTS:  # one window for all: a window costs seconds to open
        _understand(screen, text)
        assert screen.card.isVisibleTo(screen), text
        assert expected in " ".join(w.text() for w in screen.warning_labels), text
    # No appointment in it: no form to fill, unless the person says there is one.
    _understand(screen, "Bonjour, merci de rappeler votre conseillère.")
    assert not screen.appointment_box.isVisibleTo(screen)
    assert screen.warning_labels == []
    assert "no appointment" in screen.kind_text.text()
    screen.show_appointment_button.click()
    assert screen.appointment_box.isVisibleTo(screen)
    assert "found no date" in " ".join(w.text() for w in screen.warning_labels)
    screen.save_button.click()
    assert "fill this in" in screen.f["day"].message.text()
    _understand(screen, "   ")
    assert "Paste a message first" in screen.text_field.message.text()
    assert not screen.card.isVisibleTo(screen)
    _understand(screen, "Rendez-vous le 3 décembre à 9h. " * 3300)  # ~100 kB
    assert "too long" in screen.text_field.message.text()
    assert not screen.card.isVisibleTo(screen)
    screen.text_edit.setPlainText(SMS)
    screen.received_edit.setText("30/11/2026")  # still to come
    screen.understand_button.click()
    assert "not come yet" in screen.received_field.message.text()
    assert not screen.card.isVisibleTo(screen)
    assert _counts(window.session.carnet) == (0, 0, 0)


def _choose(qtbot, screen, path: Path) -> None:
    screen.choose_button.click()
    dialog = screen.dialog
    assert dialog is not None
    dialog.selectFile(str(path))
    dialog.accept()
    qtbot.waitUntil(lambda: screen.dialog is None, timeout=5000)


def test_a_photo_of_a_letter_is_read_understood_and_kept_with_its_text(
    message_screen, qtbot, tmp_path
):
    window, screen = message_screen
    carnet = window.session.carnet
    photo = tmp_path / "convocation_France_Travail.png"
    photo.write_bytes(letter_png())
    _choose(qtbot, screen, photo)
    assert screen.busy and screen.cancel_button.isVisibleTo(screen)  # a visible wait
    assert "Reading" in screen.ocr_status.text()
    qtbot.waitUntil(lambda: not screen.busy, timeout=60000)
    assert "Saint-Étienne" in screen.text_edit.toPlainText()
    assert screen.card.isVisibleTo(screen)
    assert screen.day_edit.text() == "03/12/2026"
    assert screen.time_edit.text() == "14:30"
    assert _counts(carnet) == (0, 0, 0)  # read, understood, not saved
    screen.save_button.click()
    assert _counts(carnet) == (1, 1, 1)
    (doc,) = list_documents(carnet)
    assert doc.title == "convocation France Travail"
    kept = document_text(carnet, doc.id)
    assert kept is not None and "14h30" in kept.text
    assert len(attachments_of(carnet, doc.id)) == 2  # the appointment and the journal entry


def test_a_blurred_photo_and_a_locked_pdf_are_said_plainly(message_screen, qtbot, tmp_path):
    window, screen = message_screen
    blurred = tmp_path / "flou.png"
    blurred.write_bytes(blurred_png())
    _choose(qtbot, screen, blurred)
    qtbot.waitUntil(lambda: not screen.busy, timeout=60000)
    assert "too hard to read" in screen.ocr_message.text()
    assert screen.text_edit.toPlainText() == ""  # no garbage left as if it were the letter
    assert not screen.card.isVisibleTo(screen)
    locked = tmp_path / "verrou.pdf"
    locked.write_bytes(encrypted_pdf(["Vous êtes convoqué le 8 décembre."]))
    _choose(qtbot, screen, locked)
    qtbot.waitUntil(lambda: not screen.busy, timeout=60000)
    assert "locked with a password" in screen.ocr_message.text()
    assert _counts(window.session.carnet) == (0, 0, 0)


def test_a_long_pdf_is_read_in_part_and_says_so(message_screen, qtbot, tmp_path):
    _window, screen = message_screen
    screen.max_pages = 2  # the rule of 10 pages out of 40, made quick: 2 pages out of 5
    pages = ["Vous êtes convoqué le 8 décembre 2026 à 9h30 à la Mission locale."]
    pages += [f"Page {n}." for n in range(2, 6)]
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(pdf_pages(pages))
    _choose(qtbot, screen, pdf)
    qtbot.waitUntil(lambda: not screen.busy, timeout=60000)
    assert "This PDF has 5 pages. Repères read the first 2 pages only." in screen.ocr_message.text()
    assert "Page 2" in screen.text_edit.toPlainText()
    assert "Page 3" not in screen.text_edit.toPlainText()
    warnings = " ".join(w.text() for w in screen.warning_labels)
    assert "read the first 2 pages only" in warnings  # said again next to the proposal
    assert screen.day_edit.text() == "08/12/2026"


def test_a_missing_engine_is_not_available_and_cancel_stops(
    message_screen, qtbot, tmp_path, monkeypatch
):
    _window, screen = message_screen
    photo = tmp_path / "lettre.png"
    photo.write_bytes(letter_png())
    monkeypatch.setenv("REPERES_TESSERACT", str(tmp_path / "no-such-tesseract"))
    _choose(qtbot, screen, photo)
    qtbot.waitUntil(lambda: not screen.busy, timeout=60000)
    assert "not available on this computer" in screen.ocr_message.text()
    monkeypatch.delenv("REPERES_TESSERACT")
    _choose(qtbot, screen, photo)
    assert screen.busy
    screen.cancel_button.click()
    assert not screen.busy
    assert "Reading stopped" in screen.ocr_message.text()
    assert screen.text_edit.toPlainText() == ""


def test_a_letter_from_the_documents_is_read_and_its_deadlines_handed_on(message_screen, qtbot):
    window, screen = message_screen
    carnet = window.session.carnet
    imported = import_document(carnet, letter_png(SANCTION_NOTICE), title="Courrier CAF")
    doc_id = imported.document.id
    opened: list[tuple[str, object]] = []
    screen.open_record.connect(lambda key, payload: opened.append((key, payload)))
    window.open_record("documents", doc_id)  # the letter shown large, then its text read
    documents = window.current
    qtbot.waitUntil(lambda: documents.current is not None, timeout=10000)
    documents.read_text_button.click()
    assert window.current is screen
    qtbot.waitUntil(lambda: not screen.busy and screen.card.isVisibleTo(screen), timeout=60000)
    assert "sanction" in screen.kind_text.text()
    assert "10 days from the date printed on the letter, Monday 16 November" in (
        screen.next_text.text()
    )  # service-public F1638: from the sending, not the arrival
    kept = document_text(carnet, doc_id)
    assert kept is not None and "observations" in kept.text  # kept with the letter
    assert screen.deadlines_button.isVisibleTo(screen)
    screen.deadlines_button.click()
    key, payload = opened[-1]
    assert key == "received_letter"
    assert payload["document_id"] == doc_id
    assert payload["kind"] == "sanction_notice"
    assert payload["letter_date"] == "2026-11-16"
    assert payload["received_on"] == "2026-11-27"
    assert window.current.key == "received_letter"  # its questions come pre-filled
    assert window.current.document_id == doc_id


def _passes(window, qtbot, label: str, zoom: int) -> bool:
    try:
        check(window, qtbot, label, zoom)
    except AssertionError:
        return False
    return True


def _check(window, qtbot, label: str, zoom: int) -> None:
    """The records screens' check, once the layout has settled: a scroll bar that comes or
    goes, or a row of buttons that wraps, lays the card out again a moment later. A layout
    that never settles still fails, with the check's own message."""
    try:
        qtbot.waitUntil(lambda: _passes(window, qtbot, label, zoom), timeout=10000)
    except qtbot.TimeoutError:
        check(window, qtbot, label, zoom)


@pytest.fixture
def language(request, qapp):
    """English source strings, or French installed as the application does (longer words)."""
    from PySide6.QtCore import QLocale

    from ui.application import install_translations

    if request.param == "en":
        yield "en"
        return
    locale = QLocale()
    translators = install_translations(qapp, "fr")
    yield "fr"
    for t in translators:
        qapp.removeTranslator(t)
        t.deleteLater()
    QLocale.setDefault(locale)


@pytest.mark.parametrize(("zoom", "language"), [(200, "fr"), (100, "en")], indirect=["language"])
def test_every_state_fits_names_its_controls_and_tabs_round(
    make_window, qtbot, places, zoom, language
):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "message", zoom=zoom)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    _check(window, qtbot, f"message, empty, {language}", zoom)
    _understand(screen, "Atelier CV le 3 décembre à 9h ou le 10 décembre à 14h, 5 place Jaurès.")
    _check(window, qtbot, f"message, two dates, {language}", zoom)
    _understand(screen, SANCTION_NOTICE)
    assert screen.deadlines_button.isVisibleTo(screen)
    _check(window, qtbot, f"message, a notice, {language}", zoom)


def test_the_message_date_counts_and_the_screen_says_which_day(message_screen):
    """Issue 21: "demain" in an e-mail sent on the 23rd is the 24th, whatever day it is
    pasted; the screen says which day it counted from, and reads it aloud."""
    _window, screen = message_screen  # today is 27/11/2026
    _understand(
        screen,
        "De : Mission Locale <contact@ml-exemple.fr>\nEnvoyé : lundi 23 novembre 2026 10:12\n"
        "Objet : Atelier\n\nBonjour, l'atelier CV a lieu demain à 9h30, 3 rue du Port.",
    )
    assert screen.day_edit.text() == "24/11/2026"
    assert screen.reference_text.isVisibleTo(screen)
    said = screen.reference_text.text()
    assert "the e-mail was sent" in said and "23 November 2026" in said
    assert said in [p.text for p in screen.proposal_parts()]

    _understand(screen, "RDV demain à 9h à l'agence France Travail de Bourg.")
    assert screen.day_edit.text() == "28/11/2026"
    assert "the day you received it" in screen.reference_text.text()
    assert "27 November 2026" in screen.reference_text.text()

    # "demain" with no date of the message: the day is asked, never silently guessed.
    warnings = " ".join(w.text() for w in screen.warning_labels)
    assert "Is the appointment on Saturday 28 November 2026?" in warnings


def test_a_reschedule_names_the_replaced_appointment(message_screen):
    _window, screen = message_screen  # today is 27/11/2026
    _understand(
        screen,
        "Votre rendez-vous du 8 décembre à 14h30 est avancé au 4 décembre à la même heure, "
        "agence France Travail de Bourg.",
    )
    assert (screen.day_edit.text(), screen.time_edit.text()) == ("04/12/2026", "14:30")
    said = screen.cancelled_text.text()
    assert "Former appointment" in said and "8 December 2026" in said
    assert said in [p.text for p in screen.proposal_parts()]


def test_a_sanction_letter_makes_what_to_do_the_blue_button(message_screen, qtbot):
    """Issue 16: a sanction notice offered to save a past-dated appointment first; the way to
    what to do and by when was a grey button."""
    _window, screen = message_screen
    _understand(screen, SANCTION_NOTICE)
    qtbot.waitUntil(lambda: not screen.busy and screen.card.isVisibleTo(screen), timeout=60000)
    assert screen.deadlines_button.isVisibleTo(screen)
    assert screen.deadlines_button.property("primary") is True
    assert screen.deadlines_button.autoDefault()
    assert not screen.save_button.isVisibleTo(screen)  # the appointment is one click away
    assert screen.show_appointment_button.isVisibleTo(screen)
    screen.show_appointment_button.click()
    assert screen.save_button.isVisibleTo(screen)
    assert screen.deadlines_button.property("primary") is False  # one blue button at a time
