"""The two modes: shared by default, forced by portable mode; the auto-lock delay each allows."""

from __future__ import annotations

from app import pc_mode
from app import settings as settings_store
from app.settings import Settings


def test_shared_is_the_default_and_portable_forces_it():
    assert Settings().pc_mode == pc_mode.SHARED
    personal = Settings().with_changes(pc_mode="personal")
    assert pc_mode.effective_mode(personal, portable=False) == pc_mode.PERSONAL
    assert pc_mode.effective_mode(personal, portable=True) == pc_mode.SHARED
    assert pc_mode.may_remember_key(personal, portable=False)
    assert not pc_mode.may_remember_key(personal, portable=True)
    assert not pc_mode.may_remember_key(Settings(), portable=False)


def test_a_strange_mode_in_the_file_means_shared(tmp_path):
    path = tmp_path / "reperes.ini"
    path.write_text("[reperes]\npc_mode = mine\nremembered_key = 7\n", "utf-8")
    loaded = settings_store.load(path)
    assert loaded.pc_mode == pc_mode.SHARED and loaded.remembered_key == 1


def test_a_shared_pc_closes_the_carnet_after_ten_minutes_at_most():
    assert Settings().auto_lock_minutes == 5
    long = Settings().with_changes(auto_lock_minutes=30)
    assert pc_mode.auto_lock_minutes(long, portable=False) == 10
    personal = long.with_changes(pc_mode="personal")
    assert pc_mode.auto_lock_minutes(personal, portable=False) == 30
    assert pc_mode.auto_lock_minutes(personal, portable=True) == 10
