"""A carnet whose late page is damaged: the opening reads only its header and schema, so Today
shows; the full check started after Today finds the page, and the window then takes the path
a damaged carnet takes at the opening: closed, the same sentence on the unlock screen, nothing
written to the file (issue 17, part 2). Real SQLCipher file, real widgets offscreen."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt

from app.carnet import DB_NAME, Carnet, DamagedCarnet
from ui.messages import error_text

from .conftest import PASSPHRASE

PAGE = 4096


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_damage_found_after_today_is_said_and_nothing_is_written(
    make_window, qtbot, existing_carnet
):
    with Carnet.unlock(existing_carnet, PASSPHRASE) as carnet, carnet.write() as con:
        con.executemany(
            "INSERT INTO organisation(name, notes) VALUES (?, ?)",
            [(f"Organisme {i}", "n" * 300) for i in range(400)],
        )
    db = existing_carnet / DB_NAME
    data = bytearray(db.read_bytes())
    assert len(data) // PAGE > 20
    data[-PAGE // 2] ^= 0x5A  # a late page
    db.write_bytes(bytes(data))
    damaged = _sha(db)

    window = make_window(carnet_path=existing_carnet)
    shown: list[str] = []
    show = window.show_screen
    window.show_screen = lambda key: (shown.append(key), show(key))[1]
    screen = window.unlock_screen
    qtbot.keyClicks(screen.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(screen.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "today" in shown, timeout=20000)
    qtbot.waitUntil(lambda: window.current.key == "unlock", timeout=60000)
    qtbot.waitUntil(screen.message.isVisible, timeout=5000)
    assert shown[-2:] == ["today", "unlock"]
    assert screen.message.text() == error_text(DamagedCarnet("x"))
    assert window.session.carnet is None
    assert window.session.full_check is None  # ended, joined by the lock
    assert _sha(db) == damaged  # nothing written to the file, not even a checkpoint
    # Trying again in the same run: refused at the opening, Today does not flash up again.
    screen.message.clear_message()
    shown.clear()
    qtbot.keyClicks(screen.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(screen.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(screen.message.isVisible, timeout=60000)
    assert screen.message.text() == error_text(DamagedCarnet("x"))
    assert "today" not in shown and window.session.carnet is None
    assert _sha(db) == damaged


def test_a_sound_carnet_is_checked_after_today_and_stays_open(make_window, qtbot, existing_carnet):
    window = make_window(carnet_path=existing_carnet)
    screen = window.unlock_screen
    qtbot.keyClicks(screen.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(screen.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    window.session.full_check.join(timeout=60)
    assert not window.session.full_check.is_alive()
    carnet = window.session.carnet
    assert carnet is not None and carnet.damage is None
    assert carnet.query("SELECT 1 FROM meta WHERE key = 'full_check_at'")
    assert not carnet.full_check_due()
    assert window.current.key == "today"
