"""The Speaker service: driver choice, voice and speed, and its faults — no engine, an engine
that raises, a voice that is gone, no sound output — with the real espeak-ng where it matters."""

from __future__ import annotations

import ctypes
import importlib
import sys
import threading
import time

import pytest

from app.speech import (
    ProblemKind,
    Speaker,
    SpeechProblem,
    SpeechUnavailable,
    SpyDriver,
    platform_drivers,
)
from app.speech import espeak_engine as engine_module
from app.speech.audio_output import installed_players
from app.speech.espeak_driver import EspeakDriver
from app.speech.espeak_engine import BINDING_MODULE, shared_engine
from app.speech.sapi5_driver import sapi_wpm

from .conftest import CONVOCATION, CONVOCATION_WORDS, Listener, fake_player, pages


class Problems(list):
    def __call__(self, problem: SpeechProblem) -> None:
        self.append(problem)

    @property
    def kinds(self) -> list[ProblemKind]:
        return [p.kind for p in self]


# -- with the spy driver ---------------------------------------------------------------------------
def test_spy_hears_every_word_with_voice_and_speed():
    spy = SpyDriver()
    speaker = Speaker([spy])
    assert speaker.driver_name == "spy" and speaker.engine_problem is None
    assert speaker.voice().id == "spy/fr"  # French by default
    assert speaker.set_rate(300) == 150 and speaker.set_rate(10) == 40
    speaker.set_rate(70)
    speaker.set_voice("spy/en")
    listener = Listener(CONVOCATION)
    speaker.say(CONVOCATION, on_word=listener.on_word, on_done=listener.on_done)
    assert listener.wait() is True
    assert listener.spoken == CONVOCATION_WORDS
    (utterance,) = spy.utterances
    assert (utterance.text, utterance.voice, utterance.rate) == (CONVOCATION, "spy/en", 70)


def test_stop_and_is_speaking():
    spy = SpyDriver(word_delay=0.05)
    speaker = Speaker([spy])
    listener = Listener(pages(1))
    speaker.say(listener.text, on_word=listener.on_word, on_done=listener.on_done)
    listener.wait_for_word(1)
    assert speaker.is_speaking()
    speaker.stop()
    assert not speaker.is_speaking()
    assert listener.wait() is False
    assert 2 <= len(listener.words) < 10


def test_say_and_wait_for_the_command_line():
    spy = SpyDriver()
    speaker = Speaker([spy])
    assert speaker.say_and_wait(CONVOCATION, timeout=10) is True
    assert spy.said == [CONVOCATION]
    slow = Speaker([SpyDriver(word_delay=1.0)])
    assert slow.say_and_wait(CONVOCATION, timeout=0.2) is False  # stopped at the timeout
    slow.close()
    assert not slow.is_speaking()


def test_a_callback_that_raises_does_not_stop_speech():
    speaker = Speaker([SpyDriver()])
    listener = Listener(CONVOCATION)

    def bad_on_word(start: int, length: int) -> None:
        listener.on_word(start, length)
        raise ValueError("a bug in the UI")

    speaker.say(CONVOCATION, on_word=bad_on_word, on_done=listener.on_done)
    assert listener.wait() is True and len(listener.words) == len(CONVOCATION_WORDS)


def test_unavailable_driver_falls_back_to_silent_with_a_reason():
    problems = Problems()
    speaker = Speaker([SpyDriver(broken=True)], on_problem=problems)
    assert speaker.driver_name == "silent" and not speaker.speaks_aloud
    assert speaker.engine_problem.kind is ProblemKind.ENGINE_MISSING
    assert problems.kinds == [ProblemKind.ENGINE_MISSING]
    listener = Listener("Bonjour")
    said = time.monotonic()
    speaker.say("Bonjour", on_word=listener.on_word, on_done=listener.on_done)
    assert time.monotonic() - said < 0.05
    assert listener.wait() is False and listener.words == []  # the UI's polite message
    with pytest.raises(SpeechUnavailable):
        speaker.synthesize_wav("Bonjour")


def test_no_driver_for_this_system_is_said_so():
    speaker = Speaker([])
    assert speaker.driver_name == "silent"
    assert speaker.engine_problem.kind is ProblemKind.NOT_SUPPORTED


def test_unknown_voice_falls_back_to_french():
    problems = Problems()
    speaker = Speaker([SpyDriver()], voice_id="gone/voice", on_problem=problems)
    assert speaker.voice().id == "spy/fr"
    assert problems.kinds == [ProblemKind.VOICE_MISSING]
    assert speaker.speaks_aloud  # a worked-around problem keeps the voice on


def test_platform_drivers_and_sapi_speeds():
    if sys.platform.startswith("linux"):
        assert [type(d) for d in platform_drivers()] == [EspeakDriver]
    speeds = [sapi_wpm(p) for p in (40, 80, 100, 150)]
    assert speeds == sorted(speeds) and speeds[2] == 157


# -- with the real engine --------------------------------------------------------------------------
def test_real_speaker_on_this_machine(espeak: None):
    """Whatever the sound hardware, a Speaker is built, says why it is silent if it is, and
    still renders WAV for `reperes say --wav`."""
    speaker = Speaker()
    if not installed_players():
        assert speaker.driver_name == "silent"
        assert speaker.engine_problem.kind is ProblemKind.NO_AUDIO_OUTPUT
    assert speaker.voice() is not None and speaker.voice().language.startswith("fr")
    assert speaker.synthesize_wav("Bonjour.")[:4] == b"RIFF"


