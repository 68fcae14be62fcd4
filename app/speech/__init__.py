"""Speech (handbook §4): the Speaker service and its drivers.

    speaker.py         Speaker: what the UI calls (say, stop, voices, speed, problems)
    driver.py          the driver contract, Voice, SpeechProblem, speed range
    espeak_driver.py   Linux: espeak-ng in memory + a player child process + read-along clock
    espeak_engine.py   espeak-ng through pyttsx3's ctypes binding, in one worker thread
    audio_output.py    player programs (pw-play, pacat, aplay) fed on stdin; the playback clock
    sapi5_driver.py    Windows: pyttsx3's SAPI5 engine in one worker thread (untested here)
    silent_driver.py   last resort: says nothing, on_done(False)
    spy_driver.py      for tests: records what would be said
    text_chunks.py     sentences and words, as positions in the original text
    word_timing.py     when each word is heard, from the engine's word events
    worker.py          one thread running calls in order
    wav.py             WAV bytes in memory

Nothing here writes spoken text to disk, and nothing imports Qt.
"""

from .driver import (
    DEFAULT_RATE,
    MAX_RATE,
    MIN_RATE,
    Driver,
    ProblemKind,
    SpeechProblem,
    SpeechUnavailable,
    Voice,
)
from .silent_driver import SilentDriver
from .speaker import Speaker, platform_drivers
from .spy_driver import SpyDriver

__all__ = [
    "DEFAULT_RATE",
    "MAX_RATE",
    "MIN_RATE",
    "Driver",
    "ProblemKind",
    "SilentDriver",
    "Speaker",
    "SpeechProblem",
    "SpeechUnavailable",
    "SpyDriver",
    "Voice",
    "platform_drivers",
]
