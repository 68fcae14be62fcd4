"""Operations on the journal of exchanges (what screens call).

    write_journal_entry(carnet, draft, document_ids=…)   a new entry, sealed in the chain
    correct_journal_entry(carnet, entry_id, draft)       a new version; the old ones stay
    verify_journal(carnet)                               the chain check `reperes check` runs

Each write is one transaction: the version, its document links and the chain head in `meta`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

from ..carnet import Carnet
from ..carnet.connection import Connection
from ..domain.documents import Document
from ..domain.journal import (
    GENESIS,
    MAX_DOCUMENTS,
    ChainCheck,
    JournalDraft,
    JournalVersion,
    check_chain,
    checked_draft,
    seal,
)
from ..domain.validation import InvalidRecord, Problem
from . import contact_repo, document_repo, journal_repo, organisation_repo
from .db import Db, RecordNotFound
from .document_repo import Target


def _check_refs(con: Connection, draft: JournalDraft, document_ids: Sequence[int]) -> list[str]:
    problems: list[Problem] = []
    org_id = draft.organisation_id
    if org_id is not None and organisation_repo.get(con, org_id) is None:
        problems.append(Problem("organisation_id", "not_found"))
    if draft.contact_id is not None and contact_repo.get(con, draft.contact_id) is None:
        problems.append(Problem("contact_id", "not_found"))
    if len(document_ids) > MAX_DOCUMENTS:
        problems.append(Problem("documents", "too_many", MAX_DOCUMENTS))
    hashes = document_repo.hashes(con, document_ids)
    if len(hashes) != len(set(document_ids)):
        problems.append(Problem("documents", "not_found"))
    if problems:
        raise InvalidRecord(problems)
    return [hashes[i] for i in dict.fromkeys(document_ids)]


def _append(
    con: Connection,
    draft: JournalDraft,
    entry_id: int | None,
    version: int,
    document_ids: Sequence[int],
    now: datetime,
) -> JournalVersion:
    hashes = _check_refs(con, draft, document_ids)
    last = journal_repo.last_link(con)
    seq = (last[0] if last else 0) + 1
    sealed = seal(
        draft,
        seq=seq,
        entry_id=entry_id or seq,
        version=version,
        written_at=now.replace(microsecond=0),
        documents=hashes,
        prev_hash=last[1] if last else GENESIS,
    )
    journal_repo.insert(con, sealed)
    document_repo.link_many(
        con, [(d, Target.JOURNAL, seq) for d in dict.fromkeys(document_ids)], now
    )
    journal_repo.set_head(con, seq, sealed.hash)
    return sealed


def write_journal_entry(
    carnet: Carnet,
    draft: JournalDraft,
    *,
    document_ids: Sequence[int] = (),
    now: datetime | None = None,
) -> JournalVersion:
    """A new entry, dated now by the carnet's clock, with its documents sealed in."""
    draft = checked_draft(draft)
    with carnet.write() as con:
        return _append(con, draft, None, 1, list(document_ids), now or carnet.clock())


def correct_journal_entry(
    carnet: Carnet,
    entry_id: int,
    draft: JournalDraft,
    *,
    document_ids: Sequence[int] | None = None,
    now: datetime | None = None,
) -> JournalVersion:
    """A correction: a new version of the entry (documents: the previous version's by default).
    The previous versions stay as they were and stay readable."""
    draft = checked_draft(draft)
    with carnet.write() as con:
        current = journal_repo.latest_version_of(con, entry_id)
        if current is None or current.entry_id != entry_id:
            raise RecordNotFound(f"journal entry {entry_id}")
        if document_ids is None:
            document_ids = [
                d.id
                for d in document_repo.linked_to(con, Target.JOURNAL, current.seq)
                if d.id is not None
            ]
        return _append(
            con, draft, entry_id, current.version + 1, list(document_ids), now or carnet.clock()
        )


