"""Cutting text into sentences and words, and timing words, with positions in the original."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from app.speech.text_chunks import (
    FIRST_CHUNK_CHARS,
    MAX_CHUNK_CHARS,
    index_from_utf16,
    split_into_chunks,
    utf16_offsets,
    word_spans,
)
from app.speech.word_timing import EngineWord, time_words

from .conftest import CONVOCATION, CONVOCATION_WORDS, pages


def words_of(text: str) -> list[str]:
    return [text[w.start : w.end] for w in word_spans(text)]


def test_words_keep_accents_apostrophes_hyphens_and_symbols():
    assert words_of(CONVOCATION) == CONVOCATION_WORDS
    text = "Apportez votre pièce d'identité, aujourd’hui peut-être : 100 € le 2024-12-03."
    assert words_of(text) == [
        "Apportez", "votre", "pièce", "d'identité", "aujourd’hui", "peut-être", "100", "€",
        "le", "2024-12-03",
    ]  # fmt: skip


def test_sentences_lines_and_abbreviations():
    text = "Bonjour Mme. Durand.  Votre rendez-vous est à 10 h 30 !\nLieu : M. Martin, bureau 3\n…"
    chunks = split_into_chunks(text)
    assert [c.text for c in chunks] == [
        "Bonjour Mme. Durand.",
        "Votre rendez-vous est à 10 h 30 !",
        "Lieu : M. Martin, bureau 3",
    ]
    for c in chunks:
        assert text[c.start : c.end] == c.text


def test_long_text_is_cut_short_first_then_at_commas():
    sentence = ", ".join(["vous apportez votre pièce d'identité"] * 30) + "."
    chunks = split_into_chunks(sentence + " " + pages(2))
    assert len(chunks[0]) <= FIRST_CHUNK_CHARS
    assert all(len(c) <= MAX_CHUNK_CHARS for c in chunks)
    assert chunks[0].text.endswith("identité,") and chunks[1].text.endswith("identité,")


@given(st.text(alphabet=st.sampled_from("aé ç'-.,;!?\n€3 ’«»…Z\u00a0"), max_size=900))
def test_chunks_cover_every_word_in_order(text: str):
    chunks = split_into_chunks(text, max_chars=60, first_chars=20)
    inside = [w for c in chunks for w in word_spans(text, c.start, c.end)]
    assert [(w.start, w.end) for w in inside] == [(w.start, w.end) for w in word_spans(text)]
    for a, b in itertools.pairwise(chunks):
        assert a.end <= b.start
    for c in chunks:
        assert c.text == text[c.start : c.end] and c.text == c.text.strip()


def test_words_the_engine_skips_are_spread_between_their_neighbours():
    text = "Il faut la pièce d'identité et 100 € demain."
    (chunk,) = split_into_chunks(text)
    events = [  # as espeak-ng reports them: "d'identité" as "d", nothing for "€"
        EngineWord(0, 2, 0),
        EngineWord(3, 4, 1000),
        EngineWord(8, 2, 2000),
        EngineWord(11, 5, 3000),
        EngineWord(17, 1, 4000),
        EngineWord(28, 2, 6000),
        EngineWord(31, 3, 7000),
        EngineWord(34, 1, 7500),  # the space after "100": between words, ignored
        EngineWord(37, 6, 9000),
    ]
    timed = time_words(chunk, text, events, 10000)
    assert [text[t.start : t.start + t.length] for t in timed] == words_of(text)
    samples = [t.sample for t in timed]
    assert samples == sorted(samples) and len(set(samples)) == len(samples)
    assert samples[words_of(text).index("€")] == 8000  # halfway between "100" and "demain"


def test_words_after_the_last_event_still_come_in_order():
    text = "Un deux trois quatre"
    (chunk,) = split_into_chunks(text)
    timed = time_words(chunk, text, [EngineWord(0, 2, 0)], 4000)
    assert [t.sample for t in timed] == [0, 1000, 2000, 3000]


def test_utf16_offsets_map_back_to_python_indices():
    text = "à 😀 é"
    offsets = utf16_offsets(text)
    assert index_from_utf16(offsets, 5) == text.index("é")  # the emoji takes two UTF-16 units
