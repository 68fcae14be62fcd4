"""Passphrase rules a person can live with.

- Any Unicode, no maximum below 128 characters (ANSSI R22): we accept up to 1024.
- Only very weak choices are refused (a first name and a year, "azerty", "motdepasse"), with a
  plain reason; the Argon2id cost does the rest.
- A generated phrase of common French words is always offered instead.
- Text is NFC-normalised so the same phrase typed on two keyboards gives the same key.
"""

from __future__ import annotations

import secrets
import unicodedata
from dataclasses import dataclass
from functools import cache

from ..resources import resource_path

MIN_LENGTH = 8
MAX_LENGTH = 1024
MIN_GUESSES_LOG10 = 10  # ~33 bits: at ~0.5 s per Argon2id guess, over a century on one core
_ZXCVBN_WINDOW = 72  # zxcvbn refuses longer inputs; the start of a long phrase is judged
GENERATED_WORDS = 5

# French choices zxcvbn's English dictionaries miss.
FRENCH_COMMON = [
    "azerty", "azertyuiop", "motdepasse", "soleil", "bonjour", "doudou", "chouchou",
    "loulou", "marseille", "paris", "france", "nicolas", "camille", "julien", "celine",
    "amour", "jetaime", "bisous", "coucou", "chocolat", "reperes", "franceTravail",
    "poleemploi", "caf", "rsa",
]


def normalize(passphrase: str) -> str:
    return unicodedata.normalize("NFC", passphrase)


@dataclass(frozen=True)
class Assessment:
    reasons: list[str]  # empty when acceptable; codes the UI turns into kind sentences
    guesses_log10: float

    @property
    def acceptable(self) -> bool:
        return not self.reasons


def assess(passphrase: str, personal: list[str] | tuple[str, ...] = ()) -> Assessment:
    """Judge a new passphrase. `personal`: words the person gave us (name, nickname)."""
    text = normalize(passphrase)
    reasons: list[str] = []
    if len(text) < MIN_LENGTH:
        reasons.append("too_short")
    if len(text) > MAX_LENGTH:
        reasons.append("too_long")
    if "\x00" in text:
        reasons.append("invalid_character")
    inputs = [w for w in (*personal, *FRENCH_COMMON) if w]
    # Imported here: zxcvbn takes ~0.1 s to import and only a new passphrase needs it, not the
    # start of Repères nor an unlock (benchmark).
    from zxcvbn import zxcvbn

    guesses = zxcvbn(text[:_ZXCVBN_WINDOW], user_inputs=inputs)["guesses_log10"] if text else 0.0
    if guesses < MIN_GUESSES_LOG10 and "too_short" not in reasons:
        reasons.append("easy_to_guess")
    return Assessment(reasons, float(guesses))


@cache
def common_words() -> tuple[str, ...]:
    path = resource_path("wordlists", "fr-courants.txt")
    words = tuple(w.strip() for w in path.read_text("utf-8").splitlines() if w.strip())
    if len(set(words)) != len(words) or len(words) < 1024:
        raise RuntimeError("word list must hold at least 1024 distinct words")
    return words


def generate_phrase(count: int = GENERATED_WORDS) -> str:
    words = common_words()
    return " ".join(secrets.choice(words) for _ in range(count))
