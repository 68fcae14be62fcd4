"""Text helpers shared by the grammars: a folded copy with the same offsets, sentences, fuzzy words.

Every grammar searches `fold(text)`: lower case, no accents, one kind of apostrophe, dash and
space. Folding maps each character to exactly one character, so a span found in the folded copy
is the same span in what the person pasted, and the screen can highlight it there."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

# Characters that look alike in pasted SMS, e-mails and OCR output.
_SAME_AS = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "`": "'",
    "\u00b4": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\t": " ",
    "\r": " ",
    "\u2028": "\n",
    "\u2029": "\n",
    "\u0153": "o",
    "\u0152": "o",
    "\u00e6": "a",
    "\u00c6": "a",
}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _SAME_AS:
        return _SAME_AS[ch]
    code = ord(ch)
    if (code < 32 and ch != "\n") or code == 127:
        return " "
    if code < 128:
        return ch.lower()
    base = unicodedata.normalize("NFD", ch)[0].lower()
    # Keep one character per character: offsets must not move.
    return base if len(base) == 1 else ch


_TABLE: dict[int, str] = {i: _fold_char(chr(i)) for i in range(128)}
TABLE_MAX = 200_000  # characters seen so far (not text: a set of code points)


def fold(text: str) -> str:
    """Lower case, accents removed, same length as `text` (offsets are shared)."""
    if not text.isascii():
        new = {ord(ch) for ch in set(text)} - _TABLE.keys()
        if len(_TABLE) + len(new) > TABLE_MAX:
            for code in [c for c in _TABLE if c >= 128]:
                del _TABLE[code]
        _TABLE.update({code: _fold_char(chr(code)) for code in new})
    folded = text.translate(_TABLE)
    assert len(folded) == len(text)
    return folded


@dataclass(frozen=True, order=True)
class Span:
    """Where something was found: text[start:end] in the message as pasted."""

    start: int
    end: int

    def quote(self, text: str) -> str:
        return text[self.start : self.end]

    def union(self, other: Span) -> Span:
        return Span(min(self.start, other.start), max(self.end, other.end))


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n\s*\n|\n(?=\s*[-*•·–>]|\s*\d+[.)]\s)")
SENTENCE_MAX = 400


@dataclass(frozen=True)
class _Boundaries:
    folded: str
    starts: list[int]  # where each sentence break begins
    ends: list[int]  # and where it ends


# One entry: the text being parsed. Sentences are looked up thousands of times in a long text;
# finding the breaks once keeps parsing linear. The tuple swap is atomic, threads are safe.
_last: list[_Boundaries] = []


def _boundaries(folded: str) -> _Boundaries:
    cached = _last[0] if _last else None
    if cached is not None and cached.folded is folded:
        return cached
    matches = list(_SENTENCE_END.finditer(folded))
    found = _Boundaries(folded, [m.start() for m in matches], [m.end() for m in matches])
    _last[:] = [found]
    return found


def forget() -> None:
    """Drop the cached text: a message is personal data, it does not outlive its parsing."""
    _last.clear()


def sentence_at(folded: str, pos: int) -> Span:
    """The sentence around `pos` (a line break counts when it starts a list or a paragraph),
    at most SENTENCE_MAX characters each side."""
    b = _boundaries(folded)
    lo = max(0, pos - SENTENCE_MAX)
    j = bisect_right(b.ends, pos) - 1
    start = b.ends[j] if j >= 0 and b.starts[j] >= lo else lo
    k = bisect_left(b.starts, pos)
    if k < len(b.starts) and b.starts[k] < pos + SENTENCE_MAX:
        end = b.starts[k] + (1 if folded[b.starts[k]] in ".!?" else 0)
    else:
        end = min(len(folded), pos + SENTENCE_MAX)
    while start < end and folded[start].isspace():
        start += 1
    while end > start and folded[end - 1].isspace():
        end -= 1
    return Span(start, max(end, start))


LINE_MAX = 1000


def line_at(folded: str, pos: int) -> Span:
    """The line around `pos`, at most LINE_MAX characters each side (a 1 MB one-line paste)."""
    lo, hi = max(0, pos - LINE_MAX), min(len(folded), pos + LINE_MAX)
    start = folded.rfind("\n", lo, pos) + 1 or lo
    end = folded.find("\n", pos, hi)
    return Span(start, hi if end < 0 else end)


def tidy(text: str) -> str:
    """One line, single spaces: how a found piece of text is shown and read aloud."""
    return " ".join(text.split())


def distance(a: str, b: str, limit: int) -> int:
    """Edit distance with swaps of two neighbours ("setpembre"), stopped early past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]
