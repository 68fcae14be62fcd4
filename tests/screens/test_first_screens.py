"""Welcome → create → recovery code → Today → lock → unlock, driven by the keyboard and mouse
on real widgets, against a real carnet on disk."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.carnet import Carnet
from app.carnet.recovery import normalize_code

from .conftest import PASSPHRASE


def _hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != "carnet.lock"
    }


def test_welcome_offers_create_first_when_no_carnet(make_window):
    window = make_window()
    assert window.current.key == "welcome"
    screen = window.welcome_screen
    assert screen.create_button.property("primary") is True
    assert screen.first_focus() is screen.create_button
    assert not window.lock_button.isVisible()
    assert not window.back_button.isVisible()


def test_create_flow_shows_code_then_today(make_window, qtbot, places):
    window = make_window()
    window.show_screen("create")
    screen = window.create_screen
    screen.name.setText("Léa")  # QTest cannot type non-ASCII keys
    qtbot.keyClicks(screen.first.edit, PASSPHRASE)
    qtbot.keyClicks(screen.second.edit, PASSPHRASE)
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current.key == "recovery_code", timeout=20000)

    code = window.recovery_screen.code
    assert normalize_code(code) == code and len(code) == 29
    assert not window.recovery_screen.continue_button.isEnabled()
    window.recovery_screen.confirm.setChecked(True)
    qtbot.mouseClick(window.recovery_screen.continue_button, Qt.MouseButton.LeftButton)
    assert window.current.key == "today"
    assert "Léa" in window.today_screen.greeting.text()
    assert window.lock_button.isVisible()
    # The passphrase fields were emptied when the create screen was left.
    assert screen.first.text() == "" and screen.second.text() == ""
    # The carnet is real: it reopens with the passphrase and the recovery code.
    folder = window.session.carnet.folder
    window.lock()
    assert window.session.carnet is None
    assert window.current.key == "unlock"
    Carnet.unlock(folder, PASSPHRASE).lock()
    Carnet.unlock_with_recovery(folder, code, "une autre phrase assez longue").lock()
    assert [p.parent for p in places.carnets()] == [places.data_dir]


def test_create_refuses_weak_and_mismatched(make_window, qtbot, places):
    window = make_window()
    window.show_screen("create")
    screen = window.create_screen
    qtbot.keyClicks(screen.first.edit, "azerty")
    qtbot.keyClicks(screen.second.edit, "azerty")
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert screen.message.isVisible() and "short" in screen.message.text()
    assert screen.first.edit.hasFocus()

    screen.first.set_text(PASSPHRASE)
    screen.second.set_text(PASSPHRASE + "x")
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert "not the same" in screen.message.text()
    assert screen.second.edit.hasFocus()
    assert places.carnets() == []  # nothing was created


def test_suggested_password_fills_both_fields_and_is_accepted(make_window, qtbot):
    window = make_window()
    window.show_screen("create")
    screen = window.create_screen
    qtbot.mouseClick(screen.suggest, Qt.MouseButton.LeftButton)
    phrase = screen.first.text()
    assert len(phrase.split()) == 5 and phrase == screen.second.text()
    assert phrase in screen.message.text()
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current.key == "recovery_code", timeout=20000)


def test_wrong_password_is_calm_keeps_focus_and_touches_nothing(
    make_window, qtbot, existing_carnet
):
    window = make_window()
    window.show_screen("unlock")
    screen = window.unlock_screen
    before = _hashes(existing_carnet)
    qtbot.keyClicks(screen.passphrase.edit, "pas le bon mot de passe")
    qtbot.keyClick(screen.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.message.isVisible(), timeout=20000)
    assert "does not open" in screen.message.text()
    # One's own mistyping is said in the text's colour, not as a red alarm.
    from ui import appearance

    assert screen.message.property("role") == "calm"
    shown = screen.message.palette().color(screen.message.foregroundRole()).name().upper()
    assert shown == appearance.current().theme.text.upper()
    assert screen.passphrase.edit.hasFocus()
    assert screen.passphrase.edit.selectedText() == "pas le bon mot de passe"
    assert window.current.key == "unlock"
    after = _hashes(existing_carnet)
    assert after.pop("attempts.json")  # only the failed-attempt counter is new (attempts.py)
    assert after == before


def test_right_password_opens_today_and_lock_closes(make_window, qtbot, existing_carnet):
    window = make_window()
    window.show_screen("unlock")
    screen = window.unlock_screen
    qtbot.keyClicks(screen.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(screen.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    assert "Léa" in window.today_screen.greeting.text()
    assert window.windowTitle() == "Repères"  # no name in the taskbar
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    # A button shortcut animates the click (about 100 ms) before it fires.
    qtbot.waitUntil(lambda: window.current.key == "unlock", timeout=2000)
    assert window.session.carnet is None
    assert window.today_screen.greeting.text() == ""
    assert screen.passphrase.text() == ""


def test_recovery_code_unlock_sets_new_password(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    from app.carnet import FAST_KDF

    carnet, code = Carnet.create(folder, PASSPHRASE, kdf=FAST_KDF)
    carnet.lock()
    window = make_window()
    window.show_screen("unlock")
    screen = window.unlock_screen
    qtbot.mouseClick(screen.mode_button, Qt.MouseButton.LeftButton)
    assert screen.code.isVisible() and not screen.passphrase.isVisible()
    assert "recovery" in window.title_label.text()
    qtbot.keyClicks(screen.code.edit, code.lower().replace("-", " "))
    new = "le chat dort sur le canape bleu"
    qtbot.keyClicks(screen.new_first.edit, new)
    qtbot.keyClicks(screen.new_second.edit, new)
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    window.lock()
    Carnet.unlock(folder, new).lock()


@pytest.mark.parametrize("rekey", [True, False])
def test_recovery_offers_a_new_key_that_shuts_out_an_old_key_file(make_window, qtbot, places,
                                                                  rekey):  # fmt: skip
    """Issue 22: after a recovery, an old envelope.json and the old password (kept by someone
    who knew it) must not open the carnet any more, when the person keeps the offer ticked."""
    from app.carnet import ENVELOPE_NAME, FAST_KDF, CarnetError

    folder = places.new_carnet_folder()
    carnet, code = Carnet.create(folder, PASSPHRASE, kdf=FAST_KDF)
    carnet.lock()
    old_file = (folder / ENVELOPE_NAME).read_bytes()
    window = make_window()
    window.show_screen("unlock")
    screen = window.unlock_screen
    qtbot.mouseClick(screen.mode_button, Qt.MouseButton.LeftButton)
    assert screen.rekey.isVisible() and screen.rekey.isChecked()
    assert screen.rekey.accessibleName() and screen.rekey.accessibleDescription()
    screen.rekey.setChecked(rekey)
    qtbot.keyClicks(screen.code.edit, code)
    new = "le chat dort sur le canape bleu"
    qtbot.keyClicks(screen.new_first.edit, new)
    qtbot.keyClicks(screen.new_second.edit, new)
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    window.lock()
    current = (folder / ENVELOPE_NAME).read_bytes()
    (folder / ENVELOPE_NAME).write_bytes(old_file)
    if rekey:
        with pytest.raises(CarnetError):
            Carnet.unlock(folder, PASSPHRASE)
    else:
        Carnet.unlock(folder, PASSPHRASE).lock()
    (folder / ENVELOPE_NAME).write_bytes(current)
    Carnet.unlock(folder, new).lock()


def test_escape_and_back_return_to_welcome(make_window, qtbot):
    window = make_window()
    window.show_screen("create")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.current.key == "welcome"
    window.show_screen("unlock")
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.current.key == "welcome"


def test_zoom_buttons_follow_steps_and_bounds(make_window, qtbot):
    from ui import appearance

    window = make_window()
    for _ in range(6):
        qtbot.mouseClick(window.bigger_button, Qt.MouseButton.LeftButton)
    assert appearance.current().zoom == 200
    # At the limit it stays enabled (its focus must not move on to Lock or Quick exit), looks
    # disabled and says so when pressed.
    assert window.bigger_button.property("limit") is True
    qtbot.mouseClick(window.bigger_button, Qt.MouseButton.LeftButton)
    assert appearance.current().zoom == 200
    assert window.status.text() == "The text is already as large as it gets."
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert appearance.current().zoom == 175


def test_shortcuts_are_written_on_buttons(make_window):
    window = make_window()
    assert re.search(r"\(Ctrl\+L\)", window.lock_button.text())
    assert "(Enter)" in window.create_screen.create_button.text()
    # A written shortcut must also work: setText() once silently dropped them.
    from ui.widgets import Button

    # Quick exit's F12 is caught by an application-wide filter (it must work in dialogs too).
    written = [b for b in window.findChildren(Button)
               if b.text().endswith(")") and b is not window.exit_button]  # fmt: skip
    assert len(written) >= 8
    for button in written:
        assert not button.shortcut().isEmpty(), button.text()


def test_today_tells_the_next_appointment_in_sentences(make_window, qtbot, existing_carnet):
    from datetime import datetime, timedelta

    from app.domain.appointments import Appointment
    from app.domain.organisations import Organisation
    from app.records.agenda import add_appointment
    from app.records.directory import add_organisation

    from .conftest import PASSPHRASE

    carnet = Carnet.unlock(existing_carnet, PASSPHRASE)
    from zoneinfo import ZoneInfo

    now = datetime.now(ZoneInfo("Europe/Paris"))  # appointments live in the home zone
    soon = (now + timedelta(days=2)).replace(hour=14, minute=30, second=0, microsecond=0)
    org = add_organisation(carnet, Organisation(name="France Travail Saint-Étienne"))
    add_appointment(carnet, Appointment(
        title="Entretien de suivi", starts_at=soon, organisation_id=org.id,
        place="12 rue de la Paix", to_bring=("CV", "pièce d'identité"), mandatory=True,
    ))
    add_appointment(carnet, Appointment(title="Plus tard", starts_at=soon + timedelta(days=9)))
    carnet.lock()

    window = make_window()
    window.show_screen("unlock")
    window.unlock_screen.passphrase.set_text(PASSPHRASE)
    window.unlock_screen._open()
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    text = window.today_screen.next_text.text()
    assert "14:30" in text and "Entretien de suivi" in text
    assert "France Travail Saint-Étienne" in text and "12 rue de la Paix" in text
    assert "CV, pièce d'identité" in text and "must come" in text
    assert "Plus tard" not in text
