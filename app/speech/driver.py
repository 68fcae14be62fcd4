"""The contract every speech driver keeps (NVDA's shape), and the small types it speaks in.

A driver says whether it can speak (`available()`), lists its voices, speaks without blocking
(`say`), stops at once (`stop`) and renders a whole WAV in memory (`synthesize_wav`). Callbacks
run on a driver thread, never on the caller's: the UI relays them to the GUI thread (Qt queued
signals). Order of callbacks for one utterance: `on_word` calls in text order, then exactly one
`on_done`; a problem is reported to the listener before the `on_done(False)` it causes.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

log = logging.getLogger("reperes.speech")

# Speed is a percentage of the engine's normal speed; the settings file holds the same range.
MIN_RATE = 40
MAX_RATE = 150
DEFAULT_RATE = 80  # slow by default: people who read with difficulty also listen more slowly

DEFAULT_LANGUAGE = "fr-fr"

WordCallback = Callable[[int, int], None]  # (start, length) in the text given to say()
DoneCallback = Callable[[bool], None]  # True: read to the end; False: stopped or failed


def clamp_rate(percent: int) -> int:
    return max(MIN_RATE, min(MAX_RATE, int(percent)))


@dataclass(frozen=True)
class Voice:
    id: str  # what the engine selects it by; may be stored in settings
    name: str  # human name, as the engine gives it
    language: str  # lower-case BCP 47-ish tag: "fr-fr", "fr", "en-gb"


class ProblemKind(StrEnum):
    """Stable codes: the UI turns them into a polite, translated sentence."""

    ENGINE_MISSING = "no_speech_engine"  # no speech library on this computer
    NO_AUDIO_OUTPUT = "no_audio_output"  # no player program or no sound device
    ENGINE_FAILED = "speech_engine_failed"  # the engine raised while speaking
    AUDIO_FAILED = "audio_output_failed"  # the audio output stopped on its own
    VOICE_MISSING = "voice_missing"  # the chosen voice is gone; another one speaks
    NOT_SUPPORTED = "speech_not_supported"  # no driver for this operating system


# Problems after which a driver cannot be trusted to speak: the Speaker falls back to silence.
FATAL_PROBLEMS = frozenset(
    {
        ProblemKind.ENGINE_MISSING,
        ProblemKind.NO_AUDIO_OUTPUT,
        ProblemKind.ENGINE_FAILED,
        ProblemKind.AUDIO_FAILED,
        ProblemKind.NOT_SUPPORTED,
    }
)


@dataclass(frozen=True)
class SpeechProblem:
    kind: ProblemKind
    detail: str = ""  # technical, for logs and developers; never contains spoken text
    driver: str = ""

    @property
    def fatal(self) -> bool:
        return self.kind in FATAL_PROBLEMS


class SpeechUnavailable(RuntimeError):
    """Raised by `synthesize_wav` when the driver has no engine to render with."""

    def __init__(self, problem: SpeechProblem):
        super().__init__(f"{problem.kind}: {problem.detail}")
        self.problem = problem


ProblemListener = Callable[[SpeechProblem], None]


class Driver(ABC):
    """Base of the speech drivers. Subclasses set `name` and implement the abstract methods."""

    name = "driver"

    def __init__(self) -> None:
        self._problem_listener: ProblemListener | None = None
        # Seconds from the last say() to its first audio handed to the output (None: unknown).
        self.start_delay_s: float | None = None

    # -- what it can do ------------------------------------------------------------------------
    @abstractmethod
    def available(self) -> bool:
        """True when say() can be heard. May take up to a few hundred ms the first time."""

    def problem(self) -> SpeechProblem | None:
        """Why available() is False, if it is."""
        return None

    @abstractmethod
    def voices(self) -> list[Voice]: ...

    def default_voice(self) -> Voice | None:
        return pick_voice(self.voices(), None)

    # -- speaking ------------------------------------------------------------------------------
    @abstractmethod
    def say(
        self,
        text: str,
        *,
        voice: str | None = None,
        rate: int = DEFAULT_RATE,
        on_word: WordCallback | None = None,
        on_done: DoneCallback | None = None,
    ) -> None:
        """Start speaking and return at once; a call stops what this driver was saying."""

    @abstractmethod
    def stop(self) -> None:
        """Silence within 200 ms; the stopped utterance gets on_done(False). Never blocks long."""

    @abstractmethod
    def is_speaking(self) -> bool: ...

    @abstractmethod
    def synthesize_wav(
        self, text: str, voice: str | None = None, rate: int = DEFAULT_RATE
    ) -> bytes:
        """The whole utterance as WAV bytes, in memory. Raises SpeechUnavailable."""

    def close(self) -> None:
        """Stop and release what the driver holds (threads end on their own: daemon)."""
        self.stop()

    # -- problems ------------------------------------------------------------------------------
    def set_problem_listener(self, listener: ProblemListener | None) -> None:
        self._problem_listener = listener

    def report(self, problem: SpeechProblem) -> None:
        log.warning("speech problem (%s): %s %s", self.name, problem.kind, problem.detail)
        listener = self._problem_listener
        if listener is not None:
            try:
                listener(problem)
            except Exception:  # a listener's bug must not kill a driver thread
                log.exception("speech problem listener failed")


def pick_voice(voices: Sequence[Voice], wanted: str | None) -> Voice | None:
    """The wanted voice if it exists, else the default French voice, else any voice."""
    if wanted is not None:
        for v in voices:
            if v.id == wanted:
                return v
    for match in (
        lambda v: v.language == DEFAULT_LANGUAGE,
        lambda v: v.language == "fr" or v.language.startswith("fr-"),
    ):
        for v in voices:
            if match(v):
                return v
    return voices[0] if voices else None


def call_safely(callback: Callable[..., None] | None, *args: object) -> None:
    """Run a UI callback from a driver thread; its bug is logged, the driver goes on."""
    if callback is None:
        return
    try:
        callback(*args)
    except Exception:
        log.exception("speech callback failed")
