"""Windows driver: pyttsx3's SAPI5 engine, created and driven in ONE worker thread (its COM
apartment) that pumps the engine's events between jobs. SAPI speaks asynchronously and its word
events come in step with the audio, so no player or clock of our own is needed; stop purges the
voice's queue.

UNTESTED HERE: it needs Windows (comtypes, pywin32, SAPI voices), and this repository's tests run
on Linux. It is kept small and conventional (the shape of Anki's and NVDA's SAPI players); check
it on Windows: a French voice (Microsoft Hortense/Julie/Paul), read-along, stop, ten fast say()s.
"""

from __future__ import annotations

import itertools
import math
import queue
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from .driver import (
    DEFAULT_RATE,
    DoneCallback,
    Driver,
    ProblemKind,
    SpeechProblem,
    SpeechUnavailable,
    Voice,
    WordCallback,
    call_safely,
    clamp_rate,
    log,
    pick_voice,
)
from .text_chunks import index_from_utf16, utf16_offsets
from .wav import wav_bytes

NAME = "sapi5"
POLL_S = 0.02
SAPI_NORMAL_WPM = 156.63  # pyttsx3 maps words per minute to SAPI's -10..10 rate around this
SAFT22kHz16BitMono = 22
SVSF_DEFAULT = 0


def sapi_wpm(percent: int) -> int:
    """Percent of the normal speed, as pyttsx3's words per minute (it takes log base 1.11)."""
    return max(1, round(SAPI_NORMAL_WPM * clamp_rate(percent) / 100))


@dataclass
class _Utterance:
    name: str
    text: str
    voice: str | None
    rate: int
    on_word: WordCallback | None
    on_done: DoneCallback | None
    cancelled: threading.Event = field(default_factory=threading.Event)
    utf16: list[int] = field(default_factory=list)


