"""Documents screen on a real carnet: a photo chosen in Qt's file dialog and imported off the GUI
thread (a 20 MB file measured), the size limit said at once, a file that is not a photo or PDF
refused, the viewer (zoom, turn) fed from memory, PDFs told plainly, links; and the file dialog
leaves no history on the PC (checked in a fresh process with its own HOME)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage, QPainter

from app.demo_files import tiny_pdf
from app.records import Target, attachments_of, import_document, list_documents

from .records_window import new_carnet, open_on

ROOT = Path(__file__).resolve().parents[2]


def _photo(path: Path, width: int = 1200, height: int = 1600) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y in range(40, height, 40):  # lines of "text"
        painter.drawLine(100, y, width - 100, y)
    painter.end()
    assert image.save(str(path), "JPEG", 85)
    return path


def _choose(qtbot, screen, path: Path) -> None:
    screen.add_button.click()
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()
    qtbot.waitUntil(lambda: screen.dialog is None, timeout=5000)


def test_import_a_photo_view_it_large_zoom_turn_and_link(make_window, qtbot, places, tmp_path):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "documents")
    assert screen.empty.isVisibleTo(screen)
    _choose(qtbot, screen, _photo(tmp_path / "courrier_CAF_mars.jpg"))
    assert screen.import_card.isVisibleTo(screen)
    assert screen.title_edit.text() == "courrier CAF mars"
    screen.received_edit.setText("31/02/2026")
    screen.save_button.click()
    assert "does not exist" in screen.import_message.text()
    screen.received_edit.setText("20/11/2026")
    screen.title_edit.setText("Courrier de la CAF")
    screen.save_button.click()
    qtbot.waitUntil(lambda: not screen.importing, timeout=10000)
    (doc,) = list_documents(window.session.carnet)
    assert doc.title == "Courrier de la CAF" and str(doc.received_on) == "2026-11-20"
    assert screen.message.text() == "The document is kept in your carnet."
    assert screen.model.rowCount() == 1

    screen.show_button.click()
    assert window.title_label.text() == "A document"
    qtbot.waitUntil(lambda: not screen.picture.pixmap().isNull(), timeout=10000)
    fit = screen.picture.pixmap().width()
    assert fit >= 200 and screen.picture.pixmap().height() > fit  # a portrait page, upright
    screen.bigger.click()
    qtbot.waitUntil(lambda: screen.picture.pixmap().width() > fit * 1.4, timeout=10000)
    screen.turn()
    qtbot.waitUntil(
        lambda: screen.picture.pixmap().width() > screen.picture.pixmap().height(), timeout=10000
    )
    assert screen.links_text.text() == "Nothing yet."
    screen.link_button.click()
    assert "Choose" in screen.link_message.text()
    window.show_screen("today")  # forgotten on leaving
    assert screen.image is None and screen.picture.pixmap().isNull()


def test_a_file_too_large_or_not_a_photo_is_refused_calmly(make_window, qtbot, places, tmp_path):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "documents")
    big = tmp_path / "scan.pdf"
    with big.open("wb") as f:  # sparse: 30 MB on paper, nothing on disk
        f.truncate(30 * 1024 * 1024)
    _choose(qtbot, screen, big)
    assert "larger than 25 MB" in screen.message.text()
    assert not screen.import_card.isVisibleTo(screen)

    text = tmp_path / "notes.pdf"
    text.write_text("pas un PDF du tout", encoding="utf-8")
    _choose(qtbot, screen, text)
    screen.save_button.click()
    qtbot.waitUntil(lambda: not screen.importing, timeout=10000)
    assert "photos (JPEG or PNG) and PDF files only" in screen.import_message.text()
    assert list_documents(window.session.carnet) == []

    screen.cancel_button.click()
    screen.add_button.click()
    screen.dialog.reject()
    qtbot.waitUntil(lambda: screen.dialog is None, timeout=5000)
    assert list_documents(window.session.carnet) == []


def _encrypted_pdf() -> bytes:
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(tiny_pdf(["Avis"]))).pages:
        writer.add_page(page)
    writer.encrypt("secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_is_shown_page_by_page_and_can_be_linked(make_window, qtbot, places):
    from app.domain.hours import Activity
    from app.records import record_activity

    from .records_window import NOW

    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    pdf = tiny_pdf(["Convocation"], pages=3)
    doc = import_document(carnet, pdf, title="Convocation").document
    act = record_activity(carnet, Activity(NOW.date(), 90))
    carnet.lock()
    window, screen = open_on(make_window, qtbot, folder, "today")
    window.open_record("documents", doc.id)
    screen = window.current
    assert screen.key == "documents" and screen.current is not None
    assert "PDF, 3 pages" in screen.viewer_info.text()
    qtbot.waitUntil(lambda: not screen.picture.pixmap().isNull(), timeout=10000)
    assert screen.picture_area.isVisibleTo(screen)
    assert screen.page_words.text() == "Page 1 of 3" and not screen.page_before.isEnabled()
    first = screen.picture.pixmap().toImage()
    assert first.height() > first.width()  # an A4 page, upright
    screen.page_after.click()
    qtbot.waitUntil(lambda: screen.page_words.text() == "Page 2 of 3", timeout=5000)
    qtbot.waitUntil(lambda: not screen.picture.pixmap().isNull(), timeout=10000)
    screen.page_after.click()
    assert screen.page_words.text() == "Page 3 of 3" and not screen.page_after.isEnabled()
    qtbot.waitUntil(lambda: not screen.picture.pixmap().isNull(), timeout=10000)
    fit = screen.picture.pixmap().width()
    screen.bigger.click()
    qtbot.waitUntil(lambda: screen.picture.pixmap().width() > fit * 1.4, timeout=10000)
    screen.turn()
    qtbot.waitUntil(
        lambda: screen.picture.pixmap().width() > screen.picture.pixmap().height(), timeout=10000
    )
    index = next(i for i in range(screen.link_box.count())
                 if screen.link_box.itemText(i).startswith("Hours: 1 h 30"))  # fmt: skip
    screen.link_box.setCurrentIndex(index)
    screen.link_button.click()
    assert attachments_of(window.session.carnet, doc.id) == [(Target.ACTIVITY, act.id)]
    assert screen.links_text.text() == "Hours: 1 h 30, 27 November 2026."


def test_a_locked_or_damaged_pdf_is_said_in_one_sentence(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    locked = import_document(carnet, _encrypted_pdf(), title="Relevé").document
    damaged = import_document(carnet, b"%PDF-1.4 torn /Type /Page", title="Abîmé").document
    assert locked.pages is None and damaged.pages == 1  # both kept, as they came
    carnet.lock()
    _window, screen = open_on(make_window, qtbot, folder, "documents")
    screen.open_document(locked.id)
    qtbot.waitUntil(lambda: "password" in screen.viewer_note.text(), timeout=10000)
    assert "locked with a password" in screen.viewer_note.text()
    assert not screen.picture_area.isVisibleTo(screen) and not screen.bigger.isEnabled()
    screen.close_viewer()
    screen.open_document(damaged.id)
    qtbot.waitUntil(lambda: "damaged" in screen.viewer_note.text(), timeout=10000)
    assert screen.viewer_note.isVisibleTo(screen)


def test_a_20_mb_import_runs_off_the_gui_thread_and_the_screen_follows(
    make_window, qtbot, places, tmp_path
):
    """The import waits for the carnet on a worker while the test holds the carnet's lock: the
    window goes on answering (a timer fires, the wait is shown), then the list updates. How long
    the GUI thread stalls is measured by tests/helpers/import_stall.py, not here."""
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "documents")
    big = tmp_path / "photo.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(20 * 1024 * 1024 - 8))
    _choose(qtbot, screen, big)
    carnet = window.session.carnet
    fired: list[bool] = []
    with carnet._mutex:  # the worker cannot write until this block ends
        screen.save_button.click()
        assert screen.importing and screen.import_progress.isVisibleTo(screen)
        assert not screen.save_button.isEnabled() and not screen.add_button.isEnabled()
        QTimer.singleShot(0, lambda: fired.append(screen.importing))
        qtbot.waitUntil(lambda: bool(fired), timeout=5000)
        assert fired == [True]  # the event loop ran while the import was still waiting
        assert screen.model.rowCount() == 0
    qtbot.waitUntil(lambda: not screen.importing, timeout=60000)
    assert not screen.import_progress.isVisibleTo(screen) and screen.add_button.isEnabled()
    assert screen.model.rowCount() == 1
    assert screen.message.text() == "The document is kept in your carnet."
    assert list_documents(carnet)[0].size == 20 * 1024 * 1024


def test_the_file_dialog_leaves_no_history_on_the_pc(tmp_path):
    """A fresh process whose HOME and XDG_CONFIG_HOME are empty folders: open the Documents
    screen, choose a photo in Qt's dialog, import it, quit; nothing of Qt's is left there."""
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    photo = _photo(home / "lettre.jpg", 200, 300)
    script = textwrap.dedent(
        f"""
        import os, sys, time
        sys.path.insert(0, {str(ROOT)!r})
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        from app.carnet import FAST_KDF, Carnet
        from app.locations import Locations
        from app.settings import Settings
        from ui import appearance
        from ui.main_window import MainWindow
        from ui.session import Session
        from ui.tasks import wait_for_background

        app = QApplication([])
        appearance.install(appearance.Appearance(Settings()))
        folder = {str(tmp_path / "carnet")!r}
        Carnet.create(folder, "cheval maison jardin tomate", kdf=FAST_KDF)[0].lock()
        from pathlib import Path
        places = Locations(Path({str(tmp_path / "c")!r}), Path({str(tmp_path / "cfg")!r}), False)
        session = Session(places, kdf=FAST_KDF, carnet_path=folder)
        window = MainWindow(session)
        window.show()
        session.unlock("cheval maison jardin tomate")

        def wait(until):
            end = time.monotonic() + 30
            while not until():
                app.processEvents()
                time.sleep(0.01)
                assert time.monotonic() < end

        wait(lambda: window.current.key == "today")
        window.show_screen("documents")
        screen = window.current
        screen.add_button.click()
        screen.dialog.selectFile({str(photo)!r})
        screen.dialog.accept()
        wait(lambda: screen.dialog is None)
        screen.save_button.click()
        wait(lambda: not screen.importing and screen.model.rowCount() == 1)
        for _ in range(20):
            app.processEvents()
        wait_for_background()
        session.lock()
        window.close()
        del window
        app.processEvents()
        print("imported")
        """
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)
    proc = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0 and "imported" in proc.stdout, proc.stdout + proc.stderr
    written = sorted(
        str(p.relative_to(home))
        for p in home.rglob("*")
        if p.is_file() and p != photo and ".cache/fontconfig" not in str(p)
    )
    assert written == [], written
