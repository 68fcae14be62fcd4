"""A window unlocked on a carnet at a fixed moment, for the tests of the records screens."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.carnet import FAST_KDF, Carnet
from app.domain import HOME_ZONE

from .conftest import PASSPHRASE

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=HOME_ZONE)  # a Friday


def new_carnet(folder: Path, now: datetime = NOW) -> Carnet:
    carnet, _code = Carnet.create(folder, PASSPHRASE, owner_name="Léa", kdf=FAST_KDF,
                                  clock=lambda: now)  # fmt: skip
    return carnet


def open_on(make_window, qtbot, folder: Path, key: str, *, now: datetime = NOW, **kwargs):
    """The window, unlocked at `now`, showing the screen `key`."""
    window = make_window(carnet_path=folder, **kwargs)
    window.session.clock = lambda: now
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    window.show_screen(key)
    assert window.current.key == key
    return window, window.current
