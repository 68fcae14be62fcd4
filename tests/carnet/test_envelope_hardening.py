"""The envelope's KDF settings are authenticated, kept between a floor and a ceiling, version 1
envelopes keep opening and are upgraded, and a recovery can give the carnet a new data key
(issue 22). Real carnets, real Argon2id (the cheap test settings), real SQLCipher files."""

from __future__ import annotations

import base64
import json
import os
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.carnet import (
    ENVELOPE_NAME,
    FAST_KDF,
    Carnet,
    CarnetSettingsError,
    DamagedCarnet,
    KdfParams,
    WrongPassphrase,
)
from app.carnet.envelope import Envelope
from app.carnet.finder import unlock_any
from app.messages import say

from .kit import NEW_PASSPHRASE, PASSPHRASE, add_organisations, data_key, make_carnet

STRONGER = KdfParams(time_cost=2, memory_cost=16 * 1024, parallelism=1)


def _doc(folder: Path) -> dict:
    return json.loads((folder / ENVELOPE_NAME).read_text())


def _write_doc(folder: Path, doc: dict) -> None:
    (folder / ENVELOPE_NAME).write_text(json.dumps(doc))


def _as_version_1(folder: Path, key: bytes, passphrase: str, code: str) -> None:
    """Rewrite the envelope as the app wrote it before issue 22: associated data without the KDF
    settings, no "aad" field, version 1 (what every existing carnet holds)."""
    doc = _doc(folder)
    for slot, secret in (("passphrase", passphrase), ("recovery", code)):
        salt, nonce = os.urandom(16), os.urandom(12)
        kek = FAST_KDF.derive(secret, salt)
        aad = f"reperes-envelope/1/{doc['carnet_id']}/{slot}".encode()
        doc["wraps"][slot] = {
            "kdf": {"name": "argon2id", **FAST_KDF.__dict__},
            "salt": base64.b64encode(salt).decode(),
            "nonce": base64.b64encode(nonce).decode(),
            "ciphertext": base64.b64encode(AESGCM(kek).encrypt(nonce, key, aad)).decode(),
        }
    doc["version"] = 1
    _write_doc(folder, doc)


def test_lowered_settings_on_the_passphrase_wrap_do_not_weaken_the_new_passphrase(tmp_path):
    """Someone lowers the passphrase wrap's cost; the person, locked out, uses the recovery code:
    the new passphrase is wrapped at the cost the code authenticated, not at the lowered one."""
    folder = tmp_path / "c"
    carnet, code = make_carnet(folder, kdf=STRONGER)
    carnet.lock()
    doc = _doc(folder)
    doc["wraps"]["passphrase"]["kdf"].update(time_cost=1, memory_cost=8 * 1024)
    _write_doc(folder, doc)
    with pytest.raises(WrongPassphrase):  # the tag covers the settings
        Carnet.unlock(folder, PASSPHRASE)
    Carnet.unlock_with_recovery(folder, code, NEW_PASSPHRASE).lock()
    assert Envelope.read(folder / ENVELOPE_NAME).passphrase.kdf == STRONGER
    Carnet.unlock(folder, NEW_PASSPHRASE).lock()


def test_below_the_handbook_floor_only_in_the_explicit_test_mode(tmp_path, monkeypatch):
    folder = tmp_path / "c"
    make_carnet(folder)[0].lock()  # FAST_KDF: 8 MiB, allowed by REPERES_FAST_KDF=1
    monkeypatch.delenv("REPERES_FAST_KDF")
    with pytest.raises(DamagedCarnet):
        Carnet.unlock(folder, PASSPHRASE)
    with pytest.raises(CarnetSettingsError):
        make_carnet(tmp_path / "d")
    assert not (tmp_path / "d" / ENVELOPE_NAME).exists()
    monkeypatch.setenv("REPERES_FAST_KDF", "1")
    Carnet.unlock(folder, PASSPHRASE).lock()


def test_a_planted_carnet_with_absurd_settings_does_not_stop_the_others(tmp_path):
    """carnet-0000 sorts first and asks Argon2id for 2 TiB and a billion passes: refused with a
    sentence before any derivation, and the real carnet opens."""
    real = tmp_path / "carnet-7f3a"
    make_carnet(real)[0].lock()
    planted = tmp_path / "carnet-0000"
    planted.mkdir()
    doc = _doc(real)
    doc["wraps"]["passphrase"]["kdf"].update(memory_cost=2**31, time_cost=10**9)
    _write_doc(planted, doc)
    (planted / "carnet.db").write_bytes(b"x" * 4096)
    t0 = time.perf_counter()
    with unlock_any(sorted([real, planted]), PASSPHRASE) as opened:
        assert opened.folder == real
    took = time.perf_counter() - t0
    with pytest.raises(DamagedCarnet) as refused:
        Carnet.unlock(planted, PASSPHRASE)
    sentence = say(refused.value.code)  # what the app and the command line show
    assert sentence == say("damaged") and sentence.endswith(".")
    print(f"\nplanted carnet-0000 skipped; the real carnet opened in {took * 1000:.0f} ms")


