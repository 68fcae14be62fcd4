"""Recovery codes: printed once, typed back when the passphrase is lost.

24 symbols from an alphabet without look-alikes (no 0/O, 1/I/L, no U/V pair), in six groups of
four, about 119 bits: strong enough that its wrap needs no stronger KDF than the passphrase's.
Typed back, spaces, dashes and case are ignored."""

from __future__ import annotations

import math
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"  # 29 symbols, none easy to confuse aloud or on paper
GROUPS, GROUP_LEN = 6, 4
LENGTH = GROUPS * GROUP_LEN
BITS = LENGTH * math.log2(len(ALPHABET))


def new_recovery_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return format_code(raw)


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + GROUP_LEN] for i in range(0, len(raw), GROUP_LEN))


def normalize_code(text: str) -> str | None:
    """The canonical form of a typed code, or None when it cannot be one (wrong length or
    a character outside the alphabet). Never raises: the caller says 'this code is not right'."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -_.\t\n\u00a0")
    if len(cleaned) != LENGTH or any(ch not in ALPHABET for ch in cleaned):
        return None
    return format_code(cleaned)


def spoken_groups(code: str) -> list[str]:
    """Groups spelled out one symbol at a time, for reading aloud."""
    return [" ".join(group) for group in code.split("-")]
