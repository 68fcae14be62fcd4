"""The audio output Repères controls on Linux: a player program in a child process, fed raw PCM
on its standard input (never a file), killed to stop at once (the kernel closes the sound device
and the audio queued in it is dropped). And the clock that says which sample is being heard."""

from __future__ import annotations

import array
import contextlib
import shutil
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

try:  # POSIX: how much of the pipe the player has read (the playback clock starts then)
    import fcntl
    import termios
except ImportError:  # pragma: no cover - Windows uses SAPI, not a player process
    fcntl = termios = None  # type: ignore[assignment]


@dataclass(frozen=True)
class PlayerCommand:
    name: str
    argv: tuple[str, ...]  # "{rate}" is replaced by the sample rate
    latency_s: float  # audio the player holds before it is heard (its buffer)

    def command(self, sample_rate: int) -> list[str]:
        return [a.replace("{rate}", str(sample_rate)) for a in self.argv]


# Raw 16-bit mono PCM on stdin, small buffers (the default ALSA buffer of ~0.5 s would delay
# both the start and the read-along). PipeWire, then PulseAudio, then plain ALSA.
KNOWN_PLAYERS: tuple[PlayerCommand, ...] = (
    PlayerCommand(
        "pw-play",
        ("pw-play", "--rate", "{rate}", "--channels", "1", "--format", "s16",
         "--latency", "100ms", "-"),
        0.1,
    ),
    PlayerCommand(
        "pacat",
        ("pacat", "--playback", "--raw", "--format=s16le", "--rate={rate}", "--channels=1",
         "--latency-msec=100"),
        0.1,
    ),
    PlayerCommand(
        "aplay",
        ("aplay", "-q", "-t", "raw", "-f", "S16_LE", "-c", "1", "-r", "{rate}",
         "--buffer-time=100000", "-"),
        0.1,
    ),
)  # fmt: skip


def installed_players(which: Callable[[str], str | None] = shutil.which) -> list[PlayerCommand]:
    """The known players whose program is installed, with its full path."""
    found = []
    for player in KNOWN_PLAYERS:
        path = which(player.argv[0])
        if path:
            found.append(PlayerCommand(player.name, (path, *player.argv[1:]), player.latency_s))
    return found


def probe(player: PlayerCommand, sample_rate: int, timeout: float = 3.0) -> str | None:
    """Start the player on empty input: None if it works, else why not (no sound device, no
    sound server...). Nothing is heard."""
    try:
        proc = subprocess.run(
            player.command(sample_rate),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return f"{type(exc).__name__}: {exc}"
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip()[-300:]
        return f"exit {proc.returncode}: {err}"
    return None


class PlayerProcess:
    """One utterance's player. write() from one thread; kill() from any thread."""

    def __init__(self, player: PlayerCommand, sample_rate: int) -> None:
        self.player = player
        self._proc = subprocess.Popen(
            player.command(sample_rate),
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            bufsize=0,  # each write goes straight to the pipe: the clock counts what was sent
        )

    @property
    def pid(self) -> int:
        return self._proc.pid

    def write(self, data: bytes | memoryview) -> bool:
        """False when the player is gone (killed, or failed on its own)."""
        stdin = self._proc.stdin
        if stdin is None:
            return False
        view = memoryview(data)
        try:
            while view:
                n = stdin.write(view)
                view = view[n or 0 :]
        except (OSError, ValueError):  # BrokenPipeError; ValueError: closed after kill
            return False
        return True

    def unread_bytes(self) -> int | None:
        """Audio still in the pipe, not yet taken by the player (None: cannot tell here)."""
        stdin = self._proc.stdin
        if stdin is None or fcntl is None or termios is None:
            return None
        count = array.array("i", [0])
        try:
            fcntl.ioctl(stdin.fileno(), termios.FIONREAD, count, True)
        except (OSError, ValueError):
            return None
        return count[0]

    def end_input(self) -> None:
        """No more audio: the player plays what it holds, then exits."""
        if self._proc.stdin is not None:
            with contextlib.suppress(OSError):
                self._proc.stdin.close()

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self._proc.kill()

    def poll(self) -> int | None:
        return self._proc.poll()

    def wait(self, timeout: float) -> int | None:
        try:
            return self._proc.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def error_text(self) -> str:
        """What the player printed (read once it has exited)."""
        if self._proc.stderr is None or self._proc.poll() is None:
            return ""
        with contextlib.suppress(OSError, ValueError):
            return self._proc.stderr.read(2000).decode("utf-8", "replace").strip()
        return ""

    def close(self) -> None:
        for pipe in (self._proc.stdin, self._proc.stderr):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()


class PlaybackClock:
    """Which sample is heard now. It starts when the player first takes audio from the pipe
    (a player or sound server may take a while to start); then audio flows at `sample_rate` x
    `speed` samples a second, heard `latency_s` after the player takes it. If writing fell
    behind (the player ran dry), the clock restarts from what was written."""

    def __init__(
        self,
        sample_rate: int,
        latency_s: float,
        speed: float = 1.0,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = sample_rate * speed  # samples consumed per second of wall time
        self.latency = latency_s * sample_rate
        self._now = now
        self._t0: float | None = None
        self.written = 0

    @property
    def started(self) -> bool:
        return self._t0 is not None

    def start(self) -> None:
        if self._t0 is None:
            self._t0 = self._now()

    def on_write(self, samples: int) -> None:
        if self._t0 is not None and (self._now() - self._t0) * self.rate > self.written:
            self._t0 = self._now() - self.written / self.rate  # ran dry: nothing left to play
        self.written += samples

    def heard(self) -> int:
        """The sample being heard; -1 before the first one."""
        if self._t0 is None:
            return -1
        pos = (self._now() - self._t0) * self.rate - self.latency
        return int(min(max(pos, -1), self.written))

    def seconds_until(self, sample: int) -> float:
        """Wall time until `sample` is heard (if the writer keeps up)."""
        if self._t0 is None:
            return 0.0
        due = self._t0 + (sample + self.latency) / self.rate
        return max(0.0, due - self._now())

    def ahead(self) -> int:
        """Samples written but not yet heard."""
        return self.written - max(self.heard(), 0)


def players_or_default(players: Sequence[PlayerCommand] | None) -> list[PlayerCommand]:
    return list(players) if players is not None else installed_players()
