from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from app.carnet import FAST_KDF, Carnet
from app.domain import HOME_ZONE

PASSPHRASE = "girafe citron 83 boussole du canal"


class StepClock:
    """A fixed 'now' the test can move."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> StepClock:
    return StepClock(datetime(2026, 3, 20, 10, 0, tzinfo=HOME_ZONE))


@pytest.fixture
def carnet(tmp_path: Path, clock: StepClock) -> Iterator[Carnet]:
    c, _code = Carnet.create(tmp_path / "carnet", PASSPHRASE, kdf=FAST_KDF, clock=clock)
    try:
        yield c
    finally:
        c.lock()
