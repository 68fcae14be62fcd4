"""What the voice says for what the screen writes: "9 h 45" is read "neuf heures quarante-cinq",
not "neuf ache quarante-cinq" (espeak-ng reads a lone "h" as the letter).

The screen keeps its text; the engine gets a rewritten one, and every position the engine reports
in it is mapped back to the original text, so the read-along still highlights what is shown."""

from __future__ import annotations

import re
from collections.abc import Callable

# "9 h 45", "9h45", "14 h", "8 h 30 – 12 h 30", and durations: "28 h sur 15 h" on the hours
# screen was read "vingt-huit ache"; not "h" inside a word, not "2 hab."
_TIME = re.compile(r"\b(\d{1,3}) ?h(?: ?([0-5]\d))?(?![\w])")


def _time_words(match: re.Match[str]) -> str:
    hours, minutes = int(match.group(1)), match.group(2)
    said = f"{hours} heure" + ("" if hours in (0, 1) else "s")
    if minutes and int(minutes):
        said += f" {int(minutes)}"
    return said


def spoken_form(text: str) -> tuple[str, Callable[[int], int]]:
    """The text as the voice should say it, and a function from a position in it to the position
    in `text` of the same word (a rewritten piece maps to the start of what it replaced)."""
    pieces: list[str] = []
    origin: list[int] = []  # origin[i]: where character i of the spoken text comes from
    last = 0
    for match in _TIME.finditer(text):
        pieces.append(text[last : match.start()])
        origin.extend(range(last, match.start()))
        said = _time_words(match)
        # "9 heures 45": "9" maps to "9", the rest to the "h" and the minutes it stands for.
        hour_digits = len(match.group(1))
        h_at = text.index("h", match.start() + hour_digits)
        minutes_at = match.start(2) if match.group(2) else h_at
        for i, ch in enumerate(said):
            if i < hour_digits:
                origin.append(match.start() + i)
            elif ch.isdigit():
                origin.append(minutes_at)
            else:
                origin.append(h_at)
        pieces.append(said)
        last = match.end()
    if last == 0:
        return text, lambda position: position
    pieces.append(text[last:])
    origin.extend(range(last, len(text)))
    spoken = "".join(pieces)

    def back(position: int) -> int:
        if position < 0:
            return position
        return origin[position] if position < len(origin) else len(text) + position - len(origin)

    return spoken, back
