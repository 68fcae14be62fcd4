"""Whose computer is this? Two modes, chosen at first start and changeable in Settings.

- "shared" (the default): a library or association PC, often one Windows account for everyone,
  sometimes wiped at each restart. No key is remembered, no list of carnets is kept (carnet
  folders have random names; the passphrase is tried on each), the carnet closes itself after a
  few minutes, and nothing is written outside the carnet but the settings file (no personal
  data in it).
- "personal": "this is my own computer, nobody else uses my session". The person may then ask
  Repères to keep the carnet's key in the system keyring (app/remembered_key.py), and may choose
  a longer auto-lock delay.

Portable mode (Repères started from a USB stick) is always shared: the stick goes from PC to
PC, and a key kept in one PC's keyring would stay behind when the stick leaves.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from .settings import Settings

if TYPE_CHECKING:
    from .carnet import Carnet

SHARED = "shared"
PERSONAL = "personal"

# Auto-lock delays offered, in minutes. On a shared PC the next person may sit down at any
# moment: at most 10 minutes, whatever the settings file says.
SHARED_LOCK_CHOICES = (2, 5, 10)
PERSONAL_LOCK_CHOICES = (2, 5, 10, 15, 30)


def effective_mode(settings: Settings, portable: bool) -> str:
    """The mode in force: portable mode forces "shared", whatever the settings file says."""
    if portable:
        return SHARED
    return PERSONAL if settings.pc_mode == PERSONAL else SHARED


def lock_choices(mode: str) -> tuple[int, ...]:
    return PERSONAL_LOCK_CHOICES if mode == PERSONAL else SHARED_LOCK_CHOICES


def auto_lock_minutes(settings: Settings, portable: bool) -> int:
    """The idle delay in force: the chosen one, capped by what the mode allows."""
    choices = lock_choices(effective_mode(settings, portable))
    return min(settings.auto_lock_minutes, max(choices))


def may_remember_key(settings: Settings, portable: bool) -> bool:
    """A key may be kept in the keyring only on a PC the person said is their own."""
    return effective_mode(settings, portable) == PERSONAL


# -- a planted "personal" -------------------------------------------------------------------------
# The settings file is writable by anyone using this PC account: "pc_mode = personal" written
# there by someone else would give the next person up to 30 minutes of auto-lock. So "personal"
# counts for a carnet only when the person chose it with that carnet open: a random mark is kept
# both in the settings and inside the (encrypted) carnet. Otherwise the carnet says so in one
# sentence and keeps the shared PC's limits.
MARK_KEY = "pc_mode.personal"
MARKS_KEPT = 5  # the same carnet chosen "personal" on a few own computers


_chosen_here: set[str] = set()  # marks chosen in this run before any carnet was open


def note_chosen(mark: str) -> None:
    """ "My own computer" chosen at the first start: the carnet created next keeps the mark."""
    _chosen_here.add(mark)


def chosen_in_this_run(settings: Settings) -> bool:
    return bool(settings.pc_mode_token) and settings.pc_mode_token in _chosen_here


def new_mark(settings: Settings) -> str:
    """The mark to keep for "personal" chosen now (this PC's own, if it has one)."""
    return settings.pc_mode_token or secrets.token_hex(16)


def mark_carnet(carnet: Carnet, mark: str) -> None:
    """The person chose "my own computer" with this carnet open."""
    row = carnet.query_one("SELECT value FROM meta WHERE key = ?", (MARK_KEY,))
    marks = [m for m in (row[0].split() if row else []) if m != mark][-(MARKS_KEPT - 1) :]
    with carnet.write() as con:
        con.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (MARK_KEY, " ".join([*marks, mark])),
        )


def chosen_with(carnet: Carnet, settings: Settings) -> bool:
    """Was "personal" in these settings chosen by the person with this carnet open?"""
    if not settings.pc_mode_token:
        return False
    row = carnet.query_one("SELECT value FROM meta WHERE key = ?", (MARK_KEY,))
    return row is not None and settings.pc_mode_token in row[0].split()


def mode_for(settings: Settings, portable: bool, carnet: Carnet | None) -> str:
    """The mode in force with this carnet open: "personal" only if chosen with it."""
    mode = effective_mode(settings, portable)
    if mode == PERSONAL and carnet is not None and not chosen_with(carnet, settings):
        return SHARED
    return mode


def lock_minutes_for(settings: Settings, portable: bool, carnet: Carnet | None) -> int:
    choices = lock_choices(mode_for(settings, portable, carnet))
    return min(settings.auto_lock_minutes, max(choices))


def planted(settings: Settings, portable: bool, carnet: Carnet) -> bool:
    """ "personal" in the settings, not chosen with this carnet: a sentence, not an effect."""
    return effective_mode(settings, portable) == PERSONAL and not chosen_with(carnet, settings)
