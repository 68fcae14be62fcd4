"""Load and check the obligation templates and calendars in resources/content/.

Content is data that editors change without touching code (a new calendar year, a rule reviewed),
so everything is checked at load: an unknown key (a typo), a missing source, a flag no situation
has, a window that closes before it opens — each is reported with its file, and nothing half-read
is used. The schema is documented in resources/content/README.md and at the top of every file.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.obligations import (
    Calendar,
    CalendarEntry,
    Confidence,
    DeadlineKind,
    Evidence,
    ObligationTemplate,
    Schedule,
    ScheduleRule,
    Verification,
)
from ..domain.organisations import OrganisationKind
from ..domain.recurrence import month_key
from ..domain.situation import DATE_FIELDS, FLAGS, MONTH_FIELDS
from ..resources import resource_path
from .rules import QUOTE_MAX_WORDS

EVENTS = frozenset({"change_of_situation"})
KINDS = frozenset(
    {
        "recurring_declaration",
        "activity_quota",
        "response_window",
        "renewal",
        "notify_change",
        "custom",
    }
)
CONSEQUENCES = frozenset(
    {
        "registration_ends",
        "payment_stops",
        "contract_commitment",
        "recognition_ends",
        "declaration_late",
        "none",
    }
)
ORGANISATIONS = frozenset({k.value for k in OrganisationKind} | {"referent", "any"})
LANGUAGES = ("fr", "en")
FALC_MAX_WORDS = 60

_TEMPLATE_KEYS = frozenset(
    {
        "guide",
        "evidence",
        "id",
        "version",
        "status",
        "organisation",
        "kind",
        "deadline",
        "safe_days_before",
        "consequence",
        "source",
        "legal_refs",
        "confidence",
        "verification",
        "valid_from",
        "valid_to",
        "last_reviewed",
        "review_every_months",
        "notes",
        "audience",
        "schedule",
        "title",
        "explanation",
    }
)
_SCHEDULE_KEYS = {
    Schedule.CALENDAR: {"calendar"},
    Schedule.QUARTERLY: {"field", "opens_day", "closes_day"},
    Schedule.WEEKLY: set(),
    Schedule.AFTER_DATE: {"field", "months", "days"},
    Schedule.BEFORE_DATE: {"field", "months"},
    Schedule.ON_EVENT: {"event", "months", "days"},
    Schedule.MANUAL: set(),
}
_CALENDAR_KEYS = frozenset(
    {"calendar", "year", "source", "last_reviewed", "verified", "basis", "entries"}
)
CALENDAR_BASES = frozenset({"published", "rule"})
_ENTRY_KEYS = frozenset({"period", "opens", "closes", "verified"})


class ContentError(ValueError):
    """A content file breaks the schema. Nothing from the pack is used."""

    code = "content_invalid"
    exit_code = 1

    def __init__(self, problems: list[str]):
        self.problems = tuple(problems)
        super().__init__("; ".join(problems))


def content_root() -> Path:
    return resource_path("content")


class _Reader:
    """Typed access to one TOML table, collecting problems with their place."""

    def __init__(self, data: Mapping[str, Any], where: str, problems: list[str]):
        self.data, self.where, self.problems = data, where, problems

    def bad(self, key: str, what: str) -> None:
        self.problems.append(f"{self.where}: {key}: {what}")

    def unknown(self, allowed: frozenset[str] | set[str]) -> None:
        for key in self.data:
            if key not in allowed:
                self.bad(key, "unknown key")

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
            self.bad(key, f"expected {getattr(kind, '__name__', kind)}")
            return None if default is ... else default
        if choices is not None and value not in choices:
            self.bad(key, f"{value!r} is not one of {sorted(choices)}")
            return None
        return value

    def text_list(self, key: str) -> tuple[str, ...]:
        value = self.get(key, list, [])
        if not all(isinstance(v, str) and v.strip() for v in value):
            self.bad(key, "expected a list of texts")
            return ()
        return tuple(value)

    def texts(self, key: str, *, falc: bool = False) -> dict[str, str]:
        table = self.get(key, dict, {})
        found = {}
        for lang in LANGUAGES:
            text = table.get(lang)
            if not isinstance(text, str) or not text.strip():
                self.bad(f"{key}.{lang}", "missing")
                continue
            if falc and len(text.split()) > FALC_MAX_WORDS:
                self.bad(f"{key}.{lang}", f"longer than {FALC_MAX_WORDS} words")
            found[lang] = " ".join(text.split())
        return found


def _schedule(r: _Reader, table: Mapping[str, Any]) -> ScheduleRule | None:
    s = _Reader(table, f"{r.where} [schedule]", r.problems)
    rule_name = s.get("rule", str, choices=frozenset(x.value for x in Schedule))
    if rule_name is None:
        return None
    rule = Schedule(rule_name)
    s.unknown(_SCHEDULE_KEYS[rule] | {"rule"})
    fields = MONTH_FIELDS if rule is Schedule.QUARTERLY else DATE_FIELDS
    result = ScheduleRule(
        rule=rule,
        calendar=s.get("calendar", str) if rule is Schedule.CALENDAR else "",
        field=(
            s.get("field", str, choices=fields)
            if rule in (Schedule.QUARTERLY, Schedule.AFTER_DATE, Schedule.BEFORE_DATE)
            else ""
        ),
        months=s.get("months", int, 0),
        days=s.get("days", int, 0),
        opens_day=s.get("opens_day", int, 1),
        closes_day=s.get("closes_day", int, 25),
        event=s.get("event", str, choices=EVENTS) if rule is Schedule.ON_EVENT else "",
    )
    if (result.months or 0) < 0 or (result.days or 0) < 0:
        s.bad("months/days", "must not be negative")
    if rule in (Schedule.AFTER_DATE, Schedule.ON_EVENT) and not (result.months or result.days):
        s.bad("months/days", "a window needs a length")
    if rule is Schedule.BEFORE_DATE and not result.months:
        s.bad("months", "must be at least 1")
    if rule is Schedule.QUARTERLY and not (
        1 <= (result.opens_day or 0) <= (result.closes_day or 0) <= 31
    ):
        s.bad("opens_day/closes_day", "expected 1 <= opens_day <= closes_day <= 31")
    return result


def parse_template(data: Mapping[str, Any], where: str) -> ObligationTemplate | None:
    """One template from its TOML table; None (and problems) when it breaks the schema."""
    problems: list[str] = []
    r = _Reader(data, where, problems)
    r.unknown(_TEMPLATE_KEYS)
    audience = _Reader(r.get("audience", dict, {}), f"{where} [audience]", problems)
    audience.unknown({"all", "any"})
    every, some = audience.text_list("all"), audience.text_list("any")
    for flag in (*every, *some):
        if flag not in FLAGS:
            audience.bad(flag, "not a situation flag")
    schedule = _schedule(r, r.get("schedule", dict, {}))
    source = r.text_list("source")
    if not source:
        r.bad("source", "a rule needs at least one source")
    template = dict(
        id=r.get("id", str),
        version=r.get("version", int),
        organisation_kind=r.get("organisation", str, choices=ORGANISATIONS),
        title=r.texts("title"),
        explanation=r.texts("explanation", falc=True),
        schedule=schedule,
        audience_all=every,
        audience_any=some,
        deadline_kind=r.get("deadline", str, choices=frozenset(x.value for x in DeadlineKind)),
        safe_days_before=r.get("safe_days_before", int, 0),
        consequence=r.get("consequence", str, choices=CONSEQUENCES),
        source=source,
        legal_refs=r.text_list("legal_refs"),
        confidence=r.get("confidence", str, choices=frozenset(x.value for x in Confidence)),
        verification=r.get("verification", str, choices=frozenset(x.value for x in Verification)),
        valid_from=r.get("valid_from", date),
        valid_to=r.get("valid_to", date, None),
        last_reviewed=r.get("last_reviewed", date),
        review_every_months=r.get("review_every_months", int),
        notes=" ".join(r.get("notes", str, "").split()),
        guide=r.get("guide", str, ""),
        evidence=_evidence(r, where),
    )
    r.get("status", str, choices=frozenset({"published", "draft"}))
    r.get("kind", str, choices=KINDS)
    if isinstance(template["version"], int) and template["version"] < 1:
        r.bad("version", "must be at least 1")
    if isinstance(template["review_every_months"], int) and template["review_every_months"] < 1:
        r.bad("review_every_months", "must be at least 1")
    vf, vt = template["valid_from"], template["valid_to"]
    if isinstance(vf, date) and isinstance(vt, date) and vt <= vf:
        r.bad("valid_to", "must be after valid_from")
    if problems:
        raise ContentError(problems)
    return ObligationTemplate(
        **{
            **template,
            "deadline_kind": DeadlineKind(template["deadline_kind"]),
            "confidence": Confidence(template["confidence"]),
            "verification": Verification(template["verification"]),
        }
    )


def _evidence(r: _Reader, where: str) -> tuple[Evidence, ...]:
    """[[evidence]] as in the packs (app/content/rules.py): address, decisive sentence, day read."""
    found = []
    for i, raw in enumerate(r.get("evidence", list, [])):
        e = _Reader(raw if isinstance(raw, dict) else {}, f"{where} evidence[{i}]", r.problems)
        e.unknown({"url", "quote", "read_on", "about"})
        url, quote = e.get("url", str), e.get("quote", str)
        read_on, about = e.get("read_on", date), e.get("about", str, "")
        if isinstance(url, str) and not url.startswith(("https://", "http://")):
            e.bad("url", "an address starts with https:// (or http://)")
        if isinstance(quote, str) and len(quote.split()) > QUOTE_MAX_WORDS:
            e.bad("quote", f"longer than {QUOTE_MAX_WORDS} words: quote the decisive sentence")
        reviewed = r.data.get("last_reviewed")
        if isinstance(read_on, date) and isinstance(reviewed, date) and read_on > reviewed:
            e.bad("read_on", "after last_reviewed: review the rule when its source is read")
        if isinstance(url, str) and isinstance(quote, str) and isinstance(read_on, date):
            found.append(Evidence(url.strip(), " ".join(quote.split()), read_on, about.strip()))
    return tuple(found)


def parse_calendar(data: Mapping[str, Any], where: str) -> tuple[str, Calendar]:
    problems: list[str] = []
    r = _Reader(data, where, problems)
    r.unknown(_CALENDAR_KEYS)
    cal_id, year = r.get("calendar", str), r.get("year", int)
    source, reviewed = r.get("source", str), r.get("last_reviewed", date)
    r.get("verified", bool)
    basis = r.get("basis", str, "published", choices=CALENDAR_BASES) or "published"
    entries: list[CalendarEntry] = []
    seen: set[str] = set()
    for i, raw in enumerate(r.get("entries", list, [])):
        e = _Reader(raw if isinstance(raw, dict) else {}, f"{where} entries[{i}]", problems)
        e.unknown(_ENTRY_KEYS)
        period, opens, closes = e.get("period", str), e.get("opens", date), e.get("closes", date)
        verified = e.get("verified", bool)
        if None in (period, opens, closes, verified):
            continue
        if isinstance(year, int) and not any(period == month_key(year, m) for m in range(1, 13)):
            e.bad("period", f"expected YYYY-MM in {year}")
        if period in seen:
            e.bad("period", "listed twice")
        if closes < opens:
            e.bad("closes", "before opens")
        if verified and basis == "rule":
            e.bad("verified", "a date computed by rule is not verified until it is published")
        seen.add(period)
        entries.append(CalendarEntry(period, opens, closes, verified, basis))
    if problems:
        raise ContentError(problems)
    return cal_id, Calendar(cal_id, tuple(entries), source, reviewed)


@dataclass(frozen=True)
class Catalogue:
    templates: tuple[ObligationTemplate, ...]
    calendars: Mapping[str, Calendar]

    def template(self, template_id: str) -> ObligationTemplate | None:
        for t in self.templates:
            if t.id == template_id:
                return t
        return None


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ContentError([f"{path.name}: {exc}"]) from exc


def load_catalogue(root: Path | None = None) -> Catalogue:
    """Every published template and every calendar, merged by calendar id; ContentError lists
    every problem of the pack at once."""
    root = Path(root) if root is not None else content_root()
    problems: list[str] = []
    templates: dict[str, ObligationTemplate] = {}
    for path in sorted((root / "obligations").glob("*.toml")):
        data = _read(path)
        try:
            t = parse_template(data, f"obligations/{path.name}")
        except ContentError as exc:
            problems += exc.problems
            continue
        if t is None or data.get("status") == "draft":
            continue
        if t.id in templates:
            problems.append(f"obligations/{path.name}: id: {t.id!r} used twice")
        templates[t.id] = t
    entries: dict[str, list[CalendarEntry]] = {}
    meta: dict[str, Calendar] = {}
    for path in sorted((root / "calendars").glob("*.toml")):
        try:
            cal_id, cal = parse_calendar(_read(path), f"calendars/{path.name}")
        except ContentError as exc:
            problems += exc.problems
            continue
        known = {e.period for e in entries.get(cal_id, [])}
        for e in cal.entries:
            if e.period in known:
                problems.append(f"calendars/{path.name}: {e.period} is in another file too")
        entries.setdefault(cal_id, []).extend(cal.entries)
        meta[cal_id] = cal
    for t in templates.values():
        if t.schedule.rule is Schedule.CALENDAR and t.schedule.calendar not in meta:
            problems.append(f"{t.id}: schedule.calendar {t.schedule.calendar!r} has no file")
    if problems:
        raise ContentError(problems)
    calendars = {
        cal_id: Calendar(
            cal_id,
            tuple(sorted(found, key=lambda e: e.period)),
            meta[cal_id].source,
            meta[cal_id].last_reviewed,
        )
        for cal_id, found in entries.items()
    }
    return Catalogue(tuple(templates.values()), calendars)


@functools.cache
def catalogue() -> Catalogue:
    """The shipped content, read once per process."""
    return load_catalogue()
