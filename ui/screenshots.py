"""Screenshots of every screen, from the real widgets and a demo carnet (README, audits).

    python -m ui.screenshots OUT_FOLDER [--zoom 100] [--theme light] [--language fr] [--whole]

Every screen of the table of screens (ui/screens/registry.py) is shown and grabbed as the window
shows it; with --whole, a screen taller than the window is also grabbed whole (NAME-whole-…png),
to read what is below the fold.

Offscreen by default; nothing is written but the PNG files in OUT_FOLDER and a throw-away
demo carnet in a temporary folder that is removed at the end."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["REPERES_FAST_KDF"] = "1"  # its demo carnet uses the cheap KDF: explicit mode

from PySide6.QtWidgets import QApplication

from app import demo
from app.carnet import FAST_KDF, Carnet
from app.locations import Locations
from app.settings import Settings

from . import appearance
from .application import install_translations
from .main_window import MainWindow
from .screens.registry import SCREENS
from .session import Session
from .tasks import wait_for_background

DEMO_PASSPHRASE = "cheval maison jardin tomate"
SIZE = (1024, 768)  # a small library screen


def _wait(app: QApplication, until, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError("screen never appeared")
        app.processEvents()
        time.sleep(0.01)


def _settle(app: QApplication, seconds: float = 0.15) -> None:
    """Let nested layouts converge (wrapped text takes a few passes) before the picture."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


BEFORE_CARNET = ("welcome", "create", "unlock", "recovery_code")


def shoot(out: Path, *, zoom: int, theme: str, language: str, whole: bool = False) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translations(app, language)
    appearance.install(appearance.Appearance(Settings(zoom=zoom, theme=theme, language=language)))
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        places = Locations(Path(tmp) / "carnets", Path(tmp) / "config", portable=False)
        folder = places.new_carnet_folder()
        carnet, code = Carnet.create(folder, DEMO_PASSPHRASE, owner_name="Camille", kdf=FAST_KDF)
        demo.populate(carnet, 2, today=date.today())
        carnet.lock()
        session = Session(places, kdf=FAST_KDF)
        window = MainWindow(session)
        window.resize(*SIZE)
        window.show()

        def grab(name: str) -> None:
            _settle(app)
            path = out / f"{name}-{theme}-{zoom}.png"
            window.grab().save(str(path))
            written.append(path)
            page, seen = window.current.scroll.widget(), window.current.scroll.viewport()
            if whole and page.height() > seen.height():
                path = out / f"{name}-whole-{theme}-{zoom}.png"
                page.grab().save(str(path))
                written.append(path)

        window.recovery_screen.show_code(code)
        for key in BEFORE_CARNET:
            window.show_screen(key)
            grab(key)
        session.unlock(DEMO_PASSPHRASE)
        _wait(app, lambda: window.current.key == "today")
        grab("today")
        for entry in SCREENS:  # every other screen of the table, in its order
            if entry.key not in (*BEFORE_CARNET, "today"):
                window.show_screen(entry.key)
                grab(entry.key)
        window.lock()
        wait_for_background()
        window.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots")
    parser.add_argument("out", type=Path)
    parser.add_argument("--zoom", type=int, default=100)
    parser.add_argument("--theme", default="light")
    parser.add_argument("--language", default="fr")
    parser.add_argument("--whole", action="store_true", help="also the whole of a tall screen")
    args = parser.parse_args(argv)
    shots = shoot(args.out, zoom=args.zoom, theme=args.theme, language=args.language,
                  whole=args.whole)
    for path in shots:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
