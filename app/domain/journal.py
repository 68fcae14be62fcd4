"""The journal of exchanges: calls, letters, e-mails, visits, decisions — tamper-evident.

An entry is never changed in place: a correction is a new version of the same entry and the old
versions stay readable. Every version is sealed in a hash chain: its hash is SHA-256 over a
canonical encoding of the version that includes the previous version's hash, so editing, removing
or reordering any version breaks every link after it.

The chain proves the journal was not changed behind Repères' back; it cannot prove *when* a version
was written to someone outside (the clock is the PC's), and someone able to recompute the whole
chain (who holds the passphrase) could rewrite it. It is tamper-evidence, not a notary.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .days import check_day
from .localtime import to_storage
from .validation import Problem, check_text, raise_if

GENESIS = "0" * 64
ENCODING_VERSION = 1
WITH_WHOM_MAX = 200
SUMMARY_MAX = 20_000
NEXT_STEP_MAX = 2000
MAX_DOCUMENTS = 50


class ExchangeKind(StrEnum):
    CALL = "call"
    LETTER = "letter"
    EMAIL = "email"
    VISIT = "visit"
    DECISION = "decision"  # a decision received (RSA, France Travail, MDPH…)
    OTHER = "other"


@dataclass(frozen=True)
class JournalDraft:
    """What the person writes; a version adds the seal."""

    kind: ExchangeKind
    summary: str
    with_whom: str = ""
    next_step: str = ""
    organisation_id: int | None = None
    contact_id: int | None = None
    happened_on: date | None = None  # the day of the call or visit, or the letter was received


@dataclass(frozen=True)
class JournalVersion:
    seq: int  # position in the chain (1, 2, 3…)
    entry_id: int  # the seq of the entry's first version
    version: int  # 1 for the first, 2 for its first correction…
    draft: JournalDraft
    written_at: datetime
    documents: tuple[str, ...]  # SHA-256 of the linked documents, sorted
    prev_hash: str
    hash: str


def validate_draft(d: JournalDraft) -> list[Problem]:
    problems: list[Problem] = []
    try:
        ExchangeKind(d.kind)
    except ValueError:
        problems.append(Problem("kind", "unknown_value"))
    problems += check_text("summary", d.summary, max_len=SUMMARY_MAX, required=True, multiline=True)
    problems += check_text("with_whom", d.with_whom, max_len=WITH_WHOM_MAX)
    problems += check_text("next_step", d.next_step, max_len=NEXT_STEP_MAX, multiline=True)
    problems += check_day("happened_on", d.happened_on, required=False)
    return problems


def checked_draft(d: JournalDraft) -> JournalDraft:
    raise_if(validate_draft(d))
    return JournalDraft(
        kind=ExchangeKind(d.kind),
        summary=d.summary.strip(),
        with_whom=d.with_whom.strip(),
        next_step=d.next_step.strip(),
        organisation_id=d.organisation_id,
        contact_id=d.contact_id,
        happened_on=d.happened_on,
    )


def canonical(
    *,
    seq: int,
    entry_id: int,
    version: int,
    draft: JournalDraft,
    written_at: str,
    documents: Iterable[str],
    prev_hash: str,
) -> bytes:
    """The bytes that are hashed: sorted-key JSON, UTF-8, no spaces. Text is hashed exactly as
    stored (no Unicode normalisation), so any change of a character shows."""
    record = {
        "v": ENCODING_VERSION,
        "seq": seq,
        "entry_id": entry_id,
        "version": version,
        "kind": str(draft.kind),
        "with_whom": draft.with_whom,
        "organisation_id": draft.organisation_id,
        "contact_id": draft.contact_id,
        "summary": draft.summary,
        "next_step": draft.next_step,
        "happened_on": None if draft.happened_on is None else draft.happened_on.isoformat(),
        "written_at": written_at,
        "documents": sorted(documents),
        "prev": prev_hash,
    }
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def seal(
    draft: JournalDraft,
    *,
    seq: int,
    entry_id: int,
    version: int,
    written_at: datetime,
    documents: Iterable[str],
    prev_hash: str,
) -> JournalVersion:
    docs = tuple(sorted(documents))
    stamp = to_storage(written_at)
    data = canonical(
        seq=seq,
        entry_id=entry_id,
        version=version,
        draft=draft,
        written_at=stamp,
        documents=docs,
        prev_hash=prev_hash,
    )
    return JournalVersion(
        seq, entry_id, version, draft, written_at, docs, prev_hash, hashlib.sha256(data).hexdigest()
    )


@dataclass(frozen=True)
class ChainCheck:
    """The result of checking the chain: ok, or the first version where it breaks and why."""

    checked: int
    broken_at: int | None = None  # seq of the first bad version
    reason: str | None = None  # hash_mismatch | link_broken | sequence_gap | version_gap |
    # head_mismatch | document_changed | guard_missing

    @property
    def ok(self) -> bool:
        return self.broken_at is None and self.reason is None


def check_chain(rows: Iterable[tuple[JournalVersion, str]]) -> ChainCheck:
    """Walk (version, written_at as stored) in seq order; stop at the first broken link."""
    prev_hash, expected_seq, checked = GENESIS, 1, 0
    versions: dict[int, int] = {}
    for v, stored_at in rows:
        if v.seq != expected_seq:
            return ChainCheck(checked, v.seq, "sequence_gap")
        if v.prev_hash != prev_hash:
            return ChainCheck(checked, v.seq, "link_broken")
        wanted_version = versions.get(v.entry_id, 0) + 1
        first_ok = v.version != 1 or v.entry_id == v.seq
        if v.version != wanted_version or not first_ok:
            return ChainCheck(checked, v.seq, "version_gap")
        data = canonical(
            seq=v.seq,
            entry_id=v.entry_id,
            version=v.version,
            draft=v.draft,
            written_at=stored_at,
            documents=v.documents,
            prev_hash=v.prev_hash,
        )
        if hashlib.sha256(data).hexdigest() != v.hash:
            return ChainCheck(checked, v.seq, "hash_mismatch")
        versions[v.entry_id] = v.version
        prev_hash, expected_seq, checked = v.hash, expected_seq + 1, checked + 1
    return ChainCheck(checked)
