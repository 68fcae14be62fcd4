"""A scripted session of the real app, for the no-traces test (tests/screens/test_no_traces.py).

Run as a program: `python scripted_session.py MARKER USB_FOLDER`. It starts Repères as the
launcher does (ui.application.run_app) and drives its real widgets from a timer: create a
carnet, add an appointment and a journal entry holding the marker, attach a document through the
file dialog, save a sheet as PDF through the paper dialog, export the calendar, then Lock — the
process re-executes itself to the unlock screen, where the test presses Ctrl+Q.

What it writes on purpose goes to USB_FOLDER (the person's own stick). It prints, one JSON object a
line, every window title it saw and the carnet's folder; never the marker itself."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

PASSPHRASE = "cheval maison jardin tomate violette"


def say(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


class Script:
    """Steps run one after the other; each waits for its condition (polled every 50 ms)."""

    def __init__(self, steps: list[tuple[str, Callable[[], object], Callable[[], bool]]]):
        self.steps = steps
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self.tick)
        self.waiting: Callable[[], bool] | None = None
        self.titles: set[str] = set()
        self.screen = ""

    def tick(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.windowTitle() not in self.titles:
                self.titles.add(widget.windowTitle())
                say(title=widget.windowTitle())
        key = next((w.current.key for w in QApplication.topLevelWidgets()
                    if hasattr(w, "current") and w.isVisible()), "")  # fmt: skip
        if key != self.screen:
            self.screen = key
            say(screen=key)
        if self.waiting is not None:
            if not self.waiting():
                return
            self.waiting = None
        if not self.steps:
            self.timer.stop()
            return
        name, act, until = self.steps.pop(0)
        say(step=name)
        act()
        self.waiting = until


def main() -> int:
    marker, usb = sys.argv[1], Path(sys.argv[2])
    _qt_app = QApplication([sys.argv[0]])  # kept alive: run_app uses this instance
    from app.records import export_calendar, list_documents
    from ui.application import run_app
    from ui.main_window import MainWindow
    from ui.paper_dialog import show_sheets

    state: dict[str, object] = {}

    def window() -> MainWindow:
        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

    def on(key: str) -> Callable[[], bool]:
        return lambda: window().current.key == key

    def create() -> None:
        screen = window().screen("create")
        screen.name.setText("Léa")
        screen.first.edit.setText(PASSPHRASE)
        screen.second.edit.setText(PASSPHRASE)
        screen.create_button.click()

    def appointment() -> None:
        w = window()
        w.show_screen("appointment")
        screen = w.screen("appointment")
        tomorrow = date.today() + timedelta(days=1)
        screen.title_edit.setText(f"Rendez-vous {marker}")
        screen.day_edit.setText(tomorrow.strftime("%d/%m/%Y"))
        screen.time_edit.setText("10:00")
        screen.notes_edit.setPlainText(f"Apporter le dossier {marker}")
        screen.save_button.click()

    def journal() -> None:
        w = window()
        w.show_screen("journal")
        screen = w.screen("journal")
        screen.start_write()
        screen.said_edit.setPlainText(f"Appel à la CAF {marker}")
        screen.save()

    def document() -> None:
        path = usb / f"courrier-{marker}.jpg"
        image = QImage(600, 800, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.drawText(50, 100, marker)
        painter.end()
        image.save(str(path), "JPEG", 85)
        w = window()
        w.show_screen("documents")
        screen = w.screen("documents")
        screen.add_button.click()
        screen.dialog.selectFile(str(path))
        screen.dialog.accept()
        state["documents"] = screen

    def document_save() -> None:
        screen = state["documents"]
        screen.save_button.click()

    def pdf() -> None:
        # The week sheet (the recovery sheet can be printed only, never saved as a file).
        dialog = show_sheets(window(), window().today_screen.sheets())
        dialog.choose(dialog.choices[0])
        state["paper"] = dialog

    def pdf_save() -> None:
        dialog = state["paper"]
        dialog.save_pdf()
        dialog.file_dialog.selectFile(str(usb / "ma-semaine.pdf"))
        dialog.file_dialog.accept()

    def export() -> None:
        carnet = window().session.carnet
        calendar = export_calendar(carnet)
        (usb / "rendez-vous.ics").write_bytes(calendar.data)
        state["paper"].close()

    def remember_code() -> None:
        state["code"] = window().recovery_screen.code
        say(carnet=str(window().session.carnet_path), code=state["code"])  # to the test's log
        window().recovery_screen.confirm.setChecked(True)
        window().recovery_screen.continue_button.click()

    def documents_count() -> bool:
        screen = state["documents"]
        carnet = window().session.carnet
        return not screen.importing and len(list_documents(carnet)) == 1

    script = Script([
        ("welcome", lambda: window().welcome_screen.create_button.click(), on("create")),
        ("create", create, on("recovery_code")),
        ("recovery code", remember_code, on("today")),
        ("appointment", appointment, lambda: window().screen("appointment").mode == "view"),
        ("journal", journal, lambda: not window().screen("journal").form.isVisible()),
        ("document", document, lambda: state["documents"].dialog is None),
        ("document saved", document_save, documents_count),
        ("pdf", pdf, lambda: state["paper"].sheet is not None),  # built off the GUI thread
        ("pdf saved", pdf_save, lambda: (usb / "ma-semaine.pdf").exists()),
        ("export", export, lambda: (usb / "rendez-vous.ics").exists()),
        ("text size", lambda: window().bigger_button.click(), lambda: True),  # settings saved
        ("lock", lambda: window().lock_button.click(), lambda: False),
    ])  # fmt: skip
    QTimer.singleShot(0, script.timer.start)
    # The command line of the app (the lock re-executes with the same arguments, cleaned).
    sys.argv = ["reperes"]
    from app.cli import build_parser

    return run_app(build_parser().parse_args([]))


if __name__ == "__main__":
    sys.exit(main())
