"""OCR with the real Tesseract and its French data, on letters generated here (tests/ocr/letters):
end to end into the parser, turned and blurred photos, PDFs of 2 and 40 pages, a locked PDF,
a missing engine, cancelling, and no page written to a file on the way."""

from __future__ import annotations

import difflib
import json
import stat
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from app.ocr import MAX_PAGES, OcrError, Quality, engine_status, find_engine, read_document
from app.parsing import parse_message
from helpers import require_tool

from .letters import (
    CONVOCATION,
    blurred_png,
    encrypted_pdf,
    letter_png,
    letter_tiff,
    pdf_pages,
    rotated_png,
    with_text_chunk,
)

RECEIVED = date(2026, 11, 23)


@pytest.fixture(scope="module")
def engine():
    require_tool("tesseract")
    found, status = engine_status()
    assert status == "ok", f"tesseract without French data: {status} (./run installs it)"
    return found


def _similarity(read: str, source: str) -> float:
    return difflib.SequenceMatcher(None, " ".join(read.split()), " ".join(source.split())).ratio()


def test_a_letter_photo_is_read_and_understood_end_to_end(qapp, engine) -> None:
    started = time.monotonic()
    result = read_document(letter_png(), engine=engine)
    seconds = time.monotonic() - started
    similarity = _similarity(result.text, CONVOCATION)
    print(f"\nOCR one page: {seconds:.1f} s, characters alike {similarity:.3f}, "
          f"confidence {result.confidence:.0f}")  # fmt: skip
    assert result.quality is Quality.GOOD
    assert (result.pages_read, result.pages_total) == (1, 1)
    assert similarity > 0.95
    proposal = parse_message(result.text, RECEIVED)
    assert proposal.start is not None
    assert proposal.start.strftime("%Y-%m-%d %H:%M") == "2026-12-03 14:30"
    assert proposal.place is not None and "12 rue de la République" in proposal.place.value.text
    assert proposal.organisation is not None
    assert proposal.organisation.value.kind.value == "france_travail"
    items = " | ".join(f.value for f in proposal.to_bring).lower()
    assert "cv" in items and "pièce d'identité" in items
    assert proposal.mandatory.value is True
    assert not proposal.questions


@pytest.mark.parametrize("degrees", [90, 180])
def test_a_turned_photo_is_read_the_right_way_up(qapp, engine, degrees) -> None:
    result = read_document(rotated_png(degrees=degrees), engine=engine)
    assert result.quality is Quality.GOOD
    proposal = parse_message(result.text, RECEIVED)
    assert proposal.start is not None
    assert proposal.start.strftime("%Y-%m-%d %H:%M") == "2026-12-03 14:30"


def test_a_blurred_photo_is_said_to_be_unreadable(qapp, engine) -> None:
    result = read_document(blurred_png(), engine=engine)
    assert result.quality in (Quality.POOR, Quality.EMPTY), (result.confidence, result.text)
    assert _similarity(result.text, CONVOCATION) < 0.8  # what it read is indeed not the letter


def test_a_blank_page_has_no_text(qapp, engine) -> None:
    result = read_document(letter_png(""), engine=engine)
    assert result.quality is Quality.EMPTY
    assert result.words < 8


def test_a_two_page_pdf_is_read_page_after_page(qapp, engine) -> None:
    pages = [
        "Vous êtes convoqué le 8 décembre 2026 à 9h30 à la Mission locale.",
        "Merci de vous munir de votre carte Vitale et de votre CV.",
    ]
    seen: list[tuple[int, int]] = []
    result = read_document(
        pdf_pages(pages), engine=engine, on_page=lambda p, n: seen.append((p, n))
    )
    assert seen == [(1, 2), (2, 2)]
    assert (result.pages_read, result.pages_total) == (2, 2)
    assert not result.truncated
    assert "8 décembre 2026" in result.text and "carte Vitale" in result.text
    assert result.text.index("8 décembre") < result.text.index("carte Vitale")


def test_a_forty_page_pdf_is_read_up_to_the_limit_and_says_so(qapp, engine) -> None:
    pages = [f"Page {n}." for n in range(1, 41)]
    result = read_document(pdf_pages(pages), engine=engine)
    assert (result.pages_read, result.pages_total) == (MAX_PAGES, 40)
    assert result.truncated
    assert "Page 10" in result.text and "Page 11" not in result.text


def test_a_locked_pdf_is_refused_with_its_own_reason(qapp, engine) -> None:
    with pytest.raises(OcrError) as caught:
        read_document(encrypted_pdf(["Vous êtes convoqué le 8 décembre."]), engine=engine)
    assert caught.value.code == "encrypted_pdf"


def test_broken_and_foreign_files_are_refused(engine) -> None:
    with pytest.raises(OcrError) as caught:
        read_document(b"%PDF-1.7\n garbage without pages", engine=engine)
    assert caught.value.code == "broken_pdf"
    with pytest.raises(OcrError) as caught:
        read_document(b"PK\x03\x04 a zip file", engine=engine)
    assert caught.value.code == "unsupported"


