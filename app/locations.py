"""Where carnets and settings live.

- Portable mode: a file named `reperes-portable` next to the program (or at the checkout root)
  keeps everything — carnets and settings — in a `donnees` folder beside it, on the stick.
- Otherwise: the platform's user data folder (platformdirs), or any folder the person picks.

Carnet folders are named `carnet-<random>`: a list of folder names must not tell who uses
social services. The name the person chose is inside the encrypted database only.
"""

from __future__ import annotations

import os
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from .carnet.files import is_carnet

APP_NAME = "Reperes"
PORTABLE_MARKER = "reperes-portable"
PORTABLE_DATA = "donnees"


def program_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Locations:
    data_dir: Path  # where new carnets go by default
    config_dir: Path  # the one settings file, no personal data in it
    portable: bool

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "reperes.ini"

    def carnets(self) -> list[Path]:
        """Carnet folders in the default place (never a list kept on disk)."""
        if not self.data_dir.is_dir():
            return []
        # A link planted among them (to another account's folder, to a stick) is not a carnet of
        # this PC: it is never tried, so nothing is counted or written through it.
        return sorted(
            p for p in self.data_dir.iterdir() if not p.is_symlink() and p.is_dir() and is_carnet(p)
        )

    def new_carnet_folder(self) -> Path:
        while True:
            candidate = self.data_dir / f"carnet-{secrets.token_hex(4)}"
            if not candidate.exists():
                return candidate


def locate(program: Path | None = None) -> Locations:
    """REPERES_HOME overrides everything (tests, training rooms); then portable; then platform."""
    override = os.environ.get("REPERES_HOME")
    if override:
        root = Path(override)
        return Locations(root / "carnets", root / "config", portable=False)
    program = program or program_dir()
    if (program / PORTABLE_MARKER).exists():
        root = program / PORTABLE_DATA
        return Locations(root / "carnets", root / "config", portable=True)
    return Locations(
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "carnets",
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        portable=False,
    )


def writable(folder: Path) -> bool:
    """Can Repères write in `folder` (or create it)? Checked on the nearest existing parent,
    without writing anything: a read-only stick must be said at start, not at the first save."""
    probe = Path(folder)
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    return os.access(probe, os.W_OK)
