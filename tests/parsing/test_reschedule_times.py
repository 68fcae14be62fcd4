"""Issue 21, part 3: a reschedule proposes the appointment that stands and names the one it
replaces; times written in words, session hours given as a range, and a programme's meal
times that are not its start."""

from __future__ import annotations

from datetime import date, time

import pytest

from app.parsing import DateRole, QuestionKind, parse_message, proposal_to_json

PASTED = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "day", "at", "cancelled"),
    [
        (
            "Ce message annule et remplace la convocation du 10 décembre. Vous êtes attendu le "
            "14 décembre à 9h à l'agence France Travail de Bourg.",
            date(2026, 12, 14), time(9, 0), date(2026, 12, 10),
        ),
        (
            "Votre rendez-vous aura lieu le mardi 15 décembre à 10h au lieu du lundi 14 "
            "décembre, agence de Bourg.",
            date(2026, 12, 15), time(10, 0), date(2026, 12, 14),
        ),
        (
            "Votre rendez-vous du 18 décembre à 14h30 est avancé au 16 décembre à la même "
            "heure, agence de Bourg.",
            date(2026, 12, 16), time(14, 30), date(2026, 12, 18),
        ),
    ],
)  # fmt: skip
def test_the_standing_appointment_is_proposed_the_replaced_one_named(
    text, day, at, cancelled
) -> None:
    p = parse_message(text, PASTED)
    assert (p.day.value, p.time.value) == (day, at)
    assert p.cancelled is not None and p.cancelled.value == cancelled
    assert p.question(QuestionKind.TWO_DATES) is None
    assert [d.role for d in p.dates if d.value == cancelled] == [DateRole.CANCELLED]
    assert proposal_to_json(p)["cancelled"]["value"] == cancelled.isoformat()


def test_a_cancellation_alone_proposes_nothing() -> None:
    p = parse_message("Votre rendez-vous du 10 décembre à 9h est annulé.", PASTED)
    assert p.day is None and p.cancelled.value == date(2026, 12, 10)


@pytest.mark.parametrize(
    ("words", "at"),
    [
        ("à quatorze heures", time(14, 0)),
        ("à dix-sept heures trente", time(17, 30)),
        ("à neuf heures et demie", time(9, 30)),
        ("à vingt et une heures", time(21, 0)),
        ("à onze heures quarante-cinq", time(11, 45)),
    ],
)
def test_times_in_words(words: str, at: time) -> None:
    p = parse_message(f"RDV le jeudi 17 décembre 2026 {words}, agence de Bourg.", PASTED)
    assert p.time is not None and p.time.value == at
    assert p.question(QuestionKind.NO_TIME) is None


def test_session_hours_as_a_range_give_start_and_end() -> None:
    p = parse_message("Atelier le 17/12/2026, salle 3.\nHoraires : 13:30 - 16:30", PASTED)
    assert (p.time.value, p.end_time.value) == (time(13, 30), time(16, 30))
    # Opening hours stay opening hours.
    p = parse_message(
        "RDV le 17/12/2026. Horaires d'ouverture : du lundi au vendredi de 9h à 17h.", PASTED
    )
    assert p.time is None


@pytest.mark.parametrize(
    "text",
    [
        "Journée d'information le jeudi 17 décembre 2026. Le repas de midi est offert. "
        "Accueil à 8h30 au 9 rue du Marais.",
        "Journée le 17/12/2026 au 9 rue du Marais.\n12h : repas\n8h30 : accueil",
        "Journée le 17/12/2026 au 9 rue du Marais : pause déjeuner à 12h, accueil 8h30.",
    ],
)
def test_the_start_is_chosen_over_a_meal(text: str) -> None:
    assert parse_message(text, PASTED).time.value == time(8, 30)


def test_a_cancelled_appointments_time_is_not_proposed() -> None:
    p = parse_message(
        "ANNULATION - Votre rendez-vous MDPH du 10/12/2026 à 14h est annulé. Nous reviendrons "
        "vers vous pour fixer une nouvelle date.",
        PASTED,
    )
    assert p.day is None and p.time is None
    assert [q.kind for q in p.questions] == [QuestionKind.NO_DATE]


def test_a_day_to_come_alone_on_its_line_is_the_event_not_the_letters_date() -> None:
    p = parse_message(
        "Forum emploi saisonnier\nMercredi 16 décembre 2026\nSalle des fêtes, 1 place de la "
        "Mairie\nHoraires : 9:30 - 12:30\nPause café à 11h",
        PASTED,
    )
    assert (p.day.value, p.time.value, p.end_time.value) == (
        date(2026, 12, 16), time(9, 30), time(12, 30),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Your appointment is on Tuesday 9 March 2027 at 10:00, CAF, 3 avenue Loubet.",
         date(2027, 3, 9)),
        ("Interview: 14 January 2027, 2pm, 8 avenue de la Gare.", date(2027, 1, 14)),
        ("RDV le 3 June 2027 à 9h, agence de Bourg.", date(2027, 6, 3)),
    ],
)  # fmt: skip
def test_english_month_names_are_read(text: str, day: date) -> None:
    p = parse_message(text, PASTED)
    assert p.day is not None and p.day.value == day


QUOTED = "\n\n> Bonjour, pouvez-vous venir le mercredi 9 décembre à 15h, 5 rue de la Gare ?"


def test_a_reply_takes_up_the_quoted_appointment_and_asks_unless_it_says_yes() -> None:
    p = parse_message("Oui c'est bon pour moi." + QUOTED, PASTED)
    assert (p.day.value, p.time.value) == (date(2026, 12, 9), time(15, 0))
    assert p.question(QuestionKind.CHECK_DAY) is None
    p = parse_message("Je regarde et je reviens vers vous." + QUOTED, PASTED)
    assert p.day.value == date(2026, 12, 9)
    assert p.question(QuestionKind.CHECK_DAY) is not None


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("Journée le jeudi 10 décembre 2026 au 16 rue du Lycée.\nDéjeuner à 12h offert.\n"
         "Début des ateliers à 9h, fin à 16h30.", time(9, 0)),
        ("Atelier le 17/12/2026 au 9 rue du Marais.\nFin prévue à 16h. Accueil des "
         "participants à 13h30.", time(13, 30)),
    ],
)  # fmt: skip
def test_the_start_is_chosen_over_the_end(text: str, at: time) -> None:
    assert parse_message(text, PASTED).time.value == at
