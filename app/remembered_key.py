"""Keep a carnet's key in the system keyring, on a personal PC only (app/pc_mode.py).

What is kept: the carnet's random data key (never the passphrase), under the service SERVICE
and the carnet's random id (in clear in its envelope; it says nothing about the person). The
data key never changes when the passphrase changes, so "Forget" must really delete the item:
it does, and a test reads it back.

Which keyring: never the one `keyring.get_keyring()` would pick. That function obeys the
PYTHON_KEYRING_BACKEND variable and keyringrc.cfg (whose keyring-path is put on sys.path), and
when nothing better exists it silently picks keyrings.alt's PlaintextKeyring, which writes the
secret base64-encoded in a file. So the backend is built here, by class, per platform, and
anything not on ALLOWED is refused: plaintext and file backends, the null and fail backends,
the chainer (which may resolve to any of those), KWallet (untested here).

Errors: a locked keyring and a missing one are their own outcomes, said as such on screen and
never as a wrong passphrase (Vorta #385); the person then types the passphrase as usual.
Nothing here raises: any failure of a third-party store is "not available".
"""

from __future__ import annotations

import base64
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from .carnet.envelope import Envelope
from .carnet.errors import CarnetError
from .carnet.store import ENVELOPE_NAME, Carnet
from .pc_mode import PERSONAL

SERVICE = "Repères"
_PREFIX = "reperes-key-v1:"
KEY_BYTES = 32

ALLOWED = frozenset(
    {
        "keyring.backends.SecretService.Keyring",  # Linux: GNOME Keyring, KeePassXC, KDE 6
        "keyring.backends.Windows.WinVaultKeyring",  # Windows Credential Manager
        "keyring.backends.macOS.Keyring",  # macOS Keychain
    }
)


class Outcome(StrEnum):
    STORED = "stored"
    FOUND = "found"
    NOT_FOUND = "not_found"  # the keyring works but keeps no key for this carnet
    FORGOTTEN = "forgotten"
    LOCKED = "locked"  # the keyring exists but is locked (or its unlock prompt was dismissed)
    UNAVAILABLE = "unavailable"  # no keyring here (no D-Bus session, no service, an error)
    REFUSED = "refused"  # shared or portable mode, or a backend not on the allowlist


@dataclass(frozen=True)
class Recalled:
    outcome: Outcome
    key: bytes | None = None