def test_a_missing_engine_is_not_available(tmp_path: Path) -> None:
    assert engine_status(str(tmp_path / "no-tesseract-here")) == (None, "not_available")
    assert find_engine(str(tmp_path / "no-tesseract-here")) is None


def test_an_engine_without_french_data_says_so(tmp_path: Path) -> None:
    fake = tmp_path / "tesseract"  # a real program, answering as Tesseract without French
    fake.write_text(
        "#!/bin/sh\necho 'List of available languages in \"/x/\" (2):'\necho eng\necho osd\n"
    )
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    assert engine_status(str(fake)) == (None, "no_french")


def test_an_engine_that_fails_gives_a_clear_error(tmp_path: Path) -> None:
    fake = tmp_path / "tesseract"
    fake.write_text('#!/bin/sh\nif [ "$1" = --list-langs ]; then echo x; echo fra; exit 0; fi\n'
                    "exit 3\n")  # fmt: skip
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    engine = find_engine(str(fake))
    assert engine is not None
    with pytest.raises(OcrError) as caught:
        read_document(letter_png(""), engine=engine)
    assert caught.value.code == "failed"


def test_cancel_stops_before_and_during_a_page(qapp, engine) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(OcrError) as caught:
        read_document(letter_png(), engine=engine, cancel=cancel)
    assert caught.value.code == "cancelled"

    cancel = threading.Event()
    with pytest.raises(OcrError) as caught:  # cancelled while Tesseract reads page 1
        read_document(
            pdf_pages(["Un.", "Deux.", "Trois."]),
            engine=engine,
            cancel=cancel,
            on_page=lambda page, _of: cancel.set(),
        )
    assert caught.value.code == "cancelled"


def test_no_page_is_written_to_a_file(qapp, engine, tmp_path: Path) -> None:
    """Tesseract traced while it reads: every file it opens for writing is listed."""
    strace = require_tool("strace")
    log = tmp_path / "trace.log"
    wrapper = tmp_path / "tesseract"
    wrapper.write_text(
        f"#!/bin/sh\nexec {strace} -f -qq -e trace=open,openat,creat,rename,renameat2 "
        f'-o {log} {engine.binary} "$@"\n'
    )
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
    traced = find_engine(str(wrapper))
    assert traced is not None
    result = read_document(pdf_pages(["Vous êtes convoqué le 8 décembre 2026."]), engine=traced)
    assert "8 décembre" in result.text
    calls = log.read_text()
    assert "openat(" in calls or "open(" in calls  # the trace did record the reading
    written = [
        line
        for line in calls.splitlines()
        if ("O_WRONLY" in line or "O_RDWR" in line or "creat(" in line or "rename" in line)
        and "/dev/" not in line
    ]
    assert written == []


def test_parse_message_reads_a_photo_of_a_letter_from_the_command_line(
    qapp, engine, tmp_path: Path
) -> None:
    from parsing.test_cli import launch

    photo = tmp_path / "lettre.png"
    photo.write_bytes(letter_png())
    proc = launch(photo, "--received", "2026-11-23", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["start"] == "2026-12-03T14:30:00+01:00"
    assert data["letter"]["kind"] == "convocation"
    assert data["letter"]["letter_date"] == "2026-11-20"
    assert data["ocr"]["pages_read"] == 1 and data["ocr"]["quality"] == "good"
    assert "Saint-Étienne" in data["ocr"]["text"]

    plain = launch(photo, "--received", "2026-11-23")
    assert plain.returncode == 0 and "Texte lu sur la lettre (1 page(s) sur 1)" in plain.stdout


def test_parse_message_says_when_a_letter_cannot_be_read(qapp, tmp_path: Path) -> None:
    from parsing.test_cli import launch

    locked = tmp_path / "verrou.pdf"
    locked.write_bytes(encrypted_pdf(["Vous êtes convoqué le 8 décembre."]))
    proc = launch(locked)
    assert proc.returncode == 13
    assert "mot de passe" in proc.stderr and "Traceback" not in proc.stderr
    blurred = tmp_path / "flou.png"
    blurred.write_bytes(blurred_png())
    proc = launch(blurred, lang="en_GB.UTF-8")
    assert proc.returncode == 13 and "too hard to read" in proc.stderr


def test_a_tiff_scan_and_a_photo_whose_text_says_pdf_are_read(qapp, engine) -> None:
    for data in (letter_tiff(), with_text_chunk(letter_png(), b"exported from %PDF-1.7 file")):
        result = read_document(data, engine=engine)
        assert "3 décembre 2026" in result.text and result.quality is Quality.GOOD


def test_parse_message_reads_a_tiff_scan(qapp, engine, tmp_path: Path) -> None:
    from parsing.test_cli import launch

    scan = tmp_path / "scan.tif"
    scan.write_bytes(letter_tiff())
    proc = launch(scan, "--received", "2026-11-20", "--json")
    assert proc.returncode == 0, proc.stderr[-500:]
    assert json.loads(proc.stdout)["day"]["value"] == "2026-12-03"
