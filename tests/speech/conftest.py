"""Speech tests: the real espeak-ng library, and a fake player program in place of aplay (this
machine has no sound card). Helpers measure what the driver does with its player processes."""

from __future__ import annotations

import ctypes.util
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.speech import espeak_driver
from app.speech.audio_output import PlayerCommand, PlayerProcess
from app.speech.espeak_driver import EspeakDriver
from app.speech.espeak_engine import shared_engine
from helpers import need

FAKE_PLAYER = Path(__file__).resolve().parent / "fake_player.py"

CONVOCATION = "Vous êtes convoqué le mardi 3 décembre"
CONVOCATION_WORDS = ["Vous", "êtes", "convoqué", "le", "mardi", "3", "décembre"]

# Plain French with accents, apostrophes, numbers and a few symbols: a page is ~1,800 characters.
_PARAGRAPH = (
    "Madame, Monsieur, vous êtes convoqué le mardi 3 décembre à 10 h 30 à l'agence France "
    "Travail de Villeurbanne, 12 rue de la Poudrette. Apportez votre pièce d'identité, votre "
    "dernier avis de situation et votre curriculum vitæ. Si vous ne pouvez pas venir, "
    "prévenez votre conseillère avant le rendez-vous : appelez le 39 49, c'est gratuit. "
    "La déclaration trimestrielle de ressources, la DTR, se fait chaque trimestre ; "
    "gardez une copie de ce que vous avez envoyé. Le montant du RSA peut changer à 100 € "
    "près quand vos ressources changent. "
)


def pages(n: int) -> str:
    """About n pages of text, in paragraphs."""
    per_page = max(1, round(1800 / len(_PARAGRAPH)))
    return "\n\n".join(_PARAGRAPH.strip() for _ in range(n * per_page))


@pytest.fixture(scope="session")
def espeak() -> None:
    """libespeak-ng is installed and loads (./run installs espeak-ng and libespeak-ng1)."""
    need(ctypes.util.find_library("espeak-ng"), "libespeak-ng is not installed")
    problem = shared_engine().start()
    assert problem is None, problem


def fake_player(*flags: str, latency: float = 0.1) -> PlayerCommand:
    argv = (sys.executable, "-B", str(FAKE_PLAYER), "--rate", "{rate}", *flags)
    return PlayerCommand("fake-player", argv, latency)


@pytest.fixture
def driver(espeak: None) -> EspeakDriver:
    """The Linux driver with the real engine and a fake player that plays at real-time pace."""
    d = EspeakDriver(players=[fake_player()])
    assert d.available(), d.problem()
    yield d
    d.close()


@dataclass
class PlayerRecord:
    proc: PlayerProcess
    spawned: float
    writes: list[tuple[float, int]] = field(default_factory=list)
    others_alive_at_spawn: int = 0


@dataclass
class PlayerSpy:
    """Every player process the driver starts, with the time and size of each write."""

    records: list[PlayerRecord] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def last(self) -> PlayerRecord:
        with self.lock:
            return self.records[-1]


@pytest.fixture
def player_spy(monkeypatch: pytest.MonkeyPatch) -> PlayerSpy:
    spy = PlayerSpy()

    class RecordingPlayer(PlayerProcess):
        def __init__(self, player: PlayerCommand, sample_rate: int) -> None:
            super().__init__(player, sample_rate)
            with spy.lock:
                alive = sum(1 for r in spy.records if r.proc.poll() is None)
                self.record = PlayerRecord(self, time.monotonic(), others_alive_at_spawn=alive)
                spy.records.append(self.record)

        def write(self, data: bytes | memoryview) -> bool:
            ok = super().write(data)
            if ok:
                self.record.writes.append((time.monotonic(), len(data)))
            return ok

    monkeypatch.setattr(espeak_driver, "PlayerProcess", RecordingPlayer)
    return spy


class Listener:
    """Collects on_word/on_done calls (from the driver's thread) with their times."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: list[tuple[int, int]] = []
        self.word_times: list[float] = []
        self.done: list[bool] = []
        self.done_at: float | None = None
        self.words_after_done = 0
        self._event = threading.Event()

    def on_word(self, start: int, length: int) -> None:
        if self.done:
            self.words_after_done += 1
        self.words.append((start, length))
        self.word_times.append(time.monotonic())

    def on_done(self, completed: bool) -> None:
        self.done.append(completed)
        self.done_at = time.monotonic()
        self._event.set()

    def wait(self, timeout: float = 30.0) -> bool:
        assert self._event.wait(timeout), "on_done never came"
        return self.done[0]

    @property
    def spoken(self) -> list[str]:
        return [self.text[s : s + n] for s, n in self.words]

    def wait_for_word(self, index: int, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while len(self.words) <= index:
            assert time.monotonic() < deadline, f"word {index} never came"
            time.sleep(0.005)
