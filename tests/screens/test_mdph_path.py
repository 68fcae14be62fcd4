"""J'ai reçu un courrier, for a decision of the MDPH (RQTH refused, AAH, orientation, PCH): the
mandatory RAPO to the MDPH within 2 months, then the right court; at 200 % in French on
1024×768 nothing is cut, and the steps are read aloud by the real espeak-ng (to WAV)."""

from __future__ import annotations

import ctypes.util
import io
import wave

from helpers import need

from .records_window import new_carnet, open_on
from .test_received_letter_screen import french  # noqa: F401 (the fixture, installed as the app)
from .test_records_layout import check


def test_the_mdph_path_at_200_in_french_fits_and_is_read_aloud(make_window, qtbot, places,
                                                               french):  # noqa: F811  # fmt: skip
    need(ctypes.util.find_library("espeak-ng"), "libespeak-ng is not installed")
    from app.speech.espeak_driver import EspeakDriver

    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "received_letter", zoom=200)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    screen.organisation.buttons["mdph"].click()
    screen.next_button.click()
    screen.kind.buttons["decision"].click()
    screen.next_button.click()
    screen.received.edit.setText("06/11/2026")
    screen.next_button.click()
    screen.letter_date.edit.setText("03/11/2026")
    screen.next_button.click()
    assert screen.step == "subject"  # the court depends on the right: one question
    check(window, qtbot, "mdph subject, fr 200", 200)
    screen.subject.buttons["unknown"].click()
    screen.next_button.click()
    assert screen.step == "mention"
    screen.mention.buttons["yes"].click()
    screen.next_button.click()
    screen.next_button.click()  # no letter to attach
    assert screen.step == "summary"
    check(window, qtbot, "mdph summary, fr 200", 200)
    words = [label.text() for label in screen.summary_lines]
    text = "\n".join(words)
    # It was the catch-all "general" procedure, with no deadline, before issue 13.
    assert "Écrire un recours administratif préalable obligatoire (RAPO) à la MDPH" in text
    assert "mercredi 6 janvier" in text and "lundi 4 janvier" in text
    assert "tribunal administratif" in text and "pôle social du tribunal judiciaire" in text
    spoken = " ".join(p.text for p in screen.reading_parts()[1:])  # what "Read the steps" reads
    assert "mercredi 6 janvier" in spoken and "MDPH" in spoken
    driver = EspeakDriver(players=[])
    try:
        rendering = driver.render(spoken)
    finally:
        driver.close()
    with wave.open(io.BytesIO(rendering.wav)) as w:
        seconds = w.getnframes() / w.getframerate()
    said = [spoken[t.start : t.start + t.length] for t in rendering.words]
    assert seconds > 5
    for word in ("mercredi", "janvier", "tribunal", "recours"):
        assert word in said, word


def test_the_mdph_subject_gives_the_right_court(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    _window, screen = open_on(make_window, qtbot, folder, "received_letter")
    screen.organisation.buttons["mdph"].click()
    screen.next_button.click()
    screen.kind.buttons["decision"].click()
    screen.next_button.click()
    screen.received.edit.setText("06/11/2026")
    screen.next_button.click()
    screen.next_button.click()  # no date printed

    def summary(subject: str) -> str:
        while screen.step != "subject":
            screen.go_previous()
        screen.subject.buttons[subject].click()
        screen.next_button.click()
        screen.mention.buttons["yes"].click()
        screen.next_button.click()
        screen.next_button.click()  # no letter to attach
        assert screen.step == "summary"
        return "\n".join(label.text() for label in screen.summary_lines)

    work = summary("work")
    assert "Aller au tribunal administratif" in work and "pôle social" not in work
    benefit = summary("benefit")
    assert "Aller au pôle social du tribunal judiciaire" in benefit
    assert "Aller au tribunal administratif" not in benefit
    for text in (work, benefit):
        assert "Écrire un recours administratif préalable obligatoire (RAPO) à la MDPH" in text
