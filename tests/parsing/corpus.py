"""The corpus of invented messages (corpus/*.txt) and their expected fields (corpus/*.json),
and how a proposal is scored against them: one point per field that is right."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app.parsing import Proposal, parse_message
from app.parsing.text import fold

CORPUS = Path(__file__).resolve().parent / "corpus"
FIELDS = (
    "start",
    "place",
    "organisation_kind",
    "to_bring",
    "mandatory",
    "mentions_sanction",
    "kind",
    "questions",
)


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    expected: dict[str, Any]

    @property
    def received(self) -> date:
        return date.fromisoformat(self.expected["received"])


def cases() -> list[Case]:
    return [
        Case(p.stem, p.read_text("utf-8"), json.loads(p.with_suffix(".json").read_text("utf-8")))
        for p in sorted(CORPUS.glob("*.txt"))
    ]


def observed(proposal: Proposal) -> dict[str, Any]:
    """The proposal in the sidecar's terms."""
    start = None
    if proposal.day is not None:
        start = proposal.day.value.isoformat()
        if proposal.time is not None:
            start += "T" + proposal.time.value.strftime("%H:%M")
    place = proposal.place
    return {
        "start": start,
        "place": None
        if place is None
        else {"mode": place.value.mode.value, "text": place.value.text},
        "organisation_kind": proposal.organisation.value.kind.value
        if proposal.organisation
        else None,
        "to_bring": [f.value for f in proposal.to_bring],
        "mandatory": proposal.mandatory.value,
        "mentions_sanction": proposal.mentions_sanction,
        "kind": proposal.kind.value.value,
        "questions": sorted(q.kind.value for q in proposal.questions),
    }


def _items_match(expected: list[str], got: list[str]) -> bool:
    """Same number of items, each expected one found (folded) inside a different item read."""
    if len(expected) != len(got):
        return False
    left = [fold(g) for g in got]
    for item in expected:
        hit = next((g for g in left if fold(item) in g), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def field_right(name: str, expected: Any, got: Any) -> bool:
    if name == "place":
        if expected is None or got is None:
            return expected is None and got is None
        if expected["mode"] != got["mode"]:
            return False
        return fold(expected.get("contains", "")) in fold(got["text"])
    if name == "to_bring":
        return _items_match(expected, got)
    if name == "questions":
        return sorted(expected) == got
    return bool(expected == got)


@dataclass(frozen=True)
class Score:
    right: int
    total: int
    failures: list[str]

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


def score(selected: list[Case] | None = None) -> Score:
    right = total = 0
    failures = []
    for case in selected or cases():
        got = observed(parse_message(case.text, case.received))
        for name in FIELDS:
            total += 1
            if field_right(name, case.expected[name], got[name]):
                right += 1
            else:
                failures.append(
                    f"{case.name}: {name}: expected {case.expected[name]!r}, got {got[name]!r}"
                )
    return Score(right, total, failures)
