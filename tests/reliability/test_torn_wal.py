"""C2 (R2): the WAL tail truncated or zeroed (a stick pulled, power cut while appending).

A child commits ROWS transactions through Carnet.write() with checkpoints off, then is killed:
every commit sits in the WAL. Each trial copies the carnet, damages the WAL at a random offset
and unlocks it through the app. The carnet must open sound and hold exactly the rows of the
commits that lie wholly before the damage: ids 1..k, no gap, no garbage, nothing else lost.
The expected k is read from the WAL's own frame headers (they are not encrypted)."""

from __future__ import annotations

import random
import shutil
import struct
from pathlib import Path

import pytest
from carnet.kit import PASSPHRASE, make_carnet

from app.carnet import DB_NAME, ENVELOPE_NAME, Carnet

from .forkserver import ForkServer

ROWS = 150
TRIALS = 200
SEED = 99
WAL_HEADER, FRAME_HEADER = 32, 24


def _commit_ends(wal: bytes) -> list[int]:
    """Byte offset where each commit's last frame ends, in order."""
    page = struct.unpack(">I", wal[8:12])[0]
    ends, offset = [], WAL_HEADER
    while offset + FRAME_HEADER + page <= len(wal):
        if struct.unpack(">I", wal[offset + 4 : offset + 8])[0]:  # "db size after commit"
            ends.append(offset + FRAME_HEADER + page)
        offset += FRAME_HEADER + page
    return ends


def _frame_start(offset: int, page: int) -> int:
    if offset < WAL_HEADER:
        return 0
    return WAL_HEADER + (offset - WAL_HEADER) // (FRAME_HEADER + page) * (FRAME_HEADER + page)


@pytest.fixture(scope="module")
def crashed(tmp_path_factory) -> Path:
    """A carnet whose child was killed with ROWS commits in the WAL (and its -shm left behind)."""
    folder = tmp_path_factory.mktemp("torn") / "carnet"
    make_carnet(folder)[0].lock()
    server = ForkServer()
    try:
        pid = server.start(
            op="write", folder=str(folder), passphrase=PASSPHRASE, stop_after=ROWS, checkpoint=False
        )
        while not (line := server.next(timeout=60)).startswith("READY"):
            pass
        assert line == f"READY {ROWS}"
        server.kill_and_drain(pid)
    finally:
        server.close()
    return folder


@pytest.mark.slow
def test_damaged_wal_tail_keeps_an_exact_prefix(crashed: Path, tmp_path: Path):
    wal = (crashed / (DB_NAME + "-wal")).read_bytes()
    page = struct.unpack(">I", wal[8:12])[0]
    ends = _commit_ends(wal)
    # One commit for the child's unlock (its unlock_log row), then one per row.
    assert len(ends) == ROWS + 1, (len(ends), len(wal))
    rng = random.Random(SEED)
    cases = [("truncate", len(wal)), ("truncate", 0), ("zero", WAL_HEADER)]
    while len(cases) < TRIALS:
        cases.append(
            (
                rng.choice(["truncate", "zero", "stale-shm-truncate"]),
                rng.randrange(WAL_HEADER // 2, len(wal)),
            )
        )

    bad, results = [], []
    for trial, (kind, cut) in enumerate(cases):
        folder = tmp_path / f"t{trial}"
        folder.mkdir()
        for name in (DB_NAME, ENVELOPE_NAME, "carnet.lock"):
            shutil.copyfile(crashed / name, folder / name)
        if kind.startswith("stale-shm"):
            shutil.copyfile(crashed / (DB_NAME + "-shm"), folder / (DB_NAME + "-shm"))
        data = bytearray(wal)
        if kind.endswith("truncate"):
            data = data[:cut]
            valid_to = cut
        else:
            data[cut : cut + 2048] = bytes(len(data[cut : cut + 2048]))
            valid_to = _frame_start(cut, page)  # the zeroed frame and all after it are void
        (folder / (DB_NAME + "-wal")).write_bytes(data)
        whole_commits = sum(1 for end in ends if end <= valid_to)
        expected = max(0, whole_commits - 1)

        try:
            with Carnet.unlock(folder, PASSPHRASE) as carnet:
                problems = carnet.integrity_problems()
                ids = [r[0] for r in carnet.query("SELECT id FROM organisation ORDER BY id")]
                pairs = carnet.query("SELECT count(*) FROM appointment")[0][0]
        except Exception as exc:  # any failure is a bad trial, reported below
            bad.append((trial, kind, cut, f"{type(exc).__name__}: {exc}"))
            continue
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        if problems or ids != list(range(1, expected + 1)) or pairs != len(ids):
            bad.append((trial, kind, cut, f"expected 1..{expected}, got {len(ids)} {problems[:2]}"))
        results.append(len(ids))
    print(
        f"\nR2 torn WAL: wal_bytes={len(wal)} commits={len(ends)} trials={len(cases)} "
        f"bad={len(bad)} rows_recovered={min(results, default=0)}..{max(results, default=0)}"
    )
    assert not bad, bad[:5]
    assert len(cases) >= 100 and max(results) == ROWS and min(results) == 0
