"""SQL for `search_index`, kept up to date by the schema's triggers (migration step 10).

Each indexed record has the rowid kind * 2^40 + its id (journal: its entry id). With FTS5 the
query is a MATCH (accents folded, every word a prefix: "rend conseil" finds "rendez-vous avec ma
conseillère"); without it, every word must appear in the text, compared folded in Python."""

from __future__ import annotations

import unicodedata

from .db import Db, rows

SHIFT = 1 << 40
KINDS = {
    1: "appointment",
    2: "journal",
    3: "activity",
    4: "contact",
    5: "document",
    6: "organisation",
    7: "obligation_occurrence",
    8: "document",  # the text read on a letter (migration step 11): found, it opens the letter
}


def uses_fts5(db: Db) -> bool:
    found = rows(db, "SELECT sql FROM sqlite_master WHERE name = 'search_index'")
    return bool(found) and "VIRTUAL TABLE" in str(found[0][0]).upper()


def match(db: Db, expression: str, limit: int) -> list[tuple[int, str, str, str]]:
    """(rowid, title, snippet, at) best first, for an FTS5 expression."""
    return rows(
        db,
        "SELECT rowid, title, snippet(search_index, 1, '', '', '…', 12), at FROM search_index "
        "WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
        (expression, limit),
    )


def fold(text: str) -> str:
    """Lower case without accents, as FTS5's remove_diacritics does."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def scan(db: Db, words: list[str], limit: int) -> list[tuple[int, str, str, str]]:
    """The fallback: every row read once, newest first (no ranking without FTS5)."""
    found = []
    for rowid, title, body, at in rows(
        db, "SELECT rowid, title, body, at FROM search_index ORDER BY at DESC"
    ):
        text = fold(f"{title} {body}")
        if all(w in text for w in words):
            found.append((rowid, title, body[:120], at))
            if len(found) >= limit:
                break
    return found