def test_missing_engine_falls_back_to_silent(monkeypatch: pytest.MonkeyPatch):
    def no_library(name: str):
        raise OSError(f"{name}: cannot open shared object file")

    monkeypatch.setattr(ctypes.cdll, "LoadLibrary", no_library)
    monkeypatch.delitem(sys.modules, BINDING_MODULE, raising=False)
    monkeypatch.setattr(engine_module, "_shared", None)  # a process that never loaded it
    problems = Problems()
    speaker = Speaker(on_problem=problems)
    assert speaker.driver_name == "silent"
    assert speaker.engine_problem.kind is ProblemKind.ENGINE_MISSING
    assert "espeak" in speaker.engine_problem.detail.lower()
    assert problems.kinds == [ProblemKind.ENGINE_MISSING]
    assert speaker.voices() == []
    listener = Listener("Bonjour")
    speaker.say("Bonjour", on_done=listener.on_done)
    assert listener.wait() is False
    with pytest.raises(SpeechUnavailable):
        speaker.synthesize_wav("Bonjour")


def test_engine_raising_in_the_worker_falls_back_and_the_worker_survives(
    espeak: None, monkeypatch: pytest.MonkeyPatch
):
    binding = importlib.import_module(BINDING_MODULE)

    def crash(*args, **kwargs):
        raise RuntimeError("espeak-ng crashed")

    problems = Problems()
    driver = EspeakDriver(players=[fake_player()])
    speaker = Speaker([driver], on_problem=problems)
    assert speaker.driver_name == "espeak-ng"
    monkeypatch.setattr(binding, "Synth", crash)
    listener = Listener(CONVOCATION)
    speaker.say(CONVOCATION, on_word=listener.on_word, on_done=listener.on_done)
    assert listener.wait() is False
    assert problems.kinds == [ProblemKind.ENGINE_FAILED]
    assert speaker.engine_problem.kind is ProblemKind.ENGINE_FAILED  # set before on_done
    assert speaker.driver_name == "silent"
    assert shared_engine().worker_alive()

    monkeypatch.undo()  # the engine works again: the same worker thread speaks
    assert driver.render(CONVOCATION).words
    assert speaker.retry() and speaker.driver_name == "espeak-ng"
    again = Listener(CONVOCATION)
    speaker.say(CONVOCATION, on_word=again.on_word, on_done=again.on_done)
    assert again.wait() is True and again.spoken == CONVOCATION_WORDS


def test_error_inside_the_synthesis_callback_is_caught(
    espeak: None, monkeypatch: pytest.MonkeyPatch
):
    def broken_word(*args):
        raise MemoryError("inside the C callback")

    monkeypatch.setattr(engine_module, "EngineWord", broken_word)
    with pytest.raises(engine_module.EngineError, match="callback"):
        shared_engine().synthesize(CONVOCATION, None, 140).result(10)
    monkeypatch.undo()
    assert shared_engine().synthesize(CONVOCATION, None, 140).result(10).words


def test_voice_that_disappears_is_replaced_by_the_french_one(
    espeak: None, monkeypatch: pytest.MonkeyPatch
):
    problems = Problems()
    driver = EspeakDriver(players=[fake_player()])
    speaker = Speaker([driver], on_problem=problems)
    assert speaker.set_voice("roa/fr-BE").id == "roa/fr-BE" and problems == []
    driver.render("Bonjour.")  # the engine now holds the default voice

    binding = importlib.import_module(BINDING_MODULE)
    real = binding.SetVoiceByName

    def without_belgian(name: bytes) -> int:
        return 2 if name == b"roa/fr-BE" else real(name)  # 2: EE_NOT_FOUND, as if deleted

    monkeypatch.setattr(binding, "SetVoiceByName", without_belgian)
    listener = Listener(CONVOCATION)
    speaker.say(CONVOCATION, on_word=listener.on_word, on_done=listener.on_done)
    assert listener.wait() is True and listener.spoken == CONVOCATION_WORDS
    assert problems.kinds == [ProblemKind.VOICE_MISSING]
    assert "roa/fr" in problems[0].detail
    assert speaker.driver_name == "espeak-ng"


def test_say_and_stop_never_stall_the_caller(espeak: None):
    """What the GUI thread pays for say() and stop() (printed; the stop bound is asserted)."""
    speaker = Speaker([EspeakDriver(players=[fake_player()])])
    text = pages(20)  # the cutting into sentences happens off the caller's thread
    worst_say = worst_stop = 0.0
    done = threading.Event()
    for i in range(50):
        t0 = time.perf_counter()
        speaker.say(text, on_done=(lambda ok: done.set()) if i == 49 else None)
        t1 = time.perf_counter()
        speaker.stop()
        t2 = time.perf_counter()
        worst_say, worst_stop = max(worst_say, t1 - t0), max(worst_stop, t2 - t1)
    assert done.wait(10)
    print(f"\nGUI thread: say() worst {worst_say * 1000:.2f} ms, stop() worst "
          f"{worst_stop * 1000:.2f} ms (50 each, a 20-page text)")  # fmt: skip
    assert worst_stop < 0.2
