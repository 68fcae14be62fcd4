"""Measure how long the GUI thread stalls while the Documents screen imports a 20 MB file.

    .venv/bin/python -m tests.helpers.import_stall [png|pdf] [RUNS]

A real window (offscreen) on a new carnet; the file is chosen in Qt's dialog as a person would,
then "Keep it in my carnet" is pressed. A QTimer ticks every 5 ms on the GUI thread; the longest
gap between two ticks, from the press until the list shows the document, is the stall. Budget
(DESIGN.md §9): 50 ms. A measurement, not a test: the machine's load moves it."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.carnet import FAST_KDF, Carnet
from app.demo_files import tiny_pdf
from app.locations import Locations
from app.settings import Settings

PASSPHRASE = "cheval maison jardin tomate"
SIZE = 20 * 1024 * 1024


def big_file(folder: Path, kind: str, run: int) -> Path:
    path = folder / f"scan{run}.{kind}"
    if kind == "png":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(SIZE - 8))
    else:  # a real one-page PDF carrying 20 MB of comment bytes before its end
        pdf = tiny_pdf(["Convocation"])
        cut = pdf.rindex(b"xref")
        path.write_bytes(pdf[:cut] + b"%" + os.urandom(SIZE) + b"\n" + pdf[cut:])
    return path


def main(kind: str = "png", runs: int = 5) -> list[float]:
    from ui import appearance
    from ui.main_window import MainWindow
    from ui.session import Session
    from ui.tasks import wait_for_background

    app = QApplication.instance() or QApplication([])
    appearance.install(appearance.Appearance(Settings()))
    tmp = Path(tempfile.mkdtemp(prefix="stall-"))
    folder = tmp / "carnet"
    Carnet.create(folder, PASSPHRASE, kdf=FAST_KDF)[0].lock()
    session = Session(Locations(tmp / "c", tmp / "cfg", False), kdf=FAST_KDF, carnet_path=folder)
    window = MainWindow(session)
    window.resize(1024, 768)
    window.show()
    session.unlock(PASSPHRASE)

    def wait(until, limit: float = 60) -> None:
        end = time.monotonic() + limit
        while not until():
            app.processEvents()
            time.sleep(0.001)
            if time.monotonic() > end:
                raise TimeoutError

    wait(lambda: window.current.key == "today")
    window.show_screen("documents")
    screen = window.current
    worst: list[float] = []
    for run in range(runs):
        path = big_file(tmp, kind, run)
        screen.add_button.click()
        screen.dialog.selectFile(str(path))
        screen.dialog.accept()
        wait(lambda: screen.dialog is None)
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick(gaps=gaps, last=last) -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        ticker = QTimer()
        ticker.setInterval(5)
        ticker.timeout.connect(tick)
        ticker.start()
        started = time.perf_counter()
        last[0] = started
        screen.save_button.click()
        wait(lambda: not screen.importing)
        took = time.perf_counter() - started
        ticker.stop()
        tick()
        worst.append(max(gaps) * 1000)
        print(f"{kind} run {run}: import {took * 1000:.0f} ms, worst GUI-thread gap "
              f"{worst[-1]:.0f} ms, documents listed {screen.model.rowCount()}")  # fmt: skip
        path.unlink()
    ordered = sorted(worst)
    print(f"{kind}: median {ordered[len(ordered) // 2]:.0f} ms, worst {ordered[-1]:.0f} ms")
    wait_for_background()
    session.lock()
    return worst


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "png", int(sys.argv[2]) if len(sys.argv) > 2 else 5)