class Sapi5Driver(Driver):
    name = NAME

    def __init__(self) -> None:
        super().__init__()
        self._jobs: queue.SimpleQueue[tuple[Any, ...]] = queue.SimpleQueue()
        self._ready = threading.Event()
        self._problem: SpeechProblem | None = None
        self._voices: list[Voice] = []
        self._lock = threading.Lock()
        self._current: _Utterance | None = None
        self._ids = itertools.count(1)
        # Worker-thread state.
        self._engine: Any = None
        self._speaking: _Utterance | None = None
        threading.Thread(target=self._run, name="reperes-sapi5", daemon=True).start()

    # -- from any thread -------------------------------------------------------------------------
    def problem(self) -> SpeechProblem | None:
        if not self._ready.wait(15):
            return SpeechProblem(ProblemKind.ENGINE_MISSING, "SAPI5 did not start", NAME)
        return self._problem

    def available(self) -> bool:
        return self.problem() is None

    def voices(self) -> list[Voice]:
        return [] if self.problem() else list(self._voices)

    def say(
        self,
        text: str,
        *,
        voice: str | None = None,
        rate: int = DEFAULT_RATE,
        on_word: WordCallback | None = None,
        on_done: DoneCallback | None = None,
    ) -> None:
        utt = _Utterance(f"reperes-{next(self._ids)}", text, voice, rate, on_word, on_done)
        with self._lock:
            previous, self._current = self._current, utt
        if previous is not None:
            previous.cancelled.set()
        self._jobs.put(("say", utt))

    def stop(self) -> None:
        with self._lock:
            current, self._current = self._current, None
        if current is not None:
            current.cancelled.set()
            self._jobs.put(("stop",))

    def is_speaking(self) -> bool:
        return self._current is not None

    def synthesize_wav(
        self, text: str, voice: str | None = None, rate: int = DEFAULT_RATE
    ) -> bytes:
        problem = self.problem()
        if problem is not None:
            raise SpeechUnavailable(problem)
        future: Future[bytes] = Future()
        self._jobs.put(("wav", text, voice, rate, future))
        return future.result(timeout=3600)

    # -- the worker thread -----------------------------------------------------------------------
    def _run(self) -> None:
        try:
            import pythoncom  # pywin32; comes with pyttsx3 on Windows

            pythoncom.CoInitialize()
            import pyttsx3

            engine = pyttsx3.init("sapi5")
            engine.connect("started-word", self._on_word)
            engine.connect("finished-utterance", self._on_finished)
            for v in engine.getProperty("voices"):
                language = (v.languages[0] if v.languages else "").lower()
                self._voices.append(Voice(v.id, v.name, language))
            engine.startLoop(False)  # we pump: engine.iterate() between jobs
            self._engine = engine
        except Exception as exc:
            self._problem = SpeechProblem(ProblemKind.ENGINE_MISSING, repr(exc), NAME)
            return
        finally:
            self._ready.set()
        while True:
            try:
                job = self._jobs.get(timeout=POLL_S)
            except queue.Empty:
                job = None
            try:
                if job is not None:
                    self._handle(job)
                engine.iterate()  # pumps COM messages: word and end-of-stream events arrive
            except Exception as exc:  # report; the worker lives on
                log.error("SAPI5 failed: %r", exc)
                self._finish(self._speaking, False)
                self.report(SpeechProblem(ProblemKind.ENGINE_FAILED, repr(exc), NAME))

    def _handle(self, job: tuple[Any, ...]) -> None:
        kind = job[0]
        if kind in ("stop", "say") and self._speaking is not None:
            self._engine.stop()  # purges SAPI's queue; its late end event is then ignored
            self._finish(self._speaking, False)
        if kind == "say":
            utt: _Utterance = job[1]
            if utt.cancelled.is_set():
                call_safely(utt.on_done, False)
                return
            voice = pick_voice(self._voices, utt.voice)
            if voice is not None and utt.voice is not None and voice.id != utt.voice:
                self.report(SpeechProblem(ProblemKind.VOICE_MISSING, f"→ {voice.id}", NAME))
            if voice is not None:
                self._engine.setProperty("voice", voice.id)
            self._engine.setProperty("rate", sapi_wpm(utt.rate))
            utt.utf16 = utf16_offsets(utt.text)
            self._speaking = utt
            self._engine.say(utt.text, utt.name)
        elif kind == "wav":
            _, text, voice_id, rate, future = job
            try:
                future.set_result(self._render(text, voice_id, rate))
            except Exception as exc:
                future.set_exception(exc)

    def _render(self, text: str, voice_id: str | None, rate: int) -> bytes:
        """Speak into an in-memory SAPI stream (never a file) with a voice of its own."""
        import comtypes.client

        voice = comtypes.client.CreateObject("SAPI.SpVoice")
        fmt = comtypes.client.CreateObject("SAPI.SpAudioFormat")
        fmt.Type = SAFT22kHz16BitMono
        stream = comtypes.client.CreateObject("SAPI.SpMemoryStream")
        stream.Format = fmt
        chosen = pick_voice(self._voices, voice_id)
        if chosen is not None:
            for token in voice.GetVoices():
                if token.Id == chosen.id:
                    voice.Voice = token
        voice.Rate = max(-10, min(10, int(math.log(clamp_rate(rate) / 100, 1.11))))
        voice.AudioOutputStream = stream
        voice.Speak(text, SVSF_DEFAULT)
        return wav_bytes([bytes(stream.GetData())], 22050)

    # pyttsx3 callbacks (worker thread, during engine.iterate()).
    def _on_word(self, name: str | None = None, location: int = 0, length: int = 0) -> None:
        utt = self._speaking
        if utt is None or name == utt.name or utt.cancelled.is_set():
            return  # pyttsx3 also sends "started-word" at the start of a stream, named so
        start = index_from_utf16(utt.utf16, location)
        end = index_from_utf16(utt.utf16, location + length)
        if 0 <= start < len(utt.text):
            call_safely(utt.on_word, start, max(1, end - start))

    def _on_finished(self, name: str | None = None, completed: bool = True) -> None:
        utt = self._speaking
        if utt is not None and name == utt.name:
            self._finish(utt, bool(completed) and not utt.cancelled.is_set())

    def _finish(self, utt: _Utterance | None, completed: bool) -> None:
        if utt is None:
            return
        self._speaking = None
        with self._lock:
            if self._current is utt:
                self._current = None
        call_safely(utt.on_done, completed)
