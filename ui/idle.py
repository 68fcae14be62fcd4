"""Auto-lock after inactivity (issue: shared PCs). An application-wide event filter notes the
last key, click or movement; a one-second timer compares it with the clock. The clock is
injected, so tests move time instead of waiting."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

WARNING_S = 30  # seconds of warning, spoken and shown, before the lock

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
}


class IdleWatch(QObject):
    warning = Signal(int)  # seconds left; emitted once when the warning starts
    warning_over = Signal()  # the person moved: the warning goes away
    expired = Signal()

    def __init__(self, limit_s: float, clock: Callable[[], float] = time.monotonic):
        super().__init__()
        self.limit_s = limit_s
        self._clock = clock
        self._last = clock()
        self._warned = False
        self._running = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._last = self._clock()
        self._warned = False
        if not self._running:
            QApplication.instance().installEventFilter(self)
            self._running = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._running:
            QApplication.instance().removeEventFilter(self)
            self._running = False
        self._warned = False

    @property
    def running(self) -> bool:
        return self._running

    def still_here(self) -> None:
        self._last = self._clock()
        if self._warned:
            self._warned = False
            self.warning_over.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.still_here()
        return False  # never eats the event

    def check(self) -> None:
        """Called every second (and by tests after moving the clock)."""
        if not self._running:
            return
        idle = self._clock() - self._last
        if idle >= self.limit_s:
            self.stop()
            self.expired.emit()
        elif idle >= self.limit_s - WARNING_S and not self._warned:
            self._warned = True
            self.warning.emit(max(1, round(self.limit_s - idle)))
