"""Fill a letter template with what the person chose from their carnet (pure).

A value left empty shows as "…" so the person sees what is missing before printing; a line that
held only an empty value (no identifiers kept, no journal extract chosen) is dropped."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from string import Formatter

from .packs import PLACEHOLDERS, LetterTemplate, text_in

MISSING = "…"
_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip


def letter_day(day: date, language: str) -> str:
    """A date as written in a letter of that language: "3 mars 2026", "3 March 2026" (the
    letter's language, not the interface's: a French letter keeps French dates)."""
    months = _MONTHS.get(language, _MONTHS["fr"])
    first = "1er" if language == "fr" and day.day == 1 else str(day.day)
    return f"{first} {months[day.month - 1]} {day.year}"


def _fill(text: str, values: Mapping[str, str]) -> str:
    out: list[str] = []
    for line in text.split("\n"):
        parsed = list(Formatter().parse(line))
        names = [name for _, name, _, _ in parsed if name is not None]
        literal = "".join(lit for lit, _, _, _ in parsed).strip()
        if names and not literal and not any(values.get(n, "").strip() for n in names):
            continue  # a line of empty values only
        filled = "".join(
            lit + ("" if name is None else (values.get(name, "").strip() or MISSING))
            for lit, name, _, _ in parsed
        )
        out.append(filled)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"


def fill_letter(
    template: LetterTemplate, language: str, values: Mapping[str, str]
) -> tuple[str, str]:
    """(subject, body) with the values in place; unknown names are ignored (the pack refuses
    templates that use them)."""
    known = {k: v for k, v in values.items() if k in PLACEHOLDERS}
    subject = _fill(text_in(template.subject, language), known).strip()
    return subject, _fill(text_in(template.body, language), known)
