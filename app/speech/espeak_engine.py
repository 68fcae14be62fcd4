"""espeak-ng through pyttsx3's own ctypes binding (`pyttsx3.drivers._espeak`), synthesising into
memory. Not pyttsx3's espeak *driver*: that one writes each utterance to a temporary WAV file and
plays it with a program it cannot stop (handbook §4, "known trap").

The library keeps global state (one voice, one callback, one initialisation per process), so the
process has ONE engine (`shared_engine()`) and every call into the library happens in its one
worker thread. Nothing else in the process may use espeak-ng (no `pyttsx3.init()` on Linux: it
would initialise the library again and take over its callback).

Synthesis is synchronous (AUDIO_OUTPUT_SYNCHRONOUS): espeak_Synth returns when the callback has
received all samples and word events of the text."""

from __future__ import annotations

import ctypes
import importlib
import shutil
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from .driver import (
    MIN_RATE,
    ProblemKind,
    SpeechProblem,
    SpeechUnavailable,
    Voice,
    clamp_rate,
    pick_voice,
)
from .spoken_forms import spoken_form
from .word_timing import EngineWord
from .worker import SerialWorker

BINDING_MODULE = "pyttsx3.drivers._espeak"
BUFFER_MS = 100  # how much audio each callback carries
NAME = "espeak-ng"

# Speed: espeak-ng counts words per minute; 175 is its normal speed, 80 its slowest.
NORMAL_WPM = 175
SLOWEST_WPM = 80
_EE_OK = 0


def espeak_wpm(percent: int) -> int:
    """40 % → 80 wpm (slowest), 100 % → 175 wpm (normal), 150 % → 262 wpm; linear between."""
    percent = clamp_rate(percent)
    if percent <= 100:
        return round(SLOWEST_WPM + (percent - MIN_RATE) * (NORMAL_WPM - SLOWEST_WPM) / 60)
    return round(NORMAL_WPM + (percent - 100) * NORMAL_WPM / 100)


def load_binding() -> ModuleType:
    """Import pyttsx3's ctypes binding; it loads libespeak-ng at import and raises without it."""
    return importlib.import_module(BINDING_MODULE)


class EngineError(RuntimeError):
    """espeak-ng refused or failed a call."""


@dataclass(frozen=True)
class SynthResult:
    pcm: bytes  # 16-bit mono at `sample_rate`
    sample_rate: int
    words: tuple[EngineWord, ...]
    voice_id: str  # the voice that actually spoke
    voice_missing: bool  # the wanted voice was not there; voice_id is a fallback

    @property
    def samples(self) -> int:
        return len(self.pcm) // 2


@dataclass
class _Job:
    cancelled: Callable[[], bool]
    pcm: bytearray = field(default_factory=bytearray)
    words: list[EngineWord] = field(default_factory=list)
    error: BaseException | None = None


