"""Typed carnet errors. Each carries a stable code: the CLI maps it to an exit code, the UI to a
translated sentence. Messages here are for logs and developers, never shown as they are."""

from __future__ import annotations


class CarnetError(Exception):
    """Base of every error the carnet reports on purpose."""

    code = "carnet_error"
    exit_code = 1


class WrongPassphrase(CarnetError):
    """The passphrase (or recovery code) does not open this carnet. Nothing was touched."""

    code = "wrong_passphrase"
    exit_code = 3


class WrongRecoveryCode(WrongPassphrase):
    code = "wrong_recovery_code"


class DamagedCarnet(CarnetError):
    """The key is right but the data fails its checks (HMAC, integrity, truncated file)."""

    code = "damaged"
    exit_code = 4


class NewerCarnet(CarnetError):
    """Made by a newer Repères: refused, left unchanged."""

    code = "newer_version"
    exit_code = 5


class NotACarnet(CarnetError):
    """The path holds no carnet (no envelope, or a file of another kind)."""

    code = "not_a_carnet"
    exit_code = 6


class CarnetSettingsError(CarnetError):
    """SQLCipher refused a required setting: we fail closed rather than run unprotected."""

    code = "unsafe_settings"
    exit_code = 7


class StorageError(CarnetError):
    """Writing failed (disk full, stick pulled, read-only): nothing acknowledged was lost."""

    code = "storage"
    exit_code = 8


class DiskFull(StorageError):
    code = "disk_full"


class CarnetInUse(CarnetError):
    """Another Repères has this carnet open."""

    code = "in_use"
    exit_code = 9


class CarnetExists(CarnetError):
    """Creation refused: the folder already holds a carnet (we never overwrite one)."""

    code = "exists"
    exit_code = 10


class WeakPassphrase(CarnetError):
    """Creation or change refused: the new passphrase is too easy to guess."""

    code = "weak_passphrase"
    exit_code = 11

    def __init__(self, reasons: list[str]):
        super().__init__(", ".join(reasons))
        self.reasons = reasons


class LockedCarnet(CarnetError):
    """The carnet was locked; its connection is gone."""

    code = "locked"
    exit_code = 12


class HelperRefused(CarnetError):
    """During a helper session, a write the rights do not allow (look only, add only) or that
    needs the person's password (removing). Nothing was written."""

    code = "helper_refused"
    exit_code = 1
    PREFIX = "reperes-helper:"  # the message of the guard triggers (app/records/helper.py)

    def __init__(self, what: str):
        super().__init__(what)
        self.what = what  # look | change | remove
