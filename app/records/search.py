"""Search across the carnet: appointments, journal, ledger notes, contacts, organisations,
documents' titles and the person's own obligations (what the search box calls)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import search_repo
from .db import Db

MAX_QUERY = 200
MAX_WORDS = 8
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # appointment | journal | activity | contact | document | organisation |
    # obligation_occurrence
    id: int  # the record's id (journal: the entry id)
    title: str
    snippet: str  # a few words around the match, plain text
    at: str  # ISO date or time the record is about ("" for contacts and organisations)


def words_of(text: str) -> list[str]:
    """The words searched for: letters and digits, folded; punctuation and operators dropped,
    so nothing a person types can be read as query syntax."""
    return [search_repo.fold(w) for w in _WORD.findall(text[:MAX_QUERY])][:MAX_WORDS]


def search(db: Db, text: str, *, limit: int = 50) -> list[SearchHit]:
    """Records holding every word (as a word start), best matches first; [] for no words."""
    words = words_of(text)
    if not words:
        return []
    if search_repo.uses_fts5(db):
        expression = " ".join(f'"{w}"*' for w in words)
        found = search_repo.match(db, expression, limit)
    else:
        found = search_repo.scan(db, words, limit)
    return [
        SearchHit(
            search_repo.KINDS.get(rowid // search_repo.SHIFT, "unknown"),
            rowid % search_repo.SHIFT,
            title,
            snippet,
            at,
        )
        for rowid, title, snippet, at in found
    ]
