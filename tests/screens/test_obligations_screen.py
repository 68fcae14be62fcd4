"""Obligations screen on a real carnet: the situation asked, nothing guessed; what is due in
sentences with the source and "à vérifier"; Done (how), Missed, Undo written to the carnet."""

from __future__ import annotations

from datetime import date, datetime

from app.domain import HOME_ZONE
from app.domain.obligations import OccurrenceStatus
from app.domain.situation import Situation
from app.records import (
    occurrences_between,
    refresh_obligations,
    set_situation,
    situation_on,
)

from .records_window import NOW, new_carnet, open_on


def _texts(screen) -> list[str]:
    return [label.text() for card in screen.cards for label in card.labels]


def test_nothing_is_guessed_and_unanswered_questions_are_asked(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "obligations")
    assert all(q.answer() is None for q in screen.questions)
    assert screen.cards == []
    assert "questions" in screen.due_intro.text()
    assert not screen.payer.isVisible()  # CAF or MSA is asked only of RSA / prime recipients

    screen.save_button.click()
    assert screen.situation_message.isVisible()
    assert "Yes or No" in screen.situation_message.text()
    assert situation_on(window.session.carnet, NOW.date()) is None


def test_answers_are_saved_and_the_due_steps_appear_with_source(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "obligations")
    screen.q_ft.yes.click()
    screen.q_rsa.yes.click()
    assert screen.payer.isVisible() and screen.dtr.isVisible()
    screen.dtr_box.setCurrentIndex(screen.dtr_box.findData(12))
    for q in (screen.q_prime, screen.q_contract, screen.q_cej):
        q.no.click()
    screen.rqth_edit.setText("31/02/2027")  # no such day
    screen.save_button.click()
    assert "does not exist" in screen.situation_message.text()
    assert situation_on(window.session.carnet, NOW.date()) is None

    screen.rqth_edit.setText("30/04/2027")
    screen.save_button.click()
    saved = situation_on(window.session.carnet, NOW.date())
    assert saved == Situation(
        registered_ft=True, receives_rsa=True, dtr_month=12, rqth_end_date=date(2027, 4, 30)
    )
    texts = _texts(screen)
    # The RQTH renewal (six months before its end), the monthly update of November (its window
    # opens tomorrow, from the 2026 calendar file) and the December declaration.
    assert "By 30 April 2027: Demander le renouvellement de la RQTH." in texts, texts
    assert "From 28 November to 15 December: Actualisation mensuelle à France Travail." in texts
    assert any(t.startswith("From 1 December to 25 December") for t in texts), texts
    assert any(t.startswith("Source: ") for t in texts)
    assert any(t.startswith("To check: ") for t in texts)  # rules not verified say so
    # The answers come back after leaving (they were forgotten) and coming back.
    window.show_screen("today")
    assert screen.cards == [] and screen.q_ft.answer() is None
    window.show_screen("obligations")
    assert screen.q_ft.answer() is True and screen.q_prime.answer() is False
    assert screen.rqth_edit.text() == "30/04/2027"


def test_the_rqth_renewal_leads_to_the_guide_for_a_refusal(make_window, qtbot, places):
    """If the MDPH refuses the renewal, the RAPO to the MDPH within 2 months: one button away."""
    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    set_situation(carnet, Situation(rqth_end_date=date(2027, 4, 30)), NOW.date())
    carnet.lock()
    window, screen = open_on(make_window, qtbot, folder, "obligations")
    [card] = [c for c in screen.cards if "RQTH" in " ".join(label.text() for label in c.labels)]
    assert card.guide_button is not None and card.guide_button.isVisible()
    assert card.guide_button.accessibleName() or card.guide_button.text()
    assert all(c.guide_button is None for c in screen.cards if c is not card)
    card.guide_button.click()
    guides = window.screens["guides"]
    assert window.current is guides
    assert guides.guide is not None and guides.guide.id == "guide.contester_mdph"


