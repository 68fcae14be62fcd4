"""`reperes check-content`: every pack checked, the rules due for review, the facts not verified.

For editors and the volunteers who maintain an association's packs; the person never sees it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain.obligations import Verification
from ..domain.recurrence import add_months
from .obligations import ContentError, load_catalogue
from .packs import load_packs, local_root, shipped_root

CALENDAR_REVIEW_MONTHS = 12  # calendars are published once a year


@dataclass(frozen=True)
class RuleStatus:
    id: str
    file: str
    verification: str
    confidence: str
    last_reviewed: date
    review_due_on: date
    unverified: tuple[str, ...]  # facts not verified, in English (the editors' language)
    local_folder: str = ""  # an association's folder, for a local rule
    overrides: str = ""  # the shipped file a local rule replaces (same id)
    evidence: int | None = None  # how many [[evidence]] the rule carries (None: no such field)


@dataclass(frozen=True)
class ContentReport:
    counts: dict[str, int]
    problems: tuple[str, ...]
    rules: tuple[RuleStatus, ...]
    today: date

    def due_for_review(self) -> list[RuleStatus]:
        return [r for r in self.rules if self.today > r.review_due_on]

    def local(self) -> list[RuleStatus]:
        return [r for r in self.rules if r.local_folder]

    def overriding(self) -> list[RuleStatus]:
        """Local rules that replace a shipped one: said, never silent (issue 22)."""
        return [r for r in self.rules if r.overrides]

    def without_evidence(self) -> list[RuleStatus]:
        """Rules with no [[evidence]] beside them (the person's own steps need none)."""
        return [r for r in self.rules if r.evidence == 0]

    def not_verified(self) -> list[RuleStatus]:
        return [r for r in self.rules if r.verification != Verification.VERIFIED]

    def as_json(self) -> dict[str, object]:
        def row(r: RuleStatus) -> dict[str, object]:
            return {
                "id": r.id,
                "file": r.file,
                "verification": r.verification,
                "confidence": r.confidence,
                "last_reviewed": r.last_reviewed.isoformat(),
                "review_due_on": r.review_due_on.isoformat(),
                "unverified": list(r.unverified),
                "local_folder": r.local_folder,
                "overrides": r.overrides,
                "evidence": r.evidence,
            }

        return {
            "ok": not self.problems,
            "counts": self.counts,
            "problems": list(self.problems),
            "due_for_review": [row(r) for r in self.due_for_review()],
            "not_verified": [row(r) for r in self.not_verified()],
            "local": [row(r) for r in self.local()],
            "overrides": [row(r) for r in self.overriding()],
            "without_evidence": [row(r) for r in self.without_evidence()],
        }


def content_report(today: date, folder: Path | None = None) -> ContentReport:
    """The shipped packs, then `folder` (or the local folder when none is given)."""
    layers = [("", shipped_root())]
    extra = folder if folder is not None else local_root()
    if extra is not None:
        layers.append(("local:", Path(extra)))
    packs = load_packs(layers)
    problems = list(packs.problems)
    rules = [
        RuleStatus(
            r.id,
            r.file,
            r.verification.value,
            r.confidence.value,
            r.last_reviewed,
            r.review_due_on,
            tuple(t.get("en", "") for t in r.unverified),
            r.local_folder,
            r.overrides,
            len(r.evidence),
        )
        for r in packs.rules()
    ]
    counts = {
        "procedures": len(packs.procedures),
        "guides": len(packs.guides),
        "letters": len(packs.letters),
        "obligations": 0,
    }
    try:
        catalogue = load_catalogue()
    except ContentError as exc:
        problems += list(exc.problems)
    else:
        counts["obligations"] = len(catalogue.templates)
        for t in catalogue.templates:
            if t.guide and t.guide not in packs.guides:
                problems.append(f"obligations: {t.id}: guide: no guide {t.guide!r}")
            notes = [] if t.verification is Verification.VERIFIED else list(t.legal_refs)
            rules.append(
                RuleStatus(
                    t.id,
                    "obligations",
                    t.verification.value,
                    t.confidence.value,
                    t.last_reviewed,
                    t.review_due_on,
                    tuple(n for n in notes if "unverified" in n.lower()),
                    evidence=None if t.id == "custom" else len(t.evidence),  # the person's own
                )
            )
        for cal in catalogue.calendars.values():
            unverified = [e.period for e in cal.entries if not e.verified]
            by_rule = [e.period for e in cal.entries if e.basis == "rule"]
            notes = []
            if by_rule:
                notes.append(f"periods by rule, to confirm: {by_rule[0]} to {by_rule[-1]}")
            if others := [p for p in unverified if p not in by_rule]:
                notes.append(f"periods not verified: {others[0]} to {others[-1]}")
            if unverified:
                rules.append(
                    RuleStatus(
                        f"calendar.{cal.id}",
                        "calendars",
                        Verification.UNVERIFIED.value,
                        "medium",
                        cal.last_reviewed or today,
                        add_months(cal.last_reviewed or today, CALENDAR_REVIEW_MONTHS),
                        tuple(notes),
                    )
                )
    rules.sort(key=lambda r: r.id)
    return ContentReport(counts, tuple(problems), tuple(rules), today)
