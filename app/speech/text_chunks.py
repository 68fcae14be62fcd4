"""Cutting text for speech: sentences (so the first audio comes fast and stop is quick) and words
(what the read-along highlights). Every position is an index into the ORIGINAL text, so the UI
highlights exactly the characters on screen, accents and apostrophes included."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

MAX_CHUNK_CHARS = 400  # a long sentence is cut at a comma or a space past this
FIRST_CHUNK_CHARS = 160  # the first piece is short: speech starts sooner

# A word: letters/digits joined by apostrophes or hyphens ("d'identité", "peut-être",
# "2024-12-03"), or one symbol the engine reads aloud ("€", "%").
_WORD = re.compile(r"\w+(?:['’\-]\w+)*|[€$£%&@§]")

# The end of a sentence: . ! ? … (with closing quotes or brackets) before a space, or a line end.
_SENTENCE_END = re.compile(r"[.!?…]+[\"»”’)\]]*(?=\s)|\n")
# A period after these is an abbreviation, not the end of a sentence ("M. Durand", "Mme. X").
_ABBREVIATION = re.compile(r"(?:^|\W)(?:\w|Mme|Mlle|MM|Mgr|Dr|Pr|Me|St|Ste|av|bd|cf|tél|n°)$")
_SOFT_BREAK = re.compile(r"[,;:—–]\s")


@dataclass(frozen=True)
class Chunk:
    start: int  # index of its first character in the original text
    end: int  # index just past its last character
    text: str  # original_text[start:end], never rewritten

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class WordSpan:
    start: int
    end: int

    @property
    def length(self) -> int:
        return self.end - self.start


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[WordSpan]:
    """The words of text[start:end], as spans of `text`."""
    stop = len(text) if end is None else end
    return [WordSpan(m.start(), m.end()) for m in _WORD.finditer(text, start, stop)]


def split_into_chunks(
    text: str, max_chars: int = MAX_CHUNK_CHARS, first_chars: int = FIRST_CHUNK_CHARS
) -> list[Chunk]:
    """Sentences (or lines), long ones cut at a comma or a space; pieces with nothing to read
    (blank, only punctuation) are left out."""
    chunks: list[Chunk] = []
    for start, end in _sentences(text):
        while end - start > 0:
            limit = first_chars if not chunks else max_chars
            cut = end if end - start <= limit else _cut_point(text, start, start + limit)
            _add(chunks, text, start, cut)
            start = cut
    return chunks


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        before = text[max(0, m.start() - 5) : m.start()]
        if m.group().startswith(".") and _ABBREVIATION.search(before):
            continue
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _cut_point(text: str, start: int, limit: int) -> int:
    """Where to cut text[start:] at or before `limit`: after a comma-like mark, else at a space."""
    window = text[start:limit]
    soft = [m.end() for m in _SOFT_BREAK.finditer(window)]
    if soft and soft[-1] > len(window) // 3:
        return start + soft[-1]
    space = window.rfind(" ")
    if space > len(window) // 3:
        return start + space + 1
    return limit  # one enormous "word": cut it anyway, the engine copes


def _add(chunks: list[Chunk], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end and _WORD.search(text, start, end):
        chunks.append(Chunk(start, end, text[start:end]))


def utf16_offsets(text: str) -> list[int]:
    """utf16_offsets(text)[i] is the UTF-16 offset of text[i] (SAPI counts in UTF-16 units)."""
    offsets: list[int] = []
    n = 0
    for ch in text:
        offsets.append(n)
        n += 2 if ord(ch) > 0xFFFF else 1
    offsets.append(n)
    return offsets


def index_from_utf16(offsets: list[int], unit: int) -> int:
    return max(0, bisect.bisect_right(offsets, unit) - 1)
