"""The key envelope: the carnet's random data key, wrapped twice.

One wrap is keyed by Argon2id(passphrase), the other by Argon2id(recovery code); both use
AES-256-GCM with the carnet id, the wrap's name and its KDF settings as associated data, so a
wrap cannot be moved to another carnet or slot, nor its cost lowered, unnoticed. The GCM tag is
also what tells a wrong passphrase from a damaged database: if the tag fails, the database is
never touched.

KDF settings are checked before any derivation: below the floor (the handbook's Argon2id
>= 64 MiB; the cheap test KDF only with REPERES_FAST_KDF=1) or above the ceiling (a planted
envelope asking for terabytes or hours) the envelope is refused as damaged, with no derivation.

Version 1 envelopes (associated data without the KDF settings) still open; each wrap is sealed
again in the version 2 form at its next successful opening (Carnet does it).

Changing the passphrase rewrites only this small file (atomically), never the database. A
re-key (a new data key, Carnet.rekey) keeps the next wraps beside the current ones until the
database is rewritten, so a kill at any moment leaves a carnet that opens.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .atomic import atomic_write_bytes
from .errors import (
    DamagedCarnet,
    NewerCarnet,
    NotACarnet,
    StorageError,
    WrongPassphrase,
    WrongRecoveryCode,
)

FORMAT = "reperes-envelope"
VERSION = 2
LEGACY_VERSION = 1  # associated data without the KDF settings; read, never written
KEY_BYTES = 32
FAST_KDF_ENV = "REPERES_FAST_KDF"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default takes about 0.4 s on this 2-core machine and about 1 s on an
    old library PC, with 256 MiB of memory (handbook: >= 64 MiB, 0.5-1.5 s)."""

    time_cost: int = 2
    memory_cost: int = 256 * 1024  # KiB
    parallelism: int = 2

    def derive(self, secret: str, salt: bytes) -> bytes:
        # surrogatepass: a lone surrogate (bytes read from a file with surrogateescape) is a
        # wrong passphrase like any other, never a UnicodeEncodeError; valid text is unchanged.
        return hash_secret_raw(
            secret.encode("utf-8", "surrogatepass"),
            salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_cost,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )


# Floor for creating and reading (handbook: Argon2id >= 64 MiB).
MIN_KDF = KdfParams(time_cost=1, memory_cost=64 * 1024, parallelism=1)
# Automated tests and quick training set-ups may use a cheaper KDF, only when REPERES_FAST_KDF=1
# is in the environment: without it a carnet made so is refused like a tampered one.
FAST_KDF = KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)
# Ceiling: 4 times the default's memory and 5 times its passes, at most about 10 s on an old PC.
# More is not a carnet Repères made: a planted folder must not hang the search for "my carnet".
MAX_KDF = KdfParams(time_cost=10, memory_cost=1024 * 1024, parallelism=8)


def kdf_floor() -> KdfParams:
    return FAST_KDF if os.environ.get(FAST_KDF_ENV) == "1" else MIN_KDF


def check_kdf(params: KdfParams) -> None:
    """Raise ValueError for settings below the floor or above the ceiling."""
    floor = kdf_floor()
    if (
        params.time_cost < floor.time_cost
        or params.memory_cost < floor.memory_cost
        or params.parallelism < floor.parallelism
    ):
        raise ValueError("kdf below the floor")
    if (
        params.time_cost > MAX_KDF.time_cost
        or params.memory_cost > MAX_KDF.memory_cost
        or params.parallelism > MAX_KDF.parallelism
        or params.memory_cost < 8 * params.parallelism  # Argon2 itself refuses this
    ):
        raise ValueError("kdf above the ceiling")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _aad(carnet_id: str, slot: str, kdf: KdfParams, bound: bool) -> bytes:
    if not bound:  # version 1: the KDF settings were not part of it
        return f"{FORMAT}/{LEGACY_VERSION}/{carnet_id}/{slot}".encode()
    settings = f"argon2id/t={kdf.time_cost}/m={kdf.memory_cost}/p={kdf.parallelism}"
    return f"{FORMAT}/{VERSION}/{carnet_id}/{slot}/{settings}".encode()


@dataclass(frozen=True)
class Wrap:
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    bound: bool = True  # the KDF settings are in the associated data (False: version 1)

    @classmethod
    def seal(cls, data_key: bytes, secret: str, carnet_id: str, slot: str, kdf: KdfParams) -> Wrap:
        check_kdf(kdf)
        salt, nonce = os.urandom(16), os.urandom(12)
        kek = kdf.derive(secret, salt)
        aad = _aad(carnet_id, slot, kdf, True)
        return cls(kdf, salt, nonce, AESGCM(kek).encrypt(nonce, data_key, aad))

    def open(self, secret: str, carnet_id: str, slot: str) -> bytes | None:
        kek = self.kdf.derive(secret, self.salt)
        try:
            aad = _aad(carnet_id, slot, self.kdf, self.bound)
            return AESGCM(kek).decrypt(self.nonce, self.ciphertext, aad)
        except InvalidTag:
            return None

    def to_json(self) -> dict:
        return {
            "kdf": {"name": "argon2id", **asdict(self.kdf)},
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
            "aad": "kdf" if self.bound else "v1",
        }

    @classmethod
    def from_json(cls, data: dict, legacy: bool) -> Wrap:
        kdf = dict(data["kdf"])
        if kdf.pop("name") != "argon2id":
            raise ValueError("unknown kdf")
        if set(kdf) != {"time_cost", "memory_cost", "parallelism"}:
            raise ValueError("unknown kdf settings")
        params = KdfParams(**{k: int(v) for k, v in kdf.items()})
        check_kdf(params)  # before any derivation: a planted envelope cannot hang the search
        bound = not legacy and data.get("aad", "kdf") == "kdf"
        wrap = cls(
            params, _unb64(data["salt"]), _unb64(data["nonce"]), _unb64(data["ciphertext"]), bound
        )
        if len(wrap.salt) < 16 or len(wrap.nonce) != 12 or len(wrap.ciphertext) != KEY_BYTES + 16:
            raise ValueError("bad sizes")
        return wrap


