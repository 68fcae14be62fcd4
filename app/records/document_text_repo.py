"""SQL for `document_text` (migration step 11): the text read on a letter, one per document."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..carnet.connection import Connection
from ..domain.localtime import from_storage, to_storage
from .db import Db, rows


@dataclass(frozen=True)
class DocumentText:
    document_id: int
    text: str
    pages_read: int
    pages_total: int
    confidence: int  # 0..100: how sure the reading was, as the OCR engine said
    read_at: datetime


def put(con: Connection, t: DocumentText) -> None:
    con.execute(
        "INSERT INTO document_text(document_id, text, pages_read, pages_total, confidence, "
        "read_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(document_id) DO UPDATE SET "
        "text = excluded.text, pages_read = excluded.pages_read, "
        "pages_total = excluded.pages_total, confidence = excluded.confidence, "
        "read_at = excluded.read_at",
        (t.document_id, t.text, t.pages_read, t.pages_total, t.confidence, to_storage(t.read_at)),
    )


def get(db: Db, document_id: int) -> DocumentText | None:
    found = rows(
        db,
        "SELECT document_id, text, pages_read, pages_total, confidence, read_at "
        "FROM document_text WHERE document_id = ?",
        (document_id,),
    )
    if not found:
        return None
    doc_id, text, read, total, confidence, at = found[0]
    return DocumentText(doc_id, text, read, total, confidence, from_storage(at))
