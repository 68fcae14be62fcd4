"""C1 (R1): SIGKILL at random moments while a child writes through Carnet.write().

The child says "ACK n" only after write() has returned. After each kill the carnet is unlocked
through the app: every acknowledged row must be there, the two rows of each transaction come
together or not at all, ids have no gap, and both integrity checks pass. Kills also land during
the child's own unlock (key derivation, probe, opening), not only between commits."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from carnet.kit import PASSPHRASE, make_carnet

from app.carnet import Carnet, CarnetError

from .forkserver import ForkServer

KILLS = 300
SEED = 4242


@pytest.mark.slow
def test_sigkill_loses_no_acknowledged_write(tmp_path: Path):
    folder = tmp_path / "carnet"
    make_carnet(folder)[0].lock()
    rng = random.Random(SEED)
    acked: set[int] = set()
    lost = corrupt = committed_unacked = early_kills = 0
    failures: list[str] = []
    server = ForkServer()
    t_start = time.monotonic()
    try:
        for i in range(KILLS):
            pid = server.start(
                op="write", folder=str(folder), passphrase=PASSPHRASE, checkpoint=True
            )
            lines: list[str] = []
            if i % 3 == 0:  # anywhere: during unlock, the probe, the first commits
                time.sleep(rng.uniform(0.0, 0.06))
            else:  # while writing
                first = server.next(timeout=30)
                lines.append(first)
                time.sleep(rng.uniform(0.0, 0.04))
            lines += server.kill_and_drain(pid)
            new = {int(line.split()[1]) for line in lines if line.startswith("ACK ")}
            early_kills += not new
            acked |= new

            try:
                carnet = Carnet.unlock(folder, PASSPHRASE)
            except CarnetError as exc:
                corrupt += 1
                failures.append(f"kill {i}: unlock failed: {type(exc).__name__} {exc}")
                break
            try:
                problems = carnet.integrity_problems()
                orgs = {r[0] for r in carnet.query("SELECT id FROM organisation")}
                appts = {r[0] for r in carnet.query("SELECT organisation_id FROM appointment")}
            finally:
                carnet.lock()
            if problems:
                corrupt += 1
                failures.append(f"kill {i}: integrity {problems[:3]}")
            missing = acked - orgs
            lost += len(missing)
            if missing:
                failures.append(f"kill {i}: lost {sorted(missing)[:5]}")
            if orgs != appts:
                failures.append(f"kill {i}: half a transaction {sorted(orgs ^ appts)[:5]}")
            if orgs and orgs != set(range(1, max(orgs) + 1)):
                failures.append(f"kill {i}: gap in ids")
            extra = orgs - acked
            if len(extra) > 1:  # at most the one committed just before the kill, unacknowledged
                failures.append(f"kill {i}: rows nobody wrote {sorted(extra)[:5]}")
            committed_unacked += len(extra)
            acked |= extra  # committed: from now on it must stay
            if failures:
                break
    finally:
        server.close()
    elapsed = time.monotonic() - t_start
    print(
        f"\nR1 kill during writes: iterations={i + 1} kills={i + 1} acks={len(acked)} "
        f"lost={lost} corrupt={corrupt} kills_before_first_ack={early_kills} "
        f"committed_but_unacknowledged={committed_unacked} in {elapsed:.1f} s"
    )
    assert not failures, failures
    assert lost == 0 and corrupt == 0
    assert i + 1 == KILLS
    assert len(acked) > KILLS  # the child really wrote between kills
