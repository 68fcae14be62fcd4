"""Real widgets (offscreen), a real carnet folder per test, a cheap KDF so tests stay quick."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.carnet import FAST_KDF, Carnet
from app.locations import Locations
from app.settings import Settings

PASSPHRASE = "cheval maison jardin tomate"


@pytest.fixture
def places(tmp_path: Path) -> Locations:
    return Locations(tmp_path / "carnets", tmp_path / "config", portable=False)


@pytest.fixture
def existing_carnet(places: Locations) -> Path:
    folder = places.new_carnet_folder()
    carnet, _code = Carnet.create(folder, PASSPHRASE, owner_name="Léa", kdf=FAST_KDF)
    carnet.lock()
    return folder


@pytest.fixture
def make_window(qtbot, places):
    from ui import appearance
    from ui.main_window import MainWindow
    from ui.session import Session

    made = []

    def make(zoom: int = 100, theme: str = "light", carnet_path: Path | None = None, **kwargs):
        appearance.install(appearance.Appearance(Settings(zoom=zoom, theme=theme)))
        clock = kwargs.pop("clock", None)
        session = Session(places, kdf=FAST_KDF, carnet_path=carnet_path,
                          **({"clock": clock} if clock else {}))  # fmt: skip
        if "reader" not in kwargs:  # a spy voice: no speech engine threads in every test
            from app.speech import Speaker, SpyDriver
            from ui.reading import Reader

            kwargs["reader"] = Reader(lambda: Speaker(drivers=[SpyDriver()]))
        window = MainWindow(session, **kwargs)  # reader=, idle=, on_quick_exit=...
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # focus assertions need an active window
        made.append((session, window.reader))
        return window

    yield make
    from ui.tasks import wait_for_background

    wait_for_background()
    for session, reader in made:
        session.lock()
        reader.close()
