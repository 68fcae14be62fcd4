"""The key envelope: the carnet's random data key, wrapped twice.

One wrap is keyed by Argon2id(passphrase), the other by Argon2id(recovery code); both use
AES-256-GCM with the carnet id and the wrap's name as associated data, so a wrap cannot be
moved to another carnet or slot unnoticed. The GCM tag is also what tells a wrong passphrase
from a damaged database: if the tag fails, the database is never touched.

Changing the passphrase rewrites only this small file (atomically), never the database.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import asdict, dataclass
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
VERSION = 1
KEY_BYTES = 32


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


# Floor accepted when reading an envelope, so a tampered file cannot downgrade the KDF.
MIN_KDF = KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)
# Test and demo carnets may use a cheaper KDF; the app never creates one unless told to.
FAST_KDF = KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class Wrap:
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes

    @classmethod
    def seal(cls, data_key: bytes, secret: str, aad: bytes, kdf: KdfParams) -> Wrap:
        salt, nonce = os.urandom(16), os.urandom(12)
        kek = kdf.derive(secret, salt)
        return cls(kdf, salt, nonce, AESGCM(kek).encrypt(nonce, data_key, aad))

    def open(self, secret: str, aad: bytes) -> bytes | None:
        kek = self.kdf.derive(secret, self.salt)
        try:
            return AESGCM(kek).decrypt(self.nonce, self.ciphertext, aad)
        except InvalidTag:
            return None

    def to_json(self) -> dict:
        return {
            "kdf": {"name": "argon2id", **asdict(self.kdf)},
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }

    @classmethod
    def from_json(cls, data: dict) -> Wrap:
        kdf = dict(data["kdf"])
        if kdf.pop("name") != "argon2id":
            raise ValueError("unknown kdf")
        params = KdfParams(**{k: int(v) for k, v in kdf.items()})
        if (
            params.time_cost < MIN_KDF.time_cost
            or params.memory_cost < MIN_KDF.memory_cost
            or params.parallelism < MIN_KDF.parallelism
        ):
            raise ValueError("kdf below the floor")
        wrap = cls(params, _unb64(data["salt"]), _unb64(data["nonce"]), _unb64(data["ciphertext"]))
        if len(wrap.salt) < 16 or len(wrap.nonce) != 12 or len(wrap.ciphertext) != KEY_BYTES + 16:
            raise ValueError("bad sizes")
        return wrap


@dataclass(frozen=True)
class Envelope:
    carnet_id: str
    passphrase: Wrap
    recovery: Wrap

    @staticmethod
    def aad(carnet_id: str, slot: str) -> bytes:
        return f"{FORMAT}/{VERSION}/{carnet_id}/{slot}".encode()

    @classmethod
    def new(cls, data_key: bytes, passphrase: str, recovery_code: str, kdf: KdfParams) -> Envelope:
        carnet_id = secrets.token_hex(16)
        return cls(
            carnet_id,
            Wrap.seal(data_key, passphrase, cls.aad(carnet_id, "passphrase"), kdf),
            Wrap.seal(data_key, recovery_code, cls.aad(carnet_id, "recovery"), kdf),
        )

    def unlock(self, passphrase: str) -> bytes:
        key = self.passphrase.open(passphrase, self.aad(self.carnet_id, "passphrase"))
        if key is None:
            raise WrongPassphrase("passphrase does not open the envelope")
        return key

    def unlock_recovery(self, recovery_code: str) -> bytes:
        key = self.recovery.open(recovery_code, self.aad(self.carnet_id, "recovery"))
        if key is None:
            raise WrongRecoveryCode("recovery code does not open the envelope")
        return key

    def with_passphrase(self, data_key: bytes, passphrase: str, kdf: KdfParams) -> Envelope:
        aad = self.aad(self.carnet_id, "passphrase")
        return Envelope(self.carnet_id, Wrap.seal(data_key, passphrase, aad, kdf), self.recovery)

    def with_recovery(self, data_key: bytes, recovery_code: str, kdf: KdfParams) -> Envelope:
        wrap = Wrap.seal(data_key, recovery_code, self.aad(self.carnet_id, "recovery"), kdf)
        return Envelope(self.carnet_id, self.passphrase, wrap)

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "carnet_id": self.carnet_id,
            "wraps": {"passphrase": self.passphrase.to_json(), "recovery": self.recovery.to_json()},
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
        if isinstance(version, int) and version > VERSION:
            raise NewerCarnet(f"envelope version {version}")
        try:
            if version != VERSION:
                raise ValueError("bad version")
            wraps = doc["wraps"]
            return cls(
                str(doc["carnet_id"]),
                Wrap.from_json(wraps["passphrase"]),
                Wrap.from_json(wraps["recovery"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
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
