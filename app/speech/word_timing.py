"""When each word of a piece of text is heard, from the engine's word events.

espeak-ng reports a word event with a character position and the audio sample where the word
starts, but not for every word ("d'identité" comes as "d", a hyphenated date as several events,
a symbol as none). The read-along needs every word of the original text, once, in order: words
the engine named are placed at its sample, words it skipped are spread evenly between their
neighbours, and events that fall between words are ignored."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .text_chunks import Chunk, WordSpan, word_spans


@dataclass(frozen=True)
class EngineWord:
    position: int  # 0-based character index in the text the engine was given
    length: int
    sample: int  # first audio sample of the word, from the start of that text's audio


@dataclass(frozen=True)
class TimedWord:
    start: int  # index in the original text
    length: int
    sample: int  # from the start of the chunk's audio


def time_words(chunk: Chunk, source: str, events: list[EngineWord], total: int) -> list[TimedWord]:
    """Every word of `chunk` (a slice of `source`) with the sample at which it is heard."""
    words = word_spans(source, chunk.start, chunk.end)
    starts = [w.start for w in words]
    timed: list[TimedWord] = []
    placed = 0  # words[:placed] have a time
    last_sample = 0
    for ev in sorted(events, key=lambda e: (e.sample, e.position)):
        j = _containing(words, starts, chunk.start + ev.position)
        if j is None or j < placed:
            continue  # between words, or a second event inside a word already placed
        sample = max(ev.sample, last_sample)
        timed.extend(_spread(words[placed:j], last_sample, sample))
        timed.append(TimedWord(words[j].start, words[j].length, sample))
        placed, last_sample = j + 1, sample
    timed.extend(_spread(words[placed:], last_sample, max(total, last_sample)))
    return timed


def _containing(words: list[WordSpan], starts: list[int], pos: int) -> int | None:
    j = bisect.bisect_right(starts, pos) - 1
    if j >= 0 and words[j].start <= pos < words[j].end:
        return j
    return None


def _spread(words: list[WordSpan], after: int, before: int) -> list[TimedWord]:
    n = len(words)
    return [
        TimedWord(w.start, w.length, after + (before - after) * (i + 1) // (n + 1))
        for i, w in enumerate(words)
    ]
