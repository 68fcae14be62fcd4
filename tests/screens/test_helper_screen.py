"""'Someone is helping me': the form, the consent read aloud and confirmed, the banner on every
screen, the guard (a look-only helper cannot save), the end by the person, by itself (injected
clock) and on lock, and the person's password checked off the GUI thread."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain import HOME_ZONE
from app.records import journal_entries, verify_journal
from app.records.helper import HelperRights, open_helper_session
from ui.helper_session import PersonPasswordDialog, person_confirms

from .conftest import PASSPHRASE


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 20, 14, 10, tzinfo=HOME_ZONE)

    def __call__(self) -> datetime:
        return self.now


def _open(make_window, qtbot, existing_carnet, clock):
    window = make_window(clock=clock)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    return window


def _start(window, qtbot, rights=HelperRights.ADD, minutes=90):
    window.show_screen("helper")
    screen = window.screen("helper")
    qtbot.keyClicks(screen.first_name, "Karima")
    qtbot.keyClicks(screen.organisation, "Secours populaire")
    screen.rights_buttons[rights].setChecked(True)
    screen.duration_buttons[minutes].setChecked(True)
    with qtbot.waitSignal(screen.read_request):  # the consent is read aloud at once
        screen.next_button.click()
    assert screen.step == "consent"
    qtbot.mouseClick(screen.agree_button, Qt.MouseButton.LeftButton)
    return screen


def test_form_refuses_kindly_then_consent_then_banner_everywhere(
    make_window, qtbot, existing_carnet
):
    clock = Clock()
    window = _open(make_window, qtbot, existing_carnet, clock)
    assert not window.helper_banner.isVisible()
    window.show_screen("helper")
    screen = window.screen("helper")
    screen.next_button.click()
    assert screen.step == "form"
    assert "first name" in screen.f["first_name"].message.text()
    assert screen.first_name.hasFocus()
    screen.left()
    screen = _start(window, qtbot)
    assert "Karima from Secours populaire will help you until 15:40." in (
        screen.consent_text.text()
    )
    assert screen.step == "running"
    banner = window.helper_banner
    assert banner.isVisible()
    assert banner.text.text() == "Karima (Secours populaire) helps you until 15:40."
    window.show_screen("journal")
    assert banner.isVisible()  # above every screen
    first = journal_entries(window.session.carnet)[0]
    assert first.draft.with_whom == "Karima (Secours populaire)"
    assert "Help session started" in first.draft.summary


def test_a_look_only_helper_cannot_save_and_is_told_so(make_window, qtbot, existing_carnet):
    window = _open(make_window, qtbot, existing_carnet, Clock())
    _start(window, qtbot, HelperRights.LOOK, 30)
    window.show_screen("journal")
    journal = window.screen("journal")
    journal.start_write()
    journal.said_edit.setPlainText("Appel à la CAF")
    journal.save()
    assert "nothing can be changed" in journal.form_message.text()
    assert len(journal_entries(window.session.carnet)) == 1  # the start entry only


def test_the_session_ends_by_itself_and_the_journal_says_what_was_done(
    make_window, qtbot, existing_carnet
):
    clock = Clock()
    window = _open(make_window, qtbot, existing_carnet, clock)
    _start(window, qtbot, HelperRights.ADD, 30)
    window.show_screen("journal")
    journal = window.screen("journal")
    journal.start_write()
    journal.said_edit.setPlainText("Appel à la CAF avec Karima")
    journal.save()
    clock.now += timedelta(minutes=29)
    window.helper.check_time()
    assert window.helper.current is not None
    clock.now += timedelta(minutes=1)
    window.helper.check_time()  # the timer calls it every second
    assert window.helper.current is None and not window.helper_banner.isVisible()
    assert window.session.carnet is None  # the end closes the carnet (issue 22)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.carnet is not None, timeout=20000)
    carnet = window.session.carnet
    last = journal_entries(carnet)[0].draft.summary
    assert "the time was over" in last and "Journal entries added: 1." in last
    assert verify_journal(carnet).ok and open_helper_session(carnet) is None
    window.show_screen("helper")
    screen = window.screen("helper")
    assert screen.step == "ended"
    assert "Journal entries added: 1." in screen.done_text.text()


def test_the_person_ends_it_from_the_banner_and_lock_ends_it_too(
    make_window, qtbot, existing_carnet
):
    window = _open(make_window, qtbot, existing_carnet, Clock())
    _start(window, qtbot)
    window.helper_banner.end_button.click()
    assert window.helper.current is None and window.session.carnet is None
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    assert "“End the help” was pressed" in (
        journal_entries(window.session.carnet)[0].draft.summary
    )
    window.screen("helper").open_form()  # "Someone else helps me"
    _start(window, qtbot)
    carnet = window.session.carnet
    window.lock()
    assert carnet.is_locked
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    assert "the carnet was closed" in journal_entries(window.session.carnet)[0].draft.summary


def test_the_persons_password_is_checked_off_the_gui_thread(make_window, qtbot, existing_carnet):
    window = _open(make_window, qtbot, existing_carnet, Clock())
    done = []
    assert person_confirms(window, window.session, lambda: done.append(1)) is None
    assert done == [1]  # nobody helps: nothing to ask
    _start(window, qtbot, HelperRights.CHANGE)
    dialog = person_confirms(window, window.session, lambda: done.append(2))
    assert isinstance(dialog, PersonPasswordDialog)
    assert not dialog.password.toggle.isVisibleTo(dialog)  # no "Show" beside the helper
    qtbot.keyClicks(dialog.password.edit, "pas le bon")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert "does not open the carnet" in dialog.message.text() and done == [1]
    qtbot.keyClicks(dialog.password.edit, PASSPHRASE)
    qtbot.keyClick(dialog.password.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: done == [1, 2], timeout=10000)
    assert not dialog.isVisible()
    window.show_screen("helper")
    window.screen("helper").allow_button.click()
    allow = next(w for w in QApplication.topLevelWidgets()
                 if isinstance(w, PersonPasswordDialog) and w.isVisible())  # fmt: skip
    qtbot.keyClicks(allow.password.edit, PASSPHRASE)
    allow.ok_button.click()
    qtbot.waitUntil(lambda: window.helper.guard.person_allows, timeout=10000)


def test_the_receipt_says_who_when_and_what_and_prints(make_window, qtbot, existing_carnet):
    from app.sheets import Sheet
    from ui.printing import sheet_pdf

    clock = Clock()
    window = _open(make_window, qtbot, existing_carnet, clock)
    screen = _start(window, qtbot, HelperRights.ADD, 60)
    window.show_screen("journal")
    journal = window.screen("journal")
    journal.start_write()
    journal.said_edit.setPlainText("Appel à la CAF avec Karima")
    journal.save()
    clock.now += timedelta(minutes=20)
    window.helper_banner.end_button.click()
    window.session.unlock(PASSPHRASE)  # the end closed the carnet
    qtbot.waitUntil(lambda: window.session.carnet is not None, timeout=20000)
    window.show_screen("helper")
    assert screen.receipt_button.isVisibleTo(screen)
    receipt = screen.receipt()
    assert receipt.first_name == "Karima" and receipt.organisation == "Secours populaire"
    assert receipt.started_at == datetime(2026, 3, 20, 14, 10, tzinfo=HOME_ZONE)
    assert receipt.ended_at == datetime(2026, 3, 20, 14, 30, tzinfo=HOME_ZONE)
    assert receipt.actions == ["Journal entries added: 1."]
    assert receipt.rights.startswith("Look, and add")
    dialog = screen.print_receipt()
    assert isinstance(dialog.choices[0].build(), Sheet)
    assert sheet_pdf(dialog.choices[0].build()).startswith(b"%PDF")
    dialog.close()


def test_during_the_help_a_pdf_file_needs_the_persons_password(
    make_window, qtbot, existing_carnet, monkeypatch
):
    from app.sheets import Line, Section, Sheet
    from ui.paper_dialog import show_sheet

    window = _open(make_window, qtbot, existing_carnet, Clock())
    journal = Sheet(title="Extrait", sections=(Section("", (Line("x"),)),), kind="journal",
                    file_name="extrait.pdf")  # fmt: skip
    dialog = show_sheet(window, journal)
    dialog.choose(dialog.choices[0])
    qtbot.waitUntil(lambda: dialog.sheet is not None, timeout=10000)  # built off the GUI thread
    dialog.save_pdf()  # nobody helps: the file dialog opens at once
    assert dialog.file_dialog is not None
    dialog.file_dialog.reject()
    dialog.close()
    _start(window, qtbot, HelperRights.CHANGE)
    dialog = show_sheet(window, journal)
    dialog.choose(dialog.choices[0])
    qtbot.waitUntil(lambda: dialog.sheet is not None, timeout=10000)  # built off the GUI thread
    dialog.save_pdf()
    assert dialog.file_dialog is None
    monkeypatch.setattr("ui.paper_dialog.printer_names", lambda: ["Accueil"])  # none here
    assert dialog.print_sheet() is None  # the whole journal: not without the password either
    asked = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, PersonPasswordDialog) and w.isVisible()]  # fmt: skip
    assert len(asked) == 2
    (for_pdf,) = [w for w in asked if w.then == dialog._choose_pdf_file]
    (for_print,) = [w for w in asked if w is not for_pdf]
    for_print.reject()
    qtbot.keyClicks(for_pdf.password.edit, PASSPHRASE)
    for_pdf.ok_button.click()
    qtbot.waitUntil(lambda: dialog.file_dialog is not None, timeout=10000)
    dialog.file_dialog.reject()
    dialog.close()


def test_during_the_help_a_copy_of_the_carnet_needs_the_persons_password(
    make_window, qtbot, existing_carnet
):
    window = _open(make_window, qtbot, existing_carnet, Clock())
    window.show_screen("backup")
    backup = window.current
    backup.copy_button.click()  # nobody helps: the folder dialog opens at once
    assert backup.file_dialog is not None
    backup.file_dialog.reject()
    backup.file_dialog = None
    _start(window, qtbot, HelperRights.CHANGE)
    window.show_screen("backup")
    backup.copy_button.click()
    assert backup.file_dialog is None
    asked = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, PersonPasswordDialog) and w.isVisible()]  # fmt: skip
    assert [w.then for w in asked] == [backup.choose_stick]
    asked[0].reject()
