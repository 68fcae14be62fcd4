"""The encrypted carnet: key envelope, SQLCipher connection, schema and migrations."""

from .envelope import FAST_KDF, KdfParams
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
from .store import DB_NAME, ENVELOPE_NAME, Carnet, is_carnet

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