def add_document_to_journal_entry(
    carnet: Carnet, entry_id: int, document_id: int, *, now: datetime | None = None
) -> JournalVersion | None:
    """Seal one more document with an entry: a new version with the same words and the
    documents of the previous one plus this one (None: it was already sealed with it)."""
    with carnet.write() as con:
        current = journal_repo.latest_version_of(con, entry_id)
        if current is None or current.entry_id != entry_id:
            raise RecordNotFound(f"journal entry {entry_id}")
        ids = [d.id for d in document_repo.linked_to(con, Target.JOURNAL, current.seq) if d.id]
        if document_id in ids:
            return None
        return _append(
            con, current.draft, entry_id, current.version + 1, [*ids, document_id],
            now or carnet.clock(),
        )  # fmt: skip


def journal_entry_of(db: Db, seq: int) -> int | None:
    """The entry a version (by its place in the chain) belongs to."""
    version = journal_repo.get(db, seq)
    return version.entry_id if version is not None else None


def journal_entries(db: Db, *, limit: int | None = None, offset: int = 0) -> list[JournalVersion]:
    """The current version of each entry, newest entry first."""
    return journal_repo.latest_versions(db, limit=limit, offset=offset)


def journal_history(db: Db, entry_id: int) -> list[JournalVersion]:
    """Every version of an entry, the first one first."""
    found = journal_repo.history(db, entry_id)
    if not found:
        raise RecordNotFound(f"journal entry {entry_id}")
    return found


def last_journal_entry(db: Db, *, as_of: datetime | None = None) -> JournalVersion | None:
    """The newest entry in its current version; with `as_of`, as the journal stood then."""
    if as_of is not None:
        return journal_repo.latest_as_of(db, as_of)
    found = journal_repo.latest_versions(db, limit=1)
    return found[0] if found else None


def journal_documents(db: Db, seq: int) -> list[Document]:
    """The documents sealed with one version."""
    return document_repo.linked_to(db, Target.JOURNAL, seq)


def verify_journal(db: Db) -> ChainCheck:
    """Walk the chain: every hash, every link, the documents each version sealed, the head kept in
    `meta`, and the triggers that keep the journal append-only. The first problem is reported."""
    missing = journal_repo.missing_guards(db)
    readable: list[tuple[JournalVersion, str]] = []
    unreadable: int | None = None
    for row in journal_repo.in_chain_order(db):
        if isinstance(row, int):
            unreadable = row
            break
        readable.append(row)
    result = check_chain(readable)
    if not result.ok:
        return result
    if unreadable is not None:
        return ChainCheck(result.checked, unreadable, "unreadable_row")
    linked = document_repo.journal_links(db)
    actual = _document_hashes(db)
    for version, _ in readable:
        if sorted(linked.get(version.seq, [])) != list(version.documents):
            return ChainCheck(result.checked, version.seq, "document_link_changed")
        if any(actual.get(sha) != sha for sha in version.documents):
            return ChainCheck(result.checked, version.seq, "document_changed")
    head = journal_repo.head(db)
    last = readable[-1][0] if readable else None
    if head != (f"{last.seq}:{last.hash}" if last else None):
        # Rows removed from the end leave the head pointing past them: report where it points.
        claimed = head.split(":")[0] if head else ""
        at = int(claimed) if claimed.isdigit() else (last.seq if last else 0)
        return ChainCheck(result.checked, at, "head_mismatch")
    if missing:
        return ChainCheck(result.checked, None, "guard_missing")
    return result


def _document_hashes(db: Db) -> dict[str, str]:
    """stored sha256 -> the SHA-256 of the bytes actually there, for journal documents."""
    found = {}
    for doc_id in document_repo.journal_document_ids(db):
        doc = document_repo.get(db, doc_id)
        data = document_repo.content(db, doc_id)
        if doc is not None and data is not None:
            found[doc.sha256] = hashlib.sha256(data).hexdigest()
    return found
