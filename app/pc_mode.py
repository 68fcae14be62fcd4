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

from .settings import Settings

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