def test_done_how_then_undo(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    set_situation(carnet, Situation(registered_ft=True), date(2026, 11, 1))
    carnet.lock()
    window, screen = open_on(make_window, qtbot, folder, "obligations")
    card = next(c for c in screen.cards if c.done_button is not None)
    occ_id = card.occurrence.id
    card.done_button.click()
    assert card.how.isVisible() and not card.actions.isVisible()
    by_phone = next(b for b in card.how_buttons if b.accessibleName() == "By phone")
    by_phone.click()
    occ = next(o for o in occurrences_between(window.session.carnet, date(2026, 9, 1),
                                              date(2027, 3, 1)) if o.id == occ_id)  # fmt: skip
    assert occ.status is OccurrenceStatus.DONE and occ.done_how == "By phone"
    assert screen.message.text().startswith("Marked as done")
    marked = next(c for c in screen.cards if c.occurrence.id == occ_id)
    assert marked.undo_button is not None
    assert any("Done on" in label.text() for label in marked.labels)
    marked.undo_button.click()
    occ = next(o for o in occurrences_between(window.session.carnet, date(2026, 9, 1),
                                              date(2027, 3, 1)) if o.id == occ_id)  # fmt: skip
    assert occ.status is OccurrenceStatus.DUE


def test_overdue_can_be_marked_missed_and_old_rules_say_to_check(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    earlier = datetime(2026, 10, 2, 9, 0, tzinfo=HOME_ZONE)
    set_situation(carnet, Situation(registered_ft=True), date(2026, 10, 1), now=earlier)
    refresh_obligations(carnet, now=earlier)  # made while ahead, by an earlier unlock
    carnet.lock()
    later = datetime(2027, 7, 1, 10, 0, tzinfo=HOME_ZONE)  # past the rules' review date
    window, screen = open_on(make_window, qtbot, folder, "obligations", now=datetime(
        2026, 11, 27, 10, 0, tzinfo=HOME_ZONE))  # fmt: skip
    overdue = [c for c in screen.cards if c.missed_button is not None]
    assert overdue, _texts(screen)
    assert overdue[0].labels[0].text().startswith("The last day was")
    occ_id = overdue[0].occurrence.id
    overdue[0].missed_button.click()
    occ = next(o for o in occurrences_between(window.session.carnet, date(2026, 9, 1),
                                              date(2027, 3, 1)) if o.id == occ_id)  # fmt: skip
    assert occ.status is OccurrenceStatus.MISSED
    window.show_screen("today")
    window.session.clock = lambda: later
    window.show_screen("obligations")
    assert any("last read again" in t for t in _texts(screen)), _texts(screen)


def test_a_change_of_situation_adds_what_to_tell(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    set_situation(carnet, Situation(registered_ft=True, receives_rsa=True, dtr_month=12),
                  date(2026, 11, 1))  # fmt: skip
    carnet.lock()
    _window, screen = open_on(make_window, qtbot, folder, "obligations")
    before = len(screen.cards)
    screen.change_edit.setText("26/11/2026")
    screen.change_button.click()
    assert screen.change_message.text().startswith("Added")
    assert len(screen.cards) >= before + 2  # France Travail and CAF


def test_a_step_opened_from_elsewhere_is_shown_and_focused(make_window, qtbot, places):
    from app.records import add_custom_obligation

    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    set_situation(carnet, Situation(), date(2026, 1, 1))
    old = add_custom_obligation(carnet, "Renvoyer le dossier", date(2026, 3, 1), date(2026, 3, 9))
    carnet.lock()
    window, _screen = open_on(make_window, qtbot, folder, "today")
    window.open_record("obligations", old.id)
    screen = window.current
    (card,) = screen.cards
    assert card.labels[0].text() == "The last day was 9 March: Renvoyer le dossier."
    assert "wrote this step yourself" in card.labels[-1].text()
    assert card.missed_button is not None and card.done_button.hasFocus()


def test_a_step_of_ones_own_is_written_from_the_screen(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    set_situation(carnet, Situation(registered_ft=True), date(2026, 11, 1))
    carnet.lock()
    window, screen = open_on(make_window, qtbot, folder, "obligations")
    screen.own_button.click()
    assert screen.own_message.text() == "Write what to do." and screen.own_what.hasFocus()
    screen.own_what.setText("Rendre le dossier logement")
    screen.own_opens.setText("31/11/2026")
    screen.own_button.click()
    assert "does not exist" in screen.own_message.text()
    screen.own_opens.setText("01/12/2026")
    screen.own_closes.setText("30/11/2026")
    screen.own_button.click()
    assert screen.own_message.text() == "The last day comes before the first day."
    screen.own_closes.setText("10/12/2026")
    screen.own_every.setCurrentIndex(screen.own_every.findData("weekly"))
    screen.own_button.click()
    assert "longer than the time between two steps" in screen.own_message.text()
    screen.own_every.setCurrentIndex(screen.own_every.findData("monthly"))
    screen.own_button.click()
    assert screen.own_message.text().startswith("Added.")
    mine = [o for o in occurrences_between(window.session.carnet, date(2026, 11, 1),
                                           date(2028, 1, 1))
            if o.title == "Rendre le dossier logement"]  # fmt: skip
    assert len(mine) == 12 and mine[1].opens_on == date(2027, 1, 1)
    assert any("Rendre le dossier logement" in t for t in _texts(screen))
    assert screen.own_what.text() == ""


def test_sources_are_shown_as_sites_without_the_researchers_english_notes():
    """The French screen showed « Source : … (older rule: 72 hours, R5411-8) »: the content
    packs' notes, in English. Only the sites are shown, each once."""
    from app.content.obligations import catalogue
    from ui.screens.obligations import source_sites

    template = catalogue().template("ft.changement_situation")
    assert template is not None and "older rule" in " ".join(template.source)
    assert source_sites(template.source) == [
        "francetravail.fr", "pole-emploi.fr", "assurance-chomage.ooreka.fr"
    ]
    for template in catalogue().templates:
        for site in source_sites(template.source):
            assert " " not in site and "(" not in site, (template.id, site)
