"""The Speaker service: the one object the UI talks to for speech (handbook §4).

It picks the first available driver (the platform's, then silent), keeps the voice and speed,
and survives faults: no engine, no sound output, an engine that raises, a voice that is gone.
Faults are reported through `on_problem` and kept in `engine_problem`; after a fatal one the
Speaker falls back to the silent driver, whose on_done(False) lets the UI say politely that
there is no voice on this computer. `retry()` looks again (speakers plugged in).

Threads: say/stop/is_speaking/set_rate return at once and may be called from the GUI thread.
Callbacks (on_word, on_done, on_problem) come from a driver thread: relay them to the GUI thread
(e.g. Qt signals with queued connections). Building a Speaker loads the engine and probes the
audio output (up to a few hundred ms, once): do it at start-up or off the GUI thread.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Sequence

from .driver import (
    DEFAULT_RATE,
    DoneCallback,
    Driver,
    ProblemKind,
    SpeechProblem,
    SpeechUnavailable,
    Voice,
    WordCallback,
    clamp_rate,
    log,
    pick_voice,
)
from .silent_driver import SilentDriver

ProblemCallback = Callable[[SpeechProblem], None]


def platform_drivers() -> list[Driver]:
    """The drivers to try on this system, best first (the silent one is added by Speaker)."""
    if sys.platform.startswith("linux"):
        from .espeak_driver import EspeakDriver

        return [EspeakDriver()]
    if sys.platform == "win32":
        from .sapi5_driver import Sapi5Driver

        return [Sapi5Driver()]
    # macOS: pyttsx3's NSSpeech driver hangs or crashes when driven from a thread (pyttsx3
    # #8, #22): not offered until a driver is written and tried on a Mac.
    return []


class Speaker:
    def __init__(
        self,
        drivers: Sequence[Driver] | None = None,
        *,
        voice_id: str | None = None,
        rate: int = DEFAULT_RATE,
        on_problem: ProblemCallback | None = None,
    ) -> None:
        self._drivers = list(platform_drivers() if drivers is None else drivers)
        self._silent = next((d for d in self._drivers if isinstance(d, SilentDriver)), None)
        if self._silent is None:
            self._silent = SilentDriver()
            self._drivers.append(self._silent)
        self._lock = threading.RLock()
        self._on_problem = on_problem
        self._rate = clamp_rate(rate)
        self._voice_id = voice_id
        self._problem: SpeechProblem | None = None
        self._driver: Driver = self._silent
        self._choose()
        if voice_id is not None:
            self.set_voice(voice_id)

    # -- state ---------------------------------------------------------------------------------
    @property
    def driver_name(self) -> str:
        return self._driver.name

    @property
    def engine_problem(self) -> SpeechProblem | None:
        """The last problem: why speech is silent (fatal) or what was worked around."""
        return self._problem

    @property
    def speaks_aloud(self) -> bool:
        return self._driver is not self._silent

    @property
    def rate(self) -> int:
        return self._rate

    @property
    def start_delay_s(self) -> float | None:
        """Seconds from the last say() to its first audio (for the benchmark)."""
        return self._driver.start_delay_s

    # -- speaking ------------------------------------------------------------------------------
    def say(
        self,
        text: str,
        *,
        on_word: WordCallback | None = None,
        on_done: DoneCallback | None = None,
    ) -> None:
        """Read `text` aloud; stops what was being read. on_word(start, length) indexes `text`."""
        with self._lock:
            driver, voice, rate = self._driver, self._voice_id, self._rate
        driver.say(text, voice=voice, rate=rate, on_word=on_word, on_done=on_done)

    def say_and_wait(self, text: str, timeout: float | None = None) -> bool:
        """Read `text` and wait until it is read (command line only, never the GUI thread).
        True if it was read to the end."""
        finished = threading.Event()
        result: list[bool] = []

        def done(completed: bool) -> None:
            result.append(completed)
            finished.set()

        self.say(text, on_done=done)
        if not finished.wait(timeout):
            self.stop()
            finished.wait(1.0)
        return bool(result and result[0])

    def stop(self) -> None:
        for driver in self._drivers:
            if driver.is_speaking():
                driver.stop()

    def is_speaking(self) -> bool:
        return self._driver.is_speaking()

    # -- voice and speed -----------------------------------------------------------------------
    def voices(self) -> list[Voice]:
        """The voices to offer (those of the first driver that has any)."""
        for driver in (self._driver, *self._drivers):
            try:
                voices = driver.voices()
            except Exception:
                log.warning("listing voices failed (%s)", driver.name, exc_info=True)
                continue
            if voices:
                return voices
        return []

    def voice(self) -> Voice | None:
        """The voice that speaks: the chosen one, else the default French voice."""
        return pick_voice(self.voices(), self._voice_id)

    def set_voice(self, voice_id: str | None) -> Voice | None:
        """Choose a voice (None: the default French voice). A voice that is not on this
        computer is reported (VOICE_MISSING) and the default French voice, or any, is used."""
        voices = self.voices()
        chosen = pick_voice(voices, voice_id)
        with self._lock:
            self._voice_id = chosen.id if chosen is not None else voice_id
        if voice_id is not None and voices and (chosen is None or chosen.id != voice_id):
            got = chosen.id if chosen else "none"
            self._record(SpeechProblem(ProblemKind.VOICE_MISSING, f"→ {got}", self.driver_name))
        return chosen

    def set_rate(self, percent: int) -> int:
        """Speed in percent of normal (40–150, clamped); applies from the next say()."""
        with self._lock:
            self._rate = clamp_rate(percent)
            return self._rate

    # -- other uses ----------------------------------------------------------------------------
    def synthesize_wav(self, text: str) -> bytes:
        """The text as WAV bytes (for `reperes say --wav`): works without a sound device."""
        for driver in self._drivers:
            if driver is self._silent:
                continue
            try:
                return driver.synthesize_wav(text, self._voice_id, self._rate)
            except SpeechUnavailable:
                continue
        problem = self._problem or SpeechProblem(ProblemKind.NOT_SUPPORTED, "", "")
        raise SpeechUnavailable(problem)

    def retry(self) -> bool:
        """Look for an engine and an audio output again; True if speech is back."""
        for driver in self._drivers:
            recheck = getattr(driver, "recheck_output", None)
            if recheck is not None:
                recheck()
        self._problem = None
        self._choose()
        return self.speaks_aloud

    def close(self) -> None:
        """Stop speaking and end the drivers' threads (the Speaker owns its drivers)."""
        for driver in self._drivers:
            driver.set_problem_listener(None)
            driver.close()

    # -- faults --------------------------------------------------------------------------------
    def _choose(self) -> None:
        problem: SpeechProblem | None = None
        chosen: Driver = self._silent
        for driver in self._drivers:
            try:
                ok = driver.available()
                why = None if ok else driver.problem()
            except Exception as exc:  # a driver that cannot even tell: skip it
                ok, why = False, SpeechProblem(ProblemKind.ENGINE_FAILED, repr(exc), driver.name)
            if ok:
                chosen = driver
                break
            problem = problem or why or SpeechProblem(ProblemKind.ENGINE_MISSING, "", driver.name)
        if chosen is self._silent and problem is None:
            problem = SpeechProblem(ProblemKind.NOT_SUPPORTED, sys.platform, "")
        with self._lock:
            for driver in self._drivers:
                driver.set_problem_listener(self._on_driver_problem)
            self._driver = chosen
        if problem is not None:
            self._record(problem)

    def _on_driver_problem(self, problem: SpeechProblem) -> None:
        """From a driver thread, before the failed utterance's on_done(False)."""
        with self._lock:
            if problem.fatal and problem.driver == self._driver.name:
                log.warning("speech falls back to silence: %s", problem.kind)
                self._driver = self._silent
        self._record(problem)

    def _record(self, problem: SpeechProblem) -> None:
        with self._lock:
            if not problem.fatal and self._problem is not None and self._problem.fatal:
                return  # a worked-around problem never hides why speech is off
            self._problem = problem
            listener = self._on_problem
        if listener is not None:
            try:
                listener(problem)
            except Exception:
                log.exception("speech problem listener failed")
