"""Helper sessions in the carnet: the rights are enforced by the carnet's own connection, every
row written is tagged with the session, the journal says when it started and what was done, and
its hash chain stays valid."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.carnet import Carnet, HelperRefused, WrongPassphrase
from app.domain import HOME_ZONE
from app.domain.appointments import Appointment
from app.domain.contacts import Contact
from app.domain.journal import ExchangeKind, JournalDraft
from app.domain.validation import InvalidRecord
from app.drafts import drop_draft, latest_draft, save_draft
from app.records import (
    add_appointment,
    add_contact,
    journal_entries,
    refresh_obligations,
    remove_contact,
    update_appointment,
    verify_journal,
    write_journal_entry,
)
from app.records.helper import (
    EndedHow,
    HelperGuard,
    HelperRights,
    end_helper_session,
    helper_actions,
    open_helper_session,
    start_helper_session,
    validate,
    verify_passphrase,
    written_during,
)

from .conftest import PASSPHRASE


def _appt(clock, title="Rendez-vous France Travail") -> Appointment:
    return Appointment(title=title, starts_at=clock.now + timedelta(days=2))


def _start(carnet: Carnet, rights: HelperRights, minutes: int = 60) -> HelperGuard:
    session = start_helper_session(
        carnet, "Karima", "Secours populaire", rights, minutes,
        journal_text="Karima (Secours populaire) m’aide.",
    )  # fmt: skip
    guard = HelperGuard(carnet, session)
    guard.install()
    return guard


def test_add_rights_allow_new_records_refuse_changes_and_removals(carnet, clock):
    existing = add_appointment(carnet, _appt(clock, "Avant l’aide"))
    contact = add_contact(carnet, Contact(name="Mme Durand"))
    guard = _start(carnet, HelperRights.ADD)
    added = add_appointment(carnet, _appt(clock))
    with pytest.raises(HelperRefused) as refused:
        update_appointment(carnet, replace(existing, title="Changé"))
    assert refused.value.what == "change"
    with pytest.raises(HelperRefused) as refused:
        remove_contact(carnet, contact.id)
    assert refused.value.what == "remove"
    assert carnet.query("SELECT title FROM appointment WHERE id = ?", (existing.id,)) == [
        ("Avant l’aide",)
    ]
    with guard.allowed():  # the person typed their password
        remove_contact(carnet, contact.id)
    assert [s.first_name for s in written_during(carnet, "appointment", added.id)] == ["Karima"]
    assert written_during(carnet, "appointment", existing.id) == []
    counts = {(a.record_table, a.action): a.count for a in helper_actions(carnet, guard.session.id)}
    assert counts == {("appointment", "add"): 1, ("contact", "remove"): 1}


def test_look_refuses_every_write_but_lets_the_obligations_follow_the_rules(carnet, clock):
    _start(carnet, HelperRights.LOOK)
    with pytest.raises(HelperRefused) as refused:
        add_appointment(carnet, _appt(clock))
    assert refused.value.what == "look"
    with pytest.raises(HelperRefused):
        write_journal_entry(carnet, JournalDraft(ExchangeKind.CALL, "Appel"))
    refresh_obligations(carnet)  # made by the app from the rules, not by the helper
    assert carnet.query("SELECT count(*) FROM appointment") == [(0,)]


def test_change_rights_allow_changes_and_tag_them(carnet, clock):
    existing = add_appointment(carnet, _appt(clock))
    guard = _start(carnet, HelperRights.CHANGE)
    update_appointment(carnet, replace(existing, title="Changé avec Karima"))
    assert helper_actions(carnet, guard.session.id)[0].action == "change"
    with pytest.raises(HelperRefused):
        carnet.query("SELECT 1")  # reads stay free
        with carnet.write() as con:
            con.execute("DELETE FROM appointment")


def test_end_writes_the_journal_and_keeps_the_chain_valid(carnet, clock):
    write_journal_entry(carnet, JournalDraft(ExchangeKind.CALL, "Avant"))
    guard = _start(carnet, HelperRights.ADD)
    write_journal_entry(carnet, JournalDraft(ExchangeKind.VISIT, "Écrit avec Karima"))
    clock.now += timedelta(minutes=30)
    guard.remove()
    ended = end_helper_session(
        carnet, guard.session.id, EndedHow.PERSON, journal_text="Fin de l’aide de Karima."
    )
    assert ended.ended_at == clock.now and ended.ended_how == "person"
    assert open_helper_session(carnet) is None
    summaries = [e.draft.summary for e in journal_entries(carnet)]
    assert summaries == [
        "Fin de l’aide de Karima.", "Écrit avec Karima", "Karima (Secours populaire) m’aide.",
        "Avant",
    ]  # fmt: skip
    assert journal_entries(carnet)[0].draft.with_whom == "Karima (Secours populaire)"
    assert verify_journal(carnet).ok
    assert helper_actions(carnet, guard.session.id)[0].record_table == "journal"
    # After the end nothing is guarded, nothing tagged any more.
    add_appointment(carnet, _appt(clock))
    assert len(helper_actions(carnet, guard.session.id)) == 1


def test_the_guard_is_not_in_the_file_another_connection_is_free(carnet, clock, tmp_path):
    guard = _start(carnet, HelperRights.LOOK)
    names = carnet.query("SELECT name FROM sqlite_master WHERE name LIKE 'reperes_helper%'")
    assert names == []  # TEMP triggers: never stored in the carnet
    assert carnet.query("SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger'")[0][0] > 5
    guard.remove()
    assert carnet.query("SELECT count(*) FROM sqlite_temp_master")[0][0] == 0
    add_appointment(carnet, _appt(clock))


def test_a_session_left_open_is_found_at_the_next_unlock(carnet, clock, tmp_path):
    _start(carnet, HelperRights.ADD, minutes=120)
    folder = carnet.folder
    carnet.lock()
    again = Carnet.unlock(folder, PASSPHRASE, clock=clock)
    try:
        found = open_helper_session(again)
        assert found is not None and found.first_name == "Karima"
        assert found.until == clock.now + timedelta(hours=2)
        add_appointment(again, _appt(clock))  # no guard in a new connection
        end_helper_session(again, found.id, EndedHow.INTERRUPTED, journal_text="Fin.")
        assert verify_journal(again).ok
    finally:
        again.lock()


def test_bad_input_is_refused_with_problems():
    assert {p.field for p in validate("", "x" * 500, "admin", 0)} == {
        "first_name", "organisation", "rights", "minutes",
    }  # fmt: skip
    assert [p.code for p in validate("Karima", "", "look", 121)] == ["too_long"]
    assert validate("Karima", "", "look", 120) == []


def test_only_one_session_at_a_time(carnet):
    _start(carnet, HelperRights.LOOK)
    with pytest.raises(InvalidRecord):
        start_helper_session(carnet, "Paul", "", "add", 30, journal_text="x")


def test_the_passphrase_check(carnet):
    verify_passphrase(carnet, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        verify_passphrase(carnet, "pas le bon mot de passe")


def test_drafts_survive_a_lock_inside_the_carnet(carnet, clock):
    assert latest_draft(carnet) is None
    save_draft(carnet, "journal", {"summary": "J’ai appelé la CAF", "kind": "call"})
    save_draft(carnet, "journal", {"summary": "J’ai appelé la CAF hier"})
    folder = carnet.folder
    carnet.lock()
    raw = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    assert "appelé la CAF".encode() not in raw
    again = Carnet.unlock(folder, PASSPHRASE, clock=clock)
    try:
        draft = latest_draft(again)
        assert draft is not None and draft.screen == "journal"
        assert draft.content == {"summary": "J’ai appelé la CAF hier"}
        drop_draft(again, "journal")
        assert latest_draft(again) is None
    finally:
        again.lock()


def test_a_draft_is_kept_even_during_a_look_only_session(carnet, clock):
    _start(carnet, HelperRights.LOOK)
    assert save_draft(
        carnet, "appointment", {"title": "x"}, now=datetime(2026, 3, 20, 11, tzinfo=HOME_ZONE)
    )
    assert latest_draft(carnet) is not None
