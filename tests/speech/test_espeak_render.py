"""Real espeak-ng speech rendered in memory: a proper WAV, real sound, slower when slower, and
word positions that point at the right words of the original text."""

from __future__ import annotations

import array
import io
import itertools
import math
import re
import subprocess
import time
import wave

import pytest

from app.speech import DEFAULT_RATE, MAX_RATE, MIN_RATE
from app.speech.espeak_driver import EspeakDriver
from app.speech.espeak_engine import espeak_wpm, shared_engine
from app.speech.text_chunks import split_into_chunks, word_spans
from helpers import require_tool

from .conftest import CONVOCATION, CONVOCATION_WORDS, pages

SENTENCE = "Vous êtes convoqué le mardi 3 décembre à 10 h 30. Apportez votre pièce d'identité."


def read_wav(data: bytes) -> tuple[wave._wave_params, array.array]:
    with wave.open(io.BytesIO(data), "rb") as w:
        params = w.getparams()
        samples = array.array("h", w.readframes(params.nframes))
    return params, samples


def rms(samples: array.array) -> float:
    return math.sqrt(sum(s * s for s in samples) / max(1, len(samples))) / 32768


@pytest.fixture(scope="module")
def renderer(espeak: None) -> EspeakDriver:
    return EspeakDriver(players=[])  # rendering needs no audio output


def test_default_voice_is_french_and_rate_is_slow(renderer: EspeakDriver):
    voice = renderer.default_voice()
    assert voice is not None and voice.language.startswith("fr"), voice
    assert DEFAULT_RATE == 80 and espeak_wpm(DEFAULT_RATE) < espeak_wpm(100) == 175
    speeds = [espeak_wpm(p) for p in range(MIN_RATE, MAX_RATE + 1)]
    assert speeds == sorted(speeds) and len(set(speeds)) == len(speeds)
    assert speeds[0] == 80  # espeak-ng's slowest


def test_wav_in_memory_is_real_french_speech(renderer: EspeakDriver, tmp_path):
    data = renderer.synthesize_wav(SENTENCE)
    params, samples = read_wav(data)
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 22050)
    seconds = params.nframes / params.framerate
    assert 2.0 < seconds < 15.0, seconds
    assert rms(samples) > 0.02, "speech, not silence"

    # The same file as sox sees it (written here by the test, under pytest's tmp_path).
    sox = require_tool("sox")
    path = tmp_path / "speech.wav"
    path.write_bytes(data)
    rate = subprocess.run([sox, "--i", "-r", str(path)], capture_output=True, text=True)
    duration = subprocess.run([sox, "--i", "-D", str(path)], capture_output=True, text=True)
    stat = subprocess.run([sox, str(path), "-n", "stat"], capture_output=True, text=True)
    assert rate.stdout.strip() == "22050"
    assert float(duration.stdout) > 0.5 and abs(float(duration.stdout) - seconds) < 0.01
    sox_rms = float(re.search(r"RMS\s+amplitude:\s+([\d.]+)", stat.stderr).group(1))
    print(f"\nsox: {float(duration.stdout):.2f} s at 22050 Hz, RMS amplitude {sox_rms:.3f}")
    assert sox_rms > 0.02


def test_slower_rate_gives_longer_audio(renderer: EspeakDriver):
    lengths = {}
    for percent in (MIN_RATE, DEFAULT_RATE, 100, MAX_RATE):
        params, _ = read_wav(renderer.synthesize_wav(SENTENCE, rate=percent))
        lengths[percent] = params.nframes / params.framerate
    print("\nseconds by speed:", {k: round(v, 2) for k, v in lengths.items()})
    assert lengths[MIN_RATE] > lengths[DEFAULT_RATE] > lengths[100] > lengths[MAX_RATE]


def test_word_events_cover_every_word_in_order_at_increasing_positions(renderer: EspeakDriver):
    r = renderer.render(CONVOCATION)
    assert [CONVOCATION[w.start : w.start + w.length] for w in r.words] == CONVOCATION_WORDS
    samples = [w.sample for w in r.words]
    assert samples[0] >= 0 and all(a < b for a, b in itertools.pairwise(samples))
    frames = read_wav(r.wav)[0].nframes
    assert samples[-1] < frames
    # "décembre" starts late in the audio, not at the start: positions are audio positions.
    assert samples[-1] > frames * 0.5


def test_word_offsets_point_into_the_original_text_across_sentences(renderer: EspeakDriver):
    text = "Bonjour.\n\n  " + SENTENCE + "\nÀ bientôt, l’équipe de Repères !"
    r = renderer.render(text)
    expected = [text[w.start : w.end] for w in word_spans(text)]
    assert [text[w.start : w.start + w.length] for w in r.words] == expected
    samples = [w.sample for w in r.words]
    assert samples == sorted(samples)


def test_voices_are_listed_with_language(renderer: EspeakDriver):
    voices = renderer.voices()
    assert any(v.language == "fr-fr" for v in voices)
    assert all(v.id and v.name for v in voices)
    assert not any(v.id.startswith("mb/") for v in voices), "MBROLA voices need mbrola"


def test_synthesis_of_twenty_pages_is_fast_enough(espeak: None):
    """Time to synthesise 20 pages, one sentence at a time, keeping nothing (printed)."""
    text = pages(20)
    engine = shared_engine()
    start = time.perf_counter()
    samples = 0
    for chunk in split_into_chunks(text):
        samples += engine.synthesize(chunk.text, None, espeak_wpm(DEFAULT_RATE)).result().samples
    elapsed = time.perf_counter() - start
    minutes = samples / engine.sample_rate / 60
    print(f"\n20 pages ({len(text)} characters): {minutes:.0f} min of speech in {elapsed:.2f} s")
    assert minutes > 20