def qualified_name(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def allowed(backend: object) -> bool:
    """By exact class: a subclass of an allowed backend could store anywhere."""
    return qualified_name(backend) in ALLOWED


def secure_backend() -> Any | None:
    """This platform's allowed backend when it is usable, else None. Built explicitly: the
    environment, keyringrc.cfg and installed plugins are never consulted."""
    try:
        if sys.platform == "win32":
            from keyring.backends.Windows import WinVaultKeyring as backend_class
        elif sys.platform == "darwin":
            from keyring.backends.macOS import Keyring as backend_class
        else:
            from keyring.backends.SecretService import Keyring as backend_class
        # `priority` raises (no D-Bus session, no Secret Service...) or is < 1 when unusable.
        if backend_class.priority < 1:
            return None
        backend = backend_class()
    except Exception:  # any failure of the platform store means "not available"
        return None
    if sys.platform == "win32":
        # keyring's default, CRED_PERSIST_ENTERPRISE, copies the credential to other PCs with a
        # roaming profile. "local machine" keeps it on this PC only.
        backend.persist = "local machine"
    return backend


def _resolve(backend: object | None) -> tuple[object | None, Outcome | None]:
    if backend is None:
        backend = secure_backend()
        if backend is None:
            return None, Outcome.UNAVAILABLE
    if not allowed(backend):
        return None, Outcome.REFUSED
    return backend, None


def _failure(exc: BaseException) -> Outcome:
    from keyring.errors import KeyringLocked

    return Outcome.LOCKED if isinstance(exc, KeyringLocked) else Outcome.UNAVAILABLE


def remember(carnet_id: str, key: bytes, *, mode: str, backend: object | None = None) -> Outcome:
    """Keep the key, only in personal mode (the caller passes the mode in force)."""
    if mode != PERSONAL or len(key) != KEY_BYTES or not carnet_id:
        return Outcome.REFUSED
    store, problem = _resolve(backend)
    if problem is not None:
        return problem
    secret = _PREFIX + base64.b64encode(key).decode("ascii")
    try:
        store.set_password(SERVICE, carnet_id, secret)  # type: ignore[union-attr]
    except Exception as exc:
        return _failure(exc)
    return Outcome.STORED


def recall(carnet_id: str, *, backend: object | None = None) -> Recalled:
    store, problem = _resolve(backend)
    if problem is not None:
        return Recalled(problem)
    try:
        secret = store.get_password(SERVICE, carnet_id)  # type: ignore[union-attr]
    except Exception as exc:
        return Recalled(_failure(exc))
    if not secret or not secret.startswith(_PREFIX):
        return Recalled(Outcome.NOT_FOUND)
    try:
        key = base64.b64decode(secret[len(_PREFIX) :], validate=True)
    except ValueError:
        return Recalled(Outcome.NOT_FOUND)
    if len(key) != KEY_BYTES:
        return Recalled(Outcome.NOT_FOUND)
    return Recalled(Outcome.FOUND, key)


def forget(carnet_id: str, *, backend: object | None = None) -> Outcome:
    """Delete the item. Nothing kept is success too: the result is the same."""
    store, problem = _resolve(backend)
    if problem is not None:
        return problem
    from keyring.errors import PasswordDeleteError

    try:
        store.delete_password(SERVICE, carnet_id)  # type: ignore[union-attr]
    except PasswordDeleteError:
        pass
    except Exception as exc:
        return _failure(exc)
    return Outcome.FORGOTTEN


def carnet_id_of(folder: Path) -> str | None:
    """Read from the envelope, in clear: no passphrase and no key derivation needed."""
    try:
        return Envelope.read(Path(folder) / ENVELOPE_NAME).carnet_id
    except CarnetError:
        return None


def forget_all(folders: Iterable[Path], *, backend: object | None = None) -> Outcome:
    """Going back to shared mode: forget the key of every carnet found on this PC (there is no
    list of remembered carnets to read; the folders are the list). The worst outcome wins."""
    result = Outcome.FORGOTTEN
    for folder in folders:
        carnet_id = carnet_id_of(folder)
        if carnet_id is None:
            continue
        outcome = forget(carnet_id, backend=backend)
        if outcome != Outcome.FORGOTTEN:
            result = outcome
            if outcome in (Outcome.UNAVAILABLE, Outcome.REFUSED):
                break
    return result


_WORST_FIRST = (Outcome.LOCKED, Outcome.UNAVAILABLE, Outcome.REFUSED, Outcome.NOT_FOUND)


def recall_any(
    folders: Iterable[Path], *, backend: object | None = None
) -> tuple[Path | None, Recalled]:
    """The first of these carnets whose key this PC keeps. Otherwise the outcome that explains
    best why not: a locked keyring matters more than "nothing kept"."""
    seen: set[Outcome] = set()
    for folder in folders:
        carnet_id = carnet_id_of(folder)
        if carnet_id is None:
            continue
        recalled = recall(carnet_id, backend=backend)
        if recalled.outcome == Outcome.FOUND:
            return Path(folder), recalled
        seen.add(recalled.outcome)
        if recalled.outcome in (Outcome.LOCKED, Outcome.UNAVAILABLE, Outcome.REFUSED):
            break  # the next carnet would get the same answer
    worst = next((o for o in _WORST_FIRST if o in seen), Outcome.NOT_FOUND)
    return None, Recalled(worst)


def remember_carnet(carnet: Carnet, *, mode: str, backend: object | None = None) -> Outcome:
    """Keep the key of this open carnet (the caller checked "this is my own computer")."""
    if carnet.is_locked:
        return Outcome.REFUSED
    return remember(carnet.carnet_id, carnet._require_key(), mode=mode, backend=backend)
