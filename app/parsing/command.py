"""`reperes parse-message FILE [--received YYYY-MM-DD] [--json]`: what Repères read in a message.

For volunteers and tests: --json prints the whole proposal (ISO dates, spans, questions);
without it, a few plain sentences in the person's language. Nothing is saved. Exit codes:
0 read; 2 for a file that cannot be read, is empty, is not text, is over 1 MB, or a bad
--received."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from ..clock import system_clock
from ..domain.localtime import HOME_ZONE
from ..domain.organisations import USUAL_ORGANISATIONS, OrganisationKind
from ..messages import language, say
from . import Proposal, QuestionKind, parse_message, proposal_to_json
from .wording import day_words, time_words

EXIT_OK, EXIT_USAGE = 0, 2
MAX_MESSAGE_BYTES = 1_000_000
# Files that are surely not a pasted message (the OCR of letters is another command).
_BINARY_STARTS = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"PK\x03\x04", b"GIF8", b"\x7fELF")
CONTROL_SHARE_MAX = 0.01


class MessageFileError(Exception):
    def __init__(self, code: str, **values: object):
        super().__init__(code)
        self.code = code
        self.values = values


def read_message_file(path: str) -> str:
    """The text of a message file, or MessageFileError with a code that has its sentence."""
    file = Path(path)
    try:
        if not file.is_file():
            raise MessageFileError("file_unreadable", path=path)
        if file.stat().st_size > MAX_MESSAGE_BYTES:
            raise MessageFileError("parse_too_large")
        data = file.read_bytes()
    except OSError as exc:
        raise MessageFileError("file_unreadable", path=path) from exc
    if not data.strip():
        raise MessageFileError("parse_empty")
    if data.startswith(_BINARY_STARTS) or b"\x00" in data:
        raise MessageFileError("parse_not_text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")  # a letter typed on an old Windows PC
        except UnicodeDecodeError as exc:
            raise MessageFileError("parse_not_text") from exc
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > CONTROL_SHARE_MAX * len(text):
        raise MessageFileError("parse_not_text")
    return text


def _received(value: str | None) -> date:
    if value is None:
        return system_clock().astimezone(HOME_ZONE).date()
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise MessageFileError("parse_bad_received") from exc


def _organisation_name(proposal: Proposal) -> str | None:
    found = proposal.organisation
    if found is None:
        return None
    if found.value.name:
        return found.value.name
    usual = {o.kind: o.name for o in USUAL_ORGANISATIONS}
    if found.value.kind in usual:
        return usual[found.value.kind]
    return say(f"parse_org_{found.value.kind.value}")


def sentences(proposal: Proposal) -> list[str]:
    """The proposal in plain sentences, one idea each (also what a voice would read)."""
    lang = language()
    lines = [say("parse_intro"), say(f"parse_kind_{proposal.kind.value.value}")]
    if proposal.day and proposal.time:
        lines.append(say("parse_when", day=day_words(proposal.day.value, lang),
                         time=time_words(proposal.time.value, lang)))  # fmt: skip
        if proposal.end_time:
            lines.append(say("parse_until", time=time_words(proposal.end_time.value, lang)))
    elif proposal.day:
        lines.append(say("parse_when_day", day=day_words(proposal.day.value, lang)))
    elif proposal.time:
        lines.append(say("parse_when_time", time=time_words(proposal.time.value, lang)))
    if proposal.place:
        mode = proposal.place.value.mode.value
        lines.append(say(f"parse_place_{mode}", place=proposal.place.value.text))
    name = _organisation_name(proposal)
    if name:
        lines.append(say("parse_organisation", name=name))
    if proposal.to_bring:
        items = ", ".join(f.value for f in proposal.to_bring)
        lines.append(say("parse_to_bring", items=items))
    if proposal.deadline:
        lines.append(say("parse_deadline", day=day_words(proposal.deadline.value, lang)))
    if proposal.mandatory.value:
        lines.append(say("parse_mandatory"))
    for found in proposal.sanction_sentences[:3]:
        lines.append(say("parse_sanction", quote=found.value))
    if proposal.questions:
        lines.append(say("parse_questions"))
        for question in proposal.questions:
            candidates = f" {say('parse_or')} ".join(
                day_words(c, lang) if isinstance(c, date) else str(c) for c in question.candidates
            )
            lines.append("- " + say(f"parse_q_{question.kind.value}", candidates=candidates))
    lines.append(say("parse_nothing_saved"))
    return lines


def run(args: argparse.Namespace) -> int:
    try:
        received = _received(args.received)
        text = read_message_file(args.file)
    except MessageFileError as exc:
        print(say(exc.code, **exc.values), file=sys.stderr)
        return EXIT_USAGE
    proposal = parse_message(text, received)
    if args.json:
        print(json.dumps(proposal_to_json(proposal), ensure_ascii=False, indent=2))
    else:
        print("\n".join(sentences(proposal)))
    return EXIT_OK


# Every question kind and organisation kind has its sentence (checked by the tests).
QUESTION_KEYS = tuple(f"parse_q_{kind.value}" for kind in QuestionKind)
ORGANISATION_KEYS = tuple(
    f"parse_org_{kind.value}"
    for kind in OrganisationKind
    if kind not in {o.kind for o in USUAL_ORGANISATIONS}
)