class EspeakEngine:
    def __init__(self, loader: Callable[[], ModuleType] = load_binding) -> None:
        self._loader = loader
        self._worker = SerialWorker("reperes-espeak")
        self._start_lock = threading.Lock()
        self._started = False
        self._problem: SpeechProblem | None = None
        # Everything below is touched only in the worker thread, once started.
        self._lib: Any = None
        self._sample_rate = 0
        self._voices: list[Voice] = []
        self._default_voice_id = ""
        self._current_voice_id = ""
        self._job: _Job | None = None

    # -- from any thread -------------------------------------------------------------------------
    def start(self, timeout: float = 10.0) -> SpeechProblem | None:
        """Load and initialise the library (once); the problem if that failed."""
        with self._start_lock:
            if not self._started:
                try:
                    self._worker.call(self._start_in_worker, timeout=timeout)
                except Exception as exc:
                    self._problem = SpeechProblem(ProblemKind.ENGINE_MISSING, repr(exc), NAME)
                self._started = True
        return self._problem

    @property
    def sample_rate(self) -> int:
        self.start()
        return self._sample_rate

    def voices(self) -> list[Voice]:
        return [] if self.start() else list(self._voices)

    def default_voice_id(self) -> str:
        self.start()
        return self._default_voice_id

    def synthesize(
        self,
        text: str,
        voice_id: str | None,
        wpm: int,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> Future[SynthResult]:
        """Queue one piece of text; the Future holds its audio and word events."""
        problem = self.start()
        if problem is not None:
            failed: Future[SynthResult] = Future()
            failed.set_exception(SpeechUnavailable(problem))
            return failed
        return self._worker.submit(self._synth_in_worker, text, voice_id, wpm, cancelled)

    def worker_alive(self) -> bool:
        return self._worker.is_alive()

    # -- in the worker thread --------------------------------------------------------------------
    def _start_in_worker(self) -> None:
        try:
            lib = self._loader()
        except Exception as exc:  # no library, broken library, no pyttsx3
            self._problem = SpeechProblem(
                ProblemKind.ENGINE_MISSING, f"{type(exc).__name__}: {exc}", NAME
            )
            return
        rate = lib.Initialize(lib.AUDIO_OUTPUT_SYNCHRONOUS, BUFFER_MS)
        if rate <= 0:
            self._problem = SpeechProblem(
                ProblemKind.ENGINE_MISSING, "espeak_Initialize failed (voice data missing?)", NAME
            )
            return
        lib.SetSynthCallback(self._on_synth)  # the binding keeps the ctypes callback alive
        self._lib, self._sample_rate = lib, rate
        self._voices = self._read_voices()
        default = pick_voice(self._voices, None)
        if default is None or not self._set_voice(default.id):
            self._problem = SpeechProblem(ProblemKind.ENGINE_MISSING, "no usable voice", NAME)
            self._lib = None
            return
        self._default_voice_id = default.id

    def _read_voices(self) -> list[Voice]:
        # MBROLA voices are listed even when the mbrola program and its data are absent; they
        # then fail (and print to stderr) when chosen.
        with_mbrola = shutil.which("mbrola") is not None
        voices = []
        for v in self._lib.ListVoices(None):
            ident = (v.identifier or b"").decode("utf-8", "replace")
            if not ident or (ident.startswith("mb/") and not with_mbrola):
                continue
            language = (v.languages or b"")[1:].decode("utf-8", "replace").lower()  # byte 0: rank
            name = (v.name or b"").decode("utf-8", "replace")
            voices.append(Voice(ident, name, language))
        return voices

    def _set_voice(self, voice_id: str) -> bool:
        if voice_id == self._current_voice_id:
            return True
        if self._lib.SetVoiceByName(voice_id.encode("utf-8")) != _EE_OK:
            return False
        self._current_voice_id = voice_id
        return True

    def _select_voice(self, wanted: str | None) -> tuple[str, bool]:
        """The voice to speak with and whether the wanted one was missing."""
        wanted = wanted or self._default_voice_id
        if self._set_voice(wanted):
            return wanted, False
        for fallback in (self._default_voice_id, *(v.id for v in self._voices)):
            if fallback != wanted and self._set_voice(fallback):
                return fallback, True
        raise EngineError("no voice can be selected")

    def _synth_in_worker(
        self, text: str, voice_id: str | None, wpm: int, cancelled: Callable[[], bool]
    ) -> SynthResult:
        lib = self._lib
        text, back = spoken_form(text)  # "9 h 45" said "9 heures 45", positions kept
        used, missing = self._select_voice(voice_id)
        lib.SetParameter(lib.RATE, int(wpm), 0)
        job = _Job(cancelled)
        self._job = job
        try:
            # A NUL would end the C string early; a space keeps every position in place.
            rc = lib.Synth(text.replace("\0", " "), flags=lib.CHARS_UTF8 | lib.ENDPAUSE)
        finally:
            self._job = None
        if job.error is not None:
            raise EngineError(f"synthesis callback failed: {job.error!r}") from job.error
        if rc != _EE_OK and not cancelled():
            raise EngineError(f"espeak_Synth returned {rc}")
        words = tuple(EngineWord(back(w.position), w.length, w.sample) for w in job.words)
        return SynthResult(bytes(job.pcm), self._sample_rate, words, used, missing)

    def _on_synth(self, wav: Any, numsamples: int, events: Any) -> int:
        """espeak-ng's callback (worker thread, inside espeak_Synth). 1 aborts the synthesis."""
        job = self._job
        if job is None:
            return 0
        try:
            lib = self._lib
            i = 0
            while events[i].type != lib.EVENT_LIST_TERMINATED:
                ev = events[i]
                if ev.type == lib.EVENT_WORD:
                    sample = ev.sample or ev.audio_position * self._sample_rate // 1000
                    job.words.append(EngineWord(ev.text_position - 1, ev.length, sample))
                i += 1
            if numsamples > 0 and wav:
                job.pcm += ctypes.string_at(wav, numsamples * 2)
        except Exception as exc:  # never let an exception cross the C boundary
            job.error = exc
            return 1
        return 1 if job.cancelled() else 0


_shared: EspeakEngine | None = None
_shared_lock = threading.Lock()


def shared_engine() -> EspeakEngine:
    """The process's one espeak-ng engine (created on first use; the library loads lazily)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = EspeakEngine()
        return _shared
