"""The carnet's life: create, write, lock, unlock, change the passphrase (rewrap only), recovery
code, a second opener, creation over an existing carnet, use after lock."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from app.carnet import (
    DB_NAME,
    ENVELOPE_NAME,
    Carnet,
    CarnetExists,
    CarnetInUse,
    LockedCarnet,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from app.carnet.recovery import ALPHABET, normalize_code

from .kit import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    PYTHON,
    REPO_ROOT,
    add_organisations,
    child_env,
    folder_state,
    make_carnet,
    organisation_names,
    sha256,
)

NAMES = ["France Travail – agence du centre", "CAF de l'Hérault", "Mission locale", "Cap emploi"]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "carnet"


def _db_files(folder: Path) -> dict[str, str]:
    """The database and its WAL (the -shm index changes on every read, by design)."""
    return {n: v for n, v in folder_state(folder).items() if n in (DB_NAME, DB_NAME + "-wal")}


def test_rows_survive_lock_and_unlock(folder: Path):
    carnet, _ = make_carnet(folder)
    add_organisations(carnet, NAMES, notes="apporter la lettre")
    carnet.lock()
    assert carnet.is_locked
    assert sorted(p.name for p in folder.iterdir()) == ["carnet.db", "carnet.lock", "envelope.json"]

    again = Carnet.unlock(folder, PASSPHRASE)
    try:
        assert organisation_names(again) == NAMES
        assert again.integrity_problems() == []
        assert again.carnet_id == carnet.carnet_id
        outcomes = [r[0] for r in again.query("SELECT outcome FROM unlock_log ORDER BY id")]
        assert outcomes == ["ok"]
    finally:
        again.lock()


def test_change_passphrase_rewraps_only(folder: Path):
    carnet, code = make_carnet(folder)
    add_organisations(carnet, NAMES)
    db_before = _db_files(folder)
    envelope_before = sha256(folder / ENVELOPE_NAME)
    assert db_before, "the database files exist while the carnet is open"

    carnet.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)

    assert _db_files(folder) == db_before, "changing the passphrase rewrote the database"
    assert sha256(folder / ENVELOPE_NAME) != envelope_before
    assert organisation_names(carnet) == NAMES  # still open, same key
    carnet.lock()

    state = folder_state(folder)
    with pytest.raises(WrongPassphrase):
        Carnet.unlock(folder, PASSPHRASE)
    assert folder_state(folder) == state
    with Carnet.unlock(folder, NEW_PASSPHRASE) as again:
        assert organisation_names(again) == NAMES
    # The recovery code was not touched by the change.
    with Carnet.unlock_with_recovery(folder, code, "un autre chemin 72 vers la mer") as again:
        assert organisation_names(again) == NAMES


def test_change_passphrase_checks_the_old_one_and_the_new_one(folder: Path):
    carnet, _ = make_carnet(folder)
    try:
        envelope = sha256(folder / ENVELOPE_NAME)
        with pytest.raises(WrongPassphrase):
            carnet.change_passphrase("pas la bonne phrase du tout", NEW_PASSPHRASE)
        with pytest.raises(WeakPassphrase):
            carnet.change_passphrase(PASSPHRASE, "azerty")
        assert sha256(folder / ENVELOPE_NAME) == envelope
    finally:
        carnet.lock()
    Carnet.unlock(folder, PASSPHRASE).lock()


def _typed_like_a_person(code: str) -> str:
    """Lower case, groups separated by spaces, stray spaces around."""
    return "  " + " ".join(code.lower().split("-")) + " "


def test_recovery_code_sets_a_new_passphrase(folder: Path):
    carnet, code = make_carnet(folder)
    add_organisations(carnet, NAMES)
    carnet.lock()
    typed = _typed_like_a_person(code)
    assert typed != code and normalize_code(typed) == code

    with Carnet.unlock_with_recovery(folder, typed, NEW_PASSPHRASE) as again:
        assert organisation_names(again) == NAMES
        assert again.query("SELECT outcome FROM unlock_log ORDER BY id")[-1] == ("recovery",)

    with pytest.raises(WrongPassphrase):
        Carnet.unlock(folder, PASSPHRASE)
    with Carnet.unlock(folder, NEW_PASSPHRASE) as again:
        assert organisation_names(again) == NAMES


def _another_code(code: str) -> str:
    """A well-formed code that differs from `code` in one symbol."""
    first = code[0]
    other = ALPHABET[(ALPHABET.index(first) + 1) % len(ALPHABET)]
    return other + code[1:]


@pytest.mark.parametrize(
    "make_wrong",
    [
        _another_code,
        lambda code: code[:-1],  # one symbol short
        lambda code: code.replace(code[0], "0", 1),  # a character outside the alphabet
        lambda code: "",
        lambda code: "pas un code",
        lambda code: code + code,
    ],
    ids=["other-code", "short", "bad-symbol", "empty", "words", "doubled"],
)
def test_a_wrong_or_malformed_recovery_code_is_refused(folder: Path, make_wrong):
    carnet, code = make_carnet(folder)
    carnet.lock()
    state = folder_state(folder)
    with pytest.raises(WrongRecoveryCode):
        Carnet.unlock_with_recovery(folder, make_wrong(code), NEW_PASSPHRASE)
    assert folder_state(folder) == state
    Carnet.unlock(folder, PASSPHRASE).lock()  # the passphrase still works


def test_new_recovery_code_replaces_the_old_one(folder: Path):
    carnet, old_code = make_carnet(folder)
    new_code = carnet.new_recovery_code()
    assert new_code != old_code and normalize_code(new_code) == new_code
    carnet.lock()
    with pytest.raises(WrongRecoveryCode):
        Carnet.unlock_with_recovery(folder, old_code, NEW_PASSPHRASE)
    Carnet.unlock(folder, PASSPHRASE).lock()  # the passphrase is not touched
    Carnet.unlock_with_recovery(folder, new_code, NEW_PASSPHRASE).lock()
    Carnet.unlock(folder, NEW_PASSPHRASE).lock()


def test_a_second_opener_is_refused_while_the_carnet_is_open(folder: Path):
    carnet, code = make_carnet(folder)
    try:
        state = folder_state(folder)
        with pytest.raises(CarnetInUse):
            Carnet.unlock(folder, PASSPHRASE)
        with pytest.raises(CarnetInUse):
            Carnet.unlock_with_recovery(folder, code, NEW_PASSPHRASE)
        # Another process too (the lock is the operating system's, not a flag in memory).
        probe = (
            "import sys\n"
            "from app.carnet import Carnet, CarnetInUse\n"
            "try:\n"
            "    Carnet.unlock(sys.argv[1], sys.argv[2])\n"
            "except CarnetInUse:\n"
            "    sys.exit(42)\n"
        )
        done = subprocess.run(
            [PYTHON, "-c", probe, str(folder), PASSPHRASE],
            env=child_env(),
            cwd=REPO_ROOT,
            capture_output=True,
            timeout=60,
        )
        assert done.returncode == 42, done.stderr
        assert _db_files(folder) == {
            k: v for k, v in state.items() if k in (DB_NAME, DB_NAME + "-wal")
        }
        # The envelope was not rewritten by the refused openers (recovery sets a passphrase).
        assert folder_state(folder)[ENVELOPE_NAME] == state[ENVELOPE_NAME]
        add_organisations(carnet, ["still writable"])
    finally:
        carnet.lock()
    # Locking gives the carnet back.
    Carnet.unlock(folder, PASSPHRASE).lock()


def test_creating_over_a_carnet_is_refused(folder: Path):
    carnet, _ = make_carnet(folder)
    add_organisations(carnet, NAMES)
    carnet.lock()
    state = folder_state(folder)
    with pytest.raises(CarnetExists):
        make_carnet(folder, NEW_PASSPHRASE)
    assert folder_state(folder) == state

    # A database without its envelope is not overwritten either.
    (folder / ENVELOPE_NAME).rename(folder.parent / "kept-envelope.json")
    state = folder_state(folder)
    with pytest.raises(CarnetExists):
        make_carnet(folder, NEW_PASSPHRASE)
    assert folder_state(folder) == state
    (folder.parent / "kept-envelope.json").rename(folder / ENVELOPE_NAME)
    with Carnet.unlock(folder, PASSPHRASE) as again:
        assert organisation_names(again) == NAMES


def test_a_weak_passphrase_creates_nothing(folder: Path):
    with pytest.raises(WeakPassphrase) as info:
        make_carnet(folder, "azerty")
    assert info.value.reasons
    assert not folder.exists() or not any(folder.iterdir())


def test_a_locked_carnet_refuses_everything(folder: Path, tmp_path: Path):
    carnet, _ = make_carnet(folder)
    carnet.lock()
    carnet.lock()  # twice is harmless
    calls = {
        "query": lambda: carnet.query("SELECT 1"),
        "query_one": lambda: carnet.query_one("SELECT 1"),
        "write": lambda: carnet.write().__enter__(),
        "export_copy": lambda: carnet.export_copy(tmp_path / "copy.db"),
        "change_passphrase": lambda: carnet.change_passphrase(PASSPHRASE, NEW_PASSPHRASE),
        "new_recovery_code": carnet.new_recovery_code,
        "schema_version": lambda: carnet.schema_version,
        "integrity_problems": carnet.integrity_problems,
    }
    state = folder_state(folder)
    for name, call in calls.items():
        with pytest.raises(LockedCarnet):
            call()
            pytest.fail(f"{name} worked on a locked carnet")
    assert folder_state(folder) == state
    assert not (tmp_path / "copy.db").exists()
    Carnet.unlock(folder, PASSPHRASE).lock()


def test_the_envelope_names_nobody(folder: Path):
    """Nothing in clear says whose carnet it is (handbook §3)."""
    carnet, _ = make_carnet(folder, owner_name="Léa Martin")
    try:
        assert carnet.owner_name == "Léa Martin"
    finally:
        carnet.lock()
    raw = (folder / ENVELOPE_NAME).read_bytes()
    doc = json.loads(raw)
    assert set(doc) == {"format", "version", "carnet_id", "wraps"}
    for needle in ("Léa", "Martin", "L\\u00e9a", PASSPHRASE):
        assert needle.encode() not in raw
    for name in folder.iterdir():
        assert "martin" not in name.name.lower()
