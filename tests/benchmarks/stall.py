"""How long the GUI thread stops answering: a 10 ms timer notes when it fires; the longest gap
between two ticks is what a person would feel as a frozen window (handbook §9: <= 50 ms)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer

TICK_MS = 10


class StallMeter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._ticks: list[float] = []

    def _tick(self) -> None:
        self._ticks.append(time.perf_counter())

    def start(self) -> None:
        self._ticks = [time.perf_counter()]
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._ticks.append(time.perf_counter())

    def gaps_ms(self) -> list[float]:
        return [(b - a) * 1000 for a, b in zip(self._ticks, self._ticks[1:], strict=False)]

    def longest_ms(self) -> float:
        gaps = self.gaps_ms()
        return max(gaps) if gaps else 0.0


def wait_until(predicate: Callable[[], bool], timeout_s: float, poll_ms: int = 2) -> bool:
    """Run the event loop until `predicate()` is true; False on time-out."""
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    result = {"ok": predicate()}
    if result["ok"]:
        return True

    def check() -> None:
        if predicate():
            result["ok"] = True
            loop.quit()
        elif time.monotonic() > deadline:
            loop.quit()

    poll = QTimer()
    poll.setInterval(poll_ms)
    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    return result["ok"]


def spin(seconds: float) -> None:
    """Let the event loop run for a while (the timer keeps ticking)."""
    end = time.monotonic() + seconds
    wait_until(lambda: time.monotonic() >= end, seconds + 5)
