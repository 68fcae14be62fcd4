"""Documents: photos (JPEG, PNG) and PDFs of letters, kept as bytes inside the carnet.

The type is read from the first bytes (magic numbers), never from the file name: a ".pdf" that is
really something else is refused. A PDF must hold at least one page: an empty or broken export
from a phone would otherwise be kept as "proof" and fail the person the day they need it.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from ..pdf_pages import PdfProblem, page_count
from .days import check_day
from .validation import InvalidRecord, Problem, check_text, raise_if

MAX_BYTES = 25 * 1024 * 1024
MAX_MEGABYTES = MAX_BYTES // (1024 * 1024)
TITLE_MAX = 200
NOTE_MAX = 2000
# Inflating PDF object streams to count pages: stop there (a small file can inflate enormously).
_MAX_INFLATED = 64 * 1024 * 1024


class MediaType(StrEnum):
    JPEG = "image/jpeg"
    PNG = "image/png"
    PDF = "application/pdf"


class DocumentKind(StrEnum):
    """What the paper is, as the person sorts it (they choose; nothing is guessed)."""

    LETTER = "letter"  # a letter or a convocation received
    DECISION = "decision"  # a decision (RSA, France Travail, MDPH…)
    PROOF = "proof"  # a proof: certificate, receipt, doctor's note
    CONTRACT = "contract"
    PAYSLIP = "payslip"
    IDENTITY = "identity"  # identity card, residence permit
    OTHER = "other"


@dataclass(frozen=True)
class Document:
    """A document's description; its bytes are read separately, only when shown."""

    title: str
    media_type: MediaType
    size: int
    sha256: str
    pages: int | None = None  # PDFs: pages counted at import (None: could not count, encrypted)
    received_on: date | None = None  # the day the letter arrived (deadlines count from it)
    note: str = ""
    added_at: datetime | None = None
    id: int | None = None
    kind: DocumentKind = DocumentKind.LETTER


def sniff(data: bytes) -> MediaType | None:
    if data.startswith(b"\xff\xd8\xff"):
        return MediaType.JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return MediaType.PNG
    # PDF readers accept the header anywhere in the first KiB; so do we.
    if b"%PDF-" in data[:1024]:
        return MediaType.PDF
    return None


_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z0-9])")
_STREAM = re.compile(rb"stream\r?\n")


def _inflated_object_streams(data: bytes) -> list[bytes]:
    """Compressed object streams (PDF 1.5+), where page objects may hide from a byte search."""
    found, budget = [], _MAX_INFLATED
    for match in _STREAM.finditer(data):
        head = data[max(0, match.start() - 400) : match.start()]
        head = head[head.rfind(b"obj") :] if b"obj" in head else head
        if b"/ObjStm" not in head or b"/FlateDecode" not in head:
            continue
        end = data.find(b"endstream", match.end())
        raw = data[match.end() : end if end >= 0 else len(data)]
        try:
            out = zlib.decompressobj().decompress(raw, budget)
        except zlib.error:
            continue
        budget -= len(out)
        found.append(out)
        if budget <= 0:
            break
    return found


def pdf_page_count(data: bytes) -> int | None:
    """Pages of the PDF; None for an encrypted PDF whose pages cannot be seen (it is kept: the
    viewer says it needs its password). PDFium counts first (its C code leaves the GIL, so a
    20 MB file does not freeze the window); a file it cannot read is searched for page objects,
    inside compressed object streams too, so a damaged export with pages is still kept."""
    try:
        return page_count(data)
    except PdfProblem as problem:
        if problem.code == "encrypted":
            return None
    return _page_objects(data)


def _page_objects(data: bytes) -> int | None:
    count = len(_PAGE.findall(data))
    if count == 0:
        count = sum(len(_PAGE.findall(s)) for s in _inflated_object_streams(data))
    if count == 0 and b"/Encrypt" in data:
        return None
    return count


@dataclass(frozen=True)
class Content:
    media_type: MediaType
    size: int
    sha256: str
    pages: int | None


def check_content(data: bytes) -> Content:
    """What the bytes are, or InvalidRecord with one clear code."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise_if([Problem("content", "not_a_file")])
    size = len(data)
    if size == 0:
        raise_if([Problem("content", "empty_file")])
    if size > MAX_BYTES:
        raise_if([Problem("content", "file_too_large", MAX_MEGABYTES)])
    data = data if isinstance(data, bytes) else bytes(data)  # bytes are not copied
    media_type = sniff(data)
    if media_type is None:
        raise InvalidRecord([Problem("content", "unsupported_type")])
    pages = None
    if media_type is MediaType.PDF:
        pages = pdf_page_count(data)
        if pages == 0:
            raise_if([Problem("content", "pdf_without_pages")])
    return Content(media_type, size, hashlib.sha256(data).hexdigest(), pages)


def validate_document(d: Document) -> list[Problem]:
    problems = check_text("title", d.title, max_len=TITLE_MAX, required=True)
    try:
        DocumentKind(d.kind)
    except ValueError:
        problems.append(Problem("kind", "unknown_value"))
    problems += check_text("note", d.note, max_len=NOTE_MAX, multiline=True)
    problems += check_day("received_on", d.received_on, required=False)
    return problems


def checked_document(d: Document) -> Document:
    raise_if(validate_document(d))
    return replace(d, title=d.title.strip(), note=d.note.strip(), kind=DocumentKind(d.kind))


def title_from_filename(name: str) -> str:
    """ "Courrier CAF 12-03.pdf" -> "Courrier CAF 12-03" (a starting point the person can edit)."""
    stem = name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    stem = stem.rsplit(".", 1)[0] if "." in stem[1:] else stem
    return " ".join(stem.replace("_", " ").split())[:TITLE_MAX]
