"""The journal extract: a proof file for a contestation (a recours, the médiateur).

Each entry of the period with every version (a correction never hides what was first written),
the documents sealed with it (name, date, SHA-256), the result of the chain check and the chain's
head hash: whoever holds the carnet can show that the printed entries are those of the journal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.days import home_day
from ..domain.documents import Document
from ..domain.journal import ChainCheck, JournalVersion
from ..records import journal_repo, organisation_repo
from ..records.db import Db
from ..records.journal import journal_documents, journal_history, verify_journal


@dataclass(frozen=True)
class ExtractEntry:
    versions: tuple[JournalVersion, ...]  # the first one first
    documents: tuple[tuple[int, tuple[Document, ...]], ...]  # (version seq, its documents)
    organisation: str

    @property
    def current(self) -> JournalVersion:
        return self.versions[-1]

    @property
    def day(self) -> date:
        v = self.current
        return v.draft.happened_on or home_day(v.written_at)


@dataclass(frozen=True)
class JournalExtract:
    start: date
    end: date
    entries: tuple[ExtractEntry, ...]  # by day, oldest first
    check: ChainCheck
    head: str  # "seq:sha256" of the last version in the chain, "" for an empty journal
    total_versions: int  # in the whole journal, not only the extract


def journal_extract(
    db: Db, start: date, end: date, *, organisation_id: int | None = None
) -> JournalExtract:
    if end < start:
        start, end = end, start
    names = {o.id: o.name for o in organisation_repo.list_all(db) if o.id is not None}
    entries = []
    for current in journal_repo.latest_versions(db):
        day = current.draft.happened_on or home_day(current.written_at)
        if not start <= day <= end:
            continue
        if organisation_id is not None and current.draft.organisation_id != organisation_id:
            continue
        versions = tuple(journal_history(db, current.entry_id))
        docs = tuple((v.seq, tuple(journal_documents(db, v.seq))) for v in versions if v.documents)
        org = names.get(current.draft.organisation_id or -1, "")
        entries.append(ExtractEntry(versions, docs, org))
    entries.sort(key=lambda e: (e.day, e.current.entry_id))
    return JournalExtract(
        start=start,
        end=end,
        entries=tuple(entries),
        check=verify_journal(db),
        head=journal_repo.head(db) or "",
        total_versions=journal_repo.count(db),
    )
