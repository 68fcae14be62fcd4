"""Where carnets and settings live, and what the settings file may hold (nothing personal)."""

from __future__ import annotations

import re

from app import settings as settings_store
from app.carnet import FAST_KDF, Carnet
from app.locations import PORTABLE_MARKER, locate


def test_portable_marker_keeps_everything_beside_the_program(tmp_path, monkeypatch):
    monkeypatch.delenv("REPERES_HOME", raising=False)
    program = tmp_path / "Clé USB de Léa" / "Repères"  # spaces and accents
    program.mkdir(parents=True)
    (program / PORTABLE_MARKER).write_text("", "utf-8")
    places = locate(program)
    assert places.portable
    assert places.data_dir.is_relative_to(program)
    assert places.settings_file.is_relative_to(program)


def test_without_marker_the_platform_folders_are_used(tmp_path, monkeypatch):
    monkeypatch.delenv("REPERES_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    places = locate(tmp_path / "program")
    assert not places.portable
    assert places.data_dir.is_relative_to(tmp_path / "data")
    assert places.config_dir.is_relative_to(tmp_path / "config")


def test_carnet_folders_do_not_tell_who_owns_them(tmp_path, monkeypatch):
    monkeypatch.setenv("REPERES_HOME", str(tmp_path))
    places = locate()
    names = []
    for owner in ("Léa Martin", "Karim Benali"):
        folder = places.new_carnet_folder()
        carnet, _ = Carnet.create(folder, "cheval maison jardin", owner_name=owner, kdf=FAST_KDF)
        carnet.lock()
        names.append(folder.name)
    assert all(re.fullmatch(r"carnet-[0-9a-f]{8}", n) for n in names)
    assert [p.name for p in places.carnets()] == sorted(names)
    for path in tmp_path.rglob("*"):
        assert "Léa" not in path.name and "Karim" not in path.name


def test_settings_round_trip_and_hold_nothing_personal(tmp_path):
    path = tmp_path / "config" / "reperes.ini"
    chosen = settings_store.Settings().with_changes(theme="yellow", zoom=175, language="en")
    settings_store.save(path, chosen)
    assert settings_store.load(path) == chosen
    text = path.read_text("utf-8")
    keys = {line.split("=")[0].strip() for line in text.splitlines() if "=" in line}
    assert keys == {"theme", "zoom", "language", "speech_rate", "speech_voice",
                    "auto_lock_minutes", "pc_mode", "pc_mode_asked", "pc_mode_token",
                    "remembered_key"}  # fmt: skip


def test_damaged_or_strange_settings_fall_back_to_defaults(tmp_path):
    path = tmp_path / "reperes.ini"
    path.write_bytes(b"\xff\xfe garbage [[[")
    assert settings_store.load(path) == settings_store.Settings()
    path.write_text("[reperes]\ntheme = pink\nzoom = 900\nspeech_rate = abc\n", "utf-8")
    assert settings_store.load(path) == settings_store.Settings()
    assert settings_store.load(tmp_path / "missing.ini") == settings_store.Settings()
