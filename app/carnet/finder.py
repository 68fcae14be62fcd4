"""Open 'my carnet' without a list of names: the passphrase is tried on each carnet folder.

On a shared PC Repères shows no list of carnets (a list of names tells who uses social
services). Each try costs one key derivation, so this is meant for the few carnets of one PC."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..clock import Clock, system_clock
from .attempts import record_failure
from .envelope import Envelope
from .errors import CarnetError, NotACarnet, WrongPassphrase
from .passphrase import normalize
from .store import ENVELOPE_NAME, Carnet


def unlock_any(
    folders: Iterable[Path],
    passphrase: str,
    *,
    clock: Clock = system_clock,
    count_failures: bool = True,
) -> Carnet:
    """The first carnet this passphrase opens. Errors past the envelope (damaged, newer, in use)
    are raised as they are: the passphrase was right, the person must hear what is wrong.
    A passphrase that opens none is counted beside each carnet (attempts.py), shown to its
    owner at their next opening."""
    folders = list(folders)
    if not folders:
        raise NotACarnet("no carnet here")
    phrase = normalize(passphrase)
    for folder in folders:
        try:
            envelope = Envelope.read(Path(folder) / ENVELOPE_NAME)
            key = envelope.unlock(phrase)
        except CarnetError:
            continue  # wrong passphrase for this one, or not readable: try the next
        # One KDF, not two; the passphrase finishes a re-key or upgrades a version 1 wrap.
        return Carnet._open(Path(folder), key, envelope, clock, "ok", secret=(phrase, "passphrase"))
    if count_failures:
        record_failure(folders, clock=clock)
    raise WrongPassphrase("no carnet opens with this passphrase")
