"""The table of screens (ui/screens/registry.py): each screen declared once, built the first time
it is shown, opened with `open(payload)`; Today's buttons come from the same table."""

from __future__ import annotations

import os
import subprocess
import sys

from helpers import ROOT
from ui.screens import registry
from ui.screens.base import Screen

from .conftest import PASSPHRASE


def test_each_entry_names_its_screen_class_with_the_same_key():
    keys = [e.key for e in registry.SCREENS]
    assert len(keys) == len(set(keys))
    for entry in registry.SCREENS:
        cls = entry.screen_class()
        assert issubclass(cls, Screen) and cls.key == entry.key, entry
        if entry.tile is not None:  # what a tile needs, in words
            assert entry.tile.title() and entry.tile.description() and entry.tile.icon


def test_the_window_builds_only_the_first_screen(make_window, existing_carnet):
    window = make_window(carnet_path=existing_carnet)
    assert list(window.screens) == ["unlock"]
    assert window.current.key == "unlock"


def test_a_screen_is_built_when_first_shown_then_kept(make_window, existing_carnet, qtbot):
    window = make_window(carnet_path=existing_carnet)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    assert "agenda" not in window.screens
    window.show_screen("agenda")
    agenda = window.current
    assert window.screens["agenda"] is agenda
    window.show_screen("today")
    window.show_screen("agenda")
    assert window.current is agenda


def test_today_draws_a_button_for_each_tile_in_the_table(make_window, existing_carnet, qtbot):
    window = make_window(carnet_path=existing_carnet)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    today = window.current
    tiles = registry.tiles()
    assert list(today.menu_buttons) == [e.key for e in tiles]
    for entry in tiles:
        button = today.menu_buttons[entry.key]
        assert button.accessibleName() == entry.tile.title()
    today.menu_buttons["directory"].click()
    assert window.current.key == "directory"


def test_open_gives_the_payload_once(make_window, existing_carnet, qtbot):
    window = make_window(carnet_path=existing_carnet)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    window.open_record("protection", "settings")  # Back returns to the screen that asked
    assert window.current.key == "protection" and window.current.back_to == "settings"
    screen = window.screen("journal")
    screen.open(41)
    assert screen.take_payload() == (True, 41)
    assert screen.take_payload() == (False, None)


def test_a_record_screen_without_a_carnet_goes_to_unlock(make_window, existing_carnet):
    window = make_window(carnet_path=existing_carnet)
    window.open_record("journal", 3)
    assert window.current.key == "unlock"
    assert "journal" not in window.screens  # nothing built for a screen that cannot show


def test_importing_the_window_loads_no_record_screen():
    code = (
        "import sys, ui.main_window\n"
        "print(sorted(m for m in sys.modules if m.startswith('ui.screens.')))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=120, check=True, env=env).stdout  # fmt: skip
    loaded = set(eval(out))
    for key in ("agenda", "documents", "message", "obligations", "received_letter", "letters"):
        assert f"ui.screens.{key}" not in loaded


# What the first screen does not need: the records, the printed sheets, the SQLCipher store and
# the key derivation, the speech engines, printing, the help session, the record screens.
NOT_AT_START = (
    "app.records", "app.sheets", "app.carnet.store", "app.carnet.envelope", "app.speech",
    "PySide6.QtPrintSupport", "ui.helper_session", "ui.paper_dialog", "ui.screens.agenda",
    "ui.screens.today", "ui.screens.documents",
)  # fmt: skip


def test_the_first_screen_loads_only_what_it_needs(tmp_path):
    """Start-up (issue 17): `reperes --smoke` up to the first screen imports none of the above;
    they come when a carnet opens or a screen needs them."""
    script = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('MODULES', sorted(sys.modules)))\n"
        "from ui.launcher import main\n"
        "sys.exit(main(['--smoke']))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "REPERES_HOME": str(tmp_path)}  # fmt: skip
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "smoke: welcome" in done.stdout
    line = next(x for x in done.stdout.splitlines() if x.startswith("MODULES "))
    loaded = set(eval(line.removeprefix("MODULES ")))
    assert sorted(m for m in NOT_AT_START if m in loaded) == []
