"""Documents in the carnet, and the bad input of the issue: each refused with a clear Problem
code, the carnet unchanged (every table holds the same rows as before)."""

from __future__ import annotations

import io
import os
import zlib
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app import records
from app.carnet import Carnet
from app.demo_files import tiny_pdf, tiny_png
from app.domain import HOME_ZONE, Appointment, InvalidRecord, Organisation
from app.domain.contacts import Contact
from app.domain.documents import MAX_BYTES, MediaType, pdf_page_count, sniff
from app.domain.hours import Activity, ActivityKind
from app.domain.journal import ExchangeKind, JournalDraft

from .conftest import PASSPHRASE, StepClock

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64


def test_photos_and_pdfs_go_in_and_come_back_byte_for_byte(
    carnet: Carnet, clock: StepClock
) -> None:
    png, pdf = tiny_png(1), tiny_pdf(["Courrier CAF", "Objet : votre RSA"], pages=2)
    a = records.import_document(carnet, png, title="Reçu 🧾", received_on=date(2026, 3, 18))
    b = records.import_document(carnet, io.BytesIO(pdf), title="Courrier CAF")
    c = records.import_document(carnet, JPEG, title="Photo")
    assert (a.document.media_type, b.document.media_type, c.document.media_type) == (
        MediaType.PNG,
        MediaType.PDF,
        MediaType.JPEG,
    )
    assert b.document.pages == 2 and a.document.pages is None
    assert a.document.added_at == clock.now and a.document.received_on == date(2026, 3, 18)
    assert records.document_content(carnet, a.document.id) == png
    assert records.document_content(carnet, b.document.id) == pdf
    again = records.import_document(carnet, png, title="Le même")
    assert again.already_present and again.document.id == a.document.id
    assert [d.id for d in records.list_documents(carnet)] == [
        c.document.id,
        b.document.id,
        a.document.id,
    ]
    renamed = records.update_document(
        carnet,
        a.document.__class__(
            "Reçu de la pharmacie", a.document.media_type, 0, "", id=a.document.id
        ),
    )
    assert renamed.title == "Reçu de la pharmacie" and renamed.size == len(png)
    assert records.document_content(carnet, a.document.id) == png
    # The bytes are inside the encrypted database only.
    carnet.lock()
    raw = b"".join(p.read_bytes() for p in carnet.folder.iterdir() if p.is_file())
    assert b"Courrier CAF" not in raw and png[16:40] not in raw


def test_a_file_picked_on_disk(carnet: Carnet, tmp_path: Path) -> None:
    path = tmp_path / "Convocation_France_Travail.pdf"
    path.write_bytes(tiny_pdf(["Convocation"]))
    found = records.import_document_file(carnet, path)
    assert found.document.title == "Convocation France Travail"
    with pytest.raises(InvalidRecord) as caught:
        records.import_document_file(carnet, tmp_path / "absent.pdf")
    assert caught.value.problems[0].code == "unreadable_file"


def test_attach_to_records(carnet: Carnet) -> None:
    start = datetime(2026, 4, 2, 10, tzinfo=HOME_ZONE)
    appt = records.add_appointment(carnet, Appointment("France Travail", start))
    act = records.record_activity(carnet, Activity(date(2026, 3, 19), 60, ActivityKind.TRAINING))
    occ = records.add_custom_obligation(carnet, "Envoyer", date(2026, 3, 20), date(2026, 3, 30))
    doc = records.import_document(
        carnet, tiny_png(2), title="Preuve", attach_to=(records.Target.APPOINTMENT, appt.id)
    ).document
    assert records.attach_document(carnet, doc.id, records.Target.ACTIVITY, act.id)
    assert not records.attach_document(carnet, doc.id, records.Target.ACTIVITY, act.id)  # twice
    assert records.attach_document(carnet, doc.id, records.Target.OCCURRENCE, occ.id)
    assert records.attachments_of(carnet, doc.id) == [
        (records.Target.APPOINTMENT, appt.id),
        (records.Target.ACTIVITY, act.id),
        (records.Target.OCCURRENCE, occ.id),
    ]
    assert [d.id for d in records.documents_for(carnet, records.Target.OCCURRENCE, occ.id)] == [
        doc.id
    ]
    with pytest.raises(InvalidRecord) as caught:
        records.attach_document(carnet, doc.id, records.Target.APPOINTMENT, 999)
    assert caught.value.problems[0].code == "not_found"
    with pytest.raises(InvalidRecord) as caught:
        records.attach_document(carnet, doc.id, records.Target.JOURNAL, 1)
    assert caught.value.problems[0].code == "journal_is_sealed"
    assert records.detach_document(carnet, doc.id, records.Target.ACTIVITY, act.id)
    records.remove_activity(carnet, act.id)
    records.remove_document(carnet, doc.id)  # not sealed: it goes, with its links
    assert records.documents_for(carnet, records.Target.APPOINTMENT, appt.id) == []


