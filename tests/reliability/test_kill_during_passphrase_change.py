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
