"""Every printed sheet for the 10-year demo person, made as a real PDF in memory and read back with
pypdf: what it says, how many pages, large type, and that nothing is written to disk."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date, datetime, time, timedelta

import pypdf
import pytest

from app import demo
from app.carnet import FAST_KDF, Carnet
from app.domain import HOME_ZONE
from app.domain.days import week_start
from app.records import journal_entries, list_appointments
from app.records.journal_repo import head
from app.sheets import (
    HelperReceipt,
    appointment_card,
    hours_statement,
    journal_extract,
    week_sheet,
)
from helpers import usb_stick
from ui import print_sheets, printing

from .conftest import PASSPHRASE

DEMO_TODAY = date(2026, 11, 25)  # a Wednesday
NOW = datetime.combine(DEMO_TODAY, time(10, 0), tzinfo=HOME_ZONE)
PAGES: dict[str, int] = {}  # sheet kind -> pages, printed at the end for the closing note


@pytest.fixture(scope="module")
def demo_carnet(tmp_path_factory):
    folder = tmp_path_factory.mktemp("paper") / "carnet"
    carnet, _ = Carnet.create(folder, PASSPHRASE, owner_name="Camille", kdf=FAST_KDF,
                              clock=lambda: NOW)  # fmt: skip
    demo.populate(carnet, 10, today=DEMO_TODAY)
    yield carnet
    carnet.lock()
    print("\npages for the 10-year demo person:", PAGES)


def pdf_text(data: bytes) -> tuple[int, str]:
    """(pages, text with every run of white space made one space)."""
    assert data.startswith(b"%PDF-")
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    # NFKC: the PDF's ligatures ("ﬁ") back to letters.
    return len(reader.pages), flat(text)


def flat(text: str) -> str:
    """One space for any white space; a line cut after a hyphen ("E-⏎mail") joined again."""
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()
    return re.sub(r"(?<=\w)- ", "-", text)


def in_order(words: list[str], among: list[str]) -> bool:
    it = iter(among)
    return all(any(w == x for x in it) for w in words)


def check_pdf(sheet, *, one_page: bool) -> str:
    pages, text = pdf_text(printing.sheet_pdf(sheet))
    PAGES[sheet.kind] = pages
    assert pages == printing.page_count(sheet)
    if one_page:
        assert pages == 1, f"{sheet.kind} takes {pages} pages"
    # Everything the sheet says is in the PDF, in order.
    position = 0
    for wanted in [
        flat(sheet.title),
        *(flat(line.text) for s in sheet.sections for line in s.lines),
    ]:
        found = text.find(wanted, position)
        if found < 0:
            # A paragraph cut by a page break: Qt paints the whole paragraph on both pages,
            # clipped, and the extraction sees the hidden part too. Its words are there in order.
            start = text.find(wanted[:25], position)
            assert start >= 0, wanted
            assert in_order(wanted.split(), text[start:].split()), wanted
            found = start
        position = found
    return text


def test_the_appointment_card_says_when_where_what_to_bring_and_who_to_call(qapp, demo_carnet):
    appts = list_appointments(demo_carnet)
    # The next appointment with something to bring and a phone to call.
    chosen = None
    for appt in appts:
        if appt.starts_at > NOW and appt.holds_slot:
            card = appointment_card(demo_carnet, appt.id)
            if appt.to_bring and card.phones_if_late():
                chosen = card
                break
    assert chosen is not None
    sheet = print_sheets.appointment_card_sheet(chosen, NOW)
    text = check_pdf(sheet, one_page=True)
    appt = chosen.appointment
    assert "My appointment" in text
    assert str(appt.starts_at.day) in text and appt.title in text
    for item in appt.to_bring:
        assert f"☐ {item}" in text
    assert "If I am late or cannot come" in text
    assert chosen.phones_if_late()[0] in text
    assert "Printed with Repères on 25 November 2026." in text


def test_a_card_with_nothing_written_still_says_it_plainly(qapp, tmp_path):
    from app.domain.appointments import Appointment
    from app.records import add_appointment

    carnet, _ = Carnet.create(tmp_path / "c", PASSPHRASE, kdf=FAST_KDF, clock=lambda: NOW)
    try:
        appt = add_appointment(carnet, Appointment("Rendez-vous", NOW + timedelta(days=2)))
        sheet = print_sheets.appointment_card_sheet(appointment_card(carnet, appt.id), NOW)
    finally:
        carnet.lock()
    text = check_pdf(sheet, one_page=True)
    assert "The place is not written in my carnet." in text
    assert "No phone number is written in my carnet." in text
    assert "What to bring" not in text


def test_the_week_sheet_has_appointments_what_is_due_and_hours_with_boxes(qapp, demo_carnet):
    data = week_sheet(demo_carnet, DEMO_TODAY, NOW)
    sheet = print_sheets.week_sheet_sheet(data, NOW)
    text = check_pdf(sheet, one_page=True)
    monday = week_start(DEMO_TODAY)
    assert data.monday == monday
    assert "My week, from 23 November to 29 November 2026" in text
    for appt, _org in data.appointments:
        assert appt.title.rstrip(".") in text
    assert data.appointments, "the demo person has appointments that week"
    assert text.count("☐") >= len(data.appointments) + sum(not d.done for d in data.due)
    if data.hours_expected:
        done = print_sheets.duration_text(data.hours.total_minutes)
        assert f"{done} done out of" in text
        assert "Sunday 29: " in text


def test_the_hours_statement_counts_the_period_week_by_week(qapp, demo_carnet):
    start, end = DEMO_TODAY - timedelta(days=60), DEMO_TODAY
    data = hours_statement(demo_carnet, start, end)
    sheet = print_sheets.hours_statement_sheet(data, NOW)
    text = check_pdf(sheet, one_page=False)
    assert data.total_minutes > 0
    total = print_sheets.duration_text(data.total_minutes)
    # Whole weeks, Monday to Sunday, as the contract counts them.
    assert data.start == week_start(start) and data.end == week_start(end) + timedelta(days=6)
    assert f"Total from {data.start.day} " in text and f": {total}." in text
    assert "It is not an official count." in text
    assert sum(e.minutes for w in data.weeks for e in w.entries) == data.total_minutes
    headings = re.findall(r"Week of \d+ \w+ \d{4}: [\dh min]+ out of", text)
    assert len(headings) == len(data.weeks) == 10


def test_the_journal_extract_lists_versions_documents_and_the_seal(qapp, demo_carnet):
    entries = journal_entries(demo_carnet)
    corrected = next(v for v in entries if v.version > 1)
    day = corrected.draft.happened_on or corrected.written_at.date()
    data = journal_extract(demo_carnet, day - timedelta(days=120), day + timedelta(days=30))
    sheet = print_sheets.journal_extract_sheet(data, NOW)
    text = check_pdf(sheet, one_page=False)
    assert data.check.ok
    seq, _, digest = head(demo_carnet).partition(":")
    assert print_sheets.grouped(digest) in text and f"up to version {seq}:" in text
    assert f"{data.check.checked} versions checked: nothing was changed." in text
    # The corrected entry shows its first version and its correction.
    assert "Version 1, written on" in text and "Version 2, written on" in text
    docs = [d for e in data.entries for _, found in e.documents for d in found]
    assert docs, "the demo's exchanges have documents in this period"
    for doc in docs:
        assert print_sheets.grouped(doc.sha256) in text


def test_the_helper_receipt_fits_one_page(qapp):
    receipt = HelperReceipt(
        first_name="Nadia",
        organisation="Médiathèque de Bellerive",
        rights="read my agenda and add appointments",
        started_at=NOW,
        ended_at=NOW + timedelta(minutes=40),
        actions=["Added the appointment of 2 December at 9:30", "Printed my week"],
    )
    sheet = print_sheets.helper_receipt_sheet(receipt)
    text = check_pdf(sheet, one_page=True)
    assert "Nadia, from Médiathèque de Bellerive." in text
    assert "What I allowed: read my agenda and add appointments." in text
    assert "Added the appointment of 2 December at 9:30." in text
    assert "End: Wednesday 25 November 2026 at 10:40." in text
    empty = print_sheets.helper_receipt_sheet(HelperReceipt("Nadia", "CCAS", "read", NOW), now=NOW)
    assert "Nothing was changed in my carnet." in check_pdf(empty, one_page=True)


def test_the_recovery_sheet_fits_one_page_in_large_type(qapp):
    code = "ABCD-EFGH-2345-6789-ABCD-EFGH"
    sheet = printing.recovery_sheet(code)
    text = check_pdf(sheet, one_page=True)
    assert "ABCD EFGH 2345 6789 ABCD EFGH" in text
    html = printing.sheet_html(sheet)
    sizes = [float(s) for s in re.findall(r"font-size:([\d.]+)pt", html)]
    assert min(sizes) >= printing.BODY_MIN
    assert "color:#000000" in html and "background" not in html


def test_a_long_one_page_sheet_shrinks_but_never_below_14_points(qapp):
    from app.sheets import Line, Section, Sheet

    lines = tuple(Line(f"Line {i} of a long list.", tick=True) for i in range(34))
    sheet = Sheet("A long week", (Section("To do", lines),), one_page=True)
    doc = printing.sheet_document(sheet)
    assert doc.pageCount() == 1
    html = doc.toHtml()
    assert "Line 33" in html
    much_longer = Sheet("Longer", (Section("To do", lines * 3),), one_page=True)
    assert printing.page_count(much_longer) > 1  # no unreadable type to force one page
    sizes = [float(s) for s in re.findall(r"font-size:([\d.]+)pt",
                                           printing.sheet_html(much_longer, 0.875))]  # fmt: skip
    assert min(sizes) >= printing.BODY_MIN


# -- the paper dialog ------------------------------------------------------------------------------
@pytest.fixture
def zoomed(qapp):
    from app.settings import Settings
    from ui import appearance

    appearance.install(appearance.Appearance(Settings(zoom=150)))
    yield 150
    appearance.install(appearance.Appearance(Settings()))


def ready(qtbot, dialog) -> None:
    """The sheet is built and laid out off the GUI thread: wait for the actions."""
    qtbot.waitUntil(lambda: dialog.sheet is not None and not dialog.working, timeout=20000)


def _files_under(*folders) -> set:
    import os

    found = set()
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            found |= {os.path.join(root, f) for f in files}
    return found


def test_the_pdf_is_written_only_where_the_person_chooses(qtbot, zoomed, tmp_path):
    import os
    import tempfile

    from PySide6.QtWidgets import QFileDialog

    from ui.paper_dialog import show_sheet

    receipt = HelperReceipt("Nadia", "CCAS", "read my agenda", NOW, NOW + timedelta(hours=1))
    sheet = print_sheets.helper_receipt_sheet(receipt)
    watched = [tempfile.gettempdir(), os.environ["HOME"]]
    before = _files_under(*watched)
    dialog = show_sheet(None, sheet)
    qtbot.addWidget(dialog)
    ready(qtbot, dialog)
    assert dialog.windowTitle() == "Repères"  # no personal data in a title the taskbar shows
    assert "fits on one page" in dialog.about.text()
    dialog.save_button.click()
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog)
    assert chooser.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    chosen = tmp_path / "stick" / "aide"
    chosen.parent.mkdir()
    chooser.selectFile(str(chosen))
    chooser.accept()
    qtbot.waitUntil(lambda: "Saved" in dialog.message.text())
    assert os.listdir(chosen.parent) == ["aide.pdf"]  # the .pdf added, no temp file left
    pages, text = pdf_text((chosen.parent / "aide.pdf").read_bytes())
    assert pages == 1 and "Nadia, from CCAS." in text
    assert "Saved: aide.pdf" in dialog.message.text()
    new = _files_under(*watched) - before
    assert not [f for f in new if not f.startswith(str(tmp_path))], new


def test_a_pdf_that_cannot_be_written_gets_one_sentence_and_leaves_nothing(qtbot, zoomed, tmp_path):
    from ui.paper_dialog import show_sheet

    sheet = printing.recovery_sheet("ABCD-EFGH-2345-6789-ABCD-EFGH")
    dialog = show_sheet(None, sheet)
    qtbot.addWidget(dialog)
    ready(qtbot, dialog)
    gone = tmp_path / "pulled-stick" / "code.pdf"
    dialog.write_pdf(sheet, gone)
    qtbot.waitUntil(lambda: dialog.message.property("role") == "error")
    assert dialog.message.isVisibleTo(dialog) and dialog.message.text()
    assert not gone.parent.exists()


def test_the_recovery_sheet_is_paper_only(qtbot, zoomed):
    from ui.paper_dialog import show_sheet

    dialog = show_sheet(None, printing.recovery_sheet("ABCD-EFGH-2345-6789-ABCD-EFGH"), save=False)
    qtbot.addWidget(dialog)
    ready(qtbot, dialog)
    assert not dialog.save_button.isVisibleTo(dialog)
    assert dialog.print_button.isVisibleTo(dialog) and dialog.preview_button.isVisibleTo(dialog)


def test_the_preview_opens_at_the_persons_zoom(qtbot, zoomed):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from ui.paper_dialog import show_sheet

    receipt = HelperReceipt("Nadia", "CCAS", "read my agenda", NOW, NOW + timedelta(hours=1))
    dialog = show_sheet(None, print_sheets.helper_receipt_sheet(receipt))
    qtbot.addWidget(dialog)
    ready(qtbot, dialog)
    preview = dialog.show_preview()
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget.zoomMode() == QPrintPreviewWidget.ZoomMode.CustomZoom
    assert widget.zoomFactor() == pytest.approx(zoomed / 100)
    qtbot.waitUntil(lambda: widget.pageCount() == 1)
    preview.close()


def test_printing_paints_the_sheet_on_the_chosen_printer(qtbot, zoomed, tmp_path, monkeypatch):
    """The printer gets the same pages and words (a PDF printer stands for it: this machine
    has none); the print dialog opens only when a printer exists, without Qt's "print to a
    file", and a file printer is never reported as a printer."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
    from PySide6.QtWidgets import QFileDialog

    from ui.paper_dialog import show_sheet

    receipt = HelperReceipt("Nadia", "CCAS", "read my agenda", NOW, NOW + timedelta(hours=1))
    dialog = show_sheet(None, print_sheets.helper_receipt_sheet(receipt))
    qtbot.addWidget(dialog)
    ready(qtbot, dialog)
    out = tmp_path / "printer.pdf"
    printer = printing.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printing.print_to(dialog.sheet, printer)
    del printer
    pages, text = pdf_text(out.read_bytes())
    assert pages == 1 and "Receipt: someone helped me" in text

    # A printer that cannot be produced here: the system's list of printers is faked.
    monkeypatch.setattr("ui.paper_dialog.printer_names", lambda: ["Accueil"])
    chooser = dialog.print_sheet()
    assert isinstance(chooser, QPrintDialog)
    assert not chooser.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    chooser.reject()
    to_file = printing.new_printer()
    to_file.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    to_file.setOutputFileName(str(tmp_path / "qt-chose.pdf"))
    dialog.send_to(dialog.sheet, to_file)
    assert not (tmp_path / "qt-chose.pdf").exists()
    assert "sent to the printer" not in dialog.message.text()
    assert isinstance(dialog.file_dialog, QFileDialog)
    dialog.file_dialog.reject()


stick_of = usb_stick.stick_of


def test_a_pdf_on_a_full_stick_is_said_and_leaves_nothing(qtbot, zoomed, stick_of):
    from ui.paper_dialog import show_sheet

    stick = stick_of("16k")  # smaller than the PDF
    receipt = HelperReceipt("Nadia", "CCAS", "read my agenda", NOW, NOW + timedelta(hours=1))
    sheet = print_sheets.helper_receipt_sheet(receipt)
    assert len(printing.sheet_pdf(sheet)) > 16 * 1024
    dialog = show_sheet(None, sheet)
    qtbot.addWidget(dialog)
    ready(qtbot, dialog)
    dialog.write_pdf(sheet, stick.mount / "reçu")
    qtbot.waitUntil(lambda: dialog.message.property("role") == "error", timeout=20000)
    assert dialog.message.text()
    assert list(stick.mount.iterdir()) == []  # no half PDF, no temp file
