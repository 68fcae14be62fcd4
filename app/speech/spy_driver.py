"""A driver for tests (NVDA's speech spy): records what would be said, fires on_word for every
word and on_done, fast, from its own thread like a real driver. `word_delay` slows it down
so tests can stop it half-way; `broken=True` makes it unavailable."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

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
)
from .text_chunks import word_spans
from .wav import wav_bytes
from .worker import SerialWorker

SPY_VOICES = (
    Voice("spy/fr", "Voix de test", "fr-fr"),
    Voice("spy/en", "Test voice", "en-gb"),
)


@dataclass
class SpokenUtterance:
    text: str
    voice: str | None
    rate: int
    words: list[tuple[int, int]] = field(default_factory=list)  # (start, length) as fired
    completed: bool | None = None  # None while speaking

    @property
    def spoken_words(self) -> list[str]:
        return [self.text[s : s + n] for s, n in self.words]


class SpyDriver(Driver):
    name = "spy"

    def __init__(
        self,
        voices: tuple[Voice, ...] = SPY_VOICES,
        *,
        word_delay: float = 0.0,
        broken: bool = False,
    ) -> None:
        super().__init__()
        self._voices = list(voices)
        self._delay = word_delay
        self._broken = broken
        self._worker = SerialWorker("reperes-speech-spy")
        self._lock = threading.Lock()
        self._current: threading.Event | None = None  # the running utterance's stop flag
        self._busy = 0
        self._idle = threading.Condition(self._lock)
        self.utterances: list[SpokenUtterance] = []

    @property
    def said(self) -> list[str]:
        return [u.text for u in self.utterances]

    def available(self) -> bool:
        return not self._broken

    def problem(self) -> SpeechProblem | None:
        return SpeechProblem(ProblemKind.ENGINE_MISSING, "spy", self.name) if self._broken else None

    def voices(self) -> list[Voice]:
        return list(self._voices)

    def say(
        self,
        text: str,
        *,
        voice: str | None = None,
        rate: int = DEFAULT_RATE,
        on_word: WordCallback | None = None,
        on_done: DoneCallback | None = None,
    ) -> None:
        record = SpokenUtterance(text, voice, rate)
        stop = threading.Event()
        with self._lock:
            if self._current is not None:
                self._current.set()
            self._current = stop
            self._busy += 1
            self.utterances.append(record)
        self._worker.submit(self._speak, record, stop, on_word, on_done)

    def _speak(
        self,
        record: SpokenUtterance,
        stop: threading.Event,
        on_word: WordCallback | None,
        on_done: DoneCallback | None,
    ) -> None:
        try:
            for w in word_spans(record.text):
                if stop.is_set():
                    break
                record.words.append((w.start, w.length))
                call_safely(on_word, w.start, w.length)
                if self._delay:
                    stop.wait(self._delay)
            record.completed = not stop.is_set()
        finally:
            with self._lock:
                if self._current is stop:
                    self._current = None
            call_safely(on_done, bool(record.completed))
            with self._lock:
                self._busy -= 1
                self._idle.notify_all()

    def stop(self) -> None:
        with self._lock:
            if self._current is not None:
                self._current.set()
                self._current = None

    def is_speaking(self) -> bool:
        return self._current is not None

    def close(self) -> None:
        self.stop()
        self._worker.close()

    def wait_until_idle(self, timeout: float = 5.0) -> bool:
        with self._idle:
            return self._idle.wait_for(lambda: self._busy == 0, timeout)

    def synthesize_wav(
        self, text: str, voice: str | None = None, rate: int = DEFAULT_RATE
    ) -> bytes:
        """A short silent WAV per word, so tests of `reperes say --wav` need no engine."""
        problem = self.problem()
        if problem is not None:
            raise SpeechUnavailable(problem)
        self.utterances.append(SpokenUtterance(text, voice, rate, completed=True))
        return wav_bytes([bytes(2205 * 2) for _ in word_spans(text)], 22050)
