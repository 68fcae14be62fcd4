"""J'ai reçu un courrier, from the screen: one question at a time, refused days said calmly,
the steps with their dates, saved on Today with the letter attached; pre-filled by a screen that
read the letter; a letter older than its deadline says what can still be done."""

from __future__ import annotations

import ctypes.util
import io
import wave
from datetime import date

import pytest

from app.records import documents_for, import_document, journal_entries, today
from app.records.document_repo import Target
from helpers import need

from .records_window import NOW, new_carnet, open_on
from .test_records_layout import check

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _answer(screen, qtbot, org, kind, received, letter_date=""):
    screen.organisation.buttons[org].click()
    screen.next_button.click()
    screen.kind.buttons[kind].click()
    screen.next_button.click()
    assert screen.step == "received"
    screen.received.edit.setText(received)
    screen.next_button.click()
    assert screen.step == "letter_date", screen.message.text()
    screen.letter_date.edit.setText(letter_date)
    screen.next_button.click()


def test_a_sanction_notice_becomes_a_step_on_today(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    doc = import_document(carnet, PNG, title="Lettre France Travail").document
    carnet.lock()
    window, screen = open_on(make_window, qtbot, folder, "received_letter")
    assert screen.step == "organisation"
    screen.next_button.click()  # nothing chosen: a calm sentence, still on the question
    assert screen.step == "organisation"
    assert screen.message.text() == "Choose who sent the letter."
    _answer(screen, qtbot, "france_travail", "sanction_notice", "25/11/2026", "20/11/2026")
    assert screen.step == "document"
    assert screen.document_model.rowCount() == 1
    screen.document_list.setCurrentIndex(screen.document_model.index(0, 0))
    screen.attach_button.click()
    assert screen.document_id == doc.id
    screen.next_button.click()
    assert screen.step == "summary"
    words = [label.text() for label in screen.summary_lines]
    # 10 days from the letter's date, the day it was sent (service-public F1638)
    assert "Counted from the date of the letter, Friday 20 November." in words
    assert "Last day: Monday 30 November. Aim for Saturday 28 November, to be safe." in words
    assert ("At the very latest, the law counts from the day you received the letter: "
            "Saturday 5 December. Do not count on this date.") in words  # fmt: skip
    assert screen.save_button.isVisibleTo(screen) and screen.answer_button.isVisibleTo(screen)
    assert "R5412-7" in screen.notes.sources.text()
    assert "F1638" in screen.notes.sources.text()
    read = " ".join(p.text for p in screen.reading_parts())
    assert "Monday 30 November" in read and "Saturday 28 November" in read
    screen.save_button.click()
    assert screen.step == "saved"
    assert screen.done_text.text().startswith("1 date(s) are now on Today")
    carnet = window.session.carnet
    view = today(carnet, NOW)
    [item] = view.open_obligations
    assert item.occurrence.closes_on == date(2026, 11, 30)
    assert item.occurrence.safe_on == date(2026, 11, 28)
    assert item.occurrence.title == (
        "Écrire vos explications ou demander à être entendu (France Travail)"
        " — aim for Saturday 28 November"
    )
    assert [d.id for d in documents_for(carnet, Target.OCCURRENCE, item.occurrence.id)] == [doc.id]
    assert journal_entries(carnet)[0].draft.happened_on == date(2026, 11, 25)
    screen.today_button.click()
    assert window.current.key == "today"
    # On the safe date, Today says it is the day to send the answer, and the last day.
    window.session.clock = lambda: NOW.replace(day=28, hour=9)
    window.today_screen.refresh()
    assert window.today_screen.reminder_card.isVisibleTo(window.today_screen)
    assert window.today_screen.reminder_text.text() == (
        "Do it today, to be safe: Écrire vos explications ou demander à être entendu "
        "(France Travail) — aim for Saturday 28 November. The last day is Monday 30 November."
    )


def test_a_notice_without_its_date_or_read_too_late_is_said_plainly(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    _window, screen = open_on(make_window, qtbot, folder, "received_letter")
    screen.organisation.buttons["conseil_departemental"].click()
    screen.next_button.click()
    screen.kind.buttons["sanction_notice"].click()
    screen.next_button.click()
    assert "the 10 days count from the date printed on it" in screen.received.help.text()
    screen.received.edit.setText("25/11/2026")
    screen.next_button.click()
    assert screen.letter_date.help.text().startswith("The 10 days count from this date")
    assert not screen.letter_date_read.isVisibleTo(screen)  # nothing was read: nothing said
    screen.next_button.click()  # the person cannot find the date
    screen.next_button.click()  # no letter to attach
    words = [label.text() for label in screen.summary_lines]
    assert "Last day: Saturday 5 December. Aim for Thursday 3 December, to be safe." in words
    assert (
        "You did not give the date printed on the letter. Repères counts from the day you "
        "received it. The real last day may be earlier: answer as soon as you can."
    ) in words
    assert not any(w.startswith("Counted from the date of the letter") for w in words)
    # The letter was dated 10 November and read on the 25th: France Travail's date has passed.
    screen.go_previous()
    screen.go_previous()
    assert screen.step == "letter_date"
    screen.letter_date.edit.setText("10/11/2026")
    screen.next_button.click()
    screen.next_button.click()
    words = [label.text() for label in screen.summary_lines]
    careful = "By Repères' careful count, the last day was Friday 20 November. It may have passed"
    assert any(w.startswith(careful) for w in words)
    assert ("Write today anyway. At the very latest, the law counts from the day you received "
            "the letter: Saturday 5 December.") in words  # fmt: skip
    assert "The dates have passed. Here is what you can still do." in words


def test_impossible_days_are_refused_kindly(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    _window, screen = open_on(make_window, qtbot, folder, "received_letter")
    screen.organisation.buttons["caf"].click()
    screen.next_button.click()
    screen.kind.buttons["decision"].click()
    screen.next_button.click()
    for typed, said in (
        ("", "Write the day the letter arrived, for example 03/03/2026."),
        ("30/11/2026", "This day has not come yet. Write the day the letter arrived."),
        ("31/02/2026", "This date does not exist. Check the day and the month."),
        ("bientôt", "Write the date like this: 31/01/2026."),
    ):
        screen.received.edit.setText(typed)
        screen.next_button.click()
        assert (screen.step, screen.message.text()) == ("received", said)
    screen.arrived_today.click()
    assert screen.received.edit.text() == "27/11/2026"
    screen.next_button.click()
    screen.letter_date.edit.setText("28/11/2026")
    screen.next_button.click()
    assert screen.message.text().startswith("This date is in the future")
    screen.letter_date.edit.setText("27/11/2026")
    screen.received.edit.setText("26/11/2026")  # changed behind: checked again
    screen.next_button.click()
    assert screen.message.text().startswith("The letter arrived before the date printed on it?")
    assert screen.step == "letter_date"


def test_a_decision_without_mention_of_deadlines_is_uncertain(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    _window, screen = open_on(make_window, qtbot, folder, "received_letter")
    _answer(screen, qtbot, "conseil_departemental", "decision", "20/11/2026")
    assert screen.step == "mention"
    screen.mention.buttons["unknown"].click()
    screen.next_button.click()
    screen.next_button.click()  # no letter to attach
    words = [label.text() for label in screen.summary_lines]
    assert "Last day: Wednesday 20 January. Aim for Monday 18 January, to be safe." in words
    assert any("This date is not sure: act fast." in w for w in words)
    assert "Its date will be known later." in words  # the court, after the RAPO's answer


def test_a_letter_older_than_its_deadline_says_what_can_still_be_done(make_window, qtbot,
                                                                       places):  # fmt: skip
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "received_letter")
    _answer(screen, qtbot, "france_travail", "sanction_notice", "02/11/2026")
    screen.next_button.click()
    words = [label.text() for label in screen.summary_lines]
    careful = "By Repères' careful count, the last day was Thursday 12 November. It may have passed"
    assert any(w.startswith(careful) for w in words)
    assert "The dates have passed. Here is what you can still do." in words
    assert any(w.startswith("Les 10 jours sont passés") for w in words)
    screen.save_button.click()
    assert screen.done_text.text() == "The letter is in your journal. No date was added."
    assert today(window.session.carnet, NOW).open_obligations == ()


def test_another_screen_prefills_the_answers(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    carnet = new_carnet(folder)
    doc = import_document(carnet, PNG, title="Décision", received_on=date(2026, 11, 24)).document
    carnet.lock()
    window, screen = open_on(make_window, qtbot, folder, "today")
    payload = {"document_id": doc.id, "kind": "decision", "letter_date": "2026-11-20",
               "organisation_kind": "france_travail", "text": "Nous avons décidé…"}  # fmt: skip
    window.open_record("received_letter", payload)
    screen = window.current
    assert screen.key == "received_letter" and screen.step == "organisation"
    assert screen.organisation.value() == "france_travail"
    screen.next_button.click()
    assert screen.kind.value() == "decision"
    screen.next_button.click()
    assert screen.received.edit.text() == "24/11/2026"
    screen.next_button.click()
    assert screen.letter_date.edit.text() == "20/11/2026"
    assert screen.letter_date_read.isVisibleTo(screen)  # read in the letter: check it
    assert any("Repères read this date" in p.text for p in screen.reading_parts())
    screen.next_button.click()
    assert screen.step == "subject" and screen.subject.value() is None  # not given: asked
    screen.subject.buttons["sanction"].click()
    screen.next_button.click()
    assert screen.mention.value() is None  # not given: asked
    screen.mention.buttons["yes"].click()
    screen.next_button.click()
    assert screen.document_id == doc.id and "Décision" in screen.document_chosen.text()
    screen.next_button.click()
    screen.save_button.click()
    [item] = today(window.session.carnet, NOW).open_obligations
    assert item.occurrence.closes_on == date(2027, 1, 24)


def _to_subject(screen, org: str):
    screen.organisation.buttons[org].click()
    screen.next_button.click()
    screen.kind.buttons["decision"].click()
    screen.next_button.click()
    screen.received.edit.setText("20/11/2026")
    screen.next_button.click()
    screen.next_button.click()  # no date printed


def test_a_france_travail_decision_asks_its_subject_once(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    _window, screen = open_on(make_window, qtbot, folder, "received_letter")
    _to_subject(screen, "france_travail")
    assert screen.step == "subject"
    assert screen.subject.question.text() == "What is the decision about?"
    names = [b.text() for b in screen.subject.buttons.values()]
    assert names[-1] == "Je ne sais pas" and len(names) == 3  # the content language
    assert all(b.accessibleName() for b in screen.subject.buttons.values())
    assert screen.focusWidget() in screen.subject.buttons.values() or not screen.isVisible()
    screen.next_button.click()  # nothing chosen: asked calmly
    assert (screen.step, screen.message.text()) == ("subject", "Choose an answer.")
    assert any(p.text == "What is the decision about?" for p in screen.reading_parts())

    def summary(subject: str) -> list[str]:
        while screen.step != "subject":
            screen.go_previous()
        screen.subject.buttons[subject].click()
        screen.next_button.click()
        screen.mention.buttons["yes"].click()
        screen.next_button.click()
        screen.next_button.click()  # no letter to attach
        assert screen.step == "summary"
        return [label.text() for label in screen.summary_lines]

    words = summary("are_money")
    assert "Step 2: Aller au tribunal judiciaire" in words
    assert not any("tribunal administratif" in w for w in words
                   if w.startswith(("Step ", "To: ")))  # fmt: skip
    assert not any(w == "This step is required before the next one." for w in words)
    assert "Last day: Wednesday 20 January. Aim for Monday 18 January, to be safe." in words
    words = summary("sanction")
    assert "Step 2: Écrire au médiateur de France Travail" in words
    assert "This step is required before the next one." in words
    words = summary("unknown")
    assert "Step 1: Suivre ce qui est écrit sur la décision" in words and len(
        [w for w in words if w.startswith("Step ")]) == 1  # fmt: skip
    assert "Last day: Wednesday 20 January. Aim for Monday 18 January, to be safe." in words


def test_mission_locale_decisions_are_not_sent_to_the_france_travail_mediator(
    make_window, qtbot, places
):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    _window, screen = open_on(make_window, qtbot, folder, "received_letter")
    _to_subject(screen, "mission_locale")
    assert screen.step == "mention"  # no subject question here
    screen.mention.buttons["no"].click()
    screen.next_button.click()
    screen.next_button.click()
    words = [label.text() for label in screen.summary_lines]
    assert not any("médiateur" in w for w in words)
    assert "Step 1: Suivre ce qui est écrit sur la décision" in words
    assert any("This date is not sure: act fast." in w for w in words)
    assert "médiateur de France Travail" in screen.notes.unverified.text()


def test_the_message_screen_payload_is_understood(make_window, qtbot, places):
    """The keys the pasted-message screen sends (app/parsing/letter_kind.py handoff)."""
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "today")
    payload = {"document_id": None, "kind": "decision", "letter_date": None,
               "received_on": "2026-11-26", "organisation_kind": None,
               "appeal_mention": "no", "text": "…"}  # fmt: skip
    window.open_record("received_letter", payload)
    screen = window.current
    assert screen.organisation.value() is None and screen.kind.value() == "decision"
    assert screen.received.edit.text() == "26/11/2026"
    assert screen.mention.value() == "no"


def test_bad_payloads_leave_a_blank_path(make_window, qtbot, places):
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "today")
    for payload in (None, "x", {"kind": "menace", "organisation_kind": "prefecture",
                                "letter_date": "31/02", "document_id": 999}):  # fmt: skip
        window.open_record("received_letter", payload)
        screen = window.current
        assert screen.organisation.value() is None and screen.kind.value() is None
        assert screen.letter_date.edit.text() == "" and screen.document_id is None


@pytest.fixture
def french(qapp):
    """French installed as the application does (longer words than the English sources)."""
    from PySide6.QtCore import QLocale

    from ui.application import install_translations

    locale = QLocale()
    translators = install_translations(qapp, "fr")
    yield
    for t in translators:
        qapp.removeTranslator(t)
        t.deleteLater()
    QLocale.setDefault(locale)


def test_the_sanction_path_at_200_in_french_fits_and_is_read_aloud(make_window, qtbot, places,
                                                                   french):  # fmt: skip
    """Every question and the steps of a notice, at 200 % in French on 1024×768: nothing cut,
    every control named, big enough and reached by Tab; then the steps as the Read button
    gives them, spoken by the real espeak-ng (rendered to WAV: no sound card here)."""
    need(ctypes.util.find_library("espeak-ng"), "libespeak-ng is not installed")
    from app.speech.espeak_driver import EspeakDriver

    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "received_letter", zoom=200)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    check(window, qtbot, "organisation, fr 200", 200)
    screen.organisation.buttons["france_travail"].click()
    screen.next_button.click()
    screen.kind.buttons["sanction_notice"].click()
    check(window, qtbot, "kind, fr 200", 200)
    screen.next_button.click()
    assert "les 10 jours comptent à partir de la date écrite dessus" in screen.received.help.text()
    screen.received.edit.setText("25/11/2026")
    check(window, qtbot, "received, fr 200", 200)
    screen.next_button.click()
    assert screen.letter_date.help.text().startswith("Les 10 jours comptent à partir de cette date")
    screen.letter_date.edit.setText("20/11/2026")
    check(window, qtbot, "letter date, fr 200", 200)
    screen.next_button.click()
    check(window, qtbot, "document, fr 200", 200)
    screen.next_button.click()
    assert screen.step == "summary"
    check(window, qtbot, "summary, fr 200", 200)
    words = [label.text() for label in screen.summary_lines]
    assert "Compté à partir de la date de la lettre, le vendredi 20 novembre." in words
    assert any(w.startswith("Au plus tard, la loi compte à partir du jour où vous avez reçu")
               for w in words)  # fmt: skip
    assert any("les 10 jours comptent à partir de la date écrite sur la lettre" in w.lower()
               for w in words)  # the procedure's own step, in French  # fmt: skip
    spoken = " ".join(p.text for p in screen.reading_parts()[1:])  # what "Read the steps" reads
    assert "lundi 30 novembre" in spoken and "samedi 28 novembre" in spoken
    driver = EspeakDriver(players=[])
    try:
        rendering = driver.render(spoken)
    finally:
        driver.close()
    with wave.open(io.BytesIO(rendering.wav)) as w:
        seconds = w.getnframes() / w.getframerate()
    said = [spoken[t.start : t.start + t.length] for t in rendering.words]
    print(
        f"steps read aloud: {len(spoken)} characters, {len(said)} words, {seconds:.1f} s of speech"
    )
    assert seconds > 5  # the whole of the steps, not a click
    for word in ("lundi", "novembre", "samedi", "lettre"):
        assert word in said, word


def test_the_france_travail_subject_question_fits_at_200_in_french(make_window, qtbot, places,
                                                                   french):  # fmt: skip
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    window, screen = open_on(make_window, qtbot, folder, "received_letter", zoom=200)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    _to_subject(screen, "france_travail")
    assert screen.step == "subject"
    assert screen.subject.question.text() == "De quoi parle la décision\u00a0?"
    check(window, qtbot, "subject, fr 200", 200)
    screen.subject.buttons["unknown"].click()
    screen.next_button.click()
    screen.mention.buttons["yes"].click()
    screen.next_button.click()
    screen.next_button.click()
    check(window, qtbot, "decision summary, fr 200", 200)
    spoken = " ".join(p.text for p in screen.reading_parts()[1:])
    assert "Suivre ce qui est écrit sur la décision" in spoken


def test_each_answer_is_read_with_its_own_help(make_window, qtbot, places):
    """'Lire' read the answers, then all their helps together: a listener heard « La caisse
    d'allocations familiales » long after « CAF »."""
    folder = places.new_carnet_folder()
    new_carnet(folder).lock()
    _window, screen = open_on(make_window, qtbot, folder, "received_letter")
    said = [p.text for p in screen.reading_parts()]
    assert said[said.index("CAF") + 1] == "The family allowance office."