def test_page_counting_sees_compressed_object_streams() -> None:
    """PDF 1.5+ may keep page objects inside compressed object streams: still counted."""
    objects = b"3 0 4 60 << /Type /Page /Parent 2 0 R >> << /Type /Page /Parent 2 0 R >>"
    stream = zlib.compress(objects)
    pdf = (
        b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"5 0 obj << /Type /ObjStm /N 2 /First 8 /Filter /FlateDecode /Length "
        + str(len(stream)).encode()
        + b" >>\nstream\n"
        + stream
        + b"\nendstream\nendobj\n%%EOF"
    )
    assert b"/Type /Page " not in pdf
    assert pdf_page_count(pdf) == 2
    assert pdf_page_count(tiny_pdf(["x"], pages=0)) == 0
    assert pdf_page_count(b"%PDF-1.4\n/Encrypt 5 0 R\n%%EOF") is None  # cannot see: kept
    assert sniff(b"  \n%PDF-1.4") is MediaType.PDF and sniff(b"GIF89a") is None


# -- bad input: a clear code, and the carnet exactly as it was ------------------------------------
@pytest.fixture
def lived_in(carnet: Carnet, clock: StepClock) -> Carnet:
    """A carnet holding one of everything, so 'unchanged' means something."""
    org = records.add_organisation(carnet, Organisation("CAF"))
    records.add_contact(carnet, Contact("Accueil", organisation_id=org.id))
    start = datetime(2026, 3, 24, 14, tzinfo=HOME_ZONE)
    records.add_appointment(carnet, Appointment("RDV CAF", start, start + timedelta(hours=1)))
    records.record_activity(carnet, Activity(date(2026, 3, 19), 20 * 60, ActivityKind.IMMERSION))
    doc = records.import_document(carnet, tiny_pdf(["Décision"]), title="Décision").document
    records.write_journal_entry(
        carnet, JournalDraft(ExchangeKind.DECISION, "Décision reçue"), document_ids=[doc.id]
    )
    records.add_custom_obligation(carnet, "Envoyer", date(2026, 3, 20), date(2026, 3, 30))
    return carnet


def _big_file(tmp_path: Path, size: int, head: bytes) -> Path:
    """A sparse file: `size` bytes long, a few kilobytes on disk, never kept in the repository."""
    path = tmp_path / "gros.pdf"
    with path.open("wb") as f:
        f.write(head)
        f.truncate(size)
    return path


def _cases(tmp_path: Path) -> dict[str, tuple[Callable[[Carnet], object], str]]:
    long_pdf = tiny_pdf(["x"]) + b"\0" * (MAX_BYTES - len(tiny_pdf(["x"])) + 1)
    return {
        "31/02 typed": (
            lambda c: records.add_custom_obligation(
                c, "x", records_day("31/02/2026"), date(2026, 3, 1)
            ),
            "impossible_date",
        ),
        "end before start": (
            lambda c: records.add_custom_obligation(c, "x", date(2026, 3, 30), date(2026, 3, 20)),
            "end_before_start",
        ),
        "appointment ends before it starts": (
            lambda c: records.add_appointment(
                c,
                Appointment(
                    "x",
                    datetime(2026, 3, 24, 14, tzinfo=HOME_ZONE),
                    datetime(2026, 3, 24, 13, tzinfo=HOME_ZONE),
                ),
            ),
            "end_before_start",
        ),
        "negative hours": (
            lambda c: records.record_activity(c, Activity(date(2026, 3, 18), -60)),
            "negative_duration",
        ),
        "zero hours": (
            lambda c: records.record_activity(c, Activity(date(2026, 3, 18), 0)),
            "zero_duration",
        ),
        "a 30-hour day": (
            lambda c: records.record_activity(c, Activity(date(2026, 3, 18), 30 * 60)),
            "day_over_24h",
        ),
        "a day past 24 h with the others": (
            lambda c: records.record_activity(c, Activity(date(2026, 3, 19), 5 * 60)),
            "day_over_24h",
        ),
        "very long text": (
            lambda c: records.write_journal_entry(
                c, JournalDraft(ExchangeKind.CALL, "🙂" * 20_001)
            ),
            "too_long",
        ),
        "very long title": (
            lambda c: records.import_document(c, tiny_png(9), title="مرحبا" * 100),
            "too_long",
        ),
        "a 200 MB file": (
            lambda c: records.import_document_file(
                c, _big_file(tmp_path, 200 * 1024 * 1024, b"%PDF-1.4\n")
            ),
            "file_too_large",
        ),
        "25 MB and one byte, in memory": (
            lambda c: records.import_document(c, long_pdf, title="x"),
            "file_too_large",
        ),
        "a 200 MB stream": (
            lambda c: _import_stream(c, _big_file(tmp_path, 200 * 1024 * 1024, b"%PDF")),
            "file_too_large",
        ),
        "not an image or a PDF": (
            lambda c: records.import_document(
                c, b"PK\x03\x04 a zip archive renamed .pdf", title="x"
            ),
            "unsupported_type",
        ),
        "a text file": (
            lambda c: records.import_document(c, b"Bonjour, ceci est du texte", title="x"),
            "unsupported_type",
        ),
        "an empty file": (lambda c: records.import_document(c, b"", title="x"), "empty_file"),
        "a PDF with no pages": (
            lambda c: records.import_document(c, tiny_pdf(["rien"], pages=0), title="x"),
            "pdf_without_pages",
        ),
        "a control character": (
            lambda c: records.add_contact(c, Contact("A\x07B")),
            "invalid_character",
        ),
    }


