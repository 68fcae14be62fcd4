"""Lock ends the process: the app re-executes itself without the passphrase file."""

from __future__ import annotations

import sys

from ui import application


def test_relaunch_drops_the_passphrase_file_in_both_spellings():
    argv = ["--carnet", "/media/clé/carnet", "--passphrase-file", "pw.txt", "--passphrase-file=x"]
    assert application.relaunch_arguments(argv) == ["--carnet", "/media/clé/carnet"]


def test_lock_in_the_app_closes_the_carnet_then_reexecutes(
    make_window, qtbot, existing_carnet, monkeypatch
):
    from .conftest import PASSPHRASE

    calls = []
    monkeypatch.setattr(application.os, "execv", lambda exe, args: calls.append((exe, args)))
    monkeypatch.setattr(sys, "argv", ["reperes", "--passphrase-file", "f", "--carnet", "c"])
    window = make_window()
    window._on_lock = application.relaunch
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    carnet = window.session.carnet
    window.lock()
    assert carnet.is_locked  # closed before the process is replaced
    assert calls == [(sys.executable, [sys.executable, "-m", "ui.launcher", "--carnet", "c"])]
    assert not window.isVisible()