@dataclass(frozen=True)
class Envelope:
    carnet_id: str
    passphrase: Wrap
    recovery: Wrap
    # During a re-key only: the new data key, wrapped by the same secrets. Whichever key opens
    # the database is the carnet's (Carnet._open); the other pair is then dropped.
    next_passphrase: Wrap | None = None
    next_recovery: Wrap | None = None

    @classmethod
    def new(cls, data_key: bytes, passphrase: str, recovery_code: str, kdf: KdfParams) -> Envelope:
        carnet_id = secrets.token_hex(16)
        return cls(
            carnet_id,
            Wrap.seal(data_key, passphrase, carnet_id, "passphrase", kdf),
            Wrap.seal(data_key, recovery_code, carnet_id, "recovery", kdf),
        )

    def _open(self, wrap: Wrap | None, slot: str, secret: str) -> bytes | None:
        return None if wrap is None else wrap.open(secret, self.carnet_id, slot)

    def unlock(self, passphrase: str) -> bytes:
        key = self._open(self.passphrase, "passphrase", passphrase)
        if key is None:
            raise WrongPassphrase("passphrase does not open the envelope")
        return key

    def unlock_recovery(self, recovery_code: str) -> bytes:
        key = self._open(self.recovery, "recovery", recovery_code)
        if key is None:
            raise WrongRecoveryCode("recovery code does not open the envelope")
        return key

    @property
    def rekey_pending(self) -> bool:
        return self.next_passphrase is not None

    def next_key(self, secret: str, slot: str) -> bytes | None:
        """The pending re-key's data key, opened by the same secret as the current one. The next
        wraps use their slot's own associated data: promoting them is moving them."""
        if slot == "passphrase":
            return self._open(self.next_passphrase, "passphrase", secret)
        return self._open(self.next_recovery, "recovery", secret)

    def with_passphrase(self, data_key: bytes, passphrase: str, kdf: KdfParams) -> Envelope:
        wrap = Wrap.seal(data_key, passphrase, self.carnet_id, "passphrase", kdf)
        return replace(self, passphrase=wrap)

    def with_recovery(self, data_key: bytes, recovery_code: str, kdf: KdfParams) -> Envelope:
        wrap = Wrap.seal(data_key, recovery_code, self.carnet_id, "recovery", kdf)
        return replace(self, recovery=wrap)

    def with_next(self, new_key: bytes, passphrase: str, recovery_code: str) -> Envelope:
        """The current wraps kept, the new key's wraps beside them (first step of a re-key)."""
        return replace(
            self,
            next_passphrase=Wrap.seal(
                new_key, passphrase, self.carnet_id, "passphrase", self.passphrase.kdf
            ),
            next_recovery=Wrap.seal(
                new_key, recovery_code, self.carnet_id, "recovery", self.recovery.kdf
            ),
        )

    def promoted(self) -> Envelope:
        """The new key alone (last step of a re-key): only the next wraps remain."""
        assert self.next_passphrase is not None and self.next_recovery is not None
        return Envelope(self.carnet_id, self.next_passphrase, self.next_recovery)

    def without_next(self) -> Envelope:
        return replace(self, next_passphrase=None, next_recovery=None)

    def to_bytes(self) -> bytes:
        wraps = {"passphrase": self.passphrase.to_json(), "recovery": self.recovery.to_json()}
        doc: dict = {"format": FORMAT, "version": VERSION, "carnet_id": self.carnet_id,
                     "wraps": wraps}  # fmt: skip
        if self.next_passphrase is not None and self.next_recovery is not None:
            doc["next"] = {
                "passphrase": self.next_passphrase.to_json(),
                "recovery": self.next_recovery.to_json(),
            }
        return (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode("ascii")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Envelope:
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            if FORMAT.encode() in raw:
                raise DamagedCarnet("envelope is not valid JSON") from exc
            raise NotACarnet("not a Repères envelope") from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise NotACarnet("not a Repères envelope")
        version = doc.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            raise NewerCarnet(f"envelope version {version}")
        try:
            if version not in (LEGACY_VERSION, VERSION) or isinstance(version, bool):
                raise ValueError("bad version")
            legacy = version == LEGACY_VERSION
            wraps = doc["wraps"]
            pending = doc.get("next") if not legacy else None
            return cls(
                str(doc["carnet_id"]),
                Wrap.from_json(wraps["passphrase"], legacy),
                Wrap.from_json(wraps["recovery"], legacy),
                Wrap.from_json(pending["passphrase"], False) if pending else None,
                Wrap.from_json(pending["recovery"], False) if pending else None,
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise DamagedCarnet(f"envelope fields: {exc}") from exc

    @classmethod
    def read(cls, path: Path) -> Envelope:
        try:
            raw = Path(path).read_bytes()
        except (FileNotFoundError, NotADirectoryError) as exc:  # no folder, or a file given
            raise NotACarnet("no envelope") from exc
        except IsADirectoryError as exc:
            raise NotACarnet("envelope is a folder") from exc
        except OSError as exc:  # unreadable: permissions, a stick pulled out
            raise StorageError(f"cannot read the envelope: {exc}") from exc
        return cls.from_bytes(raw)

    def write(self, path: Path) -> None:
        atomic_write_bytes(Path(path), self.to_bytes())
