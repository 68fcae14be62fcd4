"""Write a letter: the models offered by the letter path, filled from the carnet (name, kept
identifiers, dates, lines of the journal), edited in large type, printed through the paper
dialog, kept in the journal with the day it was sent and how; bad input said calmly."""

from __future__ import annotations

import io
import re
from datetime import date

import pypdf

from app.content.packs import packs
from app.domain.journal import ExchangeKind, JournalDraft
from app.records import journal_entries, write_journal_entry
from app.records.letter_identity import letter_identifiers
from ui import printing

from .records_window import NOW, new_carnet, open_on


def _text_of(sheet) -> str:
    reader = pypdf.PdfReader(io.BytesIO(printing.sheet_pdf(sheet)))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


def test_from_the_letter_path_to_the_journal(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    write_journal_entry(carnet, JournalDraft(ExchangeKind.CALL, "Appel au 39 49 : absence notée.",
                                             happened_on=date(2026, 11, 18)))  # fmt: skip
    carnet.lock()
    window, screen = open_on(make_window, qtbot, folder, "today")
    window.open_record("letters", {"templates": ["letter.observations", "letter.hearing"],
                                   "organisation": "France Travail", "letter_date": "2026-11-20",
                                   "received_on": "2026-11-25"})  # fmt: skip
    screen = window.current
    assert screen.key == "letters" and screen.step == "choose"
    assert screen.template_titles() == ["Mes explications (dans les 10 jours)",
                                        "Demander à être entendu"]  # fmt: skip
    screen.choose_button.click()
    assert screen.step == "fill"
    assert screen.name_edit.text() == "Léa"  # the name given when the carnet was created
    assert screen.organisation_edit.text() == "France Travail"
    assert screen.letter_date_edit.text() == "20/11/2026"
    assert screen.received_edit.text() == "25/11/2026"
    assert not screen.fields["appointment_date"].isVisibleTo(screen)
    screen.identifiers_edit.setPlainText("Identifiant France Travail : 1234567A")
    screen.keep_identifiers.setChecked(True)
    screen.reason_edit.setPlainText("J’étais à l’hôpital ce jour-là.")
    assert screen.journal_model.rowCount() == 1
    from PySide6.QtCore import Qt

    screen.journal_model.item(0).setCheckState(Qt.CheckState.Checked)
    screen.write_button.click()
    assert screen.step == "edit"
    letter = screen.letter_edit.toPlainText()
    assert letter.startswith("Léa\nIdentifiant France Travail : 1234567A\n")
    # The 10 days run from the letter's date (service-public F1638): the letter says both dates.
    assert "Votre lettre du 20 novembre 2026 annonce une sanction envisagée." in letter
    assert "Je l’ai reçue le 25 novembre 2026." in letter
    assert "- 18 novembre 2026 : Appel au 39 49 : absence notée." in letter
    assert letter_identifiers(window.session.carnet) == "Identifiant France Travail : 1234567A"
    assert screen.letter_edit.font().pointSizeF() > screen.reason_edit.font().pointSizeF()
    # Changed by hand, then printed: the sheet says what the box says.
    screen.letter_edit.setPlainText(letter.replace("hôpital", "hôpital Nord"))
    assert window.print_button.isVisibleTo(window)
    [choice] = screen.sheets()
    assert "hôpital Nord" in _text_of(choice.build())
    screen.print_button.click()
    assert screen.paper is not None and screen.paper.isVisible()
    screen.paper.reject()
    # Sent: when and how.
    screen.sent_button.click()
    assert screen.step == "sent" and screen.sent_day.text() == "27/11/2026"
    screen.keep_button.click()
    assert screen.message.text() == "Choose how you sent it."
    screen.how_buttons[0].click()
    screen.sent_day.setText("28/11/2026")
    screen.keep_button.click()
    assert screen.message.text() == "This day has not come yet. Write the day you sent it."
    screen.sent_day.setText("26/11/2026")
    screen.keep_button.click()
    assert screen.done_text.isVisibleTo(screen)
    entry = journal_entries(window.session.carnet)[0]
    assert entry.draft.kind is ExchangeKind.LETTER
    assert entry.draft.happened_on == date(2026, 11, 26)
    assert entry.draft.with_whom == "France Travail"
    assert entry.draft.summary.startswith(
        "Letter sent on 26 November 2026 (Registered post): "
        "Mes observations sur votre lettre du 20 novembre 2026"
    )
    assert "hôpital Nord" in entry.draft.summary


def test_an_impossible_date_is_refused_and_nothing_written(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "today")
    window.open_record("letters", {"template": "letter.absence"})
    screen = window.current
    assert screen.step == "fill" and screen.fields["appointment_date"].isVisibleTo(screen)
    screen.appointment_edit.setText("31/02/2026")
    screen.write_button.click()
    assert screen.step == "fill"
    assert screen.message.text() == "This date does not exist. Check the day and the month."
    screen.appointment_edit.setText("24/11/2026")
    screen.write_button.click()
    assert "Je n’ai pas pu venir au rendez-vous du 24 novembre 2026." in (
        screen.letter_edit.toPlainText()
    )
    assert journal_entries(window.session.carnet) == []


def test_the_guide_offers_its_letters(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, guides = open_on(make_window, qtbot, folder, "guides")
    window.open_record("guides", {"guide": "guide.contester_mdph"})
    assert guides.letter_button.isVisibleTo(guides)
    guides.letter_button.click()
    screen = window.current
    assert screen.key == "letters" and screen.step == "fill"
    assert screen.template.id == "letter.rapo_mdph"


def test_unknown_models_show_them_all(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "today")
    for payload in (None, {"templates": ["letter.absent"]}, {"template": 3}):
        window.open_record("letters", payload)
        screen = window.current
        shipped = len(packs().letters_in_order())
        assert screen.step == "choose" and len(screen.template_titles()) == shipped >= 9
    assert NOW.date() == date(2026, 11, 27)
