"""Times are said as people say them: "9 h 45" → "9 heures 45" (espeak-ng read "neuf ache
quarante-cinq"), while the read-along still points at the words on screen."""

from __future__ import annotations

import subprocess

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.speech.espeak_driver import EspeakDriver
from app.speech.espeak_engine import shared_engine
from app.speech.spoken_forms import spoken_form
from app.speech.text_chunks import word_spans
from helpers import require_tool


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Rendez-vous à 9 h 45.", "Rendez-vous à 9 heures 45."),
        ("à 9h45", "à 9 heures 45"),
        ("de 8 h 30 à 12 h 30", "de 8 heures 30 à 12 heures 30"),
        ("à 14 h, salle 2", "à 14 heures, salle 2"),
        ("à 1 h 05", "à 1 heure 5"),
        ("à 10 h 00", "à 10 heures"),
        ("le 3 habitants, 24 h sur 24", "le 3 habitants, 24 heures sur 24"),
        # Durations (hours screen, Today): "vingt-huit ache sur quinze heures" before.
        ("28 h sur 15 h cette semaine.", "28 heures sur 15 heures cette semaine."),
        ("0 h sur 15 h.", "0 heure sur 15 heures."),
        ("151 h 30 ce mois-ci", "151 heures 30 ce mois-ci"),
        ("le 1234 h", "le 1234 h"),  # not a number of hours anyone writes
        ("Il est huit heures", "Il est huit heures"),
    ],
)
def test_times_are_rewritten_for_the_voice(written, said):
    assert spoken_form(written)[0] == said


@given(st.text(alphabet=st.sampled_from(list("0123456789h :,.éà-abc")), max_size=60))
def test_every_spoken_word_maps_back_into_the_written_text(text):
    spoken, back = spoken_form(text)
    last = -1
    for span in word_spans(spoken):
        at = back(span.start)
        assert 0 <= at < len(text)  # a position of the text on screen
        assert at >= last  # in reading order: the highlight never runs backwards
        last = at


def test_the_engine_says_hours_not_the_letter_h(espeak: None, monkeypatch):
    """Real espeak-ng: what the library is given is read "heures" (its own phonemes, from the
    espeak-ng program), and the highlight of that word is the "h" on screen."""
    require_tool("espeak-ng")
    engine = shared_engine()
    engine.start()
    given_texts: list[str] = []
    real_synth = engine._lib.Synth

    def listening(text, *args, **kwargs):  # the real call, its text noted
        given_texts.append(text)
        return real_synth(text, *args, **kwargs)

    monkeypatch.setattr(engine._lib, "Synth", listening)
    written = "Rendez-vous à 9 h 45."
    shown = EspeakDriver(players=[]).render(written)
    (said,) = given_texts
    phonemes = subprocess.run(["espeak-ng", "-q", "-x", "-v", "fr", said], capture_output=True,
                              text=True, timeout=30, check=True).stdout  # fmt: skip
    assert "'aS" not in phonemes, phonemes  # the letter h, "ache"
    assert "Wr" in phonemes, phonemes  # "heures"
    highlighted = [written[w.start : w.start + w.length] for w in shown.words]
    assert highlighted == ["Rendez-vous", "à", "9", "h", "45"]
