"""Operations on documents (what screens call): import photos and PDFs into the carnet, describe
them, attach them to records, read their bytes for the viewer.

Bytes go from the person's file (or the scanner, or the clipboard) into the encrypted database in
one transaction, and come back into memory only: nothing here writes a decrypted file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from ..carnet import Carnet
from ..carnet.connection import Connection
from ..domain.documents import (
    MAX_BYTES,
    MAX_MEGABYTES,
    Document,
    DocumentKind,
    check_content,
    checked_document,
    title_from_filename,
)
from ..domain.validation import InvalidRecord, Problem
from ..limits import InputRefused, read_regular_file
from . import document_repo
from .db import Db, RecordNotFound
from .document_repo import Target


@dataclass(frozen=True)
class DocumentImport:
    document: Document
    already_present: bool  # the same bytes were already in the carnet: nothing was added


_CHUNK = 1024 * 1024


def _read_limited(source: BinaryIO) -> bytes:
    """At most one byte more than the limit: enough to say "too large" without holding 200 MB.
    Read a megabyte at a time: each read leaves the GIL, so the window stays free meanwhile."""
    chunks, total = [], 0
    while total <= MAX_BYTES:
        chunk = source.read(min(_CHUNK, MAX_BYTES + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > MAX_BYTES:
        raise InvalidRecord([Problem("content", "file_too_large", MAX_MEGABYTES)])
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def import_document(
    carnet: Carnet,
    data: bytes | BinaryIO,
    *,
    title: str,
    received_on: date | None = None,
    note: str = "",
    kind: DocumentKind = DocumentKind.LETTER,
    attach_to: tuple[Target, int] | None = None,
    now: datetime | None = None,
) -> DocumentImport:
    """Check the bytes (JPEG, PNG or PDF with pages, at most 25 MB) and store them.

    The same bytes imported twice are stored once (and attached again if asked)."""
    raw = data if isinstance(data, bytes | bytearray | memoryview) else _read_limited(data)
    raw = raw if isinstance(raw, bytes) else bytes(raw)  # bytes as they are: no 20 MB copy
    content = check_content(raw)
    now = now or carnet.clock()
    doc = checked_document(
        Document(
            title,
            content.media_type,
            content.size,
            content.sha256,
            content.pages,
            received_on,
            note,
            added_at=now,
            kind=kind,
        )
    )
    if attach_to is not None and attach_to[0] is Target.JOURNAL:
        raise InvalidRecord([Problem("attach_to", "journal_is_sealed")])
    with carnet.write() as con:
        if attach_to is not None and not document_repo.target_exists(con, *attach_to):
            raise InvalidRecord([Problem("attach_to", "not_found")])
        same = document_repo.by_sha256(con, content.sha256)
        stored = same[0] if same else document_repo.insert(con, doc, raw)
        if attach_to is not None and stored.id is not None:
            document_repo.link(con, stored.id, attach_to[0], attach_to[1], now)
    return DocumentImport(stored, bool(same))


def import_document_file(
    carnet: Carnet,
    path: Path,
    *,
    title: str = "",
    received_on: date | None = None,
    note: str = "",
    kind: DocumentKind = DocumentKind.LETTER,
    attach_to: tuple[Target, int] | None = None,
    now: datetime | None = None,
) -> DocumentImport:
    """Import a file the person picked (or named to `reperes add-documents`): a regular file
    only (a named pipe would block, a link to /dev/zero fill the memory), its size checked on
    the open file before a byte is read (app/limits.py)."""
    path = Path(path)
    try:
        data = read_regular_file(path, MAX_BYTES)
    except InputRefused as exc:
        if exc.code == "too_large":
            raise InvalidRecord([Problem("content", "file_too_large", MAX_MEGABYTES)]) from None
        raise InvalidRecord([Problem("content", "not_a_file")]) from None
    except OSError:
        raise InvalidRecord([Problem("content", "unreadable_file")]) from None
    return import_document(
        carnet,
        data,
        title=title or title_from_filename(path.name),
        received_on=received_on,
        note=note,
        kind=kind,
        attach_to=attach_to,
        now=now,
    )


def update_document(carnet: Carnet, doc: Document) -> Document:
    """Correct the title, the kind, the day it was received, or the note (the bytes never
    change)."""
    if doc.id is None:
        raise RecordNotFound("document without id")
    doc = checked_document(doc)
    with carnet.write() as con:
        stored = document_repo.get(con, doc.id)
        if stored is None:
            raise RecordNotFound(f"document {doc.id}")
        updated = replace(
            stored, title=doc.title, received_on=doc.received_on, note=doc.note, kind=doc.kind
        )
        document_repo.update_description(con, updated)
    return updated


def remove_document(carnet: Carnet, document_id: int) -> None:
    """Remove a document and its links to appointments, steps and hours. Refused for a document
    sealed with a journal entry: the journal's chain covers its bytes, so erasing it would make
    the journal look tampered with (the person is told why; the document stays)."""
    with carnet.write() as con:
        if document_id in document_repo.journal_document_ids(con):
            raise InvalidRecord([Problem("document", "sealed_in_journal")])
        document_repo.delete(con, document_id)


def get_document(db: Db, document_id: int) -> Document:
    doc = document_repo.get(db, document_id)
    if doc is None:
        raise RecordNotFound(f"document {document_id}")
    return doc


def document_content(db: Db, document_id: int) -> bytes:
    """The bytes, for the viewer (in memory)."""
    data = document_repo.content(db, document_id)
    if data is None:
        raise RecordNotFound(f"document {document_id}")
    return data


def list_documents(db: Db, *, limit: int | None = None, offset: int = 0) -> list[Document]:
    return document_repo.list_all(db, limit=limit, offset=offset)


def attach_document(
    carnet: Carnet,
    document_id: int,
    target: Target,
    target_id: int,
    *,
    now: datetime | None = None,
) -> bool:
    """Attach a document to an appointment, an obligation occurrence or an activity; False if it
    was already attached. Journal documents are attached when the version is written."""
    if target is Target.JOURNAL:
        raise InvalidRecord([Problem("target", "journal_is_sealed")])
    with carnet.write() as con:
        if document_repo.get(con, document_id) is None:
            raise InvalidRecord([Problem("document", "not_found")])
        if not document_repo.target_exists(con, target, target_id):
            raise InvalidRecord([Problem("target", "not_found")])
        return document_repo.link(con, document_id, target, target_id, now or carnet.clock())


def detach_document(carnet: Carnet, document_id: int, target: Target, target_id: int) -> bool:
    if target is Target.JOURNAL:
        raise InvalidRecord([Problem("target", "journal_is_sealed")])
    with carnet.write() as con:
        return document_repo.unlink(con, document_id, target, target_id)


def documents_for(db: Db, target: Target, target_id: int) -> list[Document]:
    return document_repo.linked_to(db, target, target_id)


def attachments_of(db: Db, document_id: int) -> list[tuple[Target, int]]:
    """The records a document is attached to."""
    return document_repo.links_of(db, document_id)


def link_documents(
    con: Connection, document_ids: Sequence[int], target: Target, target_id: int, now: datetime
) -> None:
    """Inside an operation's transaction: attach each document (a proof given with a status)."""
    for document_id in dict.fromkeys(document_ids):
        if document_repo.get(con, document_id) is None:
            raise InvalidRecord([Problem("documents", "not_found")])
        document_repo.link(con, document_id, target, target_id, now)
