"""What was being typed is not lost by a lock: kept in the carnet, offered after the unlock."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.drafts import latest_draft

from .conftest import PASSPHRASE


def _unlock(window, qtbot):
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)


def test_a_journal_entry_being_written_comes_back_after_the_lock(
    make_window, qtbot, existing_carnet
):
    window = make_window()
    _unlock(window, qtbot)
    assert window.draft_offer is None
    window.show_screen("journal")
    journal = window.screen("journal")
    journal.start_write()
    qtbot.wait(10)  # the form's values once opened (one event-loop turn)
    journal.said_edit.setPlainText("J’ai appelé la CAF pour mon dossier")
    journal.whom_edit.setText("Mme Martin")
    window.lock()  # what the auto-lock calls
    assert window.current.key == "unlock"
    assert journal.said_edit.toPlainText() == ""  # nothing left on screen
    _unlock(window, qtbot)
    offer = window.draft_offer
    assert offer is not None and offer.isVisible()
    go = next(b for b in offer.buttons() if b.text() == "Continue")
    go.click()
    qtbot.waitUntil(lambda: window.current.key == "journal")
    assert journal.said_edit.toPlainText() == "J’ai appelé la CAF pour mon dossier"
    assert journal.whom_edit.text() == "Mme Martin"
    assert latest_draft(window.session.carnet) is None  # offered once


def test_an_untouched_form_keeps_no_draft_and_throw_away_forgets(
    make_window, qtbot, existing_carnet
):
    window = make_window()
    _unlock(window, qtbot)
    window.show_screen("appointment")  # a new appointment form, nothing typed
    qtbot.wait(10)
    window.lock()
    _unlock(window, qtbot)
    assert window.draft_offer is None
    window.show_screen("appointment")
    qtbot.wait(10)
    window.screen("appointment").title_edit.setText("Atelier CV")
    window.lock()
    _unlock(window, qtbot)
    offer = window.draft_offer
    next(b for b in offer.buttons() if b.text() == "Throw away").click()
    assert latest_draft(window.session.carnet) is None
    assert window.current.key == "today"
    assert not any(isinstance(w, type(offer)) and w.isVisible()
                   for w in QApplication.topLevelWidgets())  # fmt: skip


def test_an_hours_entry_being_typed_comes_back_too(make_window, qtbot, existing_carnet):
    window = make_window()
    _unlock(window, qtbot)
    window.show_screen("hours")
    hours = window.screen("hours")
    hours.start_add()
    qtbot.wait(10)
    hours.hours_edit.setText("3")
    hours.note_edit.setText("Atelier CV à la Mission locale")
    window.lock()
    _unlock(window, qtbot)
    next(b for b in window.draft_offer.buttons() if b.text() == "Continue").click()
    qtbot.waitUntil(lambda: window.current.key == "hours")
    assert hours.form.isVisible()
    assert hours.hours_edit.text() == "3"
    assert hours.note_edit.text() == "Atelier CV à la Mission locale"
