"""Failed password attempts: counted beside the carnet (the carnet and its envelope stay
byte-identical), moved into the carnet at the next opening, told as "N failed attempts since"."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.carnet import Carnet, WrongPassphrase, attempts
from app.carnet.finder import unlock_any

from .kit import PASSPHRASE, folder_state, make_carnet

PARIS = timezone(timedelta(hours=1))


class SteppingClock:
    """Each call is one minute after the previous one (a Tuesday morning)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 3, 10, 0, tzinfo=PARIS)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def _without_counter(state: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in state.items() if k != attempts.COUNTER_NAME}


def test_failures_are_counted_beside_the_carnet_and_shown_at_the_next_opening(tmp_path: Path):
    clock = SteppingClock()
    folder = tmp_path / "carnet-1"
    make_carnet(folder, clock=clock)[0].lock()
    first = unlock_any([folder], PASSPHRASE, clock=clock)
    assert attempts.after_opening(first) == attempts.LastOpening(None, 0, 0)
    first_at = clock.now
    first.lock()

    before = folder_state(folder)
    for wrong in ("girafe citron", "GIRAFE CITRON 83 BOUSSOLE DU CANAL"):
        with pytest.raises(WrongPassphrase):
            unlock_any([folder], wrong, clock=clock)
    after = folder_state(folder)
    assert _without_counter(after) == before  # carnet.db and envelope.json untouched
    raw = (folder / attempts.COUNTER_NAME).read_text("utf-8")
    assert set(json.loads(raw)) == {"format", "version", "aimed", "unaimed", "first_at", "last_at"}
    assert "girafe" not in raw.lower()
    assert attempts.read_counter(folder).aimed == 2

    with unlock_any([folder], PASSPHRASE, clock=clock) as again:
        seen = attempts.after_opening(again)
        assert seen.previous_at == first_at
        assert (seen.aimed, seen.unaimed) == (2, 0)
        assert not (folder / attempts.COUNTER_NAME).exists()
        assert again.query("SELECT aimed, unaimed FROM failed_attempts") == [(2, 0)]
    with unlock_any([folder], PASSPHRASE, clock=clock) as third:
        seen = attempts.after_opening(third)
        assert (seen.aimed, seen.unaimed) == (0, 0)  # told once, then "since" starts again
        assert seen.previous_at is not None and seen.previous_at > first_at


def test_with_several_carnets_a_failure_may_be_someone_elses(tmp_path: Path):
    clock = SteppingClock()
    mine, theirs = tmp_path / "carnet-a", tmp_path / "carnet-b"
    make_carnet(mine, clock=clock)[0].lock()
    make_carnet(theirs, "tortue violette 41 sous le pont", clock=clock)[0].lock()
    with pytest.raises(WrongPassphrase):
        unlock_any([mine, theirs], "pas le bon mot de passe", clock=clock)
    # The other person's passphrase opens theirs: not a failure for mine.
    unlock_any([mine, theirs], "tortue violette 41 sous le pont", clock=clock).lock()
    counter = attempts.read_counter(mine)
    assert (counter.aimed, counter.unaimed) == (0, 1)
    with unlock_any([mine, theirs], PASSPHRASE, clock=clock) as carnet:
        seen = attempts.after_opening(carnet)
        assert (seen.aimed, seen.unaimed) == (0, 1)


def test_a_counter_that_could_not_be_removed_is_not_counted_twice(tmp_path: Path):
    clock = SteppingClock()
    folder = tmp_path / "carnet"
    make_carnet(folder, clock=clock)[0].lock()
    with pytest.raises(WrongPassphrase):
        unlock_any([folder], "faux", clock=clock)
    kept = (folder / attempts.COUNTER_NAME).read_bytes()
    with Carnet.unlock(folder, PASSPHRASE, clock=clock) as carnet:
        assert attempts.after_opening(carnet).aimed == 1
    (folder / attempts.COUNTER_NAME).write_bytes(kept)  # as if a read-only stick kept it
    with Carnet.unlock(folder, PASSPHRASE, clock=clock) as carnet:
        assert attempts.after_opening(carnet).aimed == 0
        assert carnet.query("SELECT count(*) FROM failed_attempts") == [(1,)]


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfe", b"[]", b'{"format": "reperes-attempts", "aimed": "x"}',
     b'{"format": "reperes-attempts", "aimed": -3, "unaimed": 0, "first_at": "2026-01-01",'
     b' "last_at": "2026-01-01"}', b'{"format": "other"}'],
)  # fmt: skip
def test_a_damaged_counter_is_ignored_and_removed(tmp_path: Path, content: bytes):
    folder = tmp_path / "carnet"
    make_carnet(folder)[0].lock()
    (folder / attempts.COUNTER_NAME).write_bytes(content)
    assert attempts.read_counter(folder) is None
    with Carnet.unlock(folder, PASSPHRASE) as carnet:
        assert attempts.after_opening(carnet).aimed == 0
    assert not (folder / attempts.COUNTER_NAME).exists()


def test_a_counter_that_cannot_be_written_changes_nothing_for_the_person(tmp_path, monkeypatch):
    """As root here, a read-only folder cannot be made: the write itself is made to fail."""
    from app.carnet import StorageError

    folder = tmp_path / "carnet"
    make_carnet(folder)[0].lock()

    def refuse(*_args, **_kw):
        raise StorageError("read-only stick")

    monkeypatch.setattr(attempts, "atomic_write_bytes", refuse)
    with pytest.raises(WrongPassphrase):
        unlock_any([folder], "faux")
    assert not (folder / attempts.COUNTER_NAME).exists()


def test_a_wrong_passphrase_without_counting_leaves_every_byte(tmp_path: Path):
    folder = tmp_path / "carnet"
    make_carnet(folder)[0].lock()
    before = folder_state(folder)
    with pytest.raises(WrongPassphrase):
        unlock_any([folder], "faux", count_failures=False)
    assert folder_state(folder) == before
