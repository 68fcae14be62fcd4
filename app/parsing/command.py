"""`reperes parse-message FILE [--received YYYY-MM-DD] [--json]`: what Repères read in a message.

For volunteers and tests: --json prints the whole proposal (ISO dates, spans, questions) and
the kind of letter; without it, a few plain sentences in the person's language. FILE may be a
photo (JPEG, PNG) or a PDF of a letter: it is read by OCR first (app/ocr), and the text read is
in the JSON. Nothing is saved. Exit codes: 0 read; 2 for a file that cannot be read, is empty,
is not text, is over 1 MB (25 MB for a photo or PDF), or a bad --received; 13 when the letter
cannot be read (no OCR on this PC, a locked or damaged PDF, a photo too blurred, an image
with too many pixels, a file that needs more memory or time than the budget)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from ..clock import system_clock
from ..domain.documents import MAX_BYTES as MAX_LETTER_BYTES
from ..domain.localtime import HOME_ZONE
from ..domain.organisations import USUAL_ORGANISATIONS, OrganisationKind
from ..limits import InputRefused, read_regular_file
from ..messages import language, say
from ..ocr import OcrError, OcrResult, Quality, engine_status, read_document
from ..ocr.images import IMAGE_MAGICS
from . import Proposal, QuestionKind, ReferenceSource, parse_message, proposal_to_json
from .letter_kind import read_letter
from .parse import FIRST_YEAR, LAST_YEAR
from .wording import day_words, time_words

EXIT_OK, EXIT_USAGE, EXIT_UNREADABLE = 0, 2, 13
MAX_MESSAGE_BYTES = 1_000_000
# Files that are surely not a pasted message; photos and PDFs go to OCR.
_BINARY_STARTS = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"PK\x03\x04", b"GIF8", b"\x7fELF")
_LETTER_STARTS = (b"%PDF-", *IMAGE_MAGICS)  # TIFF scans too
CONTROL_SHARE_MAX = 0.01


class MessageFileError(Exception):
    def __init__(self, code: str, **values: object):
        super().__init__(code)
        self.code = code
        self.values = values


def read_letter_or_message(path: str) -> tuple[str, OcrResult | None]:
    """The text of a message file, or of a photo or PDF of a letter read by OCR (with how it
    read); MessageFileError with a code that has its sentence otherwise."""
    file = Path(path)
    try:
        if not file.is_file():
            raise MessageFileError("file_unreadable", path=path)
        with file.open("rb") as f:
            head = f.read(16)
        if head.startswith(_LETTER_STARTS):
            try:
                data = read_regular_file(file, MAX_LETTER_BYTES)
            except InputRefused as exc:
                megabytes = MAX_LETTER_BYTES // (1024 * 1024)
                raise MessageFileError("parse_letter_too_large", limit=megabytes) from exc
            return _read_letter(data)
    except OSError as exc:
        raise MessageFileError("file_unreadable", path=path) from exc
    return read_message_file(path), None


def _read_letter(data: bytes) -> tuple[str, OcrResult]:
    engine, status = engine_status()
    if engine is None:
        raise MessageFileError(f"parse_ocr_{status}")
    try:
        result = read_document(data, engine=engine)
    except OcrError as exc:
        raise MessageFileError(f"parse_ocr_{exc.code}") from exc
    if result.quality in (Quality.POOR, Quality.EMPTY):
        raise MessageFileError("parse_ocr_unreadable")
    return result.text, result


def read_message_file(path: str) -> str:
    """The text of a message file, or MessageFileError with a code that has its sentence."""
    file = Path(path)
    try:
        if not file.is_file():
            raise MessageFileError("file_unreadable", path=path)
        if file.stat().st_size > MAX_MESSAGE_BYTES:
            raise MessageFileError("parse_too_large")
        data = file.read_bytes()
    except OSError as exc:
        raise MessageFileError("file_unreadable", path=path) from exc
    if not data.strip():
        raise MessageFileError("parse_empty")
    if data.startswith(_BINARY_STARTS) or b"\x00" in data:
        raise MessageFileError("parse_not_text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")  # a letter typed on an old Windows PC
        except UnicodeDecodeError as exc:
            raise MessageFileError("parse_not_text") from exc
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > CONTROL_SHARE_MAX * len(text):
        raise MessageFileError("parse_not_text")
    return text


def _received(value: str | None) -> date:
    if value is None:
        return system_clock().astimezone(HOME_ZONE).date()
    try:
        day = date.fromisoformat(value)
    except ValueError as exc:
        raise MessageFileError("parse_bad_received") from exc
    if not FIRST_YEAR <= day.year <= LAST_YEAR:  # parse_message refuses it: said here, exit 2
        raise MessageFileError("parse_received_out_of_range", first=FIRST_YEAR, last=LAST_YEAR)
    return day


def _organisation_name(proposal: Proposal) -> str | None:
    found = proposal.organisation
    if found is None:
        return None
    if found.value.name:
        return found.value.name
    usual = {o.kind: o.name for o in USUAL_ORGANISATIONS}
    if found.value.kind in usual:
        return usual[found.value.kind]
    return say(f"parse_org_{found.value.kind.value}")


def sentences(proposal: Proposal) -> list[str]:
    """The proposal in plain sentences, one idea each (also what a voice would read)."""
    lang = language()
    lines = [say("parse_intro"), say(f"parse_kind_{proposal.kind.value.value}")]
    if proposal.day and proposal.time:
        lines.append(say("parse_when", day=day_words(proposal.day.value, lang),
                         time=time_words(proposal.time.value, lang)))  # fmt: skip
        if proposal.end_time:
            lines.append(say("parse_until", time=time_words(proposal.end_time.value, lang)))
    elif proposal.day:
        lines.append(say("parse_when_day", day=day_words(proposal.day.value, lang)))
    elif proposal.time:
        lines.append(say("parse_when_time", time=time_words(proposal.time.value, lang)))
    if proposal.cancelled:
        lines.append(say("parse_cancelled", day=day_words(proposal.cancelled.value, lang)))
    if proposal.reference is not None and proposal.says_reference:
        received = proposal.reference.source is ReferenceSource.RECEIVED
        lines.append(say("parse_reference_received" if received else "parse_reference_message",
                         day=day_words(proposal.reference.day, lang)))  # fmt: skip
    if proposal.place:
        mode = proposal.place.value.mode.value
        lines.append(say(f"parse_place_{mode}", place=proposal.place.value.text))
    name = _organisation_name(proposal)
    if name:
        lines.append(say("parse_organisation", name=name))
    if proposal.to_bring:
        items = ", ".join(f.value for f in proposal.to_bring)
        lines.append(say("parse_to_bring", items=items))
    if proposal.deadline:
        lines.append(say("parse_deadline", day=day_words(proposal.deadline.value, lang)))
    if proposal.mandatory.value:
        lines.append(say("parse_mandatory"))
    for found in proposal.sanction_sentences[:3]:
        lines.append(say("parse_sanction", quote=found.value))
    if proposal.questions:
        lines.append(say("parse_questions"))
        for question in proposal.questions:
            candidates = f" {say('parse_or')} ".join(
                day_words(c, lang) if isinstance(c, date) else str(c) for c in question.candidates
            )
            lines.append("- " + say(f"parse_q_{question.kind.value}", candidates=candidates))
    lines.append(say("parse_nothing_saved"))
    return lines


def run(args: argparse.Namespace) -> int:
    try:
        received = _received(args.received)
        text, ocr = read_letter_or_message(args.file)
    except MessageFileError as exc:
        print(say(exc.code, **exc.values), file=sys.stderr)
        return EXIT_UNREADABLE if exc.code.startswith("parse_ocr_") else EXIT_USAGE
    proposal = parse_message(text, received)
    letter = read_letter(proposal, text)
    if args.json:
        data = proposal_to_json(proposal)
        data["letter"] = {k: v for k, v in letter.handoff(
            received_on=received, text="", document_id=None).items()
            if k not in ("text", "document_id")}  # fmt: skip
        data["letter"]["answer_days"] = letter.answer_days
        if ocr is not None:
            data["ocr"] = {
                "pages_read": ocr.pages_read,
                "pages_total": ocr.pages_total,
                "words": ocr.words,
                "confidence": round(ocr.confidence, 1),
                "quality": ocr.quality.value,
                "text": text,
            }
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        lines = sentences(proposal)
        if ocr is not None:
            lines.insert(0, say("parse_ocr_read", read=ocr.pages_read, total=ocr.pages_total))
        print("\n".join(lines))
    return EXIT_OK


# Every question kind and organisation kind has its sentence (checked by the tests).
QUESTION_KEYS = tuple(f"parse_q_{kind.value}" for kind in QuestionKind)
ORGANISATION_KEYS = tuple(
    f"parse_org_{kind.value}"
    for kind in OrganisationKind
    if kind not in {o.kind for o in USUAL_ORGANISATIONS}
)
