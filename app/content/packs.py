"""Procedures, guides and letter templates: the content packs behind "J'ai reçu un courrier",
the guides and the letters, read from resources/content/ and from an association's own folder.

    procedures/*.toml   how to answer or contest a letter: steps, addressee, deadline, from when
    guides/*.toml       short pages in plain French (and English), read aloud
    letters/*.toml      letter templates filled from the carnet

Layers: the shipped pack first, then the local folder (`<data folder>/content`, or
REPERES_CONTENT_DIR). A local file with the id of a shipped rule replaces it (a correction of its
texts); a new id adds a rule. A file that breaks the schema is refused with its name and line, and
the app keeps the last good version of it: the one read earlier in this run, else the shipped one.

Any later user of a shared PC account can create the local folder, so it may correct and add,
never silently override the law (issue 22): a local procedure that changes a shipped one's
deadlines, steps or where it applies is refused (the shipped rule stays), as is a local draft with
a shipped id (it would hide the shipped rule); every local rule carries its folder, and the rule
it corrects, for the screens and `check-content`; a shipped procedure always matches a letter
before a local one, whatever the ids.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from string import Formatter

from ..deadlines import LETTER_KINDS, UNKNOWN_SUBJECT, Period, RunsFrom, StepTiming
from ..domain.organisations import OrganisationKind
from .rules import PARAGRAPH_MAX_WORDS, RULE_KEYS, Reader, RuleInfo, Texts, rule_info

KINDS = ("procedures", "guides", "letters")
GENERAL = "general"  # the procedure for any letter no other procedure matches
LOCAL_ENV = "REPERES_CONTENT_DIR"
SUBJECT_NAME_MAX = 40  # an answer to "what is the decision about?" fits a radio button at 200 %
ORGANISATIONS = frozenset(k.value for k in OrganisationKind)

# What a letter template may ask the carnet for (screens fill them; unknown ones are refused).
PLACEHOLDERS = frozenset(
    {
        "name",  # the person's name (as written when the carnet was created)
        "identifiers",  # identifiers the person chose to keep (France Travail number…)
        "organisation",  # the organisation written to
        "letter_date",  # the date printed on the letter answered
        "received_on",  # the day it was received
        "appointment_date",  # the appointment missed or to come
        "today",  # the day the letter is written
        "journal_extract",  # what the person chose from their journal
        "reason",  # in the person's words
    }
)


# -- data -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ProcedureStep:
    key: str
    name: Texts
    addressee: Texts
    what: Texts  # what to do, in plain words
    deadline: Period | None
    runs_from: RunsFrom
    mandatory: bool
    interrupts_court_deadline: bool
    needs_appeal_mention: bool  # court-related: firm only when the letter states its deadlines
    letters: tuple[str, ...]  # letter templates that help with this step
    subjects: frozenset[str] = frozenset()  # the subjects it is for; empty: every subject

    def timing(self) -> StepTiming:
        return StepTiming(self.key, self.deadline, self.runs_from, self.needs_appeal_mention)


@dataclass(frozen=True)
class Subject:
    """What a decision is about, when the way to contest it depends on it (France Travail: the
    ARE's amount goes to the judicial court, a sanction to the administrative one)."""

    key: str
    name: Texts  # the answer, short
    help: Texts  # examples, in plain words


@dataclass(frozen=True)
class Procedure:
    info: RuleInfo
    title: Texts
    organisations: frozenset[str]
    kinds: frozenset[str]
    steps: tuple[ProcedureStep, ...]
    when_late: Texts  # what can still be done once the deadlines have passed
    # One question to the person when the steps depend on the subject; always with "unknown"
    # ("I don't know"), the answer taken when none is given.
    subjects: tuple[Subject, ...] = ()

    @property
    def id(self) -> str:
        return self.info.id

    def subject_key(self, subject: str | None) -> str | None:
        """The subject in use: None for a procedure without subjects, "unknown" when the one
        given is not the procedure's (or none is)."""
        if not self.subjects:
            return None
        keys = {s.key for s in self.subjects}
        return subject if subject in keys else UNKNOWN_SUBJECT

    def steps_for(self, subject: str | None = None) -> tuple[ProcedureStep, ...]:
        key = self.subject_key(subject)
        if key is None:
            return self.steps
        return tuple(s for s in self.steps if not s.subjects or key in s.subjects)

    def timings(self, subject: str | None = None) -> list[StepTiming]:
        return [s.timing() for s in self.steps_for(subject)]

    def matches(self, organisation: str, kind: str) -> bool:
        return organisation in self.organisations and kind in self.kinds


@dataclass(frozen=True)
class Guide:
    info: RuleInfo
    order: int
    title: Texts
    paragraphs: Mapping[str, tuple[str, ...]]  # language -> paragraphs
    letters: tuple[str, ...]  # letter templates this guide offers

    @property
    def id(self) -> str:
        return self.info.id


@dataclass(frozen=True)
class LetterTemplate:
    info: RuleInfo
    order: int
    title: Texts
    purpose: Texts  # one sentence: when to use it
    subject: Texts
    body: Texts  # with {placeholders}

    @property
    def id(self) -> str:
        return self.info.id

    def placeholders(self, language: str) -> set[str]:
        return _placeholders(self.body.get(language, "")) | _placeholders(
            self.subject.get(language, "")
        )


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


# -- parsing --------------------------------------------------------------------------------------
def _paragraphs(r: Reader, key: str) -> dict[str, tuple[str, ...]]:
    table = r.get(key, dict)
    if table is None:
        return {}
    t = r.child(key, table)
    t.unknown({"fr", "en"})
    found = {}
    for lang in ("fr", "en"):
        items = t.get(lang, list)
        if items is None:
            continue
        texts = []
        for i, text in enumerate(items):
            if not isinstance(text, str) or not text.strip():
                t.child(lang, {}).bad(i, "expected a text")
                continue
            if len(text.split()) > PARAGRAPH_MAX_WORDS:
                t.child(lang, {}).bad(i, f"longer than {PARAGRAPH_MAX_WORDS} words")
            texts.append(" ".join(text.split()))
        if not texts:
            t.bad(lang, "needs at least one paragraph")
        found[lang] = tuple(texts)
    if found and len(found.get("fr", ())) != len(found.get("en", ())):
        t.bad(None, "fr and en need the same number of paragraphs")
    return found


def _order(r: Reader) -> int:
    value = r.get("order", int, 100)
    return value if isinstance(value, int) else 100


def parse_procedure(r: Reader) -> Procedure | None:
    r.unknown(RULE_KEYS | {"title", "applies", "steps", "when_late", "subjects"})
    before = len(r.problems)
    info = rule_info(r)
    title = r.texts("title")
    applies = r.child("applies", r.get("applies", dict) or {})
    applies.unknown({"organisations", "kinds"})
    orgs = applies.get("organisations", list) or []
    kinds = applies.get("kinds", list) or []
    for o in orgs:
        if o not in ORGANISATIONS:
            applies.bad("organisations", f"{o!r} is not one of {', '.join(sorted(ORGANISATIONS))}")
    for k in kinds:
        if k not in LETTER_KINDS:
            applies.bad("kinds", f"{k!r} is not one of {', '.join(LETTER_KINDS)}")
    subjects = []
    for t in r.tables("subjects"):
        t.unknown({"key", "name", "help"})
        key = t.get("key", str)
        if key in {x.key for x in subjects}:
            t.bad("key", f"{key!r} used twice in this procedure")
        name = t.texts("name")
        for lang, text in name.items():
            if len(text) > SUBJECT_NAME_MAX:  # a radio button does not wrap: at 200 % it is cut
                t.child("name", {}).bad(lang, f"longer than {SUBJECT_NAME_MAX} characters")
        subjects.append(Subject(key or "", name, t.texts("help", required=False)))
    subject_keys = {x.key for x in subjects}
    if subjects and UNKNOWN_SUBJECT not in subject_keys:
        r.child("subjects", {}).bad(
            0, f"needs the subject {UNKNOWN_SUBJECT!r} (the answer “I don't know”)"
        )
    steps = []
    keys: set[str] = set()
    for s in r.tables("steps", required=True):
        s.unknown(
            {
                "key",
                "name",
                "addressee",
                "what",
                "deadline",
                "runs_from",
                "mandatory",
                "interrupts_court_deadline",
                "needs_appeal_mention",
                "letters",
                "subjects",
            }
        )
        key = s.get("key", str)
        if key in keys:
            s.bad("key", f"{key!r} used twice in this procedure")
        keys.add(key)
        period = None
        raw = s.get("deadline", str, "")
        if raw:
            try:
                period = Period.parse(raw)
            except ValueError:
                s.bad("deadline", f"{raw!r} is not a period like P10D, P2M or P1Y")
        runs = s.get("runs_from", str, "receipt", choices=frozenset(x.value for x in RunsFrom))
        for_subjects = s.get("subjects", list, [])
        for x in for_subjects:
            if x not in subject_keys:
                s.bad("subjects", f"{x!r} is not a subject of this procedure ([[subjects]])")
        steps.append(
            ProcedureStep(
                key=key or "",
                name=s.texts("name"),
                addressee=s.texts("addressee"),
                what=s.texts("what", max_words=PARAGRAPH_MAX_WORDS),
                deadline=period,
                runs_from=RunsFrom(runs or "receipt"),
                mandatory=s.flag("mandatory"),
                interrupts_court_deadline=s.flag("interrupts_court_deadline"),
                needs_appeal_mention=s.flag("needs_appeal_mention"),
                letters=tuple(s.get("letters", list, [])),
                subjects=frozenset(for_subjects),
            )
        )
    when_late = r.texts("when_late", max_words=PARAGRAPH_MAX_WORDS)
    if len(r.problems) > before or info is None:
        return None
    for x in subjects:
        if not any(not st.subjects or x.key in st.subjects for st in steps):
            r.child("subjects", {}).bad(0, f"no step for the subject {x.key!r}")
    if len(r.problems) > before:
        return None
    return Procedure(info, title, frozenset(orgs), frozenset(kinds), tuple(steps), when_late,
                     tuple(subjects))  # fmt: skip


def parse_guide(r: Reader) -> Guide | None:
    r.unknown(RULE_KEYS | {"order", "title", "paragraphs", "letters"})
    before = len(r.problems)
    info = rule_info(r)
    guide = Guide(
        info,  # type: ignore[arg-type]
        _order(r),
        r.texts("title"),
        _paragraphs(r, "paragraphs"),
        tuple(r.get("letters", list, [])),
    )
    return guide if info is not None and len(r.problems) == before else None


def parse_letter(r: Reader) -> LetterTemplate | None:
    r.unknown(RULE_KEYS | {"order", "title", "purpose", "subject", "body"})
    before = len(r.problems)
    info = rule_info(r)
    letter = LetterTemplate(
        info,  # type: ignore[arg-type]
        _order(r),
        r.texts("title"),
        r.texts("purpose", max_words=PARAGRAPH_MAX_WORDS),
        r.texts("subject"),
        r.texts("body", lines=True),
    )
    for part in ("subject", "body"):
        for lang, text in getattr(letter, part).items():
            try:
                unknown = _placeholders(text) - PLACEHOLDERS
            except ValueError:
                r.child(part, {}).bad(lang, "a { or } without its pair (write {{ or }})")
                continue
            if unknown:
                r.child(part, {}).bad(
                    lang,
                    f"unknown placeholder {', '.join(sorted(unknown))} "
                    f"(allowed: {', '.join(sorted(PLACEHOLDERS))})",
                )
    return letter if info is not None and len(r.problems) == before else None


PARSERS = {"procedures": parse_procedure, "guides": parse_guide, "letters": parse_letter}


# -- loading --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FileResult:
    kind: str
    file: str  # "guides/rdv.toml" (local files: "local:guides/rdv.toml")
    item: Procedure | Guide | LetterTemplate | None
    problems: tuple[str, ...]
    id_hint: str = ""  # the id a refused file meant to have (its references are not reported)


@dataclass(frozen=True)
class Packs:
    procedures: Mapping[str, Procedure]
    guides: Mapping[str, Guide]
    letters: Mapping[str, LetterTemplate]
    problems: tuple[str, ...] = ()  # refused files (the last good version is in use, if any)
    kept: tuple[str, ...] = field(default=())  # files refused whose last good version is used

    def procedure_for(self, organisation: str, kind: str) -> Procedure | None:
        """The procedure for a letter of this kind from this organisation; the general one
        (id "general") when none matches, e.g. an organisation the person could not name.
        Shipped procedures first: a local one with an id sorting first does not win."""
        order = sorted(self.procedures.values(), key=lambda p: (bool(p.info.local_folder), p.id))
        for p in order:
            if not p.info.draft and p.id != GENERAL and p.matches(organisation, kind):
                return p
        return self.procedures.get(GENERAL)

    def guides_in_order(self) -> list[Guide]:
        return sorted(
            (g for g in self.guides.values() if not g.info.draft), key=lambda g: (g.order, g.id)
        )

    def letters_in_order(self) -> list[LetterTemplate]:
        return sorted(
            (t for t in self.letters.values() if not t.info.draft), key=lambda t: (t.order, t.id)
        )

    def rules(self) -> list[RuleInfo]:
        items: Iterable[Procedure | Guide | LetterTemplate] = (
            *self.procedures.values(),
            *self.guides.values(),
            *self.letters.values(),
        )
        return sorted((i.info for i in items), key=lambda r: r.id)


def read_file(path: Path, kind: str, label: str) -> FileResult:
    """One pack file: its item, or the problems that refuse it (each with file and line)."""
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        what = "not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else "cannot be read"
        return FileResult(kind, label, None, (f"{label}:1: (file): {what}",))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        hint = re.search(r'^id\s*=\s*"([^"]+)"', text, re.MULTILINE)
        return FileResult(
            kind,
            label,
            None,
            (f"{label}:{m.group(1) if m else 1}: {exc}",),
            hint.group(1) if hint else "",
        )
    problems: list[str] = []
    item = PARSERS[kind](Reader(data, label, text, problems))
    hint = data.get("id") if isinstance(data.get("id"), str) else ""
    return FileResult(kind, label, item if not problems else None, tuple(problems), hint)


def shipped_root() -> Path:
    from .obligations import content_root

    return content_root()


def local_root() -> Path | None:
    """An association's own packs: REPERES_CONTENT_DIR, else `content` in the data folder."""
    override = os.environ.get(LOCAL_ENV)
    if override:
        return Path(override)
    from ..locations import locate

    folder = locate().data_dir / "content"
    return folder if folder.is_dir() else None


# The last good version of each file read in this process, by label: a file broken while the
# app runs (an editor saving half a change) does not take its rule away.
_LAST_GOOD: dict[tuple[str, str], FileResult] = {}


def load_packs(roots: Iterable[tuple[str, Path]] | None = None) -> Packs:
    """Every layer in order ((prefix, folder): "" for the shipped pack, "local:" for an
    association's). Never raises for a bad file: it is refused and listed in `problems`."""
    if roots is None:
        roots = [("", shipped_root())]
        local = local_root()
        if local is not None:
            roots.append(("local:", local))
    found: dict[str, dict[str, object]] = {k: {} for k in KINDS}
    problems: list[str] = []
    kept: list[str] = []
    refused: set[str] = set()
    for prefix, root in roots:
        seen: dict[str, dict[str, str]] = {k: {} for k in KINDS}  # id -> file, in this layer
        for kind in KINDS:
            for path in sorted((Path(root) / kind).glob("*.toml")):
                label = f"{prefix}{kind}/{path.name}"
                result = read_file(path, kind, label)
                if result.item is None:
                    problems += result.problems
                    refused.add(result.id_hint)
                    result = _LAST_GOOD.get((str(root), label), result)
                    if result.item is None:
                        continue
                    kept.append(label)
                item = result.item
                if item.id in seen[kind]:
                    text = path.read_text("utf-8", errors="replace")
                    from .toml_lines import line_of

                    problems.append(
                        f"{label}:{line_of(text, ('id',))}: id: {item.id!r} is already used by "
                        f"{seen[kind][item.id]}"
                    )
                    continue
                seen[kind][item.id] = label
                _LAST_GOOD[(str(root), label)] = result
                if prefix:  # an association's layer: may correct and add, never hide the law
                    base = found[kind].get(item.id)
                    refusal = _refused_override(item, base, label)  # type: ignore[arg-type]
                    if refusal:
                        problems.append(refusal)
                        continue
                    item = _mark_local(item, Path(root), base)  # type: ignore[arg-type]
                found[kind][item.id] = item
    problems += _cross_references(found, refused)
    return Packs(
        found["procedures"],  # type: ignore[arg-type]
        found["guides"],  # type: ignore[arg-type]
        found["letters"],  # type: ignore[arg-type]
        tuple(problems),
        tuple(kept),
    )


Item = Procedure | Guide | LetterTemplate


def _fixed(proc: Procedure) -> tuple:
    """What a local correction of a procedure may not change: where it applies and, for each
    step, its deadline and how it runs."""
    steps = tuple(
        (s.key, s.deadline, s.runs_from, s.mandatory, s.interrupts_court_deadline,
         s.needs_appeal_mention)
        for s in proc.steps
    )  # fmt: skip
    return (proc.organisations, proc.kinds, steps)


def _refused_override(item: Item, base: Item | None, label: str) -> str:
    """Why a local item may not replace the shipped one with its id ("" when it may)."""
    if base is None:
        return ""
    if item.info.draft:
        return (
            f"{label}: status: a local draft cannot hide the shipped rule {item.id!r} "
            f"({base.info.file}); refused, the shipped rule stays"
        )
    if isinstance(item, Procedure) and isinstance(base, Procedure) and _fixed(item) != _fixed(base):
        return (
            f"{label}: steps: overrides the shipped rule {item.id!r} ({base.info.file}) and "
            f"changes its deadlines, steps or where it applies; refused, the shipped rule stays "
            f"(deadlines come from the law: ask for the shipped rule to be corrected)"
        )
    return ""


def _mark_local(item: Item, root: Path, base: Item | None) -> Item:
    info = replace(
        item.info, local_folder=str(root), overrides=base.info.file if base is not None else ""
    )
    return replace(item, info=info)


def _cross_references(found: Mapping[str, Mapping[str, object]], refused: set[str]) -> list[str]:
    letters = {*found["letters"], *refused}
    problems = []
    for proc in found["procedures"].values():
        for step in proc.steps:  # type: ignore[attr-defined]
            for ref in step.letters:
                if ref not in letters:
                    problems.append(
                        f"{proc.info.file}: steps.{step.key}.letters: "  # type: ignore[attr-defined]
                        f"no letter template {ref!r}"
                    )
    for guide in found["guides"].values():
        for ref in guide.letters:  # type: ignore[attr-defined]
            if ref not in letters:
                problems.append(
                    f"{guide.info.file}: letters: no letter template {ref!r}"  # type: ignore[attr-defined]
                )
    return problems


_CURRENT: Packs | None = None


def packs(*, reload: bool = False) -> Packs:
    """The content in use (read once per process; `reload` reads the files again)."""
    global _CURRENT
    if _CURRENT is None or reload:
        _CURRENT = load_packs()
    return _CURRENT


def text_in(texts: Texts, language: str) -> str:
    return texts.get(language) or texts.get("fr", "")
