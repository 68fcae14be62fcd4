"""The last resort (NVDA's "silence"): always available, says nothing, and answers every say()
with on_done(False) so the UI can show its polite "no voice on this computer" message.
Callbacks come from a worker thread, as with a real driver."""

from __future__ import annotations

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
from .worker import SerialWorker


class SilentDriver(Driver):
    name = "silent"

    def __init__(self) -> None:
        super().__init__()
        self._worker = SerialWorker("reperes-speech-silent")

    def available(self) -> bool:
        return True

    def voices(self) -> list[Voice]:
        return []

    def say(
        self,
        text: str,
        *,
        voice: str | None = None,
        rate: int = DEFAULT_RATE,
        on_word: WordCallback | None = None,
        on_done: DoneCallback | None = None,
    ) -> None:
        self._worker.submit(call_safely, on_done, False)

    def stop(self) -> None:
        pass

    def is_speaking(self) -> bool:
        return False

    def close(self) -> None:
        self.stop()
        self._worker.close()

    def synthesize_wav(
        self, text: str, voice: str | None = None, rate: int = DEFAULT_RATE
    ) -> bytes:
        raise SpeechUnavailable(SpeechProblem(ProblemKind.ENGINE_MISSING, "silent", self.name))
