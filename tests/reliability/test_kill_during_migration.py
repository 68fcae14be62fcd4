"""C18: SIGKILL while an old carnet is being upgraded on unlock. Each step is one transaction, so
after any kill the schema is exactly that of one version (never a mix), every row is there,
and the next unlock finishes the upgrade."""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

import pytest
from carnet.kit import PASSPHRASE, data_key, make_carnet, raw_connect

from app.carnet import DB_NAME, Carnet, migrations

from .forkserver import ForkServer

TRIALS = 60
CALIBRATION = 3
SEED = 18


def _schema(con) -> list[tuple]:
    return con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()


def _template(folder: Path, version: int, monkeypatch) -> tuple[bytes, list[tuple]]:
    with monkeypatch.context() as m:
        m.setattr(migrations, "STEPS", migrations.STEPS[:version])
        carnet, _ = make_carnet(folder)
        with carnet.write() as con:
            con.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?)",
                [(f"row-{i}", "à garder " * 20) for i in range(300)],
            )
        key = data_key(carnet)
        carnet.lock()
    con = raw_connect(folder / DB_NAME, key, readonly=True)
    schema = _schema(con)
    con.close()
    return key, schema


@pytest.mark.slow
def test_sigkill_during_migration_leaves_one_whole_version(tmp_path: Path, monkeypatch):
    refs = {
        v: _template(tmp_path / f"v{v}", v, monkeypatch) for v in range(1, migrations.LATEST + 1)
    }
    schemas = {v: schema for v, (_, schema) in refs.items()}
    template, key = tmp_path / "v1", refs[1][0]
    rng = random.Random(SEED)
    seen: dict[int, int] = {}
    window = 0.0
    bad: list[str] = []
    server = ForkServer()
    try:
        for trial in range(TRIALS):
            folder = tmp_path / f"t{trial}"
            shutil.copytree(template, folder)
            t0 = time.monotonic()
            pid = server.start(op="unlock", folder=str(folder), passphrase=PASSPHRASE)
            if trial < CALIBRATION:  # learn how long an unlock with the upgrade takes here
                assert server.next(timeout=30) == "READY"
                took = time.monotonic() - t0  # the first one also waits for the zygote
                window = took if trial == 0 else min(window, took)
            else:
                time.sleep(rng.uniform(0.0, window * 1.5))
            server.kill_and_drain(pid)

            con = raw_connect(folder / DB_NAME, key)
            try:
                version = con.execute("PRAGMA user_version").fetchone()[0]
                rows = con.execute("SELECT count(*) FROM meta WHERE key LIKE 'row-%'").fetchone()
                if _schema(con) != schemas.get(version):
                    bad.append(f"trial {trial}: schema of v{version} is not whole")
                if rows != (300,):
                    bad.append(f"trial {trial}: rows {rows}")
            finally:
                con.close()
            seen[version] = seen.get(version, 0) + 1
            with Carnet.unlock(folder, PASSPHRASE) as carnet:  # finishes the upgrade
                if carnet.schema_version != migrations.LATEST or carnet.integrity_problems():
                    bad.append(f"trial {trial}: did not finish the upgrade")
            if not (folder / "carnet-avant-v2.db").is_file():
                bad.append(f"trial {trial}: no copy from before the upgrade")
            if leftovers := sorted(p.name for p in folder.glob("*.tmp")):
                bad.append(f"trial {trial}: temporary files left {leftovers}")
            shutil.rmtree(folder)
    finally:
        server.close()
    print(
        f"\nC18 kill during migration: trials={TRIALS} versions_after_kill={seen} "
        f"unlock_takes~{window * 1000:.0f} ms bad={len(bad)}"
    )
    assert not bad, bad[:5]
    assert seen.get(1), "no kill landed before the upgrade was done"
