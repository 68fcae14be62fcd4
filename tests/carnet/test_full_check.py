"""The full check (every page's HMAC and the structure) off the opening path (issue 17, part 2).

The opening reads the header and the schema only; a page damaged later in the file is found by
the check that runs after Today (app/carnet/fullcheck.py) or by `reperes check`, and from then
on nothing is written. Real SQLCipher files, a byte flipped in the last page."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app import cli
from app.carnet import DB_NAME, Carnet, DamagedCarnet, connection, fullcheck
from app.carnet.store import FULL_CHECK_DAYS

from .kit import PASSPHRASE, add_organisations, data_key, make_carnet, raw_connect, sha256

PAGE = 4096


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _carnet(folder: Path) -> None:
    carnet, _code = make_carnet(folder)
    add_organisations(carnet, [f"Organisme {i:03d}" for i in range(300)], notes="n" * 200)
    carnet.lock()


def _flip_last_page(folder: Path) -> None:
    path = folder / DB_NAME
    data = bytearray(path.read_bytes())
    assert len(data) // PAGE > 10
    data[-PAGE // 2] ^= 0x5A
    path.write_bytes(bytes(data))


def test_a_sound_carnet_is_checked_once_then_by_its_rhythm(tmp_path: Path):
    folder = tmp_path / "carnet"
    _carnet(folder)
    clock = Clock()
    with Carnet.unlock(folder, PASSPHRASE, clock=clock) as carnet:
        assert carnet.full_check_due()  # never checked
        assert fullcheck.run_if_due(carnet) == "ok"
        assert not carnet.full_check_due()
        assert fullcheck.run_if_due(carnet) == "skipped"
    with Carnet.unlock(folder, PASSPHRASE, clock=clock) as carnet:
        assert not carnet.full_check_due()  # kept in the carnet across openings
        clock.now += timedelta(days=FULL_CHECK_DAYS)
        assert carnet.full_check_due()  # a week later
        assert fullcheck.run_if_due(carnet) == "ok"
        clock.now -= timedelta(days=30)
        assert carnet.full_check_due()  # a clock put back does not skip it for ever
        clock.now += timedelta(days=30)
        assert not carnet.full_check_due()
        add_organisations(carnet, [f"Autre {i}" for i in range(2000)], notes="x" * 300)
        carnet.query("PRAGMA wal_checkpoint(TRUNCATE)")
        assert carnet.full_check_due()  # the file grew: its new pages are checked


def test_a_late_damaged_page_opens_then_is_found_and_nothing_is_written(tmp_path: Path):
    folder = tmp_path / "carnet"
    _carnet(folder)
    _flip_last_page(folder)
    damaged = sha256(folder / DB_NAME)
    told: list[DamagedCarnet] = []
    carnet = Carnet.unlock(folder, PASSPHRASE)  # the opening reads page 1 and the schema only
    carnet.on_damage.append(told.append)
    thread = fullcheck.start(carnet)  # what the window starts after Today
    thread.join(timeout=60)
    assert not thread.is_alive()
    assert len(told) == 1 and carnet.damage is told[0]
    with pytest.raises(DamagedCarnet), carnet.write() as con:
        con.execute("INSERT INTO organisation(name) VALUES ('après')")
    carnet.lock()
    # Not even a checkpoint of what the opening wrote: the file is as it was met.
    assert sha256(folder / DB_NAME) == damaged


def test_a_read_that_meets_damage_takes_the_same_path(tmp_path: Path):
    folder = tmp_path / "carnet"
    _carnet(folder)
    _flip_last_page(folder)
    with Carnet.unlock(folder, PASSPHRASE) as carnet:
        told: list[DamagedCarnet] = []
        carnet.on_damage.append(told.append)
        tables = [r[0] for r in carnet.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
        with pytest.raises(DamagedCarnet):  # a screen reading its records meets the page
            for table in tables:
                carnet.query(f'SELECT * FROM "{table}"')
        assert len(told) == 1
        with pytest.raises(DamagedCarnet), carnet.write() as con:
            con.execute("INSERT INTO organisation(name) VALUES ('après')")


def test_reperes_check_still_reads_every_page(tmp_path: Path, capsys):
    folder = tmp_path / "carnet"
    _carnet(folder)
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSPHRASE + "\n", "utf-8")
    assert cli.main(["check", str(folder), "--passphrase-file", str(secret)]) == 0
    _flip_last_page(folder)
    before = sha256(folder / DB_NAME)
    assert cli.main(["check", str(folder), "--passphrase-file", str(secret)]) == 4
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["ok"] is False and summary["error"] == "damaged"
    assert sha256(folder / DB_NAME) == before


def test_a_lock_during_the_check_stops_it_without_a_result(tmp_path: Path):
    folder = tmp_path / "carnet"
    _carnet(folder)
    carnet = Carnet.unlock(folder, PASSPHRASE)
    carnet.lock()
    assert fullcheck.run_if_due(carnet) == "not_done"


def test_the_page_check_agrees_with_sqlcipher_and_can_be_stopped(tmp_path: Path):
    """SQLCipher's cipher_integrity_check cannot be interrupted: the check reads the pages
    itself, by SQLCipher 4's rule, and asks between chunks whether the carnet was locked."""
    folder = tmp_path / "carnet"
    _carnet(folder)
    carnet = Carnet.unlock(folder, PASSPHRASE)
    key = data_key(carnet)
    carnet.lock()
    db = folder / DB_NAME
    assert connection._first_bad_page(db, key, PAGE, lambda: False) is None
    pages = db.stat().st_size // PAGE
    for page in (2, pages // 2, pages):
        data = bytearray(db.read_bytes())
        data[(page - 1) * PAGE + 100] ^= 0x01
        broken = tmp_path / f"broken-{page}.db"
        broken.write_bytes(bytes(data))
        assert connection._first_bad_page(broken, key, PAGE, lambda: False) == page
        bare = raw_connect(broken, key, readonly=True)
        assert bare.execute("PRAGMA cipher_integrity_check").fetchall()  # SQLCipher agrees
        bare.close()
    asked = []
    with pytest.raises(connection.CheckInterrupted):
        connection.full_check(db, key, stopped=lambda: asked.append(1) or len(asked) > 1)