def _import_stream(carnet: Carnet, path: Path) -> object:
    with path.open("rb") as f:
        return records.import_document(carnet, f, title="x")


def records_day(text: str) -> date:
    from app.domain.days import parse_day

    return parse_day(text, "opens_on")


CASES = [
    "31/02 typed",
    "end before start",
    "appointment ends before it starts",
    "negative hours",
    "zero hours",
    "a 30-hour day",
    "a day past 24 h with the others",
    "very long text",
    "very long title",
    "a 200 MB file",
    "25 MB and one byte, in memory",
    "a 200 MB stream",
    "not an image or a PDF",
    "a text file",
    "an empty file",
    "a PDF with no pages",
    "a control character",
]


@pytest.mark.parametrize("case", CASES)
def test_bad_input_is_refused_and_the_carnet_is_unchanged(
    lived_in: Carnet, tmp_path: Path, case: str
) -> None:
    action, code = _cases(tmp_path)[case]
    before = records.table_counts(lived_in)
    with pytest.raises(InvalidRecord) as caught:
        action(lived_in)
    assert caught.value.problems[0].code == code
    assert records.table_counts(lived_in) == before
    assert records.verify_journal(lived_in).ok


def test_the_200_mb_file_is_never_read_whole(lived_in: Carnet, tmp_path: Path) -> None:
    path = _big_file(tmp_path, 200 * 1024 * 1024, b"%PDF-1.4\n")
    assert os.stat(path).st_blocks * 512 < 1024 * 1024  # sparse: nothing big on the disk
    import tracemalloc

    tracemalloc.start()
    with pytest.raises(InvalidRecord):
        records.import_document_file(lived_in, path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 10 * 1024 * 1024


def test_overlapping_appointments_warn_but_are_saved(lived_in: Carnet) -> None:
    start = datetime(2026, 3, 24, 14, 30, tzinfo=HOME_ZONE)
    clash = Appointment("Médecin", start)
    assert [a.title for a in records.overlaps_for(lived_in, clash)] == ["RDV CAF"]
    records.add_appointment(lived_in, clash)
    assert len(records.list_appointments(lived_in)) == 2


def test_emoji_and_right_to_left_text_survive_lock_and_unlock(carnet: Carnet, clock) -> None:
    text = "Rendez-vous 🙂👍🏽 avec مرحبا بالعالم — שלום ‏(RTL)‏ ok"
    entry = records.write_journal_entry(carnet, JournalDraft(ExchangeKind.VISIT, text, "مريم"))
    act = records.record_activity(carnet, Activity(date(2026, 3, 19), 30, note=text))
    folder = carnet.folder
    carnet.lock()
    with Carnet.unlock(folder, PASSPHRASE, clock=clock) as again:
        assert records.journal_entries(again)[0].draft.summary == text
        assert records.get_activity(again, act.id).note == text
        assert records.verify_journal(again).ok and records.search(again, "مرحبا")
        assert records.journal_history(again, entry.entry_id)[0].hash == entry.hash


def test_every_problem_code_of_the_records_has_words() -> None:
    """Screens translate codes with Qt Linguist; the command line says them from app/messages:
    every code the domain and the operations can raise has a sentence there, in both languages."""
    import re

    from app import messages

    root = Path(__file__).resolve().parents[2] / "app"
    sources = [*root.glob("domain/*.py"), *root.glob("records/*.py")]
    codes = set()
    for path in sources:
        codes |= set(re.findall(r'Problem\(\s*[^,]+,\s*"([a-z0-9_]+)"', path.read_text("utf-8")))
    codes |= {
        "impossible_date",
        "not_a_date",
        "not_a_choice",
        "required",
        "too_long",
        "invalid_character",
        "year_out_of_range",
    }
    assert len(codes) > 25
    for code in sorted(codes):
        assert messages.has(code), code
        assert "{" not in messages.reason(code, 24), code
