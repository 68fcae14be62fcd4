"""A settings file another account could have written is not read, and the first screen says so
(issue 22: a planted file gets a sentence, not an effect)."""

from __future__ import annotations

import os

import pytest

from app import settings as settings_store
from app.settings import Settings


def _plant(places, how: str) -> None:
    target = places.settings_file
    target.parent.mkdir(parents=True, exist_ok=True)
    if how == "link":
        elsewhere = target.parent.parent / "elsewhere.ini"
        settings_store.save(elsewhere, Settings(pc_mode="personal", auto_lock_minutes=30))
        os.symlink(elsewhere, target)
    else:
        settings_store.save(target, Settings(pc_mode="personal", auto_lock_minutes=30))
        target.chmod(0o666)  # anyone may write it


@pytest.mark.parametrize("how", ["link", "writable by others"])
def test_a_planted_settings_file_is_not_read_and_the_first_screen_says_so(
    make_window, places, how
):
    _plant(places, how)
    assert settings_store.load(places.settings_file) == Settings()  # its values are not taken
    window = make_window()
    assert window.current.key == "welcome"
    assert "did not read it" in window.status.text()


def test_a_settings_file_of_ones_own_gives_no_such_sentence(make_window, places):
    settings_store.save(places.settings_file, Settings(theme="dark"))
    window = make_window()
    assert "did not read it" not in window.status.text()
