"""'Lire': reads a screen or a card aloud and highlights the word being read (read-along).

The Speaker (app/speech) calls back on its own threads; a relay brings every callback to the GUI
thread as a queued signal. Each reading has a number, so the late 'finished' of a reading that
was stopped never clears the highlight of the next one."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea

if TYPE_CHECKING:
    from app.speech import Speaker

from . import appearance


@dataclass
class Part:
    """A piece of what is read, and the label that shows it (None: read, not highlighted)."""

    text: str
    label: QLabel | None = None


class _Relay(QObject):
    word = Signal(int, int, int)  # reading number, start, length
    finished = Signal(int, bool)
    problem = Signal(object)


class Reader(QObject):
    started = Signal()
    stopped = Signal(bool)  # True when read to the end
    problem = Signal(object)  # SpeechProblem, for a polite sentence on screen

    def __init__(self, speaker_factory: Callable[[], Speaker] | None = None):
        super().__init__()
        self._factory = speaker_factory or self._speaker_from_settings
        self._speaker: Speaker | None = None
        self._relay = _Relay()
        self._relay.word.connect(self._on_word)
        self._relay.finished.connect(self._on_finished)
        self._relay.problem.connect(self.problem)
        self._number = 0
        self._parts: list[tuple[int, Part]] = []  # (offset in the joined text, part)
        self._lit: QLabel | None = None
        self._plain: dict[QLabel, tuple[str, Qt.TextFormat]] = {}

    @staticmethod
    def _speaker_from_settings() -> Speaker:
        from app.speech import Speaker  # the engine loads at the first 'Lire', not at start

        chosen = appearance.current().settings
        return Speaker(rate=chosen.speech_rate, voice_id=chosen.speech_voice or None)

    @property
    def speaker(self) -> Speaker:
        if self._speaker is None:  # created at the first 'Lire' (loads the engine, ~50 ms)
            self._speaker = self._factory()
        return self._speaker

    @property
    def reading(self) -> bool:
        return bool(self._parts)

    def read(self, parts: list[Part]) -> None:
        self.stop()
        parts = [p for p in parts if p.text.strip()]
        if not parts:
            return
        self._number += 1
        number, relay = self._number, self._relay
        offset, joined = 0, []
        for part in parts:
            self._parts.append((offset, part))
            joined.append(part.text)
            offset += len(part.text) + 1  # the "\n" between parts
        self.started.emit()
        speaker = self.speaker
        speaker.say(
            "\n".join(joined),
            on_word=lambda start, length: relay.word.emit(number, start, length),
            on_done=lambda completed: self._done(number, completed, speaker),
        )

    def _done(self, number: int, completed: bool, speaker: Speaker) -> None:
        # On a speech thread: the problem (if any) is already known when on_done comes.
        problem = speaker.engine_problem
        if not completed and problem is not None and not speaker.speaks_aloud:
            self._relay.problem.emit(problem)
        self._relay.finished.emit(number, completed)

    def stop(self) -> None:
        if self._speaker is not None and self._parts:
            self._speaker.stop()
        self._finish(False)

    def _on_word(self, number: int, start: int, length: int) -> None:
        if number != self._number or not self._parts:
            return
        for offset, part in reversed(self._parts):
            if start >= offset:
                self._highlight(part, start - offset, length)
                return

    def _on_finished(self, number: int, completed: bool) -> None:
        if number == self._number and self._parts:
            self._finish(completed)

    def _finish(self, completed: bool) -> None:
        was_reading = bool(self._parts)
        self._parts = []
        self._unlight()
        if was_reading:
            self.stopped.emit(completed)

    def _highlight(self, part: Part, start: int, length: int) -> None:
        label = part.label
        if label is None:
            self._unlight()
            return
        if self._lit is not label:
            self._unlight()
            self._plain[label] = (label.text(), label.textFormat())
            self._lit = label
        text = self._plain[label][0]
        theme = appearance.current().theme
        marked = (
            html.escape(text[:start])
            + f'<span style="background:{theme.primary};color:{theme.primary_text}">'
            + html.escape(text[start : start + length])
            + "</span>"
            + html.escape(text[start + length :])
        ).replace("\n", "<br>")
        label.setTextFormat(Qt.TextFormat.RichText)
        QLabel.setText(label, marked)  # not Text.setText: the accessible name stays plain
        _follow(label, start / max(1, len(text)))

    def _unlight(self) -> None:
        for label, (text, fmt) in self._plain.items():
            label.setTextFormat(fmt)
            QLabel.setText(label, text)
        self._plain.clear()
        self._lit = None

    def apply_settings(self) -> None:
        """Speed and voice as chosen in Settings; applies from the next reading."""
        chosen = appearance.current().settings
        self.speaker.set_rate(chosen.speech_rate)
        self.speaker.set_voice(chosen.speech_voice or None)

    def voices(self) -> list[tuple[str, str]]:
        """(id, name) of the voices, French ones first."""
        voices = self.speaker.voices()
        voices.sort(key=lambda v: (not v.language.startswith("fr"), v.name.lower()))
        return [(v.id, v.name) for v in voices]

    def close(self) -> None:
        self.stop()
        if self._speaker is not None:
            self._speaker.close()


def _follow(label: QLabel, fraction: float) -> None:
    """The page scrolls with the voice: the word being read stays in view (about where it is in
    its label: a long paragraph is followed line by line, roughly)."""
    area, parent = None, label.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollArea):
            area = parent
            break
        parent = parent.parentWidget()
    if area is None or area.widget() is None:
        return
    at = label.mapTo(area.widget(), QPoint(0, int(label.height() * fraction)))
    margin = area.viewport().height() // 4
    area.ensureVisible(at.x(), at.y(), 0, margin)
