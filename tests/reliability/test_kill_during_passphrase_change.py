"""C4 (R4): SIGKILL during a passphrase change. The change rewrites only the envelope (temp file,
fsync, rename), so after any kill the carnet opens with exactly one of {old, new}, the recovery
code still opens it, and no row is lost."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from carnet.kit import PASSPHRASE, add_organisations, make_carnet

from app.carnet import ENVELOPE_NAME, Carnet, WrongPassphrase
from app.carnet.envelope import Envelope

from .forkserver import ForkServer

REKEY_TRIALS = 60

TRIALS = 100
CALIBRATION = 4
SEED = 7
ROWS = 500


def _opens(folder: Path, phrase: str) -> bool:
    try:
        carnet = Carnet.unlock(folder, phrase)
    except WrongPassphrase:
        return False
    carnet.lock()
    return True


@pytest.mark.slow
def test_interrupted_passphrase_change_leaves_exactly_one(tmp_path: Path):
    folder = tmp_path / "carnet"
    carnet, code = make_carnet(folder)
    add_organisations(carnet, [f"org {i}" for i in range(ROWS)], notes="n" * 100)
    carnet.lock()
    rng = random.Random(SEED)
    current = PASSPHRASE
    outcomes = {"old": 0, "new": 0}
    bad: list[str] = []
    window = 0.0
    server = ForkServer()
    try:
        for trial in range(TRIALS):
            new = f"phrase numéro {trial} du grand cerisier bleu"
            pid = server.start(op="rekey", folder=str(folder), old=current, new=new)
            assert server.next(timeout=30) == "READY"
            if trial < CALIBRATION:  # let a few finish, to learn how long a change takes
                done = server.next(timeout=30)
                window = max(window, float(done.split()[1]))
            else:
                time.sleep(rng.uniform(0.0, window * 1.3))
            server.kill_and_drain(pid)

            old_ok, new_ok = _opens(folder, current), _opens(folder, new)
            if old_ok == new_ok:
                bad.append(f"trial {trial}: old opens={old_ok}, new opens={new_ok}")
                break
            outcomes["old" if old_ok else "new"] += 1
            current = current if old_ok else new
            Envelope.read(folder / ENVELOPE_NAME).unlock_recovery(code)  # raises if broken
            with Carnet.unlock(folder, current) as again:
                count = again.query("SELECT count(*) FROM organisation")[0][0]
                problems = again.integrity_problems()
            if count != ROWS or problems:
                bad.append(f"trial {trial}: rows={count} problems={problems[:2]}")
    finally:
        server.close()
    leftovers = sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))
    print(
        f"\nR4 kill during passphrase change: trials={TRIALS} opens_with_old={outcomes['old']} "
        f"opens_with_new={outcomes['new']} bad={len(bad)} change_takes~{window * 1000:.0f} ms "
        f"leftover_temp_files={leftovers}"
    )
    assert not bad, bad
    assert sum(outcomes.values()) == TRIALS
    assert outcomes["old"] > 0, "no kill landed before the change was written"


@pytest.mark.slow
def test_interrupted_rekey_always_opens_with_the_passphrase_and_the_code(tmp_path: Path):
    """SIGKILL at a random moment of a re-key (new data key: envelope with both keys, PRAGMA
    rekey, envelope with the new key only). After each kill the passphrase opens the carnet
    with every row, the recovery code opens the key the database has, and the envelope holds
    one key again after that opening."""
    folder = tmp_path / "carnet"
    carnet, code = make_carnet(folder)
    add_organisations(carnet, [f"org {i}" for i in range(ROWS)], notes="n" * 100)
    carnet.lock()
    rng = random.Random(SEED)
    outcomes = {"old_key": 0, "new_key": 0}
    bad: list[str] = []
    window = 0.0
    key = b""
    server = ForkServer()
    try:
        for trial in range(REKEY_TRIALS):
            with Carnet.unlock(folder, PASSPHRASE) as before:
                key = before._key or b""
            pid = server.start(op="rekey_data", folder=str(folder), passphrase=PASSPHRASE,
                               code=code)  # fmt: skip
            assert server.next(timeout=30) == "READY"
            if trial < CALIBRATION:
                done = server.next(timeout=30)
                window = max(window, float(done.split()[1]))
            else:
                time.sleep(rng.uniform(0.0, window * 1.3))
            server.kill_and_drain(pid)
            try:
                with Carnet.unlock(folder, PASSPHRASE) as again:
                    count = again.query("SELECT count(*) FROM organisation")[0][0]
                    problems = again.integrity_problems()
                    now_key = again._key
            except WrongPassphrase as exc:
                bad.append(f"trial {trial}: {exc!r}")
                break
            outcomes["old_key" if now_key == key else "new_key"] += 1
            envelope = Envelope.read(folder / ENVELOPE_NAME)
            if envelope.rekey_pending or envelope.unlock_recovery(code) != now_key:
                bad.append(f"trial {trial}: envelope not settled after the opening")
            if count != ROWS or problems:
                bad.append(f"trial {trial}: rows={count} problems={problems[:2]}")
    finally:
        server.close()
    print(
        f"\nkill during re-key: trials={REKEY_TRIALS} kept_old_key={outcomes['old_key']} "
        f"got_new_key={outcomes['new_key']} bad={len(bad)} rekey_takes~{window * 1000:.0f} ms"
    )
    assert not bad, bad
    assert outcomes["old_key"] > 0 and outcomes["new_key"] > CALIBRATION
