"""The one settings file: appearance and behaviour only, never personal data (no carnet names,
no paths of carnets, no dates of use). Written atomically; a damaged file falls back to defaults."""

from __future__ import annotations

import configparser
import contextlib
import os
import stat
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from .carnet.atomic import atomic_write_bytes
from .carnet.errors import StorageError

THEMES = ("light", "dark", "yellow")
ZOOMS = (100, 125, 150, 175, 200)
LANGUAGES = ("fr", "en")
# Whose computer this is (app/pc_mode.py says what each mode allows). Shared is the default:
# Repères must be safe on a library PC before anyone has answered a question.
PC_MODES = ("shared", "personal")


def _token_like(text: str) -> bool:
    return len(text) == 32 and all(c in "0123456789abcdef" for c in text)


@dataclass(frozen=True)
class Settings:
    theme: str = "light"
    zoom: int = 100
    language: str = "fr"
    speech_rate: int = 80  # percent of the engine's normal speed: slow by default
    speech_voice: str = ""  # a voice id of the speech engine; empty: the French default
    auto_lock_minutes: int = 5  # a shared PC: the carnet closes itself after this much idle time
    pc_mode: str = "shared"  # "personal" only after "this is my own computer" (app/pc_mode.py)
    pc_mode_asked: int = 0  # 1 once the first start has asked the question
    # A random mark of "personal" chosen here; a carnet opened here keeps the same mark when the
    # person chose it with the carnet open. A planted "personal" has none (app/pc_mode.py).
    pc_mode_token: str = ""
    # 1 while a carnet key may be kept in this PC's keyring: the unlock screen then offers to
    # open without typing. Says nothing about whose carnet (no id, no name).
    remembered_key: int = 0

    def validated(self) -> Settings:
        """Unknown values fall back to defaults instead of breaking the app."""
        d = Settings()
        return Settings(
            theme=self.theme if self.theme in THEMES else d.theme,
            zoom=self.zoom if self.zoom in ZOOMS else d.zoom,
            language=self.language if self.language in LANGUAGES else d.language,
            speech_rate=min(150, max(40, self.speech_rate)),
            speech_voice=self.speech_voice if len(self.speech_voice) <= 200 else "",
            auto_lock_minutes=min(60, max(1, self.auto_lock_minutes)),
            pc_mode=self.pc_mode if self.pc_mode in PC_MODES else d.pc_mode,
            pc_mode_asked=1 if self.pc_mode_asked else 0,
            pc_mode_token=self.pc_mode_token if _token_like(self.pc_mode_token) else "",
            remembered_key=1 if self.remembered_key else 0,
        )

    def with_changes(self, **changes: object) -> Settings:
        return replace(self, **changes).validated()


def trusted_file(path: Path) -> bool:
    """A settings file another account could have written is not read (defaults instead): a
    symlink, a file of another owner, or one others may write (issue 22, planted files)."""
    try:
        info = os.lstat(path)
    except OSError:
        return True  # none yet: nothing to distrust
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISREG(info.st_mode):
        return False
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return False
    return os.name != "posix" or not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def load(path: Path) -> Settings:
    if not trusted_file(path):
        return Settings()
    parser = configparser.ConfigParser(interpolation=None)
    with contextlib.suppress(OSError, configparser.Error, UnicodeDecodeError):
        parser.read(path, encoding="utf-8")
    if not parser.has_section("reperes"):
        return Settings()
    section = parser["reperes"]
    values: dict[str, object] = {}
    for f in fields(Settings):
        if f.name in section:
            raw = section[f.name]
            try:
                values[f.name] = int(raw) if f.type in (int, "int") else raw
            except ValueError:
                continue
    return Settings(**values).validated()  # type: ignore[arg-type]


def save(path: Path, settings: Settings) -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser["reperes"] = {k: str(v) for k, v in asdict(settings).items()}
    lines = [f"{k} = {v}" for k, v in parser["reperes"].items()]
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(str(exc)) from exc
    atomic_write_bytes(path, ("[reperes]\n" + "\n".join(lines) + "\n").encode("utf-8"))