def test_a_version_1_envelope_opens_and_is_upgraded_at_each_slots_next_opening(tmp_path):
    folder = tmp_path / "c"
    carnet, code = make_carnet(folder)
    add_organisations(carnet, ["CAF"])
    key = data_key(carnet)
    carnet.lock()
    _as_version_1(folder, key, PASSPHRASE, code)

    with Carnet.unlock(folder, PASSPHRASE) as again:
        assert again.query("SELECT name FROM organisation")[0][0] == "CAF"
    doc = _doc(folder)
    assert doc["version"] == 2
    assert doc["wraps"]["passphrase"]["aad"] == "kdf"
    assert doc["wraps"]["recovery"]["aad"] == "v1"  # the code was not typed: kept as it was
    Carnet.unlock(folder, PASSPHRASE).lock()
    Carnet.unlock_with_recovery(folder, code, NEW_PASSPHRASE).lock()
    doc = _doc(folder)
    assert doc["wraps"]["passphrase"]["aad"] == doc["wraps"]["recovery"]["aad"] == "kdf"
    Carnet.unlock(folder, NEW_PASSPHRASE).lock()


def test_a_recovery_with_rekey_gives_a_new_data_key(tmp_path):
    """An abuser kept the old envelope.json and knows the old passphrase: after the person's
    recovery with a re-key, that old file no longer opens the current database."""
    folder = tmp_path / "c"
    carnet, code = make_carnet(folder)
    add_organisations(carnet, [f"org {i}" for i in range(300)], notes="n" * 50)
    old_key = data_key(carnet)
    carnet.lock()
    kept_by_abuser = (folder / ENVELOPE_NAME).read_bytes()

    with Carnet.unlock_with_recovery(folder, code, NEW_PASSPHRASE, rekey=True) as recovered:
        new_key = data_key(recovered)
        assert recovered.query("SELECT count(*) FROM organisation")[0][0] == 300
        assert recovered.integrity_problems() == []
    assert new_key != old_key
    doc = _doc(folder)
    assert "next" not in doc
    with Carnet.unlock(folder, NEW_PASSPHRASE) as again:
        assert again.query("SELECT count(*) FROM organisation")[0][0] == 300
    assert Envelope.read(folder / ENVELOPE_NAME).unlock_recovery(code) == new_key

    current = (folder / ENVELOPE_NAME).read_bytes()
    (folder / ENVELOPE_NAME).write_bytes(kept_by_abuser)
    with pytest.raises(DamagedCarnet):  # the old key opens the old wraps, not the database
        Carnet.unlock(folder, PASSPHRASE)
    (folder / ENVELOPE_NAME).write_bytes(current)
    Carnet.unlock(folder, NEW_PASSPHRASE).lock()


def test_without_rekey_the_data_key_stays(tmp_path):
    folder = tmp_path / "c"
    carnet, code = make_carnet(folder)
    old_key = data_key(carnet)
    carnet.lock()
    with Carnet.unlock_with_recovery(folder, code, NEW_PASSPHRASE) as recovered:
        assert data_key(recovered) == old_key


def test_rekey_checks_both_secrets_first(tmp_path):
    folder = tmp_path / "c"
    carnet, code = make_carnet(folder)
    before = (folder / ENVELOPE_NAME).read_bytes()
    with pytest.raises(WrongPassphrase):
        carnet.rekey(NEW_PASSPHRASE, code)
    with pytest.raises(WrongPassphrase):
        carnet.rekey(PASSPHRASE, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    assert (folder / ENVELOPE_NAME).read_bytes() == before
    carnet.rekey(PASSPHRASE, code)
    carnet.lock()
    Carnet.unlock(folder, PASSPHRASE).lock()


def test_an_interrupted_rekey_opens_with_whichever_key_the_database_has(tmp_path):
    """The envelope written at step 1 (both keys) with the database before or after step 2."""
    folder = tmp_path / "c"
    carnet, code = make_carnet(folder)
    add_organisations(carnet, ["CAF"])
    old_key = data_key(carnet)
    pending = carnet._envelope.with_next(os.urandom(32), PASSPHRASE, code)
    new_key = pending.next_key(PASSPHRASE, "passphrase")
    carnet.lock()
    pending.write(folder / ENVELOPE_NAME)
    # Step 2 never happened: the old key opens, the next wraps are dropped.
    with Carnet.unlock(folder, PASSPHRASE) as again:
        assert data_key(again) == old_key
    assert "next" not in _doc(folder)
    # Step 2 happened, step 3 did not: the new key opens (by passphrase or by code).
    pending.write(folder / ENVELOPE_NAME)
    with Carnet.unlock(folder, PASSPHRASE) as again:
        assert new_key is not None
        again.query(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    pending.write(folder / ENVELOPE_NAME)
    with Carnet.unlock_with_recovery(folder, code, NEW_PASSPHRASE) as again:
        assert data_key(again) == new_key
        assert again.query("SELECT name FROM organisation")[0][0] == "CAF"
    assert "next" not in _doc(folder)
