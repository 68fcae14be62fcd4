"""Theme and zoom, shared by every widget; changing them restyles the whole app at once."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from app.settings import ZOOMS, Settings

from . import theme as th


class Appearance(QObject):
    """What the person chose to see and hear (theme, zoom, voice); `changed` saves it."""

    changed = Signal()

    def __init__(self, settings: Settings):
        super().__init__()
        self.settings = settings

    @property
    def theme(self) -> th.Theme:
        return th.THEMES[self.settings.theme]

    @property
    def zoom(self) -> int:
        return self.settings.zoom

    def px(self, value: float) -> int:
        return th.scaled(value, self.zoom)

    def apply(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setStyleSheet(th.stylesheet(self.theme, self.zoom))
        self.changed.emit()

    def set_theme(self, key: str) -> None:
        self.settings = self.settings.with_changes(theme=key)
        self.apply()

    def set_speech(self, *, rate: int | None = None, voice: str | None = None) -> None:
        changes: dict[str, object] = {}
        if rate is not None:
            changes["speech_rate"] = rate
        if voice is not None:
            changes["speech_voice"] = voice
        self.settings = self.settings.with_changes(**changes)
        self.changed.emit()  # kept in the settings file like the rest

    def update(self, **changes: object) -> None:
        """Other choices kept in the settings file (the PC mode, the auto-lock delay)."""
        self.settings = self.settings.with_changes(**changes)
        self.changed.emit()

    def zoom_in(self) -> bool:
        bigger = [z for z in ZOOMS if z > self.zoom]
        if not bigger:
            return False
        self.settings = self.settings.with_changes(zoom=bigger[0])
        self.apply()
        return True

    def zoom_out(self) -> bool:
        smaller = [z for z in ZOOMS if z < self.zoom]
        if not smaller:
            return False
        self.settings = self.settings.with_changes(zoom=smaller[-1])
        self.apply()
        return True


_current: Appearance | None = None


def current() -> Appearance:
    """The app's Appearance; a default one exists before the app sets its own (tests, tools)."""
    global _current
    if _current is None:
        _current = Appearance(Settings())
    return _current


def install(appearance: Appearance) -> Appearance:
    global _current
    _current = appearance
    appearance.apply()
    return appearance
