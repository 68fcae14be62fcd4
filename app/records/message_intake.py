"""Saving what a message or a letter said, once the person said yes (the `message` screen).

    keep_letter(carnet, data, title=…, received_on=…, reading=…)   the photo or PDF and the
                                                                   text read on it, together
    save_message_appointment(carnet, appt, journal=…, document_id=…)  the appointment, and the
                                                                   message sealed in the journal

Each is one transaction: an appointment is never saved without the message it came from, and a
letter's text never without its letter. Why the journal keeps a pasted message: it is the
append-only, dated record of what was received and when, the proof that counts if an absence
is ever held against the person; a letter's own proof is its document, sealed in the same entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..carnet import Carnet
from ..carnet.connection import Connection
from ..domain.appointments import Appointment, checked_appointment
from ..domain.documents import Document, check_content, checked_document
from ..domain.journal import JournalDraft, checked_draft
from ..domain.validation import InvalidRecord, Problem
from . import appointment_repo, document_repo, document_text_repo
from .agenda import _check_organisation
from .db import Db, RecordNotFound
from .document_repo import Target
from .document_text_repo import DocumentText
from .documents import DocumentImport
from .journal import _append

LETTER_TEXT_MAX = 200_000  # ten pages read by OCR come to ~50 000 signs


@dataclass(frozen=True)
class LetterReading:
    """What the OCR engine read on a letter (app.ocr.OcrResult, without importing it)."""

    text: str
    pages_read: int
    pages_total: int
    confidence: float  # 0..100


@dataclass(frozen=True)
class NewLetter:
    """A photo or PDF the person picked, not yet in the carnet: kept with what it says."""

    data: bytes
    title: str
    received_on: date | None
    reading: LetterReading | None


def _text_row(document_id: int, reading: LetterReading, now: datetime) -> DocumentText:
    if len(reading.text) > LETTER_TEXT_MAX:
        raise InvalidRecord([Problem("text", "too_long", LETTER_TEXT_MAX)])
    if "\x00" in reading.text:
        raise InvalidRecord([Problem("text", "invalid_character")])
    return DocumentText(
        document_id,
        reading.text,
        max(0, reading.pages_read),
        max(reading.pages_read, reading.pages_total),
        round(min(100.0, max(0.0, reading.confidence))),
        now,
    )


def keep_letter(
    carnet: Carnet,
    data: bytes,
    *,
    title: str,
    received_on: date | None,
    reading: LetterReading | None,
    now: datetime | None = None,
) -> DocumentImport:
    """The letter's bytes (stored once, as import_document does) and, when given, its text."""
    now = now or carnet.clock()
    letter = NewLetter(bytes(data), title, received_on, reading)
    checked = _checked_letter(letter, now)
    with carnet.write() as con:
        return _store_letter(con, letter, checked, now)


def _checked_letter(letter: NewLetter, now: datetime) -> Document:
    """Everything about the letter checked before the transaction opens."""
    content = check_content(letter.data)
    doc = checked_document(
        Document(
            letter.title,
            content.media_type,
            content.size,
            content.sha256,
            content.pages,
            letter.received_on,
            added_at=now,
        )
    )
    if letter.reading is not None:
        _text_row(0, letter.reading, now)
    return doc


def _store_letter(
    con: Connection, letter: NewLetter, doc: Document, now: datetime
) -> DocumentImport:
    same = document_repo.by_sha256(con, doc.sha256)
    stored = same[0] if same else document_repo.insert(con, doc, letter.data)
    assert stored.id is not None
    if letter.reading is not None:
        document_text_repo.put(con, _text_row(stored.id, letter.reading, now))
    return DocumentImport(stored, bool(same))


def keep_document_text(
    carnet: Carnet, document_id: int, reading: LetterReading, *, now: datetime | None = None
) -> None:
    """The text read on a document already in the carnet (replaces an earlier reading)."""
    now = now or carnet.clock()
    row = _text_row(document_id, reading, now)
    with carnet.write() as con:
        if document_repo.get(con, document_id) is None:
            raise RecordNotFound(f"document {document_id}")
        document_text_repo.put(con, row)


def document_text(db: Db, document_id: int) -> DocumentText | None:
    return document_text_repo.get(db, document_id)


def save_message_appointment(
    carnet: Carnet,
    appt: Appointment,
    *,
    journal: JournalDraft,
    document_id: int | None = None,
    letter: NewLetter | None = None,
    now: datetime | None = None,
) -> Appointment:
    """The appointment, the journal entry keeping the message, and the letter (one already in
    the carnet, or a new one stored now with its text) attached to both: all or nothing."""
    appt = checked_appointment(appt)
    draft = checked_draft(journal)
    now = now or carnet.clock()
    new_doc = _checked_letter(letter, now) if letter is not None else None
    with carnet.write() as con:
        _check_organisation(con, appt)
        if letter is not None and new_doc is not None:
            document_id = _store_letter(con, letter, new_doc, now).document.id
        if document_id is not None and document_repo.get(con, document_id) is None:
            raise InvalidRecord([Problem("document", "not_found")])
        saved = appointment_repo.insert(con, appt, now)
        assert saved.id is not None
        _append(con, draft, None, 1, [document_id] if document_id is not None else [], now)
        if document_id is not None:
            document_repo.link(con, document_id, Target.APPOINTMENT, saved.id, now)
    return saved
