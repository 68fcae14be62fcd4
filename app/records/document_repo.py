"""SQL for `document` (bytes as blobs) and `document_link` (a document attached to a record).

Listing reads every column but the blob; the bytes are read only by `content`, for the viewer,
into memory (never into a file)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from enum import StrEnum

from ..carnet.connection import Connection
from ..domain.days import day_from_storage, day_to_storage
from ..domain.documents import Document, DocumentKind, MediaType
from ..domain.localtime import from_storage, to_storage
from .db import Db, RecordNotFound, rows

# The blob is the last column of `document` and the kind lives beside it (document_kind, no
# row: a letter), so reading descriptions never walks through a document's pages.
_COLUMNS = (
    "d.id, d.title, d.media_type, d.size, d.sha256, d.pages, d.received_on, d.note, d.added_at, "
    "coalesce(k.kind, 'letter')"
)
_FROM = "document d LEFT JOIN document_kind k ON k.document_id = d.id"
_INSERT = (
    "INSERT INTO document(title, media_type, size, sha256, pages, received_on, note, added_at, "
    "content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_SET_KIND = (
    "INSERT INTO document_kind(document_id, kind) VALUES (?, ?) "
    "ON CONFLICT(document_id) DO UPDATE SET kind = excluded.kind"
)


class Target(StrEnum):
    """Records a document can be linked to, and their column in document_link."""

    APPOINTMENT = "appointment_id"
    OCCURRENCE = "occurrence_id"
    ACTIVITY = "activity_id"
    JOURNAL = "journal_seq"


def _from_row(row: tuple) -> Document:
    id_, title, media_type, size, sha, pages, received, note, added, kind = row
    return Document(
        title,
        MediaType(media_type),
        size,
        sha,
        pages,
        day_from_storage(received),
        note,
        from_storage(added),
        id=id_,
        kind=_kind(kind),
    )


def _kind(value: str) -> DocumentKind:
    try:
        return DocumentKind(value)
    except ValueError:
        return DocumentKind.OTHER


def _values(d: Document, content: bytes) -> tuple:
    assert d.added_at is not None
    return (
        d.title,
        str(d.media_type),
        d.size,
        d.sha256,
        d.pages,
        day_to_storage(d.received_on),
        d.note,
        to_storage(d.added_at),
        content,
    )


def insert(con: Connection, d: Document, content: bytes) -> Document:
    cur = con.execute(_INSERT, _values(d, content))
    if d.kind is not DocumentKind.LETTER:
        con.execute(_SET_KIND, (cur.lastrowid, str(d.kind)))
    return replace(d, id=cur.lastrowid)


def insert_many(con: Connection, docs: Iterable[tuple[Document, bytes]]) -> None:
    for d, content in docs:
        insert(con, d, content)


def update_description(con: Connection, d: Document) -> None:
    cur = con.execute(
        "UPDATE document SET title = ?, received_on = ?, note = ? WHERE id = ?",
        (d.title, day_to_storage(d.received_on), d.note, d.id),
    )
    if cur.rowcount != 1:
        raise RecordNotFound(f"document {d.id}")
    con.execute(_SET_KIND, (d.id, str(d.kind)))


def delete(con: Connection, document_id: int) -> None:
    if con.execute("DELETE FROM document WHERE id = ?", (document_id,)).rowcount != 1:
        raise RecordNotFound(f"document {document_id}")


def get(db: Db, document_id: int) -> Document | None:
    found = rows(db, f"SELECT {_COLUMNS} FROM {_FROM} WHERE d.id = ?", (document_id,))
    return _from_row(found[0]) if found else None


def content(db: Db, document_id: int) -> bytes | None:
    found = rows(db, "SELECT content FROM document WHERE id = ?", (document_id,))
    return bytes(found[0][0]) if found else None


def list_all(db: Db, *, limit: int | None = None, offset: int = 0) -> list[Document]:
    """Newest first."""
    page = "" if limit is None else f" LIMIT {int(limit)} OFFSET {int(offset)}"
    found = rows(db, f"SELECT {_COLUMNS} FROM {_FROM} ORDER BY d.added_at DESC, d.id DESC{page}")
    return [_from_row(r) for r in found]


def by_sha256(db: Db, sha256: str) -> list[Document]:
    found = rows(db, f"SELECT {_COLUMNS} FROM {_FROM} WHERE d.sha256 = ? ORDER BY d.id", (sha256,))
    return [_from_row(r) for r in found]


def hashes(db: Db, ids: Iterable[int]) -> dict[int, str]:
    ids = list(ids)
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    return dict(rows(db, f"SELECT id, sha256 FROM document WHERE id IN ({marks})", ids))


# -- links ----------------------------------------------------------------------------------------
def link(con: Connection, document_id: int, target: Target, target_id: int, now: datetime) -> bool:
    """Attach; False if it was already attached."""
    cur = con.execute(
        f"INSERT OR IGNORE INTO document_link(document_id, {target.value}, linked_at) "
        "VALUES (?, ?, ?)",
        (document_id, target_id, to_storage(now)),
    )
    return cur.rowcount == 1


def link_many(con: Connection, links: Iterable[tuple[int, Target, int]], now: datetime) -> None:
    stamp = to_storage(now)
    by_target: dict[Target, list[tuple[int, int, str]]] = {}
    for document_id, target, target_id in links:
        by_target.setdefault(target, []).append((document_id, target_id, stamp))
    for target, batch in by_target.items():
        con.executemany(
            f"INSERT OR IGNORE INTO document_link(document_id, {target.value}, linked_at) "
            "VALUES (?, ?, ?)",
            batch,
        )


def unlink(con: Connection, document_id: int, target: Target, target_id: int) -> bool:
    cur = con.execute(
        f"DELETE FROM document_link WHERE document_id = ? AND {target.value} = ?",
        (document_id, target_id),
    )
    return cur.rowcount == 1


def linked_to(db: Db, target: Target, target_id: int) -> list[Document]:
    found = rows(
        db,
        f"SELECT {_COLUMNS} FROM {_FROM} "
        f"JOIN document_link l ON l.document_id = d.id WHERE l.{target.value} = ? "
        "ORDER BY l.id",
        (target_id,),
    )
    return [_from_row(r) for r in found]


def links_of(db: Db, document_id: int) -> list[tuple[Target, int]]:
    """Where a document is attached: (target, id) pairs."""
    found = rows(
        db,
        "SELECT appointment_id, occurrence_id, activity_id, journal_seq FROM document_link "
        "WHERE document_id = ? ORDER BY id",
        (document_id,),
    )
    targets = list(Target)
    return [(targets[i], v) for row in found for i, v in enumerate(row) if v is not None]


def journal_links(db: Db) -> dict[int, list[str]]:
    """journal seq -> SHA-256 of its linked documents (what its seal covers)."""
    found: dict[int, list[str]] = {}
    for seq, sha in rows(
        db,
        "SELECT l.journal_seq, d.sha256 FROM document_link l JOIN document d "
        "ON d.id = l.document_id WHERE l.journal_seq IS NOT NULL",
    ):
        found.setdefault(seq, []).append(sha)
    return found


def journal_document_ids(db: Db) -> list[int]:
    return [
        r[0]
        for r in rows(
            db, "SELECT DISTINCT document_id FROM document_link WHERE journal_seq IS NOT NULL"
        )
    ]


def target_exists(db: Db, target: Target, target_id: int) -> bool:
    table, column = {
        Target.APPOINTMENT: ("appointment", "id"),
        Target.OCCURRENCE: ("obligation_occurrence", "id"),
        Target.ACTIVITY: ("activity", "id"),
        Target.JOURNAL: ("journal", "seq"),
    }[target]
    return bool(rows(db, f"SELECT 1 FROM {table} WHERE {column} = ?", (target_id,)))


def count(db: Db) -> int:
    return int(rows(db, "SELECT count(*) FROM document")[0][0])
