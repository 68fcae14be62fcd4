"""Understand my rights: the guides listed, one opened, read aloud, with its sources, what is not
verified, « à vérifier » past its review date, in English or French as the settings say."""

from __future__ import annotations

from datetime import datetime

from app.content.packs import packs
from app.domain import HOME_ZONE
from app.speech import Speaker, SpyDriver
from ui.reading import Reader

from .records_window import new_carnet, open_on


def test_the_list_opens_a_guide_that_is_read_with_its_sources(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    spy = SpyDriver()
    window, screen = open_on(
        make_window, qtbot, folder, "guides", reader=Reader(lambda: Speaker(drivers=[spy]))
    )
    names = screen.guide_titles()
    assert len(names) == len(packs().guides_in_order()) >= 10  # every shipped guide
    assert names[0] == "L’actualisation chaque mois"  # in order, in French (the default)
    assert window.focusWidget() is screen.guides_list
    row = next(i for i, name in enumerate(names) if "sanction" in name)
    screen.guides_list.setCurrentIndex(screen.model.index(row, 0))
    screen.open_button.click()
    assert screen.guide.id == "guide.lettre_sanction"
    assert screen.page.isVisibleTo(screen) and not screen.list_box.isVisibleTo(screen)
    texts = [p.text() for p in screen.paragraphs]
    assert any("10 jours" in t for t in texts)
    assert "R5412-7" in screen.notes.sources.text()
    assert "https://" in screen.notes.sources.text()
    assert screen.notes.unverified.isVisibleTo(screen)
    assert not screen.notes.to_check.isVisibleTo(screen)  # reviewed 28 Nov 2026, now 27 Nov
    parts = [p.text for p in screen.reading_parts()]
    assert parts[1] == screen.page_title.text() and texts[0] in parts
    screen.read_button.click()
    qtbot.waitUntil(lambda: bool(spy.said), timeout=5000)
    assert "10 jours" in spy.said[-1] and "R5412-7" not in spy.said[-1]
    screen.back_button.click()
    assert screen.list_box.isVisibleTo(screen) and screen.guide is None


def test_a_guide_past_its_review_date_says_to_check(make_window, qtbot, places):
    later = datetime(2028, 1, 10, 10, 0, tzinfo=HOME_ZONE)
    folder = places.new_carnet_folder()
    new_carnet(folder, later).lock()
    window, screen = open_on(make_window, qtbot, folder, "guides", now=later)
    window.open_record("guides", {"guide": "guide.contester_rsa"})
    assert window.current is screen and screen.guide.id == "guide.contester_rsa"
    assert screen.notes.to_check.isVisibleTo(screen)
    assert "To check" in screen.notes.to_check.text()
    assert screen.notes.to_check.text() in [p.text for p in screen.reading_parts()]


def test_guides_follow_the_language_of_the_interface(make_window, qtbot, places):
    from ui import appearance

    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "guides")
    look = appearance.current()
    look.settings = look.settings.with_changes(language="en")
    window.show_screen("today")
    window.show_screen("guides")
    assert "Where to find free help" in screen.guide_titles()


def test_an_unknown_guide_shows_the_list(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "guides")
    window.open_record("guides", {"guide": "guide.absent"})
    assert screen.guide is None and screen.list_box.isVisibleTo(screen)


def test_a_guide_shows_its_evidence_under_sources(make_window, qtbot, places):
    """Each source: the address, the decisive sentence quoted, the day it was read."""
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "guides")
    window.open_record("guides", {"guide": "guide.contester_mdph"})
    evidence = screen.notes.evidence
    assert evidence.isVisibleTo(screen)
    text = evidence.text()
    assert text.startswith("Sources\n")
    assert "https://mdph10.fr/recours-contentieux/" in text
    assert "« Vous pouvez faire ce recours auprès d'un tribunal seulement si" in text
    assert "read on 7 December 2026" in text or "lu le 7 décembre 2026" in text
    # Addresses are not read aloud: the evidence is for the helper who checks.
    assert evidence.text() not in [p.text for p in screen.reading_parts()]
