"""The proposal as plain JSON (ISO dates, spans as [start, end]): for `reperes parse-message
--json`, for volunteers who want to see what was read, and for tests."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from .model import Found, Proposal
from .text import Span


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value.value if isinstance(value, Enum) else value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    return str(value)


def _found(found: Found[Any] | None) -> Any:
    return None if found is None else _plain(found)


def proposal_to_json(proposal: Proposal) -> dict[str, Any]:
    start, end = proposal.start, proposal.end
    return {
        "received": proposal.received.isoformat(),
        # the day "demain" and days without a year counted from, and where it was read
        "reference": _plain(proposal.reference),
        "kind": _found(proposal.kind),
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
        "day": _found(proposal.day),
        "time": _found(proposal.time),
        "end_time": _found(proposal.end_time),
        "deadline": _found(proposal.deadline),
        "cancelled": _found(proposal.cancelled),  # the appointment this message replaces
        "place": _found(proposal.place),
        "organisation": _found(proposal.organisation),
        "to_bring": [_plain(f) for f in proposal.to_bring],
        "mandatory": _found(proposal.mandatory),
        "mentions_sanction": proposal.mentions_sanction,
        "sanction_sentences": [_plain(f) for f in proposal.sanction_sentences],
        "source": proposal.source.value,
        "looks_french": proposal.looks_french,
        "questions": [_plain(q) for q in proposal.questions],
        "dates": [_plain(d) for d in proposal.dates],
    }
