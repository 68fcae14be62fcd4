"""Print from the screens: the header's Print button (Ctrl+P) shows where a screen has sheets,
the screens' own Print buttons open the same dialog, and each sheet comes out as a PDF."""

from __future__ import annotations

import io
import re
from datetime import date, datetime, time

import pypdf
import pytest
from PySide6.QtCore import Qt

from app import demo
from app.carnet import FAST_KDF, Carnet
from app.domain import HOME_ZONE
from app.records import upcoming
from ui import printing

from .conftest import PASSPHRASE
from .records_window import open_on

DEMO_TODAY = date(2026, 11, 25)
NOW = datetime.combine(DEMO_TODAY, time(10, 0), tzinfo=HOME_ZONE)


@pytest.fixture
def demo_folder(places):
    folder = places.new_carnet_folder()
    carnet, _ = Carnet.create(folder, PASSPHRASE, owner_name="Camille", kdf=FAST_KDF,
                              clock=lambda: NOW)  # fmt: skip
    demo.populate(carnet, 1, today=DEMO_TODAY)
    carnet.lock()
    return folder


def text_of(sheet) -> str:
    reader = pypdf.PdfReader(io.BytesIO(printing.sheet_pdf(sheet)))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


def test_the_header_print_button_follows_the_screen(make_window, qtbot, demo_folder):
    window, today = open_on(make_window, qtbot, demo_folder, "today", now=NOW)
    assert window.print_button.isVisibleTo(window)
    assert window.print_button.accessibleName() == "Print"
    labels = [c.label for c in today.sheets()]
    assert labels == ["My week", "The card of my next appointment"]

    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.paper is not None, timeout=2000)  # the click is animated
    dialog = window.paper
    assert dialog.isVisible()
    assert [b.accessibleName() for b in dialog.choice_buttons] == labels
    dialog.choice_buttons[0].click()
    qtbot.waitUntil(lambda: dialog.sheet is not None and not dialog.working, timeout=20000)
    assert dialog.print_button.isVisibleTo(dialog)
    assert "My week, from 23 November" in text_of(dialog.sheet)
    dialog.reject()

    window.show_screen("settings")  # nothing to print there
    assert not window.print_button.isVisibleTo(window)


def test_each_screen_button_prints_its_sheet(make_window, qtbot, demo_folder):
    window, _today = open_on(make_window, qtbot, demo_folder, "today", now=NOW)
    carnet = window.session.carnet
    nxt = upcoming(carnet, limit=1, now=NOW)[0]
    window.open_record("appointment", nxt.id)
    screen = window.current
    assert screen.key == "appointment" and window.print_button.isVisibleTo(window)
    [card] = screen.sheets()
    text = text_of(card.build())
    assert "My appointment" in text and nxt.title.split()[0] in text

    window.show_screen("hours")
    hours = window.current
    assert hours.print_button.accessibleName() == "Print a statement for a period"
    month, three = hours.sheets()
    text = text_of(month.build())
    assert "My hours of activity" in text and "Total from Monday" not in text
    assert "Total from 26 October 2026 to 6 December 2026" in text  # November, whole weeks
    assert "Week of" in text_of(three.build())

    window.show_screen("journal")
    journal = window.current
    assert journal.print_button.accessibleName() == "Print an extract for a contestation"
    _recent, year = journal.sheets()
    text = text_of(year.build())
    assert "Extract from my journal of exchanges" in text
    assert "versions checked: nothing was changed." in text


def test_the_screen_buttons_open_the_paper_dialog(make_window, qtbot, demo_folder):
    from ui.paper_dialog import PaperDialog

    window, today = open_on(make_window, qtbot, demo_folder, "today", now=NOW)
    today.print_week_button.click()
    dialogs = [d for d in window.findChildren(PaperDialog) if d.isVisible()]
    assert len(dialogs) == 1
    assert dialogs[0].windowTitle() == "Repères"
    dialogs[0].reject()


def test_the_recovery_code_prints_on_paper_only(make_window, qtbot):
    window = make_window()
    window.recovery_screen.show_code("ABCD-EFGH-2345-6789-ABCD-EFGH")
    window.show_screen("recovery_code")
    assert window.print_button.isVisibleTo(window)
    [choice] = window.recovery_screen.sheets()
    assert choice.save is False
    window.print_sheets()
    dialog = window.paper
    qtbot.waitUntil(lambda: dialog.sheet is not None and not dialog.working, timeout=20000)
    assert dialog.print_button.isVisibleTo(dialog)
    assert not dialog.save_button.isVisibleTo(dialog)
    dialog.reject()
    window.recovery_screen.left()
    window.show_screen("welcome")
    assert not window.print_button.isVisibleTo(window)
