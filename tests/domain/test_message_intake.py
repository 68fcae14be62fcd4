"""Saving what a message or a letter said: the letter with its text (migration step 11, found
by search, gone with its document), and an appointment with its message sealed in the
journal, all or nothing."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app import records
from app.carnet import Carnet
from app.demo_files import tiny_png
from app.domain import HOME_ZONE, Appointment, InvalidRecord
from app.domain.appointments import Source
from app.domain.journal import ExchangeKind, JournalDraft
from app.records import LetterReading
from app.records.document_repo import Target

READING = LetterReading("Vous êtes convoquée le 3 décembre à l'agence Bellevue.", 1, 1, 93.4)


def _counts(carnet: Carnet) -> dict[str, int]:
    tables = ("appointment", "journal", "document", "document_text", "document_link")
    return {t: carnet.query(f"SELECT count(*) FROM {t}")[0][0] for t in tables}


def test_a_letter_and_its_text_are_kept_together_and_found(carnet: Carnet) -> None:
    kept = records.keep_letter(
        carnet, tiny_png(3), title="Courrier", received_on=date(2026, 3, 19), reading=READING
    )
    doc_id = kept.document.id
    assert doc_id is not None and not kept.already_present
    text = records.document_text(carnet, doc_id)
    assert text is not None
    assert (text.text, text.pages_read, text.pages_total, text.confidence) == (
        READING.text, 1, 1, 93,
    )  # fmt: skip
    hits = records.search(carnet, "bellevue")
    assert [(h.kind, h.id) for h in hits] == [("document", doc_id)]

    again = LetterReading("Rendez-vous le 4 décembre, agence Montreynaud.", 1, 1, 80)
    records.keep_document_text(carnet, doc_id, again)  # read again: replaces the first reading
    assert records.search(carnet, "bellevue") == []
    assert [h.id for h in records.search(carnet, "montreynaud")] == [doc_id]

    records.remove_document(carnet, doc_id)
    assert records.document_text(carnet, doc_id) is None
    assert records.search(carnet, "montreynaud") == []


def test_a_letter_text_that_cannot_be_kept_leaves_nothing(carnet: Carnet) -> None:
    before = _counts(carnet)
    with pytest.raises(InvalidRecord):
        records.keep_letter(
            carnet,
            tiny_png(4),
            title="Courrier",
            received_on=None,
            reading=LetterReading("x" * 200_001, 10, 40, 90),
        )
    assert _counts(carnet) == before  # not the letter without its text either


def _appointment() -> Appointment:
    return Appointment(
        title="Rendez-vous – France Travail",
        starts_at=datetime(2026, 3, 26, 14, 30, tzinfo=HOME_ZONE),
        place="12 rue de la République",
        to_bring=("CV",),
        mandatory=True,
        source=Source.SMS,
    )


def test_an_appointment_is_saved_with_its_message_in_the_journal(carnet: Carnet) -> None:
    message = "RDV France Travail le 26/03 a 14h30, 12 rue de la Republique. Apportez votre CV."
    saved = records.save_message_appointment(
        carnet,
        _appointment(),
        journal=JournalDraft(ExchangeKind.OTHER, message, with_whom="France Travail",
                             happened_on=date(2026, 3, 20)),
    )  # fmt: skip
    assert saved.id is not None
    assert records.get_appointment(carnet, saved.id).place == "12 rue de la République"
    entries = records.journal_entries(carnet)
    assert [e.draft.summary for e in entries] == [message]
    assert records.verify_journal(carnet).ok


def test_a_letter_goes_with_its_appointment_and_its_journal_entry(carnet: Carnet) -> None:
    kept = records.keep_letter(carnet, tiny_png(5), title="Convocation", received_on=None,
                               reading=READING)  # fmt: skip
    doc_id = kept.document.id
    assert doc_id is not None
    saved = records.save_message_appointment(
        carnet,
        _appointment(),
        journal=JournalDraft(ExchangeKind.LETTER, "Courrier reçu : Convocation."),
        document_id=doc_id,
    )
    assert saved.id is not None
    assert records.documents_for(carnet, Target.APPOINTMENT, saved.id)[0].id == doc_id
    seq = records.journal_entries(carnet)[0].seq
    assert [d.id for d in records.journal_documents(carnet, seq)] == [doc_id]


def test_nothing_is_saved_when_a_part_is_refused(carnet: Carnet) -> None:
    before = _counts(carnet)
    with pytest.raises(InvalidRecord):  # a letter that is not in the carnet
        records.save_message_appointment(
            carnet,
            _appointment(),
            journal=JournalDraft(ExchangeKind.LETTER, "Courrier reçu."),
            document_id=999,
        )
    with pytest.raises(InvalidRecord):  # an empty journal summary: not even the appointment
        records.save_message_appointment(
            carnet, _appointment(), journal=JournalDraft(ExchangeKind.OTHER, "  ")
        )
    assert _counts(carnet) == before


def test_a_new_letter_is_stored_with_the_appointment_in_one_go(carnet: Carnet) -> None:
    letter = records.NewLetter(tiny_png(6), "Convocation", date(2026, 3, 19), READING)
    saved = records.save_message_appointment(
        carnet,
        _appointment(),
        journal=JournalDraft(ExchangeKind.LETTER, "Courrier reçu : Convocation."),
        letter=letter,
    )
    assert saved.id is not None
    (doc,) = records.documents_for(carnet, Target.APPOINTMENT, saved.id)
    assert doc.received_on == date(2026, 3, 19)
    assert doc.id is not None
    stored = records.document_text(carnet, doc.id)
    assert stored is not None and stored.text == READING.text

    before = _counts(carnet)
    with pytest.raises(InvalidRecord):  # the appointment refused: the letter is not kept alone
        records.save_message_appointment(
            carnet,
            Appointment(title="", starts_at=_appointment().starts_at),
            journal=JournalDraft(ExchangeKind.LETTER, "Courrier reçu."),
            letter=records.NewLetter(tiny_png(7), "Autre", None, READING),
        )
    assert _counts(carnet) == before
