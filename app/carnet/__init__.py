"""The encrypted carnet: key envelope, SQLCipher connection, schema and migrations.

The errors are here at once; the store and the key envelope (SQLCipher, cryptography, the
migrations) are imported the first time one of their names is asked for, so that a program that
only needs an error class or a path check (the first screen, the settings) does not load them."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import (
    CarnetError,
    CarnetExists,
    CarnetInUse,
    CarnetSettingsError,
    DamagedCarnet,
    DiskFull,
    HelperRefused,
    LockedCarnet,
    NewerCarnet,
    NotACarnet,
    StorageError,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)

if TYPE_CHECKING:
    from .envelope import FAST_KDF, KdfParams
    from .files import DB_NAME, ENVELOPE_NAME, is_carnet
    from .store import Carnet

_LAZY = {
    "FAST_KDF": "envelope",
    "KdfParams": "envelope",
    "DB_NAME": "files",
    "ENVELOPE_NAME": "files",
    "Carnet": "store",
    "is_carnet": "files",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value

__all__ = [
    "DB_NAME",
    "ENVELOPE_NAME",
    "FAST_KDF",
    "Carnet",
    "CarnetError",
    "CarnetExists",
    "CarnetInUse",
    "CarnetSettingsError",
    "DamagedCarnet",
    "DiskFull",
    "HelperRefused",
    "KdfParams",
    "LockedCarnet",
    "NewerCarnet",
    "NotACarnet",
    "StorageError",
    "WeakPassphrase",
    "WrongPassphrase",
    "WrongRecoveryCode",
    "is_carnet",
]
