"""Issue 22, what a helper could still do under the guard: the numbers kept for letters, the
obligations the person writes, future obligations a new situation answer would remove, and one
password for one act. Real carnets; the clock is injected."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.carnet import Carnet, HelperRefused
from app.domain.contacts import Contact
from app.domain.situation import Situation
from app.records import (
    add_contact,
    add_custom_obligation,
    refresh_obligations,
    remove_contact,
    set_situation,
)
from app.records.helper import HelperGuard, HelperRights, helper_actions, start_helper_session
from app.records.letter_identity import keep_letter_identifiers, letter_identifiers


def _start(carnet: Carnet, rights: HelperRights) -> HelperGuard:
    session = start_helper_session(carnet, "Karima", "", rights, 60, journal_text="Aide.")
    guard = HelperGuard(carnet, session)
    guard.install()
    return guard


def _counts(carnet, guard) -> dict:
    return {(a.record_table, a.action): a.count for a in helper_actions(carnet, guard.session.id)}


def test_look_only_cannot_change_or_erase_the_numbers_kept_for_letters(carnet):
    keep_letter_identifiers(carnet, "France Travail : 1234567A\nCAF : 7654321")
    guard = _start(carnet, HelperRights.LOOK)
    with pytest.raises(HelperRefused):
        keep_letter_identifiers(carnet, "France Travail : 9999999Z")
    with pytest.raises(HelperRefused):
        keep_letter_identifiers(carnet, "")  # erased
    assert letter_identifiers(carnet).startswith("France Travail : 1234567A")
    assert _counts(carnet, guard) == {}


def test_a_change_helper_changing_the_numbers_is_said_at_the_end(carnet):
    keep_letter_identifiers(carnet, "CAF : 7654321")
    guard = _start(carnet, HelperRights.CHANGE)
    keep_letter_identifiers(carnet, "CAF : 1111111")
    assert _counts(carnet, guard) == {("meta", "change"): 1}
    with pytest.raises(HelperRefused):
        keep_letter_identifiers(carnet, "")  # removing needs the person's password


def test_look_only_cannot_add_obligations(carnet, clock):
    guard = _start(carnet, HelperRights.LOOK)
    today = clock.now.date()
    with pytest.raises(HelperRefused):
        add_custom_obligation(carnet, "Envoyer le formulaire", today, today + timedelta(days=7))
    assert carnet.query("SELECT count(*) FROM obligation_occurrence WHERE template_id = 'custom'"
                        ) == [(0,)]  # fmt: skip
    assert _counts(carnet, guard) == {}


def test_an_add_helper_adding_an_obligation_is_counted(carnet, clock):
    guard = _start(carnet, HelperRights.ADD)
    today = clock.now.date()
    add_custom_obligation(carnet, "Envoyer le formulaire", today, today + timedelta(days=7))
    assert _counts(carnet, guard) == {("obligation_occurrence", "add"): 1}


def test_an_added_situation_answer_does_not_delete_future_obligations(carnet, clock):
    set_situation(carnet, Situation(registered_ft=True, receives_rsa=True), date(2026, 1, 1))
    refresh_obligations(carnet)
    before = carnet.query("SELECT id FROM obligation_occurrence ORDER BY id")
    assert len(before) > 2
    guard = _start(carnet, HelperRights.ADD)
    set_situation(carnet, Situation(), clock.now.date())  # "none of this any more"
    report = refresh_obligations(carnet)
    assert report.removed == 0
    assert carnet.query("SELECT id FROM obligation_occurrence ORDER BY id") == before
    assert _counts(carnet, guard) == {("situation", "add"): 1}


def test_one_password_allows_one_removal_not_two_minutes_of_them(carnet):
    first = add_contact(carnet, Contact(name="Mme Durand"))
    second = add_contact(carnet, Contact(name="M. Petit"))
    guard = _start(carnet, HelperRights.CHANGE)
    guard.allow_for()  # the person typed their password once
    remove_contact(carnet, first.id)
    with pytest.raises(HelperRefused):
        remove_contact(carnet, second.id)
    assert [r[0] for r in carnet.query("SELECT name FROM contact")] == ["M. Petit"]
