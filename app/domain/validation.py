"""What every record check shares: a problem is a field plus a stable code.

The domain never writes sentences: the CLI (app/messages.py) and the screens (Qt Linguist) turn
codes into words in the person's language, so a problem reads the same everywhere."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    field: str
    code: str  # e.g. "required", "too_long", "end_before_start"
    limit: int | None = None  # the number a message may quote ("at most 200 characters")


class InvalidRecord(ValueError):
    """A record was refused before anything was written. The carnet is unchanged."""

    code = "invalid_record"
    exit_code = 1

    def __init__(self, problems: Iterable[Problem]):
        self.problems = tuple(problems)
        super().__init__(", ".join(f"{p.field}: {p.code}" for p in self.problems))


# C0 controls (and DEL) have no place in what a person types; tabs and newlines are allowed where
# the text may span lines. Other Unicode (emoji, right-to-left scripts) is welcome.
_LINE_BREAKS = frozenset("\n\t\r")


def _has_control(text: str, multiline: bool) -> bool:
    return any(
        (ord(ch) < 32 or ord(ch) == 127) and not (multiline and ch in _LINE_BREAKS) for ch in text
    )


def check_text(
    field: str, value: str, *, max_len: int, required: bool = False, multiline: bool = False
) -> list[Problem]:
    if not isinstance(value, str):
        return [Problem(field, "not_text")]
    if required and not value.strip():
        return [Problem(field, "required")]
    if len(value) > max_len:
        return [Problem(field, "too_long", max_len)]
    if _has_control(value, multiline):
        return [Problem(field, "invalid_character")]
    return []


def raise_if(problems: list[Problem]) -> None:
    if problems:
        raise InvalidRecord(problems)
