"""The receipt of a helper session: who helped, from which organisation, with which rights, when,
and what they did. Printed for the person to keep (Aidants Connect's printed mandate proofs)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class HelperReceipt:
    first_name: str
    organisation: str
    rights: str  # what the person allowed, in the words of the helper screen
    started_at: datetime
    ended_at: datetime | None = None  # None: the session is still going on
    actions: list[str] = field(default_factory=list)  # what the helper did, in order
