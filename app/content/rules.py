"""What every rule of a content pack carries, and how a pack file is checked.

A *rule* is anything a pack asserts about the law: a procedure, a guide, a letter template. Each
says where it comes from (code, article, official link), how sure we are (confidence, whether it
was checked against the official text), since when it applies, when an editor last reviewed it
and how often it must be reviewed. Past its review date the person sees "à vérifier"; facts not
verified are listed and shown as such.

Problems are sentences for editors (English, like the code), each starting with "file:line:".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain.obligations import Confidence, Evidence, Verification
from ..domain.recurrence import add_months
from .toml_lines import line_of

LANGUAGES = ("fr", "en")
PARAGRAPH_MAX_WORDS = 60
RULE_KEYS = frozenset(
    {
        "id",
        "version",
        "status",
        "legal",
        "sources",
        "confidence",
        "verification",
        "unverified",
        "evidence",
        "valid_from",
        "valid_to",
        "last_reviewed",
        "review_every_months",
        "notes",
    }
)
_LEGAL_KEYS = frozenset({"code", "article", "link"})
_EVIDENCE_KEYS = frozenset({"url", "quote", "read_on", "about"})
QUOTE_MAX_WORDS = 90  # the decisive sentence, not the page
__all__ = ["Evidence", "LegalSource", "Reader", "RuleInfo", "rule_info"]
_ID = re.compile(r"[a-z0-9][a-z0-9_.-]{0,80}")

Texts = Mapping[str, str]  # language -> text


@dataclass(frozen=True)
class LegalSource:
    code: str  # "Code du travail", "CASF", "Code de justice administrative", "décret"…
    article: str  # "R5412-7"
    link: str  # the official page (Légifrance, service-public.fr)


@dataclass(frozen=True)
class RuleInfo:
    id: str
    version: int
    file: str  # "procedures/ft-decision.toml", for editors
    legal: tuple[LegalSource, ...]
    sources: tuple[str, ...]  # reference source ids and publishers (S16 service-public F31197)
    confidence: Confidence
    verification: Verification
    unverified: tuple[Texts, ...]  # facts not verified, shown to the person as such
    valid_from: date
    valid_to: date | None
    last_reviewed: date
    review_every_months: int
    draft: bool = False
    # Set by the loader, never read from a file: the association's folder a local rule comes
    # from, and the shipped file it corrects (same id). Screens show both (issue 22).
    local_folder: str = ""
    overrides: str = ""
    evidence: tuple[Evidence, ...] = ()  # beside each rule, for a legal reviewer (check-content)

    @property
    def review_due_on(self) -> date:
        return add_months(self.last_reviewed, self.review_every_months)

    def needs_review(self, today: date) -> bool:
        """Past its review date: the person sees "à vérifier"."""
        return today > self.review_due_on

    def in_force(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day < self.valid_to)

    @property
    def verified(self) -> bool:
        return self.verification is Verification.VERIFIED and not self.unverified


class Reader:
    """Typed access to one TOML table of a file, collecting problems with file and line."""

    def __init__(
        self,
        data: Mapping[str, Any],
        file: str,
        text: str,
        problems: list[str],
        path: tuple[str | int, ...] = (),
    ):
        self.data, self.file, self.text, self.problems, self.path = data, file, text, problems, path

    def child(self, key: str | int, data: Mapping[str, Any]) -> Reader:
        return Reader(data, self.file, self.text, self.problems, (*self.path, key))

    def bad(self, key: str | int | None, what: str) -> None:
        path = self.path if key is None else (*self.path, key)
        line = line_of(self.text, path)
        name = ".".join(str(p) for p in path) or "(file)"
        self.problems.append(f"{self.file}:{line}: {name}: {what}")

    def unknown(self, allowed: frozenset[str] | set[str]) -> None:
        for key in self.data:
            if key not in allowed:
                self.bad(key, f"unknown field (allowed: {', '.join(sorted(allowed))})")

    def get(
        self,
        key: str,
        kind: type | tuple[type, ...],
        default: Any = ...,
        *,
        choices: frozenset[str] | None = None,
    ) -> Any:
        if key not in self.data:
            if default is ...:
                self.bad(key, "missing")
                return None
            return default
        value = self.data[key]
        if (isinstance(value, bool) and kind is int) or not isinstance(value, kind):
            wanted = "a date (YYYY-MM-DD, without quotes)" if kind is date else None
            self.bad(key, f"expected {wanted or getattr(kind, '__name__', kind)}")
            return None if default is ... else default
        if isinstance(value, str) and not value.strip() and default is ...:
            self.bad(key, "empty")
            return None
        if choices is not None and value not in choices:
            self.bad(key, f"{value!r} is not one of {', '.join(sorted(choices))}")
            return None
        return value

    def texts(
        self, key: str, *, required: bool = True, max_words: int = 0, lines: bool = False
    ) -> dict[str, str]:
        """A table of one text per language ({fr, en}), spaces tidied (`lines`: line breaks
        kept, for letter bodies)."""
        table = self.get(key, dict, ... if required else {})
        if table is None:
            return {}
        t = self.child(key, table)
        t.unknown(set(LANGUAGES))
        found = {}
        for lang in LANGUAGES:
            text = table.get(lang)
            if not isinstance(text, str) or not text.strip():
                if required or table:
                    t.bad(lang, "missing")
                continue
            if max_words and len(text.split()) > max_words:
                t.bad(lang, f"longer than {max_words} words")
            if lines:
                found[lang] = "\n".join(" ".join(line.split()) for line in text.strip().split("\n"))
            else:
                found[lang] = " ".join(text.split())
        return found

    def tables(self, key: str, *, required: bool = False) -> list[Reader]:
        items = self.get(key, list, ... if required else [])
        if items is None:
            return []
        readers = []
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                self.child(key, {}).bad(i, "expected a table ([[" + key + "]])")
                continue
            readers.append(Reader(item, self.file, self.text, self.problems, (*self.path, key, i)))
        if required and not readers:
            self.bad(key, "needs at least one entry")
        return readers

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.get(key, bool, default)
        return bool(value)


def rule_info(r: Reader) -> RuleInfo | None:
    """The fields every rule shares; None when one is broken (the problems say which)."""
    before = len(r.problems)
    rule_id = r.get("id", str)
    if rule_id is not None and not _ID.fullmatch(rule_id):
        r.bad("id", "use lower-case letters, digits, '.', '_' or '-'")
    version = r.get("version", int)
    if isinstance(version, int) and version < 1:
        r.bad("version", "must be at least 1")
    status = r.get("status", str, "published", choices=frozenset({"published", "draft"}))
    legal = []
    if "legal" not in r.data:
        r.bad("legal", "missing: every rule needs its legal source ([[legal]] code, article, link)")
    for lr in r.tables("legal", required="legal" in r.data):
        lr.unknown(_LEGAL_KEYS)
        code, article, link = lr.get("code", str), lr.get("article", str), lr.get("link", str)
        if isinstance(link, str) and not link.startswith("https://"):
            lr.bad("link", "an official link starts with https://")
        if None not in (code, article, link):
            legal.append(LegalSource(code.strip(), article.strip(), link.strip()))
    sources = r.get("sources", list, [])
    if not all(isinstance(s, str) and s.strip() for s in sources):
        r.bad("sources", "expected a list of texts")
        sources = []
    confidence = r.get("confidence", str, choices=frozenset(c.value for c in Confidence))
    verification = r.get("verification", str, choices=frozenset(v.value for v in Verification))
    unverified = []
    for ur in r.tables("unverified"):
        ur.unknown(set(LANGUAGES))
        texts = {}
        for lang in LANGUAGES:
            text = ur.get(lang, str)
            if isinstance(text, str):
                texts[lang] = " ".join(text.split())
        unverified.append(texts)
    valid_from, valid_to = r.get("valid_from", date), r.get("valid_to", date, None)
    reviewed, every = r.get("last_reviewed", date), r.get("review_every_months", int)
    evidence = _evidence(r, reviewed if isinstance(reviewed, date) else None)
    if isinstance(every, int) and every < 1:
        r.bad("review_every_months", "must be at least 1")
    if isinstance(valid_from, date) and isinstance(valid_to, date) and valid_to <= valid_from:
        r.bad("valid_to", "must be after valid_from")
    if verification == Verification.VERIFIED and unverified:
        r.bad("verification", "'verified' while facts are listed under [[unverified]]")
    if verification == Verification.VERIFIED and not evidence:
        r.bad("verification", "'verified' needs its [[evidence]] (url, quote, read_on)")
    r.get("notes", str, "")
    if len(r.problems) > before:
        return None
    return RuleInfo(
        id=rule_id,
        version=version,
        file=r.file,
        legal=tuple(legal),
        sources=tuple(s.strip() for s in sources),
        confidence=Confidence(confidence),
        verification=Verification(verification),
        unverified=tuple(unverified),
        valid_from=valid_from,
        valid_to=valid_to,
        last_reviewed=reviewed,
        review_every_months=every,
        draft=status == "draft",
        evidence=tuple(evidence),
    )


def _evidence(r: Reader, reviewed: date | None) -> list[Evidence]:
    """[[evidence]]: each source with its address, the decisive sentence and the day read."""
    found = []
    for er in r.tables("evidence"):
        er.unknown(_EVIDENCE_KEYS)
        url, quote = er.get("url", str), er.get("quote", str)
        read_on, about = er.get("read_on", date), er.get("about", str, "")
        if isinstance(url, str) and not url.startswith(("https://", "http://")):
            er.bad("url", "an address starts with https:// (or http://)")
        if isinstance(quote, str) and len(quote.split()) > QUOTE_MAX_WORDS:
            er.bad("quote", f"longer than {QUOTE_MAX_WORDS} words: quote the decisive sentence")
        if isinstance(read_on, date) and reviewed is not None and read_on > reviewed:
            er.bad("read_on", "after last_reviewed: review the rule when its source is read")
        if isinstance(url, str) and isinstance(quote, str) and isinstance(read_on, date):
            found.append(Evidence(url.strip(), " ".join(quote.split()), read_on, about.strip()))
    return found
