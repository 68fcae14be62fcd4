"""Linux driver: espeak-ng synthesises into memory (espeak_engine), a player child process plays
the raw PCM from its stdin (audio_output), and the read-along fires each word when the playback
clock reaches it.

Threads: the engine's worker does all espeak-ng calls; this driver's playback thread takes one
utterance at a time from a queue, asks the engine for one sentence ahead of what is playing,
writes the audio at the pace it is heard (a few hundred ms ahead, so a kill silences it at once)
and calls on_word/on_done. say() and stop() only set flags, kill a process and enqueue: they
return in well under a millisecond on the GUI thread."""

from __future__ import annotations

import itertools
import queue
import threading
import time
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field

from .audio_output import PlaybackClock, PlayerCommand, PlayerProcess, players_or_default, probe
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
    log,
)
from .espeak_engine import EspeakEngine, SynthResult, espeak_wpm, shared_engine
from .text_chunks import Chunk, split_into_chunks
from .wav import wav_bytes
from .word_timing import TimedWord, time_words

NAME = "espeak-ng"
BLOCK_S = 0.02  # audio written per write
EXTRA_LEAD_S = 0.1  # written ahead of what the player holds (scheduling slack)
POLL_S = 0.02  # longest nap of the playback thread: how soon it notices a stop
EXIT_GRACE_S = 2.0  # how long a player may take to exit after its last sample
STARTING_POLL_S = 0.005  # while waiting for the player to take its first audio
PLAYER_START_LIMIT_S = 2.0  # a player that has not read by then is taken as started


@dataclass
class _Utterance:
    id: int
    text: str
    voice: str | None
    wpm: int
    on_word: WordCallback | None
    on_done: DoneCallback | None
    said_at: float
    cancelled: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    process: PlayerProcess | None = None

    def cancel(self) -> None:
        self.cancelled.set()  # first: the playback thread checks it after taking the lock
        with self.lock:
            proc = self.process
        if proc is not None:
            proc.kill()

    def attach(self, proc: PlayerProcess) -> bool:
        """Hand the player to cancel(); False (and the player killed) if already cancelled."""
        with self.lock:
            self.process = proc
            if self.cancelled.is_set():
                proc.kill()
                return False
        return True


@dataclass(frozen=True)
class Rendering:
    wav: bytes
    sample_rate: int
    words: list[TimedWord]  # samples counted from the start of the whole rendering


