"""Paper tells the truth and leaves nothing behind: on a shared PC with no printer (this
machine has none), Print does not say "sent to the printer", the person chooses where the PDF
goes, and nothing is written into the home folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QFileDialog

from helpers import usb_stick

from .conftest import PASSPHRASE


def _files(folder: Path) -> set[str]:
    return {os.path.join(root, f) for root, _d, files in os.walk(folder) for f in files}


def test_print_without_a_printer_writes_nothing_in_the_home_folder(make_window, qtbot,
                                                                   existing_carnet):  # fmt: skip
    home = Path(os.environ["HOME"])
    window = make_window(carnet_path=existing_carnet)
    assert window.session.locations.portable is False  # the default mode: a shared PC
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=30_000)
    before = _files(home)
    window.print_sheets()
    dialog = window.paper
    qtbot.waitUntil(lambda: dialog.sheet is not None and not dialog.working, timeout=20_000)
    dialog.print_button.click()
    qtbot.wait(50)
    # Whatever opens, the person says yes to it, as one does with a dialog one does not read.
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QPrintDialog) and widget.isVisible():
            widget.accept()
    qtbot.wait(200)
    assert _files(home) - before == set()
    assert "sent to the printer" not in dialog.message.text()
    assert "No printer" in dialog.message.text()
    assert isinstance(dialog.file_dialog, QFileDialog)  # the person chooses where it goes
    dialog.file_dialog.reject()
    window.lock()
    assert _files(home) - before == set()


stick_of = usb_stick.stick_of


def test_the_pdf_chooser_opens_on_the_stick_first(make_window, qtbot, existing_carnet, stick_of,
                                                  monkeypatch):  # fmt: skip
    """A real mount (a stand-in stick); where this system mounts sticks is its media folder."""
    from ui import file_choice

    stick = stick_of()
    monkeypatch.setattr(file_choice, "STICK_ROOTS", (str(stick.mount.parent) + "/",))
    window = make_window(carnet_path=existing_carnet)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=30_000)
    window.print_sheets()
    dialog = window.paper
    qtbot.waitUntil(lambda: dialog.sheet is not None and not dialog.working, timeout=20_000)
    dialog.print_button.click()  # no printer here: straight to "where to save it"
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog)
    assert Path(chooser.directory().absolutePath()) == stick.mount
    chooser.reject()
