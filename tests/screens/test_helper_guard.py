"""Issue 22, against the helper: the end of a help session never leaves the carnet open without
the person, and what needs the person's password under a help session asks it and is journalled.
Real windows (offscreen), real carnets, the real person's-password check; only the clock is
injected."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain import HOME_ZONE
from app.records import journal_entries, verify_journal
from app.records.helper import HelperRights, open_helper_session
from ui.helper_session import PersonPasswordDialog

from .conftest import PASSPHRASE


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 20, 14, 10, tzinfo=HOME_ZONE)

    def __call__(self) -> datetime:
        return self.now


def _open(make_window, qtbot, clock):
    window = make_window(clock=clock)
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    return window


def _start(window, qtbot, rights=HelperRights.LOOK, minutes=30):
    window.show_screen("helper")
    screen = window.screen("helper")
    qtbot.keyClicks(screen.first_name, "Karima")
    screen.rights_buttons[rights].setChecked(True)
    screen.duration_buttons[minutes].setChecked(True)
    screen.next_button.click()
    screen.agree_button.click()
    assert window.helper.current is not None
    return screen


def _unlock_again(window, qtbot):
    assert window.current.key == "unlock"
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.session.carnet is not None, timeout=20000)
    return window.session.carnet


def _asked() -> list[PersonPasswordDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, PersonPasswordDialog) and w.isVisible()]  # fmt: skip


def _type_password(qtbot, dialog, password=PASSPHRASE):
    qtbot.keyClicks(dialog.password.edit, password)
    qtbot.keyClick(dialog.password.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)


# -- 1. the end of the help --------------------------------------------------------------------
@pytest.mark.parametrize("where", ["banner", "screen"])
def test_ending_the_help_closes_the_carnet_and_the_journal_does_not_say_who(
    make_window, qtbot, existing_carnet, where
):
    window = _open(make_window, qtbot, Clock())
    screen = _start(window, qtbot, HelperRights.CHANGE)
    (window.helper_banner if where == "banner" else screen).end_button.click()
    # Whoever clicked, the limits are not lifted with the carnet open: it is closed.
    assert window.session.carnet is None and window.helper.current is None
    carnet = _unlock_again(window, qtbot)
    last = journal_entries(carnet)[0].draft.summary
    assert "I ended" not in last  # nobody can know who clicked
    assert "“End the help” was pressed" in last and "The carnet was closed" in last
    assert verify_journal(carnet).ok and open_helper_session(carnet) is None
    window.show_screen("helper")  # what was done stays to see, and its receipt to print
    assert window.screen("helper").step == "ended"
    assert window.screen("helper").receipt() is not None


def test_when_the_time_is_over_the_carnet_closes(make_window, qtbot, existing_carnet):
    clock = Clock()
    window = _open(make_window, qtbot, clock)
    _start(window, qtbot, HelperRights.ADD, 30)
    clock.now += timedelta(minutes=30)
    window.helper.check_time()  # the timer calls it every second
    assert window.session.carnet is None and window.current.key == "unlock"
    carnet = _unlock_again(window, qtbot)
    last = journal_entries(carnet)[0].draft.summary
    assert "the time was over" in last and "The carnet was closed" in last


# -- 2. what needs the person's password during a help session --------------------------------
def _person_entries(carnet) -> list[str]:
    return [e.draft.summary for e in journal_entries(carnet)
            if e.draft.summary.startswith("During the help, I typed my password")]  # fmt: skip


def test_a_look_only_helper_cannot_make_the_pc_remember_the_key(
    make_window, qtbot, existing_carnet, secret_service
):
    from ui import appearance

    window = _open(make_window, qtbot, Clock())
    _start(window, qtbot, HelperRights.LOOK)
    window.show_screen("settings")
    settings = window.current
    settings.personal_radio.click()
    settings.confirm_button.click()  # "Yes, this is my own computer", by the helper
    assert appearance.current().settings.pc_mode != "personal"
    (asked,) = _asked()
    asked.reject()
    assert settings.shared_radio.isChecked()  # the mode in force is shown again
    settings.personal_radio.click()
    settings.confirm_button.click()
    _type_password(qtbot, _asked()[0])  # the person types it
    assert appearance.current().settings.pc_mode == "personal"
    assert settings.remember_button.isVisible()
    settings.remember_button.click()  # "Garder ma clé secrète"
    assert settings.last_keyring_outcome is None  # nothing asked of the keyring yet
    (asked,) = _asked()
    _type_password(qtbot, asked, "pas le bon")
    assert settings.last_keyring_outcome is None and asked.isVisible()
    asked.reject()
    settings.shared_radio.click()
    assert appearance.current().settings.pc_mode == "personal"
    _type_password(qtbot, _asked()[0])
    assert appearance.current().settings.pc_mode == "shared"
    carnet = window.session.carnet
    said = _person_entries(carnet)
    assert said == [
        "During the help, I typed my password to say that this computer is a shared computer.",
        "During the help, I typed my password to say that this computer is my own computer.",
    ]
    assert journal_entries(carnet)[0].draft.with_whom == "Karima"
    assert window.helper.actions() == []  # the person's entries are not the helper's


def test_restore_copy_print_and_pdf_need_the_password_and_are_journalled(
    make_window, qtbot, existing_carnet, monkeypatch
):
    from app.sheets import Line, Section, Sheet
    from ui.paper_dialog import show_sheet

    window = _open(make_window, qtbot, Clock())
    _start(window, qtbot, HelperRights.LOOK)
    window.show_screen("backup")
    backup = window.current
    backup.restore_button.click()  # the restore form's button, by the helper
    (asked,) = _asked()
    assert asked.then == backup.restore
    asked.reject()
    card = Sheet(title="Rendez-vous", sections=(Section("", (Line("x"),)),),
                 kind="appointment", file_name="rdv.pdf")  # fmt: skip
    dialog = show_sheet(window, card)
    qtbot.waitUntil(lambda: dialog.sheet is not None, timeout=10000)
    # A printer (this machine has none: the system's list is faked), or printing goes to a PDF.
    monkeypatch.setattr("ui.paper_dialog.printer_names", lambda: ["Accueil"])
    assert dialog.print_sheet() is None  # one appointment too: nothing printed without it
    preview = dialog.show_preview()
    dialog.preview_print.trigger()  # the preview's own Print button
    assert len(_asked()) == 2
    for w in _asked():
        w.reject()
    preview.close()
    dialog.print_sheet()
    _type_password(qtbot, _asked()[0])
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

    (printing,) = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QPrintDialog) and w.isVisible()]  # fmt: skip
    # The person allowed paper, not a file: "Print to File (PDF)" is not offered.
    assert not printing.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    printing.reject()
    dialog.close()
    assert _person_entries(window.session.carnet) == [
        "During the help, I typed my password to print the sheet “Rendez-vous”."
    ]


def test_the_recovery_sheet_cannot_become_a_pdf_through_the_printer(
    make_window, qtbot, existing_carnet, monkeypatch
):
    from PySide6.QtPrintSupport import QAbstractPrintDialog

    from ui.paper_dialog import show_sheet
    from ui.printing import recovery_sheet

    window = _open(make_window, qtbot, Clock())
    monkeypatch.setattr("ui.paper_dialog.printer_names", lambda: ["Accueil"])  # none here
    dialog = show_sheet(window, recovery_sheet("ABCD-EFGH-JKLM-NPQR"), save=False)
    qtbot.waitUntil(lambda: dialog.sheet is not None, timeout=10000)
    printing = dialog.print_sheet()  # nobody helps: the print dialog at once
    assert not printing.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    printing.reject()
    preview = dialog.show_preview()
    dialog.preview_print.trigger()  # not Qt's own print (with no printer: a PDF file dialog)
    assert dialog.printer is not None and dialog.file_dialog is None
    printing = next(w for w in QApplication.topLevelWidgets()
                    if w.isVisible() and w.inherits("QPrintDialog"))  # fmt: skip
    assert not printing.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    printing.reject()
    preview.close()
    dialog.close()


# -- 3. restore: the same carnet, and the help goes on -----------------------------------------
def _copy_of_a_carnet(places, stick, owner: str):
    from app.carnet import FAST_KDF, Carnet
    from app.carnet.backup import copy_carnet

    carnet, _code = Carnet.create(places.new_carnet_folder(), PASSPHRASE, owner_name=owner,
                                  kdf=FAST_KDF)  # fmt: skip
    stick.mkdir(exist_ok=True)
    copy = copy_carnet(carnet, stick, datetime(2026, 3, 1, 10, 0, tzinfo=HOME_ZONE))
    carnet.lock()
    return copy


def _restore(window, qtbot, copy, *, helped: bool = False):
    window.show_screen("backup")
    backup = window.current
    backup.copy_chosen(copy)
    backup.passphrase.set_text(PASSPHRASE)
    backup.restore_button.click()
    if helped:
        _type_password(qtbot, _asked()[0])
    qtbot.waitUntil(lambda: not backup.working, timeout=30000)
    return backup


def test_a_copy_of_another_carnet_is_refused_or_clearly_confirmed(
    make_window, qtbot, existing_carnet, places, tmp_path
):
    window = _open(make_window, qtbot, Clock())
    other = _copy_of_a_carnet(places, tmp_path / "stick", "Marc")
    backup = _restore(window, qtbot, other)
    assert "another carnet" in backup.restore_message.text()
    assert window.session.carnet.owner_name == "Léa"  # nothing replaced
    assert backup.other_button.isVisibleTo(backup)
    backup.other_button.click()  # "Yes, put this other carnet in place of mine"
    qtbot.waitUntil(lambda: not backup.working, timeout=30000)
    assert window.session.carnet.owner_name == "Marc"
    assert "Your carnet is restored" in backup.restore_message.text()
    # During a help session: refused, whatever is clicked.
    _start(window, qtbot, HelperRights.CHANGE)
    mine = _copy_of_a_carnet(places, tmp_path / "stick2", "Zoé")
    backup = _restore(window, qtbot, mine, helped=True)
    assert "another carnet" in backup.restore_message.text()
    assert not backup.other_button.isVisibleTo(backup)
    assert window.session.carnet.owner_name == "Marc"


def test_the_help_goes_on_after_a_restore_and_its_trace_is_kept(
    make_window, qtbot, existing_carnet, tmp_path
):
    from app.carnet import HelperRefused
    from app.carnet.backup import copy_carnet

    clock = Clock()
    window = _open(make_window, qtbot, clock)
    copy = copy_carnet(window.session.carnet, tmp_path, clock.now)
    _start(window, qtbot, HelperRights.LOOK, 60)
    clock.now += timedelta(minutes=5)
    _restore(window, qtbot, copy, helped=True)
    carnet = window.session.carnet
    assert "Your carnet is restored" in window.current.restore_message.text()
    assert window.helper.current is not None and window.helper_banner.isVisible()
    assert window.helper.current.until == datetime(2026, 3, 20, 15, 10, tzinfo=HOME_ZONE)
    with pytest.raises(HelperRefused), carnet.write() as con:  # still look-only, guarded here
        con.execute("INSERT INTO organisation(name) VALUES ('par l’aidant')")
    said = journal_entries(carnet)[0].draft.summary
    assert "goes on" in said and "avant-restauration-" in said
    # The carnet of before keeps the whole session: its start, the password, its end.
    [aside] = [p for p in existing_carnet.iterdir() if p.name.startswith("avant-restauration-")]
    from app.carnet import Carnet

    before = Carnet.unlock(aside, PASSPHRASE)
    try:
        told = [e.draft.summary for e in journal_entries(before)]
        assert "a copy was put in place of this carnet" in told[0]
        assert any("put a copy in place of my carnet" in t for t in told)
        assert any("Help session started" in t for t in told)
    finally:
        before.lock()


# -- 4. drafts and wrong passwords -----------------------------------------------------------
def test_what_a_helper_typed_is_not_offered_back_as_the_persons_draft(
    make_window, qtbot, existing_carnet
):
    from app.drafts import latest_draft

    window = _open(make_window, qtbot, Clock())
    _start(window, qtbot, HelperRights.CHANGE)
    window.show_screen("journal")
    journal = window.current
    journal.start_write()
    qtbot.wait(10)
    journal.said_edit.setPlainText("Écrit par l’aidant")
    window.lock()  # the auto-lock, during the help
    carnet = _unlock_again(window, qtbot)
    assert window.draft_offer is None and latest_draft(carnet) is None


def test_wrong_passwords_are_counted_said_and_the_third_closes_the_carnet(
    make_window, qtbot, existing_carnet
):
    window = _open(make_window, qtbot, Clock())
    screen = _start(window, qtbot, HelperRights.CHANGE)
    screen.allow_button.click()
    (asked,) = _asked()
    for n in (1, 2):
        _type_password(qtbot, asked, f"essai {n}")
        assert asked.isVisible() and window.session.carnet is not None
    told = [e.draft.summary for e in journal_entries(window.session.carnet)]
    assert told[0] == "During the help, a wrong password was typed (2 of 3)."
    assert told[1] == "During the help, a wrong password was typed (1 of 3)."
    _type_password(qtbot, asked, "essai 3")
    assert not asked.isVisible()
    assert window.session.carnet is None and window.helper.current is None
    carnet = _unlock_again(window, qtbot)
    assert "a wrong password was typed 3 times" in journal_entries(carnet)[0].draft.summary


# -- 4. a planted "personal" in the settings file -----------------------------------------------
def test_a_planted_personal_mode_gives_a_sentence_not_a_long_auto_lock(
    make_window, qtbot, existing_carnet, monkeypatch
):
    from app import pc_mode
    from app.settings import Settings
    from ui import appearance

    from . import conftest as screens_conftest

    def planted(**kwargs):  # what anyone using this PC account can write in the settings file
        return Settings(pc_mode="personal", pc_mode_asked=1, auto_lock_minutes=30, **kwargs)

    monkeypatch.setattr(screens_conftest, "Settings", planted)
    window = _open(make_window, qtbot, Clock())
    assert window.idle.limit_s == 10 * 60  # a shared PC's longest, not 30 minutes
    assert "you did not choose it with your carnet" in window.status.text()
    window.show_screen("settings")
    settings = window.current
    assert settings.shared_radio.isChecked() and not settings.remember_button.isVisible()
    # The person chooses it, with their carnet open: it counts from now on.
    settings.personal_radio.click()
    settings.confirm_button.click()
    assert appearance.current().settings.pc_mode_token
    assert settings.remember_button.isVisible()
    window.lock()
    carnet = _unlock_again(window, qtbot)
    assert "did not choose" not in window.status.text()
    # (the app re-executes itself at each lock: its new window takes the delay chosen)
    assert pc_mode.lock_minutes_for(appearance.current().settings, False, carnet) == 30