class EspeakDriver(Driver):
    name = NAME

    def __init__(
        self,
        engine: EspeakEngine | None = None,
        players: Sequence[PlayerCommand] | None = None,
        *,
        playback_speed: float = 1.0,
    ) -> None:
        """`players`: the candidates, in order (default: those installed). `playback_speed` > 1
        is for tests only, with a player that does not pace itself (an injected clock)."""
        super().__init__()
        self._engine = engine or shared_engine()
        self._candidates = players_or_default(players)
        self._speed = playback_speed
        self._player: PlayerCommand | None = None
        self._output_problem: SpeechProblem | None = None
        self._output_checked = False
        self._check_lock = threading.Lock()
        self._lock = threading.Lock()
        self._current: _Utterance | None = None
        self._ids = itertools.count(1)
        self._queue: queue.SimpleQueue[_Utterance | None] = queue.SimpleQueue()
        self._thread = threading.Thread(
            target=self._playback_loop, name="reperes-speech-playback", daemon=True
        )
        self._thread.start()

    # -- what it can do ------------------------------------------------------------------------
    def problem(self) -> SpeechProblem | None:
        return self._engine.start() or self._check_output()

    def available(self) -> bool:
        return self.problem() is None

    def recheck_output(self) -> None:
        """Look for a working player again (speakers plugged in, sound server started)."""
        with self._check_lock:
            self._output_checked = False

    def _check_output(self) -> SpeechProblem | None:
        with self._check_lock:
            if not self._output_checked:
                self._player, self._output_problem = self._find_player()
                self._output_checked = True
            return self._output_problem

    def _find_player(self) -> tuple[PlayerCommand | None, SpeechProblem | None]:
        if not self._candidates:
            detail = "no audio player program found (pw-play, pacat or aplay)"
            return None, SpeechProblem(ProblemKind.NO_AUDIO_OUTPUT, detail, NAME)
        reasons = []
        for player in self._candidates:
            why = probe(player, self._engine.sample_rate)
            if why is None:
                return player, None
            reasons.append(f"{player.name}: {why}")
        return None, SpeechProblem(ProblemKind.NO_AUDIO_OUTPUT, "; ".join(reasons), NAME)

    def voices(self) -> list[Voice]:
        return self._engine.voices()

    # -- speaking ------------------------------------------------------------------------------
    def say(
        self,
        text: str,
        *,
        voice: str | None = None,
        rate: int = DEFAULT_RATE,
        on_word: WordCallback | None = None,
        on_done: DoneCallback | None = None,
    ) -> None:
        utt = _Utterance(
            next(self._ids), text, voice, espeak_wpm(rate), on_word, on_done, time.monotonic()
        )
        with self._lock:
            previous, self._current = self._current, utt
        if previous is not None:
            previous.cancel()
        self._queue.put(utt)

    def stop(self) -> None:
        with self._lock:
            current, self._current = self._current, None
        if current is not None:
            current.cancel()

    def is_speaking(self) -> bool:
        return self._current is not None

    def close(self) -> None:
        """Stop, and end the playback thread once the stopped utterance has finished."""
        self.stop()
        self._queue.put(None)

    # -- rendering to memory -------------------------------------------------------------------
    def render(self, text: str, voice: str | None = None, rate: int = DEFAULT_RATE) -> Rendering:
        """The whole text as WAV bytes with the time of every word; one sentence at a time in
        the engine's worker, so speech can slip in between."""
        problem = self._engine.start()
        if problem is not None:
            raise SpeechUnavailable(problem)
        parts: list[bytes] = []
        words: list[TimedWord] = []
        offset = 0
        for chunk in split_into_chunks(text):
            res = self._engine.synthesize(chunk.text, voice, espeak_wpm(rate)).result()
            for w in time_words(chunk, text, list(res.words), res.samples):
                words.append(TimedWord(w.start, w.length, w.sample + offset))
            parts.append(res.pcm)
            offset += res.samples
        rate = self._engine.sample_rate
        return Rendering(wav_bytes(parts, rate), rate, words)

    def synthesize_wav(
        self, text: str, voice: str | None = None, rate: int = DEFAULT_RATE
    ) -> bytes:
        return self.render(text, voice, rate).wav

    # -- the playback thread -------------------------------------------------------------------
    def _playback_loop(self) -> None:
        while True:
            utt = self._queue.get()
            if utt is None:
                return  # closed
            completed = False
            try:
                completed = self._play(utt)
            except SpeechUnavailable as exc:
                self.report(exc.problem)
            except Exception as exc:  # the engine failed: report; this thread lives on
                log.error("speech failed: %r", exc)
                self.report(SpeechProblem(ProblemKind.ENGINE_FAILED, repr(exc), NAME))
            finally:
                with self._lock:
                    if self._current is utt:
                        self._current = None
                call_safely(utt.on_done, completed)

    def _play(self, utt: _Utterance) -> bool:
        if utt.cancelled.is_set():
            return False  # superseded before it started: no process, no synthesis
        chunks = split_into_chunks(utt.text)
        if not chunks:
            return True
        problem = self.problem()
        if problem is not None or self._player is None:
            raise SpeechUnavailable(
                problem or SpeechProblem(ProblemKind.NO_AUDIO_OUTPUT, "no player", NAME)
            )
        pending = {0: self._synthesize(utt, chunks[0])}  # the first sentence, before all else
        player = self._player
        try:
            proc = PlayerProcess(player, self._engine.sample_rate)
        except OSError as exc:  # the player program went away since the probe
            problem = SpeechProblem(ProblemKind.AUDIO_FAILED, f"{player.name}: {exc!r}", NAME)
            raise SpeechUnavailable(problem) from exc
        try:
            if not utt.attach(proc):
                return False
            clock = PlaybackClock(self._engine.sample_rate, player.latency_s, self._speed)
            run = _Run(utt, proc, clock)
            voice_reported = False
            for i, chunk in enumerate(chunks):
                if i + 1 < len(chunks):
                    pending[i + 1] = self._synthesize(utt, chunks[i + 1])  # one sentence ahead
                result = self._wait(pending.pop(i), run)
                if result is None:
                    return False
                if result.voice_missing and not voice_reported:
                    voice_reported = True
                    detail = f"{utt.voice} → {result.voice_id}"
                    self.report(SpeechProblem(ProblemKind.VOICE_MISSING, detail, NAME))
                run.add_words(time_words(chunk, utt.text, list(result.words), result.samples))
                if not self._stream(run, result.pcm):
                    return False
            proc.end_input()
            return self._drain(run)
        finally:
            for future in pending.values():
                future.cancel()
            proc.kill()
            proc.wait(1.0)
            proc.close()

    def _synthesize(self, utt: _Utterance, chunk: Chunk) -> Future[SynthResult]:
        return self._engine.synthesize(chunk.text, utt.voice, utt.wpm, utt.cancelled.is_set)

    def _wait(self, future: Future[SynthResult], run: _Run) -> SynthResult | None:
        """The synthesis result, firing due words meanwhile; None if stopped."""
        while True:
            try:
                return future.result(timeout=POLL_S)
            except TimeoutError:
                if run.utt.cancelled.is_set():
                    return None
                run.fire_due_words()

    def _stream(self, run: _Run, pcm: bytes) -> bool:
        """Write `pcm` at the pace it is heard; False if stopped or the player died."""
        clock, utt = run.clock, run.utt
        block = 2 * max(1, int(clock.rate * BLOCK_S))
        lead = clock.latency + clock.rate * EXTRA_LEAD_S
        view, pos = memoryview(pcm), 0
        while pos < len(pcm):
            if utt.cancelled.is_set():
                return False
            run.fire_due_words()
            if clock.ahead() < lead:
                piece = view[pos : pos + block]
                if not run.proc.write(piece):
                    return self._player_died(run)
                if run.first_write is None:
                    run.first_write = time.monotonic()
                    self.start_delay_s = run.first_write - utt.said_at
                clock.on_write(len(piece) // 2)
                pos += len(piece)
                continue
            utt.cancelled.wait(run.nap(lead))
        return True

    def _drain(self, run: _Run) -> bool:
        """Let the last words be heard and the player finish."""
        clock, utt = run.clock, run.utt
        while clock.heard() < clock.written:
            if utt.cancelled.is_set():
                return False
            if run.proc.poll() not in (0, None):
                return self._player_died(run)  # failed with audio still to play
            run.fire_due_words()
            if clock.started:
                utt.cancelled.wait(min(POLL_S, max(0.001, clock.seconds_until(clock.written))))
            else:
                utt.cancelled.wait(STARTING_POLL_S)
        run.fire_due_words(everything=True)
        deadline = time.monotonic() + EXIT_GRACE_S
        while run.proc.poll() is None and time.monotonic() < deadline:
            if utt.cancelled.wait(POLL_S):
                return False
        code = run.proc.poll()
        if code not in (0, None):
            return self._player_died(run)
        return True  # exit 0, or a player slow to exit after its last sample (killed then)

    def _player_died(self, run: _Run) -> bool:
        if run.utt.cancelled.is_set():
            return False
        code = run.proc.wait(1.0)
        detail = f"{run.proc.player.name} stopped (exit {code}): {run.proc.error_text()}"
        self.report(SpeechProblem(ProblemKind.AUDIO_FAILED, detail, NAME))
        return False


class _Run:
    """One utterance being played: its player, its clock and the words waiting to be heard."""

    def __init__(self, utt: _Utterance, proc: PlayerProcess, clock: PlaybackClock) -> None:
        self.utt, self.proc, self.clock = utt, proc, clock
        self._words: deque[tuple[int, int, int]] = deque()  # (sample, start, length)
        self.first_write: float | None = None

    def add_words(self, words: list[TimedWord]) -> None:
        base = self.clock.written  # this chunk's audio starts where the written audio ends
        self._words.extend((base + w.sample, w.start, w.length) for w in words)

    def fire_due_words(self, everything: bool = False) -> None:
        if not self.clock.started and self.clock.written and self._player_took_audio():
            self.clock.start()
        heard = self.clock.heard()
        while self._words and (everything or self._words[0][0] <= heard):
            if self.utt.cancelled.is_set():
                return
            _, start, length = self._words.popleft()
            call_safely(self.utt.on_word, start, length)

    def _player_took_audio(self) -> bool:
        if self.first_write is None:
            return False
        if time.monotonic() - self.first_write > PLAYER_START_LIMIT_S:
            return True  # a player that never reads: let the words go on, silent or not
        unread = self.proc.unread_bytes()
        return unread is None or unread < 2 * self.clock.written or self.proc.poll() is not None

    def nap(self, lead: float) -> float:
        """How long the writer may sleep: until the next word is due or the lead runs low."""
        clock = self.clock
        if not clock.started:
            return STARTING_POLL_S
        until_write = (clock.ahead() - lead) / clock.rate
        until_word = clock.seconds_until(self._words[0][0]) if self._words else POLL_S
        return min(POLL_S, max(0.001, min(until_write, until_word)))
