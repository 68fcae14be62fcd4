"""The message's own date is the reference for "demain", "lundi prochain", "mardi 25" and days
written without a year (issue 21): a person often pastes a message days after it was sent, and
the screen's received day is only the fallback. The proposal says which reference it used."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest

from app.parsing import QuestionKind, parse_message, proposal_to_json

from .test_cli import launch

PASTED = date(2026, 12, 7)  # the day the person pastes it (the screen's default)

CASES = [
    # (name, text, received, reference day, reference source, appointment day, time)
    (
        "outlook_fr",
        "De : Claire Martin <c.martin@mission-locale-exemple.fr>\n"
        "Envoyé : mercredi 18 novembre 2026 11:02\n"
        "À : Samir\nObjet : Notre rendez-vous\n\n"
        "Bonjour Samir,\nJe vous confirme notre rendez-vous mercredi 25 à 14h à la Mission "
        "Locale, 3 rue du Port.\nCordialement,\nClaire",
        PASTED,
        date(2026, 11, 18),
        "header",
        date(2026, 11, 25),
        time(14, 0),
    ),
    (
        "outlook_en",
        "From: Nadia Roux <n.roux@exemple-interim.fr>\n"
        "Sent: Thursday, December 3, 2026 4:12 PM\n"
        "To: Karim\nSubject: Entretien\n\n"
        "Bonjour, je vous propose un entretien lundi prochain à 10h à l'agence. Bonne journée.",
        date(2026, 12, 9),
        date(2026, 12, 3),
        "header",
        date(2026, 12, 7),
        time(10, 0),
    ),
    (
        "rfc_date",
        "Date: Fri, 4 Dec 2026 16:40:00 +0100\nFrom: atelier@exemple.fr\nSubject: Atelier\n\n"
        "Bonjour, l'atelier CV a lieu demain à 9h30 salle 2. Merci de confirmer.",
        PASTED,
        date(2026, 12, 4),
        "header",
        date(2026, 12, 5),
        time(9, 30),
    ),
    (
        "envoye_le",
        "Envoyé le 04/12/2026 à 16:40\n"
        "Bonjour, votre rendez-vous avec la conseillère est fixé lundi à 9h30 à l'agence.",
        date(2026, 12, 8),
        date(2026, 12, 4),
        "sent",
        date(2026, 12, 7),
        time(9, 30),
    ),
    (
        "phone_stamp",
        "Ven. 4 déc. 2026, 16:40\n"
        "France Travail : RDV lundi à 9h30 avec votre conseiller, agence de Bourg.",
        date(2026, 12, 8),
        date(2026, 12, 4),
        "timestamp",
        date(2026, 12, 7),
        time(9, 30),
    ),
    (
        "phone_stamp_brackets_no_year",
        "[03/12 17:05] Mission Locale: Bonjour, RDV demain 10h30 avec Paul. Merci.",
        PASTED,
        date(2026, 12, 3),
        "timestamp",
        date(2026, 12, 4),
        time(10, 30),
    ),
    (
        "letter_place_date",
        "Département de l'Ain\nService insertion\n\nBourg-les-Tilleuls, le 20 novembre 2026\n\n"
        "Madame,\nVotre référente RSA vous recevra le jeudi 26 à 14h, 5 place de la Mairie.\n"
        "Veuillez agréer, Madame, nos salutations.",
        PASTED,
        date(2026, 11, 20),
        "letter",
        date(2026, 11, 26),
        time(14, 0),
    ),
    (
        "letter_le_top",
        "Le 3 décembre 2026,\n\nMonsieur,\nNous vous invitons à un entretien mardi prochain "
        "à 9h au 12 rue des Lilas, Bourg.\nCordialement,\nCap emploi",
        date(2026, 12, 9),
        date(2026, 12, 3),
        "letter",
        date(2026, 12, 8),
        time(9, 0),
    ),
    (
        "reply_header",
        "Bonjour,\nMerci, je note.\n\n"
        "Le jeu. 3 déc. 2026 à 10:15, Mission Locale <contact@ml-exemple.fr> a écrit :\n"
        "Bonjour, nous vous attendons demain à 14h pour l'atelier.",
        PASTED,
        date(2026, 12, 3),
        "reply",
        date(2026, 12, 4),
        time(14, 0),
    ),
]


@pytest.mark.parametrize(
    ("text", "received", "ref_day", "source", "day", "at"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_the_message_date_is_the_reference(text, received, ref_day, source, day, at) -> None:
    p = parse_message(text, received)
    assert p.reference.day == ref_day
    assert p.reference.source == source
    assert p.reference.span is not None
    assert p.day is not None and p.day.value == day
    assert p.time is not None and p.time.value == at
    assert p.received == received  # the person's day stays what they said


def test_without_a_message_date_the_received_day_is_the_reference() -> None:
    p = parse_message("RDV lundi à 9h30 à l'agence France Travail de Bourg.", PASTED)
    assert p.reference.day == PASTED and p.reference.source == "received"
    assert p.reference.span is None
    assert p.day.value == date(2026, 12, 14)


def test_a_date_after_the_received_day_is_not_the_message_date() -> None:
    # "Date : 14/12/2026" in a letter's body is the appointment, not when it was written.
    p = parse_message("Convocation\nDate : 14/12/2026\nHeure : 9h\nLieu : agence de Bourg", PASTED)
    assert p.reference.source == "received"
    assert p.day.value == date(2026, 12, 14)


def test_an_appointment_alone_on_its_line_is_not_a_timestamp() -> None:
    p = parse_message("Votre RDV :\nmardi 15 décembre 2026 14:30\nagence de Bourg", PASTED)
    assert p.reference.source == "received"
    assert p.start is not None and p.day.value == date(2026, 12, 15)


def test_weekday_and_day_choose_the_month_they_match_from_the_message_date() -> None:
    # Pasted in December: from today "mardi 25" would be Friday 25 December.
    p = parse_message(
        "Envoyé : lundi 17 août 2026 09:12\nDe : Pôle emploi\n\nRDV mardi 25 à 10h à l'agence.",
        PASTED,
    )
    assert p.day.value == date(2026, 8, 25)
    assert p.question(QuestionKind.WEEKDAY_MISMATCH) is None
    assert p.question(QuestionKind.DATE_IN_PAST) is not None  # past for the person: said


def test_the_reference_is_in_the_json() -> None:
    p = parse_message(CASES[0][1], PASTED)
    data = proposal_to_json(p)
    assert data["reference"]["day"] == "2026-11-18"
    assert data["reference"]["source"] == "header"
    assert "18 novembre 2026" in data["reference"]["text"]


def test_the_command_line_says_the_reference(tmp_path: Path) -> None:
    message = tmp_path / "m.txt"
    message.write_text(CASES[0][1], encoding="utf-8")
    proc = launch(message, "--received", "2026-12-07", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["reference"]["source"] == "header"
    assert data["day"]["value"] == "2026-11-25"
    words = launch(message, "--received", "2026-12-07").stdout
    assert "18 novembre 2026" in words  # the sentence names the message's date


def test_a_weak_cue_is_asked_never_guessed_silently() -> None:
    # "demain" with nothing to count from but the received day: the day is asked.
    p = parse_message("Adecco : on vous attend demain à 8h30, 12 rue de l'Industrie.", PASTED)
    check = p.question(QuestionKind.CHECK_DAY)
    assert check is not None and check.candidates == (date(2026, 12, 8),)
    assert p.day.value == date(2026, 12, 8) and p.day.confidence <= 0.5
    # The same with the message's date: nothing to ask.
    p = parse_message(CASES[2][1], PASTED)
    assert p.question(QuestionKind.CHECK_DAY) is None
    # A day without a year seven months after the message: asked.
    p = parse_message("Rendez-vous le 15 juillet à 10h à l'agence de Bourg.", PASTED)
    assert p.question(QuestionKind.CHECK_DAY) is not None
    p = parse_message("Rendez-vous le 15 juillet 2027 à 10h à l'agence de Bourg.", PASTED)
    assert p.question(QuestionKind.CHECK_DAY) is None
    # Two dates: the question names both, no second question on top.
    p = parse_message("Atelier le samedi 12 décembre à 10h ou le samedi 19 décembre à 10h.", PASTED)
    assert [q.kind for q in p.questions if q.field == "start"] == [QuestionKind.TWO_DATES]
    assert p.question(QuestionKind.TWO_DATES).candidates == (date(2026, 12, 12), date(2026, 12, 19))
