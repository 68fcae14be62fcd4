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
    monkeypatch.delenv(application.LOCKED_NOTICE, raising=False)  # put back as it was after
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
    # The fresh process (same environment) says that the carnet is closed, once.
    assert application.os.environ.get(application.LOCKED_NOTICE) == "1"
    fresh = make_window(carnet_path=existing_carnet)
    assert fresh.current.key == "unlock"
    application.say_locked(fresh)
    assert "closed" in fresh.current.message.text() and fresh.current.message.isVisible()
    assert application.LOCKED_NOTICE not in application.os.environ
